// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The inventory of emergency resources (应急资源): people, funds, equipment, technology.
class ResourceModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        TypeColumn,
        NameColumn,
        QuantityColumn,
        UnitColumn,
        LocationColumn,
        OwnerColumn,
        ReadyColumn,
        LastCheckedColumn,
        NoteColumn,
        ColumnCount
    };

    explicit ResourceModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
};

} // namespace fallback
