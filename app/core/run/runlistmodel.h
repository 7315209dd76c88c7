// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The runs of the plan's upgrades (live upgrades and rehearsals), oldest
/// first: upgrade, kind, status, start and end, declared warning level.
/// Read-only; a run changes through its console.
class RunListModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { UpgradeColumn, KindColumn, StatusColumn, StartedColumn, EndedColumn, LevelColumn, ColumnCount };

    explicit RunListModel(PlanDocument *document, QObject *parent = nullptr);

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    QString fieldLabel(int column) const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
};

} // namespace fallback
