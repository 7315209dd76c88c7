// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewmodel.h"

#include <algorithm>

namespace fallback {

ReviewModel::ReviewModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("review"),
        {
            {QStringLiteral("title"), FieldKind::Text},
            {QStringLiteral("status"), FieldKind::Computed},
            {QStringLiteral("reviewer"), FieldKind::Text},
            {QStringLiteral("approved_on"), FieldKind::Computed},
        },
        parent)
{
    // The base class read the records before this class's order applied; read them again.
    setScope({}, {});
}

QString ReviewModel::fieldLabel(int column) const
{
    switch (column) {
    case TitleColumn:
        return tr("Review");
    case StatusColumn:
        return tr("Status");
    case ReviewerColumn:
        return tr("Reviewer");
    case ApprovedOnColumn:
        return tr("Approved on");
    default:
        return {};
    }
}

QVariantMap ReviewModel::newRecordValues() const
{
    return {{QStringLiteral("title"), tr("New review")}};
}

QString ReviewModel::addCommandText() const
{
    return tr("Add review");
}

QString ReviewModel::removeCommandText(int count) const
{
    return tr("Remove %n review(s)", nullptr, count);
}

QVariant ReviewModel::computedValue(const QVariantMap &record, int column) const
{
    switch (column) {
    case StatusColumn:
        return Vocabulary::label(Vocabulary::Kind::ReviewStatus, record.value(QStringLiteral("status")).toString());
    case ApprovedOnColumn:
        return record.value(QStringLiteral("approved_on"));
    default:
        return {};
    }
}

bool ReviewModel::lessInOrder(const QVariantMap &a, const QVariantMap &b) const
{
    return a.value(QStringLiteral("id")).toLongLong() > b.value(QStringLiteral("id")).toLongLong();
}

void ReviewModel::sortRecords(QList<QVariantMap> &records) const
{
    std::sort(records.begin(), records.end(),
        [this](const QVariantMap &a, const QVariantMap &b) { return lessInOrder(a, b); });
}

bool ReviewModel::isRecordLocked(const QVariantMap &record) const
{
    return record.value(QStringLiteral("status")).toString() == QLatin1String("approved");
}

} // namespace fallback
