// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace fallback::ui {

class RecordTableEditor;

/// Edits the checklist item cells that need more than RecordDelegate: the
/// responsible group or person (the plan's groups and contacts offered as
/// completion) and offsets and durations, which are edited as they are shown
/// ("−1 h 30 min") and refused next to the cell when they cannot be read.
class ChecklistItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Sets this delegate on the columns of a table of a ChecklistItemModel,
    /// gives the item text the width that the other columns leave, and has the
    /// table say beneath it why a value was refused.
    static ChecklistItemDelegate *install(RecordTableEditor *editor);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    /// What was typed was not stored; \a message says why and that the old value stays.
    void refused(const QString &message) const;
};

} // namespace fallback::ui
