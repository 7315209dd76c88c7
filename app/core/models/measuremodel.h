// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The measures of the plan by type (保障措施), recovery measures included.
class MeasureModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, TitleColumn, BodyColumn, ColumnCount };

    explicit MeasureModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
};

} // namespace fallback
