// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The revision record of the plan (修订记录): version, date, author, what
/// changed and who approved it, oldest first. The copy of the plan kept with
/// a revision is not a column; hasSnapshot() tells whether there is one.
class RevisionModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { VersionColumn, PublishedOnColumn, AuthorColumn, SummaryColumn, ApproverColumn, ColumnCount };

    explicit RevisionModel(PlanDocument *document, QObject *parent = nullptr);

    /// True when the revision in \a row kept a copy of the plan to compare with.
    bool hasSnapshot(int row) const;

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
};

} // namespace fallback
