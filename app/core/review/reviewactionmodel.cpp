// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewactionmodel.h"

#include "document/plandocument.h"
#include "review/reviewworkflow.h"

namespace fallback {

namespace {
const QString ReviewColumn = QStringLiteral("review_id");
}

ReviewActionModel::ReviewActionModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("review_action"),
        {
            {QStringLiteral("text"), FieldKind::LongText},
            {QStringLiteral("owner"), FieldKind::Text},
            {QStringLiteral("due_on"), FieldKind::Date},
            {QStringLiteral("status"), FieldKind::Choice, Vocabulary::Kind::ActionStatus},
            {QStringLiteral("verified_by"), FieldKind::Text},
            {QStringLiteral("revision_id"), FieldKind::Reference, std::nullopt, QStringLiteral("revision"),
                QStringLiteral("version")},
        },
        ReviewColumn, qint64(0), parent)
{ }

void ReviewActionModel::setReviewId(qint64 id)
{
    m_reviewApproved.reset();
    setScope(ReviewColumn, id);
}

QString ReviewActionModel::fieldLabel(int column) const
{
    switch (column) {
    case TextColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueOnColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case VerifiedByColumn:
        return tr("Verified by");
    case RevisionColumn:
        return tr("Revision");
    default:
        return {};
    }
}

QString ReviewActionModel::addCommandText() const
{
    return tr("Add improvement action");
}

QString ReviewActionModel::removeCommandText(int count) const
{
    return tr("Remove %n improvement action(s)", nullptr, count);
}

bool ReviewActionModel::dependsOn(const QString &table) const
{
    // The review's approval locks its actions.
    return table == QLatin1String("review") || RecordTableModel::dependsOn(table);
}

void ReviewActionModel::clearCaches()
{
    m_reviewApproved.reset();
}

bool ReviewActionModel::reviewApproved() const
{
    if (!m_reviewApproved) {
        m_reviewApproved = reviewId() != 0 && ReviewWorkflow::isApproved(*document(), reviewId());
    }
    return *m_reviewApproved;
}

bool ReviewActionModel::isRecordLocked(const QVariantMap &record) const
{
    Q_UNUSED(record)
    return reviewApproved();
}

bool ReviewActionModel::acceptsNewRecords() const
{
    return reviewId() != 0 && !reviewApproved();
}

} // namespace fallback
