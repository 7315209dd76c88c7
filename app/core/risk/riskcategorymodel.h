// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The categories a risk can be filed under (compatibility, data security, …),
/// in the order the user gives them.
class RiskCategoryModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ColumnCount };

    explicit RiskCategoryModel(PlanDocument *document, QObject *parent = nullptr);

    /// The categories DOMAIN.md names, translated: compatibility, data
    /// security, system stability, human operation, technical, business and
    /// personnel risk.
    static QStringList defaultNames();
    /// Adds those of defaultNames() that the plan lacks, as one undoable
    /// edit; false when there were none to add.
    bool addDefaults();

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
};

} // namespace fallback
