// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The follow-up actions of one drill, in the order the drill report numbers
/// them: what is to be done, by whom, by when, how far it got, and the plan
/// revision that took it up (DOMAIN.md section 9: findings feed the next
/// revision).
class DrillActionModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, OwnerColumn, DueOnColumn, StatusColumn, RevisionColumn, ColumnCount };

    explicit DrillActionModel(PlanDocument *document, QObject *parent = nullptr);

    /// Shows the actions of drill \a id; 0 shows none.
    void setDrillId(qint64 id);
    qint64 drillId() const { return scopeValue().toLongLong(); }

protected:
    QString fieldLabel(int column) const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
};

} // namespace fallback
