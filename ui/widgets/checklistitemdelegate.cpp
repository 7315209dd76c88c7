// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/checklistitemdelegate.h"

#include "upgrade/checklistitemmodel.h"
#include "widgets/recordtableeditor.h"

#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace fallback::ui {

ChecklistItemDelegate *ChecklistItemDelegate::install(RecordTableEditor *editor)
{
    QTableView *view = editor->view();
    auto *delegate = new ChecklistItemDelegate(view);
    connect(delegate, &ChecklistItemDelegate::refused, editor, &RecordTableEditor::showRefusal);
    for (int column :
        {ChecklistItemModel::ResponsibleColumn, ChecklistItemModel::OffsetColumn, ChecklistItemModel::DurationColumn}) {
        view->setItemDelegateForColumn(column, delegate);
    }
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ChecklistItemModel::TextColumn, QHeaderView::Stretch);
    // The item text is long; the tooltip and the editor show all of it.
    view->setTextElideMode(Qt::ElideRight);
    return delegate;
}

QWidget *ChecklistItemDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    auto *line = new QLineEdit(parent);
    line->setFrame(false);
    switch (index.column()) {
    case ChecklistItemModel::ResponsibleColumn: {
        const QStringList names = index.data(ChecklistItemModel::SuggestionsRole).toStringList();
        if (!names.isEmpty()) {
            auto *completer = new QCompleter(names, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        break;
    }
    case ChecklistItemModel::OffsetColumn:
        line->setPlaceholderText(tr("−1:30, 2 h, −3 d"));
        break;
    case ChecklistItemModel::DurationColumn:
        line->setPlaceholderText(tr("45 min, 1:30"));
        break;
    default:
        break;
    }
    Q_UNUSED(option)
    return line;
}

void ChecklistItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line) {
        return;
    }
    // Offsets and durations are edited in the form they are shown in.
    const bool shownForm
        = index.column() == ChecklistItemModel::OffsetColumn || index.column() == ChecklistItemModel::DurationColumn;
    line->setText(index.data(shownForm ? Qt::DisplayRole : Qt::EditRole).toString());
}

void ChecklistItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line || model->setData(index, line->text(), Qt::EditRole)) {
        return;
    }
    QString message;
    if (index.column() == ChecklistItemModel::OffsetColumn) {
        message = tr("\"%1\" is not a time from the window start. Enter minutes (−30), hours and minutes "
                     "(−1:30) or units (+2 h, −3 d); the old value is kept.")
                      .arg(line->text());
    } else if (index.column() == ChecklistItemModel::DurationColumn) {
        message = tr("\"%1\" is not a duration. Enter minutes (45), hours and minutes (1:30) or units "
                     "(2 h 30 min), at most a year; the old value is kept.")
                      .arg(line->text());
    } else {
        message = tr("This value cannot be stored here; the old value is kept.");
    }
    Q_EMIT refused(message);
}

} // namespace fallback::ui
