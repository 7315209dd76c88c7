// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The role cards of the plan (应急处置卡), one per key post (group lead,
/// deputy, run console operator, liaison), in the order they are printed:
/// the post, the group whose lead, deputy or members hold it, and who that
/// is now. The card's texts (duties, first steps per phase, the decisions
/// the post may take) are fields of the same record.
class RoleCardModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, GroupColumn, HeldByColumn, HoldersColumn, ColumnCount };

    explicit RoleCardModel(PlanDocument *document, QObject *parent = nullptr);

    /// The card's text columns, in the order the form and the card show them.
    static QStringList textColumns();

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    bool isRequired(int column) const override { return column == NameColumn; }
    bool dependsOn(const QString &table) const override;
};

} // namespace fallback
