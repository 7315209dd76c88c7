// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The laws, standards and documents the plan is based on (编制依据).
class ReferenceModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, KindColumn, NoteColumn, ColumnCount };

    explicit ReferenceModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
};

} // namespace fallback
