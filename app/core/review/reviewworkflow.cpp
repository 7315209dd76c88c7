// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewworkflow.h"

#include "content/plancontentreader.h"
#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "review/reviewfacts.h"
#include "upgrade/upgrademodel.h"

namespace fallback {

namespace {

const QString ReviewTable = QStringLiteral("review");
const QString StatusColumn = QStringLiteral("status");

bool refuse(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

QString status(const PlanDocument &document, qint64 reviewId)
{
    return document.store().value(ReviewTable, reviewId, StatusColumn).toString();
}

/// A stored time on the plan's clock.
QString planTime(const PlanDocument &document, const QString &stored)
{
    const QDateTime time = UpgradeModel::windowTime(stored);
    return time.isValid() ? UpgradeModel::windowText(time, document.timeZone()) : QString();
}

} // namespace

bool ReviewWorkflow::isApproved(const PlanDocument &document, qint64 reviewId)
{
    return status(document, reviewId) == QLatin1String("approved");
}

qint64 ReviewWorkflow::createFromRun(PlanDocument &document, qint64 runId, QString *error)
{
    const PlanContentReader reader(document.database());
    const content::Run run = reader.run(runId);
    if (run.id == 0) {
        refuse(error, tr("The run no longer exists."));
        return 0;
    }
    const qint64 upgradeId
        = document.store().value(QStringLiteral("run"), runId, QStringLiteral("upgrade_id")).toLongLong();
    const std::optional<content::Upgrade> upgrade = reader.upgrade(upgradeId);
    const QString upgradeName = upgrade ? upgrade->name : QString();
    const ReviewFacts facts = ReviewFacts::of(run);

    QStringList summary;
    summary << tr("Run of %1 (%2), started %3; outcome: %4.")
                   .arg(upgradeName, Vocabulary::label(Vocabulary::Kind::RunKind, run.kind),
                       planTime(document, run.startedAt), Vocabulary::label(Vocabulary::Kind::RunStatus, run.status));
    if (!run.levelName.isEmpty()) {
        summary << tr("Highest warning level declared: %1.").arg(run.levelName);
    }
    QStringList wentBadly;
    QList<RecordSnapshot::Row> actions;
    const qint64 reviewId = document.nextId(ReviewTable);
    qint64 actionId = document.nextId(QStringLiteral("review_action"));
    for (const content::RunItem &item : run.items) {
        if (item.status == QLatin1String("failed")) {
            wentBadly << tr("Failed: %1%2")
                             .arg(item.text, item.note.isEmpty() ? QString() : QStringLiteral(" — ") + item.note);
            actions.append({QStringLiteral("review_action"),
                {{QStringLiteral("id"), actionId}, {QStringLiteral("review_id"), reviewId},
                    {QStringLiteral("position"), int(actions.size())},
                    {QStringLiteral("text"),
                        tr("Find and remove the cause of the failed step \u201c%1\u201d").arg(item.text)},
                    {QStringLiteral("owner"), item.responsible}, {QStringLiteral("status"), QStringLiteral("open")}}});
            ++actionId;
        } else if (item.status == QLatin1String("skipped")) {
            wentBadly << tr("Skipped: %1%2")
                             .arg(item.text, item.note.isEmpty() ? QString() : QStringLiteral(" — ") + item.note);
        }
    }
    QVariantMap review {{QStringLiteral("id"), reviewId}, {QStringLiteral("run_id"), runId},
        {QStringLiteral("title"), tr("Review of %1, %2").arg(upgradeName, planTime(document, run.startedAt).left(10))},
        {StatusColumn, QStringLiteral("draft")}, {QStringLiteral("summary"), summary.join(QLatin1Char(' '))},
        {QStringLiteral("impact_systems"), upgrade ? upgrade->systems.join(QStringLiteral(", ")) : QString()},
        {QStringLiteral("went_badly"), wentBadly.join(QLatin1Char('\n'))}};
    if (facts.minutesToRestore) {
        review.insert(QStringLiteral("impact_minutes"), *facts.minutesToRestore);
    }
    QList<RecordSnapshot::Row> rows {{ReviewTable, review}};
    rows << actions;
    if (!document.addRecords(rows, tr("Create review"))) {
        refuse(error, tr("The review could not be created."));
        return 0;
    }
    return reviewId;
}

bool ReviewWorkflow::submit(PlanDocument &document, qint64 reviewId, const QDate &today, QString *error)
{
    if (status(document, reviewId) != QLatin1String("draft")) {
        return refuse(error, tr("Only a draft can be submitted for review."));
    }
    QList<RecordChange> changes {{{ReviewTable, reviewId}, StatusColumn, QStringLiteral("in_review")}};
    if (document.store().value(ReviewTable, reviewId, QStringLiteral("reviewed_on")).isNull()) {
        changes.append({{ReviewTable, reviewId}, QStringLiteral("reviewed_on"), today.toString(Qt::ISODate)});
    }
    return document.setRecordValues(changes, tr("Submit review"))
        || refuse(error, tr("The review could not be changed."));
}

bool ReviewWorkflow::approve(PlanDocument &document, qint64 reviewId, const QDate &today, QString *error)
{
    if (status(document, reviewId) != QLatin1String("in_review")) {
        return refuse(error, tr("Only a review in review can be approved: submit it first."));
    }
    const RecordStore &store = document.store();
    if (store.value(ReviewTable, reviewId, QStringLiteral("reviewer")).toString().trimmed().isEmpty()) {
        return refuse(error, tr("Name the reviewer before approving."));
    }
    if (store.value(ReviewTable, reviewId, QStringLiteral("approver")).toString().trimmed().isEmpty()) {
        return refuse(error, tr("Name the approver before approving."));
    }
    return document.setRecordValues(
               {{{ReviewTable, reviewId}, StatusColumn, QStringLiteral("approved")},
                   {{ReviewTable, reviewId}, QStringLiteral("approved_on"), today.toString(Qt::ISODate)}},
               tr("Approve review"))
        || refuse(error, tr("The review could not be changed."));
}

bool ReviewWorkflow::reopen(PlanDocument &document, qint64 reviewId, QString *error)
{
    if (!isApproved(document, reviewId)) {
        return refuse(error, tr("Only an approved review can be reopened."));
    }
    return document.setRecordValues({{{ReviewTable, reviewId}, StatusColumn, QStringLiteral("in_review")},
                                        {{ReviewTable, reviewId}, QStringLiteral("approved_on"), QVariant()}},
               tr("Reopen review"))
        || refuse(error, tr("The review could not be changed."));
}

} // namespace fallback
