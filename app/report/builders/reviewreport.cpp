// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/builders/reviewreport.h"

#include "communications/updatecadence.h"
#include "report/builders/figures.h"
#include "review/reviewfacts.h"

namespace fallback::report {

namespace {
using Kind = Vocabulary::Kind;
}

ReviewReport::ReviewReport(const PlanContentReader &reader, const ReportText &text)
    : ReportBuilder(reader, text, "fallback::report::ReviewReport")
{ }

void ReviewReport::appendUpdates(ReportDocument &doc, const content::Run &run) const
{
    const UpdateCadence cadence(m_reader.database(), run.id);
    const QList<SentUpdate> updates = cadence.updates();
    if (updates.isEmpty() && !cadence.emergencyStarted().isValid()) {
        return; // no emergency and nothing said: nothing to review
    }
    doc.heading(2, t(QT_TR_NOOP("Status updates")));
    if (updates.isEmpty()) {
        doc.empty(t(QT_TR_NOOP("No status update was logged as sent.")));
    } else {
        Table table;
        table.header
            = {t(QT_TR_NOOP("Time")), t(QT_TR_NOOP("Audience")), t(QT_TR_NOOP("Channel")), t(QT_TR_NOOP("By"))};
        table.widths = {1.4, 4, 2.6, 2};
        for (const SentUpdate &update : updates) {
            table.rows.append({{m_text.time(update.at.toString(Qt::ISODate))}, {update.audience},
                {label(Vocabulary::Kind::Channel, update.channel)}, {update.actor}});
        }
        doc.table(table);
    }
    // Up to the end of the emergency; a run still open is measured to its last entry.
    QDateTime until = cadence.emergencyEnded();
    if (!until.isValid()) {
        for (const content::RunEvent &event : run.events) {
            until = qMax(until, QDateTime::fromString(event.at, Qt::ISODate));
        }
    }
    const QList<UpdateGap> gaps = cadence.gaps(until);
    if (gaps.isEmpty()) {
        doc.paragraph(t(QT_TR_NOOP("Every audience was told within its interval.")));
        return;
    }
    doc.paragraph(t(QT_TR_NOOP("Gaps: audiences that heard nothing for longer than their interval.")));
    Table table;
    table.header = {t(QT_TR_NOOP("Audience")), t(QT_TR_NOOP("Last told")), t(QT_TR_NOOP("Due")), t(QT_TR_NOOP("Told")),
        t(QT_TR_NOOP("Late"))};
    table.widths = {4, 1.6, 1.6, 1.6, 2};
    const QColor late(0xFD, 0xEC, 0xEA);
    for (const UpdateGap &gap : gaps) {
        table.rows.append({{gap.audience}, {m_text.time(gap.since.toString(Qt::ISODate))},
            {m_text.time(gap.due.toString(Qt::ISODate))},
            {gap.until.isValid() ? m_text.time(gap.until.toString(Qt::ISODate)) : t(QT_TR_NOOP("Never"))},
            {minutes(gap.lateMinutes), late, true}});
    }
    doc.table(table);
}

void ReviewReport::section(ReportDocument &doc, const QString &heading, const QString &text) const
{
    doc.heading(1, heading);
    textOrNothing(doc, text);
}

ReportDocument ReviewReport::build(const content::Review &review) const
{
    ReportDocument doc = begin(t(QT_TR_NOOP("Post-incident review")));
    doc.subtitle = review.title;

    doc.heading(1, t(QT_TR_NOOP("Facts")));
    QList<QPair<QString, QString>> facts;
    if (review.upgrade) {
        const content::Upgrade &upgrade = *review.upgrade;
        facts << qMakePair(t(QT_TR_NOOP("Upgrade")), upgrade.name)
              << qMakePair(t(QT_TR_NOOP("Systems")), upgrade.systems.join(QStringLiteral(", ")))
              << qMakePair(
                     t(QT_TR_NOOP("Version")), QStringLiteral("%1 → %2").arg(upgrade.versionFrom, upgrade.versionTo))
              << qMakePair(t(QT_TR_NOOP("Planned window")),
                     QStringLiteral("%1 – %2").arg(
                         m_text.dateTime(upgrade.windowStart), m_text.dateTime(upgrade.windowEnd)));
    }
    if (review.run) {
        const content::Run &run = *review.run;
        facts << qMakePair(t(QT_TR_NOOP("Actual run")),
            QStringLiteral("%1 – %2").arg(m_text.dateTime(run.startedAt), m_text.dateTime(run.endedAt)))
              << timeZoneField() << qMakePair(t(QT_TR_NOOP("Outcome")), label(Kind::RunStatus, run.status))
              << qMakePair(t(QT_TR_NOOP("Warning level")), run.levelName);
    }
    facts << qMakePair(t(QT_TR_NOOP("Review status")), label(Kind::ReviewStatus, review.status));
    doc.fields(facts);
    if (!review.upgrade && !review.run) {
        doc.empty(t(QT_TR_NOOP("This review is not linked to a recorded run.")));
    }

    doc.heading(1, t(QT_TR_NOOP("Summary and impact")));
    doc.paragraph(review.summary);
    doc.fields({{t(QT_TR_NOOP("Users affected")), review.impactUsers},
        {t(QT_TR_NOOP("Systems affected")), review.impactSystems},
        {t(QT_TR_NOOP("Duration of impact")), minutes(review.impactMinutes)}});

    doc.heading(1, t(QT_TR_NOOP("Timeline")));
    if (!review.run) {
        doc.empty(nothingRecorded());
    } else {
        const content::Run &run = *review.run;
        const ReviewFacts facts = ReviewFacts::of(run);
        if (review.upgrade) {
            if (auto figure = timelineFigure(*review.upgrade, run, facts, m_text)) {
                doc.figure(*figure);
            }
        }
        const auto span = [this](const std::optional<qint64> &value) {
            return minutes(value ? std::optional<int>(int(*value)) : std::nullopt);
        };
        doc.fields({{t(QT_TR_NOOP("Time to detect")), span(facts.minutesToDetect)},
            {t(QT_TR_NOOP("Time to stop")), span(facts.minutesToStop)},
            {t(QT_TR_NOOP("Time to restore service")), span(facts.minutesToRestore)}});
        if (!facts.phases.isEmpty()) {
            doc.heading(2, t(QT_TR_NOOP("Planned and actual time per phase")));
            Table phases;
            phases.header = {t(QT_TR_NOOP("Phase")), t(QT_TR_NOOP("Items")), t(QT_TR_NOOP("Done")),
                t(QT_TR_NOOP("Failed")), t(QT_TR_NOOP("Skipped")), t(QT_TR_NOOP("Planned")), t(QT_TR_NOOP("Actual"))};
            phases.widths = {1.6, 1, 1, 1, 1, 1.6, 1.6};
            for (const ReviewFacts::Phase &phase : facts.phases) {
                const bool problem = phase.failed > 0;
                phases.rows.append(
                    {{label(Kind::Phase, phase.phase)}, {QString::number(phase.items)}, {QString::number(phase.done)},
                        {QString::number(phase.failed), problem ? QColor(0xFD, 0xD8, 0xD4) : QColor(), problem},
                        {QString::number(phase.skipped)}, {span(phase.plannedMinutes)}, {span(phase.actualMinutes)}});
            }
            doc.table(phases);
        }
        if (!run.milestones.isEmpty()) {
            doc.heading(2, t(QT_TR_NOOP("Key times")));
            Table table;
            table.header = {t(QT_TR_NOOP("Moment")), t(QT_TR_NOOP("Time")), t(QT_TR_NOOP("First recorded")),
                t(QT_TR_NOOP("Corrected by"))};
            table.widths = {2, 2, 2, 2};
            const QHash<QString, const char *> names = {{QStringLiteral("occurred"), QT_TR_NOOP("Occurred")},
                {QStringLiteral("detected"), QT_TR_NOOP("Detected")},
                {QStringLiteral("reported"), QT_TR_NOOP("Reported")},
                {QStringLiteral("stopped"), QT_TR_NOOP("Stopped")},
                {QStringLiteral("restored"), QT_TR_NOOP("Restored")}, {QStringLiteral("ended"), QT_TR_NOOP("Ended")}};
            for (const content::Milestone &milestone : run.milestones) {
                const bool edited = milestone.originalAt != milestone.at;
                table.rows.append({{names.contains(milestone.kind) ? t(names.value(milestone.kind)) : milestone.kind},
                    {m_text.dateTime(milestone.at)}, {edited ? m_text.dateTime(milestone.originalAt) : QString()},
                    {edited ? milestone.editedBy : QString()}});
            }
            doc.table(table);
        }
        doc.heading(2, t(QT_TR_NOOP("Events")));
        if (run.events.isEmpty()) {
            doc.empty(nothingRecorded());
        } else {
            Table table;
            table.header
                = {t(QT_TR_NOOP("Time")), t(QT_TR_NOOP("Event")), t(QT_TR_NOOP("By")), t(QT_TR_NOOP("Reason"))};
            table.widths = {1.6, 5, 1.6, 3};
            for (const content::RunEvent &event : run.events) {
                QString what = event.text;
                const bool decision = event.kind == QLatin1String("decision") || event.kind == QLatin1String("level");
                const bool levelChange
                    = event.kind == QLatin1String("level") || event.decision == QLatin1String("level");
                if (levelChange && !event.levelName.isEmpty() && !what.contains(event.levelName)) {
                    // The console words its level changes with the level's name; older entries may not.
                    what = t(QT_TR_NOOP("Warning level: %1")).arg(event.levelName)
                        + (what.isEmpty() ? QString() : QStringLiteral(" — ") + what);
                }
                table.rows.append({{m_text.time(event.at)},
                    {what, decision ? QColor(0xFD, 0xEC, 0xEA) : QColor(), decision}, {event.actor}, {event.reason}});
            }
            doc.table(table);
        }
        appendUpdates(doc, run);
        doc.heading(2, t(QT_TR_NOOP("Checklist as run")));
        Table items;
        items.header = {t(QT_TR_NOOP("Phase")), t(QT_TR_NOOP("Item")), t(QT_TR_NOOP("Status")),
            t(QT_TR_NOOP("Done at")), t(QT_TR_NOOP("By")), t(QT_TR_NOOP("Note"))};
        items.widths = {1.5, 4.5, 1.3, 1.3, 1.5, 3};
        for (const content::RunItem &item : run.items) {
            const bool problem = item.status == QLatin1String("failed");
            items.rows.append({{label(Kind::Phase, item.phase)}, {item.text},
                {label(Kind::ItemStatus, item.status), problem ? QColor(0xFD, 0xD8, 0xD4) : QColor(), problem},
                {m_text.time(item.tickedAt)}, {item.tickedBy}, {item.note}});
        }
        if (items.rows.isEmpty()) {
            doc.empty(nothingRecorded());
        } else {
            doc.table(items);
        }
    }

    section(doc, t(QT_TR_NOOP("Root cause")), review.rootCause);
    section(doc, t(QT_TR_NOOP("Contributing factors")), review.contributingFactors);
    section(doc, t(QT_TR_NOOP("What went well")), review.wentWell);
    section(doc, t(QT_TR_NOOP("What went badly")), review.wentBadly);

    doc.heading(1, t(QT_TR_NOOP("Improvement actions")));
    if (review.actions.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        Table table;
        table.header = {t(QT_TR_NOOP("No.")), t(QT_TR_NOOP("Action")), t(QT_TR_NOOP("Owner")), t(QT_TR_NOOP("Due")),
            t(QT_TR_NOOP("Status")), t(QT_TR_NOOP("Verified by")), t(QT_TR_NOOP("Revision"))};
        table.widths = {0.7, 4.6, 1.6, 1.8, 1.5, 1.6, 1.4};
        int number = 0;
        for (const content::Action &action : review.actions) {
            table.rows.append({{QString::number(++number)}, {action.text}, {action.owner}, {m_text.date(action.dueOn)},
                {label(Kind::ActionStatus, action.status)}, {action.verifiedBy}, {action.revision}});
        }
        doc.table(table);
    }
    section(doc, t(QT_TR_NOOP("Lessons learned")), review.lessons);
    section(doc, t(QT_TR_NOOP("Commendations")), review.commendations);

    doc.heading(1, t(QT_TR_NOOP("Sign-off")));
    doc.signature({{t(QT_TR_NOOP("Reviewer")), review.reviewer},
        {t(QT_TR_NOOP("Reviewed on")), m_text.date(review.reviewedOn)}, {t(QT_TR_NOOP("Approver")), review.approver},
        {t(QT_TR_NOOP("Approved on")), m_text.date(review.approvedOn)}, {t(QT_TR_NOOP("Signature")), QString()}});
    return doc;
}

} // namespace fallback::report
