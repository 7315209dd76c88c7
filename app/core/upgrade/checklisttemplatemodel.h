// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The checklist templates (检查单模板) that upgrade checklists are made from.
class ChecklistTemplateModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, ColumnCount };

    explicit ChecklistTemplateModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
};

} // namespace fallback
