// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/builders/drillreport.h"

namespace fallback::report {

namespace {
using Kind = Vocabulary::Kind;
}

DrillReport::DrillReport(const PlanContentReader &reader, const ReportText &text)
    : ReportBuilder(reader, text, "fallback::report::DrillReport")
{ }

ReportDocument DrillReport::build(const content::Drill &drill) const
{
    ReportDocument doc = begin(t(QT_TR_NOOP("Drill report")));
    doc.subtitle = label(Kind::DrillScenario, drill.scenario) + QStringLiteral(" — ") + m_text.date(drill.scheduledOn);

    doc.heading(1, t(QT_TR_NOOP("Drill")));
    doc.fields({{t(QT_TR_NOOP("Date")), m_text.date(drill.scheduledOn)},
        {t(QT_TR_NOOP("Scenario")), label(Kind::DrillScenario, drill.scenario)},
        {t(QT_TR_NOOP("Description")), drill.scenarioText}, {t(QT_TR_NOOP("Participants")), drill.participants},
        {t(QT_TR_NOOP("Result")),
            drill.result.isEmpty() ? t(QT_TR_NOOP("Not yet held")) : label(Kind::DrillResult, drill.result)}});

    doc.heading(1, t(QT_TR_NOOP("Findings")));
    textOrNothing(doc, drill.findings);

    doc.heading(1, t(QT_TR_NOOP("Rehearsal runs")));
    if (drill.rehearsals.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        doc.paragraph(timeZoneNote());
        Table table;
        table.header = {t(QT_TR_NOOP("Started")), t(QT_TR_NOOP("Ended")), t(QT_TR_NOOP("Outcome")),
            t(QT_TR_NOOP("Items done")), t(QT_TR_NOOP("Events"))};
        table.widths = {2, 2, 1.6, 1.4, 1.2};
        for (const content::Run &run : drill.rehearsals) {
            int done = 0;
            for (const content::RunItem &item : run.items) {
                done += item.status == QLatin1String("done") ? 1 : 0;
            }
            table.rows.append(
                {{m_text.dateTime(run.startedAt)}, {m_text.dateTime(run.endedAt)}, {label(Kind::RunStatus, run.status)},
                    {QStringLiteral("%1 / %2").arg(done).arg(run.items.size())}, {QString::number(run.events.size())}});
        }
        doc.table(table);
    }

    doc.heading(1, t(QT_TR_NOOP("Follow-up actions")));
    if (drill.actions.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        Table table;
        table.header = {t(QT_TR_NOOP("No.")), t(QT_TR_NOOP("Action")), t(QT_TR_NOOP("Owner")), t(QT_TR_NOOP("Due")),
            t(QT_TR_NOOP("Status")), t(QT_TR_NOOP("Revision"))};
        table.widths = {0.7, 5.2, 1.8, 1.8, 1.5, 1.4};
        int number = 0;
        for (const content::Action &action : drill.actions) {
            table.rows.append({{QString::number(++number)}, {action.text}, {action.owner}, {m_text.date(action.dueOn)},
                {label(Kind::ActionStatus, action.status)}, {action.revision}});
        }
        doc.table(table);
    }
    doc.signature({{t(QT_TR_NOOP("Drill lead")), QString()}, {t(QT_TR_NOOP("Date")), QString()}});
    return doc;
}

} // namespace fallback::report
