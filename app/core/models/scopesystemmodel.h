// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The systems whose upgrades the plan covers (适用范围).
class ScopeSystemModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, OwnerColumn, CriticalityColumn, NoteColumn, ColumnCount };

    explicit ScopeSystemModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
};

} // namespace fallback
