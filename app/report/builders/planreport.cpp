// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/builders/planreport.h"

#include "report/builders/communicationsreport.h"
#include "report/builders/figures.h"
#include "report/builders/rosterreport.h"

namespace fallback::report {

namespace {
using Kind = Vocabulary::Kind;
}

PlanReport::PlanReport(const PlanContentReader &reader, const ReportText &text)
    : ReportBuilder(reader, text, "fallback::report::PlanReport")
{ }

QString PlanReport::offsetText(const std::optional<int> &offsetMinutes) const
{
    if (!offsetMinutes) {
        return QStringLiteral("—");
    }
    // Relative to the window start: T-60 min, T+15 min.
    const QString signedMinutes
        = (*offsetMinutes >= 0 ? QStringLiteral("+") : QString()) + QString::number(*offsetMinutes);
    return t(QT_TR_NOOP("T%1 min")).arg(signedMinutes);
}

ReportDocument PlanReport::build() const
{
    ReportDocument doc
        = begin(m_header.title.isEmpty() ? t(QT_TR_NOOP("Program Upgrade Emergency Plan")) : m_header.title);
    doc.subtitle = m_header.organisation;
    doc.coverFields = {
        {t(QT_TR_NOOP("Version")), m_header.version},
        {t(QT_TR_NOOP("Effective date")), m_text.date(m_header.effectiveDate)},
        {t(QT_TR_NOOP("Classification")), m_header.classification},
        {t(QT_TR_NOOP("Issued by")), m_header.organisation},
        timeZoneField(),
    };
    doc.signature({{t(QT_TR_NOOP("Prepared by")), QString()}, {t(QT_TR_NOOP("Reviewed by")), QString()},
        {t(QT_TR_NOOP("Approved by")), QString()}, {t(QT_TR_NOOP("Date")), QString()}});
    doc.pageBreak();

    // 一、总则
    doc.heading(1, t(QT_TR_NOOP("General provisions")));
    doc.heading(2, t(QT_TR_NOOP("Purpose")));
    textOrNothing(doc, m_header.purpose);
    doc.heading(2, t(QT_TR_NOOP("Scope")));
    doc.paragraph(m_header.scopeNote);
    const QList<content::ScopeSystem> systems = m_reader.scopeSystems();
    if (systems.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        Table table;
        table.header = {t(QT_TR_NOOP("System")), t(QT_TR_NOOP("Type")), t(QT_TR_NOOP("Owner")),
            t(QT_TR_NOOP("Criticality")), t(QT_TR_NOOP("Note"))};
        table.widths = {3, 2, 2.5, 1.6, 4};
        for (const content::ScopeSystem &system : systems) {
            table.rows.append({{system.name}, {label(Kind::SystemType, system.type)}, {system.owner},
                {label(Kind::Criticality, system.criticality)}, {system.note}});
        }
        doc.table(table);
    }
    doc.heading(2, t(QT_TR_NOOP("Basis")));
    const QList<content::Reference> references = m_reader.references();
    if (references.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        Table table;
        table.header = {t(QT_TR_NOOP("Reference")), t(QT_TR_NOOP("Kind")), t(QT_TR_NOOP("Note"))};
        table.widths = {3.5, 1.8, 5};
        for (const content::Reference &reference : references) {
            table.rows.append({{reference.title}, {label(Kind::ReferenceKind, reference.kind)}, {reference.note}});
        }
        doc.table(table);
    }

    // 二、组织机构及职责
    doc.heading(1, t(QT_TR_NOOP("Organisation and duties")));
    const QList<content::Group> groups = m_reader.groups();
    if (groups.isEmpty()) {
        doc.empty(nothingRecorded());
    }
    for (const content::Group &group : groups) {
        doc.heading(2, group.name);
        doc.paragraph(group.duty);
        QStringList leads;
        for (const content::GroupMembership &membership : group.members) {
            if (membership.role != QLatin1String("member")) {
                leads << QStringLiteral("%1 (%2)").arg(
                    membership.member.name, label(Kind::MemberRole, membership.role));
            }
        }
        if (!leads.isEmpty()) {
            doc.fields({{t(QT_TR_NOOP("Led by")), leads.join(QStringLiteral("; "))}});
        }
    }

    // 三、预警分级
    doc.heading(1, t(QT_TR_NOOP("Warning levels")));
    // 预警发布、调整和解除: who issues a warning, raises or lowers it, and lifts it.
    doc.paragraph(m_header.warningTerms);
    const QList<content::WarningLevel> levels = m_reader.warningLevels();
    if (levels.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        Table table;
        table.header = {t(QT_TR_NOOP("Level")), t(QT_TR_NOOP("Criteria")), t(QT_TR_NOOP("Notified")),
            t(QT_TR_NOOP("Activated by")), t(QT_TR_NOOP("Response time"))};
        table.widths = {2.2, 4, 3, 2, 1.7};
        for (const content::WarningLevel &level : levels) {
            QColor colour = QColor::fromString(level.colour);
            TableCell name {level.name, colour.isValid() ? colour.lighter(160) : QColor(), true};
            const QString notified
                = level.notifiedGroups.isEmpty() ? level.notified : level.notifiedGroups.join(QStringLiteral(", "));
            table.rows.append(
                {name, {level.criteria}, {notified}, {level.activatedBy}, {minutes(level.responseMinutes)}});
        }
        doc.table(table);
    }

    // 四、风险评估
    doc.heading(1, t(QT_TR_NOOP("Risk assessment")));
    const QList<content::Risk> risks = m_reader.risks();
    if (risks.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        doc.paragraph(t(QT_TR_NOOP("Each risk is scored as likelihood × impact (1–5 each). Bands: low below %1, "
                                   "medium from %1, high from %2, critical from %3."))
                          .arg(m_header.bandMediumFrom)
                          .arg(m_header.bandHighFrom)
                          .arg(m_header.bandCriticalFrom));
        doc.figure(heatMapFigure(risks, m_header, m_text));
        // Nine columns fit a portrait page only in smaller print; the category
        // heads the risk's own cell rather than taking a column.
        Table table;
        table.header = {t(QT_TR_NOOP("No.")), t(QT_TR_NOOP("Risk")), t(QT_TR_NOOP("L")), t(QT_TR_NOOP("I")),
            t(QT_TR_NOOP("Score")), t(QT_TR_NOOP("Preventive measure")), t(QT_TR_NOOP("Contingency")),
            t(QT_TR_NOOP("Owner")), t(QT_TR_NOOP("Status"))};
        table.widths = {0.9, 3.5, 0.6, 0.6, 1.3, 3.2, 3.2, 1.9, 1.7};
        table.fontScale = 0.9;
        int number = 0;
        for (const content::Risk &risk : risks) {
            const QString band = m_header.band(risk.score());
            const QString what
                = risk.category.isEmpty() ? risk.description : risk.category + QLatin1Char('\n') + risk.description;
            table.rows.append({{QString::number(++number)}, {what}, {QString::number(risk.likelihood)},
                {QString::number(risk.impact)}, {QString::number(risk.score()), bandColour(band)}, {risk.prevention},
                {risk.contingency}, {risk.ownerGroup}, {label(Kind::RiskStatus, risk.status)}});
        }
        doc.table(table);
    }

    // 五、应急响应流程
    doc.heading(1, t(QT_TR_NOOP("Response process and checklists")));
    const QList<content::ChecklistTemplate> checklists = m_reader.checklistTemplates();
    if (checklists.isEmpty()) {
        doc.empty(nothingRecorded());
    }
    for (const content::ChecklistTemplate &checklist : checklists) {
        doc.heading(2, checklist.name);
        doc.paragraph(checklist.description);
        if (checklist.items.isEmpty()) {
            doc.empty(nothingRecorded());
            continue;
        }
        Table table;
        table.header = {t(QT_TR_NOOP("Phase")), t(QT_TR_NOOP("Step")), t(QT_TR_NOOP("Item")),
            t(QT_TR_NOOP("Responsible")), t(QT_TR_NOOP("Start")), t(QT_TR_NOOP("Duration"))};
        table.widths = {1.3, 0.9, 5.3, 2.4, 1.4, 1.3};
        for (const content::ChecklistItem &item : checklist.items) {
            table.rows.append({{label(Kind::Phase, item.phase)}, {QString::number(item.position)}, {item.text},
                {item.responsible}, {offsetText(item.offsetMinutes)}, {minutes(item.durationMinutes)}});
        }
        doc.table(table);
    }

    // 六、应急措施与保障 and 七、恢复重建
    const QList<content::Measure> measures = m_reader.measures();
    doc.heading(1, t(QT_TR_NOOP("Measures and resources")));
    bool anyMeasure = false;
    for (const content::Measure &measure : measures) {
        if (measure.type == QLatin1String("recovery")) {
            continue;
        }
        anyMeasure = true;
        doc.heading(2, label(Kind::MeasureType, measure.type) + QStringLiteral(": ") + measure.title);
        doc.paragraph(measure.body);
    }
    if (!anyMeasure) {
        doc.empty(nothingRecorded());
    }
    const QList<content::Resource> resources = m_reader.resources();
    doc.heading(2, t(QT_TR_NOOP("Resource inventory")));
    if (resources.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        Table table;
        table.header = {t(QT_TR_NOOP("Type")), t(QT_TR_NOOP("Resource")), t(QT_TR_NOOP("Quantity")),
            t(QT_TR_NOOP("Location")), t(QT_TR_NOOP("Owner")), t(QT_TR_NOOP("Ready")), t(QT_TR_NOOP("Last checked"))};
        table.widths = {1.5, 3, 1.3, 2.2, 2, 1.2, 1.8};
        for (const content::Resource &resource : resources) {
            table.rows.append({{label(Kind::ResourceType, resource.type)}, {resource.name},
                {QLocale::c().toString(resource.quantity)
                    + (resource.unit.isEmpty() ? QString() : QLatin1Char(' ') + resource.unit)},
                {resource.location}, {resource.owner},
                {resource.ready ? t(QT_TR_NOOP("Ready")) : t(QT_TR_NOOP("Not ready")),
                    resource.ready ? QColor() : QColor(0xFF, 0xE0, 0xB2)},
                {m_text.date(resource.lastChecked)}});
        }
        doc.table(table);
    }
    // 通信与信息保障: part of the measures since GB/T 29639-2020.
    doc.heading(2, t(QT_TR_NOOP("Communications during the response")));
    doc.paragraph(t(QT_TR_NOOP("Status updates go to each audience over its channels in the order given, at the "
                               "interval set; the role cards of the key posts and the duty roster of each upgrade "
                               "are printed on their own.")));
    CommunicationsReport(m_reader, m_text).appendCommunications(doc, 0);
    doc.heading(1, t(QT_TR_NOOP("Recovery and rebuilding")));
    bool anyRecovery = false;
    for (const content::Measure &measure : measures) {
        if (measure.type == QLatin1String("recovery")) {
            anyRecovery = true;
            doc.heading(2, measure.title);
            doc.paragraph(measure.body);
        }
    }
    if (!anyRecovery) {
        doc.empty(nothingRecorded());
    }

    // 八、事后总结、表彰和奖励
    doc.heading(1, t(QT_TR_NOOP("Review, commendation and reward")));
    textOrNothing(doc, m_header.aftermath);

    // 九、应急演练
    doc.heading(1, t(QT_TR_NOOP("Drills")));
    const QList<content::Drill> drills = m_reader.drills();
    if (drills.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        Table table;
        table.header = {t(QT_TR_NOOP("Date")), t(QT_TR_NOOP("Scenario")), t(QT_TR_NOOP("Participants")),
            t(QT_TR_NOOP("Result")), t(QT_TR_NOOP("Findings"))};
        table.widths = {1.8, 3, 2.5, 1.2, 4};
        for (const content::Drill &drill : drills) {
            const QString scenario = label(Kind::DrillScenario, drill.scenario)
                + (drill.scenarioText.isEmpty() ? QString() : QStringLiteral(": ") + drill.scenarioText);
            table.rows.append({{m_text.date(drill.scheduledOn)}, {scenario}, {drill.participants},
                {drill.result.isEmpty() ? t(QT_TR_NOOP("Not yet held")) : label(Kind::DrillResult, drill.result)},
                {drill.findings}});
        }
        doc.table(table);
    }

    // 十、修订记录
    doc.heading(1, t(QT_TR_NOOP("Revision record")));
    const QList<content::Revision> revisions = m_reader.revisions();
    if (revisions.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        Table table;
        table.header = {t(QT_TR_NOOP("Version")), t(QT_TR_NOOP("Date")), t(QT_TR_NOOP("Author")),
            t(QT_TR_NOOP("Changes")), t(QT_TR_NOOP("Approved by"))};
        table.widths = {1, 1.8, 1.8, 5, 1.8};
        for (const content::Revision &revision : revisions) {
            table.rows.append({{revision.version}, {m_text.date(revision.publishedOn)}, {revision.author},
                {revision.summary}, {revision.approver}});
        }
        doc.table(table);
    }

    // 十一、附则
    doc.heading(1, t(QT_TR_NOOP("Supplementary provisions")));
    if (m_header.interpretation.isEmpty() && m_header.precedence.isEmpty() && m_header.supplementary.isEmpty()) {
        doc.empty(nothingRecorded());
    }
    doc.paragraph(m_header.interpretation);
    doc.paragraph(m_header.precedence);
    doc.paragraph(m_header.supplementary);

    // 附录：通讯录
    doc.pageBreak();
    RosterReport(m_reader, m_text).appendRoster(doc, t(QT_TR_NOOP("Appendix: contact roster")));
    return doc;
}

} // namespace fallback::report
