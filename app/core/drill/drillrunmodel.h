// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The rehearsal runs of one drill, in the order they started, as a list to
/// read: runs are started and kept by the run console, not edited here.
/// Times are shown in local time, as UpgradeModel shows windows.
class DrillRunModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { StartedColumn, EndedColumn, StatusColumn, UpgradeColumn, ColumnCount };

    explicit DrillRunModel(PlanDocument *document, QObject *parent = nullptr);

    /// Shows the runs of drill \a id; 0 shows none.
    void setDrillId(qint64 id);

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    QString fieldLabel(int column) const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    bool lessInOrder(const QVariantMap &a, const QVariantMap &b) const override;
    bool isOrderColumn(const QString &column) const override;
};

} // namespace fallback
