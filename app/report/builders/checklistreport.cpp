// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/builders/checklistreport.h"

#include <QDateTime>

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
        {t(QT_TR_NOOP("Version")), QStringLiteral("%1 → %2").arg(upgrade.versionFrom, upgrade.versionTo)},
        {t(QT_TR_NOOP("Systems")), upgrade.systems.join(QStringLiteral(", "))},
        {t(QT_TR_NOOP("Rollback plan")), upgrade.rollbackPlan},
        {t(QT_TR_NOOP("Go/no-go criteria")), upgrade.goCriteria},
    });
    const QDateTime windowStart = QDateTime::fromString(upgrade.windowStart, Qt::ISODate);
    const QStringList phases
        = {QStringLiteral("before"), QStringLiteral("during"), QStringLiteral("after"), QStringLiteral("recovery")};
    for (const QString &phase : phases) {
        doc.heading(1, label(Vocabulary::Kind::Phase, phase));
        Table table;
        table.header
            = {t(QT_TR_NOOP("Done")), t(QT_TR_NOOP("Step")), t(QT_TR_NOOP("Item")), t(QT_TR_NOOP("Responsible")),
                t(QT_TR_NOOP("Planned")), t(QT_TR_NOOP("Time done")), t(QT_TR_NOOP("Initials"))};
        table.widths = {1.0, 0.9, 4.6, 2.2, 2.1, 1.5, 1.3};
        table.minRowHeightMm = 9; // room to write
        for (const content::ChecklistItem &item : upgrade.items) {
            if (item.phase != phase) {
                continue;
            }
            QString planned = QStringLiteral("—");
            if (item.offsetMinutes && windowStart.isValid()) {
                planned = m_text.dateTime(windowStart.addSecs(qint64(*item.offsetMinutes) * 60).toString(Qt::ISODate));
            }
            TableCell box;
            box.checkbox = true;
            table.rows.append(
                {box, {QString::number(item.position)}, {item.text}, {item.responsible}, {planned}, {}, {}});
        }
        if (table.rows.isEmpty()) {
            doc.empty(nothingRecorded());
        } else {
            doc.table(table);
        }
    }
    doc.signature({{t(QT_TR_NOOP("Checked by")), QString()}, {t(QT_TR_NOOP("Date")), QString()}});
    return doc;
}

} // namespace fallback::report
