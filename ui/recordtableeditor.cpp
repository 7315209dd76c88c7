// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtableeditor.h"

#include "choicedelegate.h"
#include "recordtablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fallback::ui {

RecordTableEditor::RecordTableEditor(RecordTableModel *model, bool readOnly, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_readOnly(readOnly)
{
    m_caption = new QLabel(this);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_caption->hide();

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->hide(); // row numbers mean nothing here; the order is the stored order
    m_view->setAlternatingRowColors(true);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    connect(m_addButton, &QPushButton::clicked, this, &RecordTableEditor::addRecord);
    connect(m_removeButton, &QPushButton::clicked, this, &RecordTableEditor::removeSelected);

    // Insert adds, Delete removes, while the table has focus.
    auto *addAction = new QAction(m_view);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    connect(addAction, &QAction::triggered, this, &RecordTableEditor::addRecord);
    auto *removeAction = new QAction(m_view);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &RecordTableEditor::removeSelected);
    m_view->addActions({addAction, removeAction});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_caption);
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordTableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordTableEditor::updateButtons);
    setInitialColumnWidths();
    retranslateUi();
    updateButtons();
}

void RecordTableEditor::setInitialColumnWidths()
{
    // Short fields are sized to what the first rows hold; long texts are not
    // measured (that would lay out all their text before the first paint) and
    // take the remaining width instead.
    m_view->horizontalHeader()->setResizeContentsPrecision(20);
    const int widest = m_view->fontMetrics().averageCharWidth() * 48;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const auto kind
            = RecordTableModel::FieldKind(m_model->index(0, column).data(RecordTableModel::FieldKindRole).toInt());
        if (kind != RecordTableModel::FieldKind::LongText) {
            m_view->resizeColumnToContents(column);
            m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widest));
        }
    }
}

void RecordTableEditor::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void RecordTableEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RecordTableEditor::retranslateUi()
{
    m_addButton->setText(tr("&Add"));
    m_addButton->setToolTip(tr("Add a row (Insert)"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("Remove the selected rows (Delete)"));
}

void RecordTableEditor::updateButtons()
{
    m_addButton->setEnabled(!m_readOnly);
    m_removeButton->setEnabled(!m_readOnly && m_view->selectionModel()->hasSelection());
}

void RecordTableEditor::addRecord()
{
    if (m_readOnly) {
        return;
    }
    const QModelIndex index = m_model->appendRecord();
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        m_view->edit(index);
    }
}

void RecordTableEditor::removeSelected()
{
    if (m_readOnly) {
        return;
    }
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    m_model->removeRecords(rows);
}

} // namespace fallback::ui
