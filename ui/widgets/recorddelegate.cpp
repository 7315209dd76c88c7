// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recorddelegate.h"

#include "models/recordtablemodel.h"

#include <QComboBox>
#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QStyle>

namespace fallback::ui {

namespace {
RecordTableModel::FieldKind kindOf(const QModelIndex &index)
{
    return RecordTableModel::FieldKind(index.data(RecordTableModel::FieldKindRole).toInt());
}
} // namespace

QWidget *RecordDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList choices = index.data(RecordTableModel::ChoicesRole).toList();
    if (choices.isEmpty()) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            switch (kindOf(index)) {
            case RecordTableModel::FieldKind::Date:
                line->setPlaceholderText(tr("YYYY-MM-DD"));
                break;
            case RecordTableModel::FieldKind::DateTime:
                line->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
                break;
            case RecordTableModel::FieldKind::Colour:
                line->setPlaceholderText(tr("#RRGGBB"));
                break;
            default:
                break;
            }
        }
        return editor;
    }
    auto *combo = new QComboBox(parent);
    for (const QVariant &choice : choices) {
        const QVariantList pair = choice.toList();
        combo->addItem(pair.value(1).toString(), pair.value(0));
    }
    return combo;
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        // A reference that is not set is the "(none)" entry, the first one.
        combo->setCurrentIndex(value.isNull() ? 0 : std::max(0, combo->findData(value)));
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentData();
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        value = line->text();
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (!model->setData(index, value, Qt::EditRole)) {
        // Said by the table's editor beneath the table: a tooltip would vanish
        // with the very key release or click that ended the edit.
        Q_EMIT refused(refusalMessage(index));
    }
}

void RecordDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto colourOf = [&index](int role) {
        const QVariant value = index.data(role);
        return value.typeId() == QMetaType::QString ? QColor(value.toString()) : QColor();
    };
    if (const QColor background = colourOf(Qt::BackgroundRole); background.isValid()) {
        option->backgroundBrush = background;
    }
    if (const QColor text = colourOf(Qt::ForegroundRole); text.isValid()) {
        option->palette.setColor(QPalette::Text, text);
    }
    if (const QColor swatch = colourOf(Qt::DecorationRole); swatch.isValid()) {
        const int extent = option->widget ? option->widget->style()->pixelMetric(QStyle::PM_SmallIconSize)
                                          : option->fontMetrics.height();
        QPixmap pixmap(extent, extent);
        pixmap.fill(swatch);
        option->icon = QIcon(pixmap);
        option->decorationSize = pixmap.size();
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

QString RecordDelegate::refusalMessage(const QModelIndex &index)
{
    if (const QString reason = index.data(RecordTableModel::RefusalRole).toString(); !reason.isEmpty()) {
        return reason; // the model's own reason: a rule of the record, not of the kind of field
    }
    switch (kindOf(index)) {
    case RecordTableModel::FieldKind::Date:
        return tr("Not a date. Enter it as YYYY-MM-DD, for example 2026-03-31; the old value is kept.");
    case RecordTableModel::FieldKind::DateTime:
        return tr("Not a date and time. Enter it as YYYY-MM-DD HH:MM on the plan's clock, for example "
                  "2026-03-31 22:00; the old value is kept.");
    case RecordTableModel::FieldKind::Integer:
    case RecordTableModel::FieldKind::SignedInteger:
        if (const QVariantList range = index.data(RecordTableModel::RangeRole).toList();
            range.size() == 2 && range.at(0).isValid() && range.at(1).isValid()) {
            return tr("Not a whole number from %1 to %2; the old value is kept.")
                .arg(range.at(0).toLongLong())
                .arg(range.at(1).toLongLong());
        }
        if (kindOf(index) == RecordTableModel::FieldKind::SignedInteger) {
            return tr("Not a whole number; the old value is kept.");
        }
        return tr("Not a whole number of zero or more; the old value is kept.");
    case RecordTableModel::FieldKind::Number:
        return tr("Not a number of zero or more; the old value is kept.");
    case RecordTableModel::FieldKind::Colour:
        return tr("Not a colour. Enter it as #RRGGBB, for example #d32f2f; the old value is kept.");
    default:
        return tr("This value cannot be stored here; the old value is kept.");
    }
}

} // namespace fallback::ui
