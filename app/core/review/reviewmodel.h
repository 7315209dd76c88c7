// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The plan's post-incident reviews (DOMAIN.md section 8), newest first: title,
/// status, reviewer and approval date. The status moves only through
/// ReviewWorkflow; an approved review cannot be changed or removed here
/// until it is reopened.
class ReviewModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, ReviewerColumn, ApprovedOnColumn, ColumnCount };

    explicit ReviewModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    void sortRecords(QList<QVariantMap> &records) const override;
    bool lessInOrder(const QVariantMap &a, const QVariantMap &b) const override;
    bool isRecordLocked(const QVariantMap &record) const override;
};

} // namespace fallback
