// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The checklist of one run (run_item): its items by phase and position,
/// with their status and who ticked them when. Read-only: items change
/// through RunSession, whose edits (and their undo) show up here.
class RunItemModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        PhaseColumn,
        TextColumn,
        ResponsibleColumn,
        TickedAtColumn,
        TickedByColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        /// The stored status ("open", "done", "skipped", "failed").
        ItemStatusRole = Qt::UserRole + 64,
    };

    RunItemModel(PlanDocument *document, qint64 runId, QObject *parent = nullptr);

    qint64 runId() const { return scopeValue().toLongLong(); }
    /// Shows the items of run \a runId; 0 shows none.
    void setRunId(qint64 runId);
    /// Items not yet done, failed or skipped.
    int openCount() const;

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    QString fieldLabel(int column) const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
    bool lessInOrder(const QVariantMap &a, const QVariantMap &b) const override;
    void sortRecords(QList<QVariantMap> &records) const override;
};

} // namespace fallback
