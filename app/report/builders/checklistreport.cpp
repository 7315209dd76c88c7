// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/builders/checklistreport.h"

#include <QDateTime>

#include <cstdlib>

namespace fallback::report {

ChecklistReport::ChecklistReport(const PlanContentReader &reader, const ReportText &text)
    : ReportBuilder(reader, text, "fallback::report::ChecklistReport")
{ }

ReportDocument ChecklistReport::build(const content::Upgrade &upgrade) const
{
    ReportDocument doc = begin(t(QT_TR_NOOP("Upgrade checklist")));
    doc.subtitle = upgrade.name;
    doc.fields({
        {t(QT_TR_NOOP("Planned window")),
            QStringLiteral("%1 – %2").arg(m_text.dateTime(upgrade.windowStart), m_text.dateTime(upgrade.windowEnd))},
        timeZoneField(),
        {t(QT_TR_NOOP("Version")), QStringLiteral("%1 → %2").arg(upgrade.versionFrom, upgrade.versionTo)},
        {t(QT_TR_NOOP("Systems")), upgrade.systems.join(QStringLiteral(", "))},
        {t(QT_TR_NOOP("Rollback plan")), upgrade.rollbackPlan},
        {t(QT_TR_NOOP("Go/no-go criteria")), upgrade.goCriteria},
    });
    const QDateTime windowStart = QDateTime::fromString(upgrade.windowStart, Qt::ISODate);
    phaseTables(doc, upgrade.items, 1, [&](const content::ChecklistItem &item) -> QString {
        if (!item.offsetMinutes || !windowStart.isValid()) {
            return QStringLiteral("—");
        }
        return m_text.dateTime(windowStart.addSecs(qint64(*item.offsetMinutes) * 60).toString(Qt::ISODate));
    });
    doc.signature({{t(QT_TR_NOOP("Checked by")), QString()}, {t(QT_TR_NOOP("Date")), QString()}});
    return doc;
}

ReportDocument ChecklistReport::buildBlank(const QList<content::ChecklistTemplate> &templates) const
{
    ReportDocument doc = begin(t(QT_TR_NOOP("Upgrade checklist")));
    doc.paragraph(t(QT_TR_NOOP("No upgrade is planned yet: these are the plan's checklist templates, to be filled in "
                               "by hand. Planned times are given from the start of the upgrade window (T).")));
    for (const content::ChecklistTemplate &checklist : templates) {
        doc.heading(1, checklist.name);
        if (!checklist.description.trimmed().isEmpty()) {
            doc.paragraph(checklist.description);
        }
        const QString toWriteIn(40, QLatin1Char('_'));
        doc.fields({
            {t(QT_TR_NOOP("Upgrade")), toWriteIn},
            {t(QT_TR_NOOP("Planned window")), toWriteIn},
            {t(QT_TR_NOOP("Version")), toWriteIn},
            {t(QT_TR_NOOP("Systems")), toWriteIn},
        });
        phaseTables(doc, checklist.items, 2, [this](const content::ChecklistItem &item) -> QString {
            if (!item.offsetMinutes) {
                return QStringLiteral("—");
            }
            const int offset = *item.offsetMinutes;
            return (offset < 0 ? QStringLiteral("T − ") : QStringLiteral("T + ")) + minutes(std::abs(offset));
        });
    }
    doc.signature({{t(QT_TR_NOOP("Checked by")), QString()}, {t(QT_TR_NOOP("Date")), QString()}});
    return doc;
}

void ChecklistReport::phaseTables(ReportDocument &doc, const QList<content::ChecklistItem> &items, int level,
    const std::function<QString(const content::ChecklistItem &)> &planned) const
{
    for (const QString &phase : Vocabulary::values(Vocabulary::Kind::Phase)) {
        doc.heading(level, label(Vocabulary::Kind::Phase, phase));
        Table table;
        table.header
            = {t(QT_TR_NOOP("Done")), t(QT_TR_NOOP("Step")), t(QT_TR_NOOP("Item")), t(QT_TR_NOOP("Responsible")),
                t(QT_TR_NOOP("Planned")), t(QT_TR_NOOP("Time done")), t(QT_TR_NOOP("Initials"))};
        table.widths = {1.0, 0.9, 4.6, 2.2, 2.1, 1.5, 1.3};
        table.minRowHeightMm = 9; // room to write
        for (const content::ChecklistItem &item : items) {
            if (item.phase != phase) {
                continue;
            }
            TableCell box;
            box.checkbox = true;
            table.rows.append(
                {box, {QString::number(item.position)}, {item.text}, {item.responsible}, {planned(item)}, {}, {}});
        }
        if (table.rows.isEmpty()) {
            doc.empty(nothingRecorded());
        } else {
            doc.table(table);
        }
    }
}

} // namespace fallback::report
