// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

#include <optional>

namespace fallback {

/// The improvement actions of one post-incident review, in the order the
/// review numbers them: what is to be done, by whom, by when, how far it got,
/// who verified it and the plan revision that took it up. The actions of an
/// approved review cannot be changed until the review is reopened.
class ReviewActionModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, OwnerColumn, DueOnColumn, StatusColumn, VerifiedByColumn, RevisionColumn, ColumnCount };

    explicit ReviewActionModel(PlanDocument *document, QObject *parent = nullptr);

    /// Shows the actions of review \a id; 0 shows none.
    void setReviewId(qint64 id);
    qint64 reviewId() const { return scopeValue().toLongLong(); }

protected:
    QString fieldLabel(int column) const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    bool dependsOn(const QString &table) const override;
    void clearCaches() override;
    bool isRecordLocked(const QVariantMap &record) const override;
    bool acceptsNewRecords() const override;

private:
    bool reviewApproved() const;
    mutable std::optional<bool> m_reviewApproved;
};

} // namespace fallback
