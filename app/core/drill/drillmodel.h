// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The drills of the plan (应急演练), newest first: date, scenario (a system
/// crash, data loss, incompatibility, or one of the plan's own that its
/// description names), participants, result and findings. A drill without a
/// result shows "Not yet"; a drill without a date comes first, as one still
/// being planned.
class DrillModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        ScheduledOnColumn,
        ScenarioColumn,
        ScenarioTextColumn,
        ParticipantsColumn,
        ResultColumn,
        FindingsColumn,
        ColumnCount
    };

    explicit DrillModel(PlanDocument *document, QObject *parent = nullptr);

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// What a drill is called: the label of its scenario, or for a custom
    /// scenario the first line of its description.
    static QString drillName(const QString &scenario, const QString &scenarioText);
    /// True for a custom scenario without a description: nothing says what
    /// the drill rehearses.
    static bool lacksDescription(const QVariantMap &record);
    /// The label of a result; "Not yet" for none.
    static QString resultLabel(const QVariant &result);

protected:
    QString fieldLabel(int column) const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
    bool lessInOrder(const QVariantMap &a, const QVariantMap &b) const override;
    bool isOrderColumn(const QString &column) const override;
};

} // namespace fallback
