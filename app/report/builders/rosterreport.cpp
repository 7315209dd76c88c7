// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/builders/rosterreport.h"

#include <QSet>

namespace fallback::report {

namespace {
/// A phone number keeps its groups of digits on one line.
QString unbroken(QString phone)
{
    return phone.replace(QLatin1Char(' '), QChar::Nbsp);
}
} // namespace

RosterReport::RosterReport(const PlanContentReader &reader, const ReportText &text)
    : ReportBuilder(reader, text, "fallback::report::RosterReport")
{ }

ReportDocument RosterReport::build() const
{
    ReportDocument doc = begin(t(QT_TR_NOOP("Contact roster and call tree")));
    doc.subtitle = m_header.title;
    appendRoster(doc, QString());
    return doc;
}

void RosterReport::appendRoster(ReportDocument &doc, const QString &heading) const
{
    if (!heading.isEmpty()) {
        doc.heading(1, heading, false);
    }
    doc.paragraph(t(QT_TR_NOOP("Call in the order given; when someone cannot be reached, call their backup, then the "
                               "next person of the group.")));
    const QList<content::Group> groups = m_reader.groups();
    QSet<qint64> listed;
    bool anyone = false;
    const QStringList header = {t(QT_TR_NOOP("No.")), t(QT_TR_NOOP("Role")), t(QT_TR_NOOP("Name")),
        t(QT_TR_NOOP("Mobile")), t(QT_TR_NOOP("Office")), t(QT_TR_NOOP("Backup"))};
    const QList<qreal> widths = {0.9, 1.6, 3.2, 4.2, 3.6, 3.4};
    for (const content::Group &group : groups) {
        doc.heading(2, QString(group.depth * 2, QChar(0x2003)) + group.name, false);
        if (group.members.isEmpty()) {
            doc.empty(t(QT_TR_NOOP("No one is assigned to this group.")));
            continue;
        }
        anyone = true;
        Table table;
        table.header = header;
        table.widths = widths;
        table.fontScale = 1.05;
        for (const content::GroupMembership &membership : group.members) {
            const content::Member &member = membership.member;
            listed.insert(member.id);
            QString name = member.name;
            const QString position = QStringList {member.jobTitle, member.department}.join(QStringLiteral(", "));
            if (!member.jobTitle.isEmpty() || !member.department.isEmpty()) {
                name += QLatin1Char('\n') + position;
            }
            QString backup = member.backupName;
            if (!member.backupMobile.isEmpty()) {
                backup += QLatin1Char('\n') + unbroken(member.backupMobile);
            }
            table.rows.append({{QString::number(membership.escalationOrder)},
                {label(Vocabulary::Kind::MemberRole, membership.role), {}, membership.role == QLatin1String("lead")},
                {name}, {unbroken(member.phoneMobile), {}, true}, {unbroken(member.phoneOffice)}, {backup}});
        }
        doc.table(table);
    }
    // People in no group still belong in the roster.
    Table others;
    others.header = {t(QT_TR_NOOP("Name")), t(QT_TR_NOOP("Mobile")), t(QT_TR_NOOP("Office")), t(QT_TR_NOOP("Email"))};
    others.widths = {3, 2.6, 2.2, 3.6};
    others.fontScale = 1.05;
    for (const content::Member &member : m_reader.members()) {
        if (!listed.contains(member.id)) {
            others.rows.append({{member.name}, {unbroken(member.phoneMobile), {}, true}, {unbroken(member.phoneOffice)},
                {member.email}});
        }
    }
    if (!others.rows.isEmpty()) {
        anyone = true;
        doc.heading(2, t(QT_TR_NOOP("Other contacts")), false);
        doc.table(others);
    }
    if (!anyone) {
        doc.empty(nothingRecorded());
    }
}

} // namespace fallback::report
