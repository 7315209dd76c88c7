// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/builders/dutyrosterreport.h"

#include "duty/dutyroster.h"

namespace fallback::report {

DutyRosterReport::DutyRosterReport(const PlanContentReader &reader, const ReportText &text)
    : ReportBuilder(reader, text, "fallback::report::DutyRosterReport")
{ }

ReportDocument DutyRosterReport::build(qint64 upgradeId) const
{
    DutyRoster roster(m_reader.database(), upgradeId);
    roster.setLanguage(m_text.language());
    ReportDocument doc = begin(t(QT_TR_NOOP("Duty roster")));
    doc.subtitle = roster.upgradeName();
    const auto stamp = [this](const QDateTime &moment) {
        return moment.isValid() ? m_text.dateTime(moment.toString(Qt::ISODate)) : QString();
    };
    QString window = t(QT_TR_NOOP("Not planned yet"));
    if (roster.windowStart().isValid() || roster.windowEnd().isValid()) {
        window = t(QT_TR_NOOP("%1 to %2")).arg(stamp(roster.windowStart()), stamp(roster.windowEnd()));
    }
    doc.fields({{t(QT_TR_NOOP("Upgrade window")), window},
        {t(QT_TR_NOOP("Longest duty at a stretch")), t(QT_TR_N_NOOP("%n hour(s)"), roster.maxHours())},
        timeZoneField()});

    doc.heading(1, t(QT_TR_NOOP("Shifts")));
    const QList<DutyShift> shifts = roster.shifts();
    if (shifts.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        Table table;
        table.header = {t(QT_TR_NOOP("Group")), t(QT_TR_NOOP("From")), t(QT_TR_NOOP("Until")), t(QT_TR_NOOP("On duty")),
            t(QT_TR_NOOP("Backup")), t(QT_TR_NOOP("Hours"))};
        table.widths = {3, 2.2, 2.2, 3, 3, 1.5};
        const auto person = [](const QString &name, const QString &phone) {
            return phone.isEmpty() ? name
                                   : name + QLatin1Char('\n') + QString(phone).replace(QLatin1Char(' '), QChar::Nbsp);
        };
        QString group;
        for (const DutyShift &shift : shifts) {
            QString onDuty = person(shift.member, shift.memberPhone);
            if (!shift.note.trimmed().isEmpty()) {
                onDuty += QLatin1Char('\n') + shift.note.trimmed();
            }
            table.rows.append({{shift.group == group ? QString() : shift.group, {}, true}, {stamp(shift.starts)},
                {stamp(shift.ends)}, {onDuty, {}, true}, {person(shift.backup, shift.backupPhone)},
                {QString::number(shift.hours(), 'f', 1)}});
            group = shift.group;
        }
        doc.table(table);
    }

    doc.heading(1, t(QT_TR_NOOP("Gaps and clashes")));
    QStringList problems;
    for (const DutyProblem &problem : roster.problems()) {
        problems << problem.text;
    }
    if (problems.isEmpty()) {
        doc.paragraph(t(QT_TR_NOOP("None: every group on the roster is covered for the whole window, nobody is on two "
                                   "shifts at once and nobody is on duty longer than allowed.")));
    } else {
        Table table;
        table.header = {t(QT_TR_NOOP("What the roster lacks"))};
        for (const QString &problem : std::as_const(problems)) {
            table.rows.append({{problem, QColor(0xFD, 0xEC, 0xEA)}});
        }
        doc.table(table);
    }
    return doc;
}

} // namespace fallback::report
