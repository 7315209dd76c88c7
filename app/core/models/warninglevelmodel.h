// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The warning levels (预警分级), most severe first, each shown in its colour.
class WarningLevelModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        NameColumn,
        ColourColumn,
        CriteriaColumn,
        ActivatedByColumn,
        ResponseColumn,
        UpdateMinutesColumn,
        NotifiedColumn,
        ColumnCount
    };

    explicit WarningLevelModel(PlanDocument *document, QObject *parent = nullptr);

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
    QString refusalOf(const QVariantMap &record, int column, const QVariant &value) const override;

private:
    QVariantMap nextRank() const;
};

} // namespace fallback
