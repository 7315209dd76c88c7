// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace fallback::ui {

/// Edits the cells of a RecordTableModel: a combo box for value lists and
/// references, a colour dialog for colours, text otherwise. A value the model
/// refuses (a date that is not a date) is shown as refused next to the cell,
/// and the cell keeps its old value.
class RecordDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    /// The message shown when \a index refuses what was typed.
    static QString refusalMessage(const QModelIndex &index);

Q_SIGNALS:
    /// A typed value was refused; \a message says why and that the old value stays.
    void refused(const QString &message) const;

protected:
    /// The core names colours as "#rrggbb" text; here they become the cell's
    /// background, text colour and colour swatch.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace fallback::ui
