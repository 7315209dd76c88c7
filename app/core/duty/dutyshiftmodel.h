// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The shifts of one upgrade's duty roster (值班表): per group, from when to
/// when (on the plan's clock), who is on duty and who is the backup.
class DutyShiftModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        GroupColumn,
        StartsColumn,
        EndsColumn,
        MemberColumn,
        BackupColumn,
        HoursColumn,
        NoteColumn,
        ColumnCount
    };

    explicit DutyShiftModel(PlanDocument *document, QObject *parent = nullptr);

    /// Shows the shifts of upgrade \a id; 0 shows none.
    void setUpgradeId(qint64 id);
    qint64 upgradeId() const { return scopeValue().toLongLong(); }

protected:
    QString fieldLabel(int column) const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariantMap newRecordValues() const override;
    QVariantMap newRecordValuesBeside(int selectedRow) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    QString refusalOf(const QVariantMap &record, int column, const QVariant &value) const override;
    bool lessInOrder(const QVariantMap &a, const QVariantMap &b) const override;
    bool isOrderColumn(const QString &column) const override;
};

} // namespace fallback
