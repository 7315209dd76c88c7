// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/builders/communicationsreport.h"

namespace fallback::report {

CommunicationsReport::CommunicationsReport(const PlanContentReader &reader, const ReportText &text)
    : ReportBuilder(reader, text, "fallback::report::CommunicationsReport")
{ }

ReportDocument CommunicationsReport::build() const
{
    ReportDocument doc = begin(t(QT_TR_NOOP("Communications plan")));
    doc.subtitle = m_header.title;
    doc.paragraph(t(QT_TR_NOOP("Who tells whom, how and how often. When a channel is down, use the next one in its "
                               "row; log every update sent in the run console.")));
    appendCommunications(doc, 1);
    return doc;
}

void CommunicationsReport::appendCommunications(ReportDocument &doc, int level) const
{
    const QList<content::Audience> audiences = m_reader.audiences();
    if (level > 0) {
        doc.heading(level, t(QT_TR_NOOP("Audiences and channels")));
    }
    if (audiences.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        Table table;
        table.header = {t(QT_TR_NOOP("No.")), t(QT_TR_NOOP("Audience")), t(QT_TR_NOOP("Sent by")),
            t(QT_TR_NOOP("Channels, in the order they are tried")), t(QT_TR_NOOP("How often")), t(QT_TR_NOOP("Note"))};
        table.widths = {0.9, 2.2, 2.8, 5.5, 1.8, 2.5};
        int number = 0;
        for (const content::Audience &audience : audiences) {
            QString sender = audience.senderGroup;
            if (!audience.contactName.isEmpty()) {
                sender += QLatin1Char('\n') + audience.contactName;
                if (!audience.contactPhone.isEmpty()) {
                    sender += QLatin1Char(' ') + QString(audience.contactPhone).replace(QLatin1Char(' '), QChar::Nbsp);
                }
            }
            QStringList channels;
            int place = 0;
            for (const content::AudienceChannel &channel : audience.channels) {
                QString line
                    = QStringLiteral("%1. %2").arg(++place).arg(label(Vocabulary::Kind::Channel, channel.channel));
                if (!channel.address.trimmed().isEmpty()) {
                    line += t(QT_TR_NOOP(": %1")).arg(channel.address.trimmed());
                } else if (channel.channel != QLatin1String("in_person")) {
                    line += t(QT_TR_NOOP(": no number given"));
                }
                if (!channel.note.trimmed().isEmpty()) {
                    line += t(QT_TR_NOOP(" (%1)")).arg(channel.note.trimmed());
                }
                channels << line;
            }
            if (channels.size() < 2) {
                channels << t(QT_TR_NOOP("No backup channel."));
            }
            const QString often = audience.updateMinutes
                ? t(QT_TR_N_NOOP("Every %n minute(s)"), *audience.updateMinutes)
                : t(QT_TR_NOOP("As the warning level says"));
            table.rows.append({{QString::number(++number)}, {audience.name, {}, true}, {sender},
                {channels.join(QLatin1Char('\n'))}, {often}, {audience.note.trimmed()}});
        }
        doc.table(table);
    }

    if (level > 0) {
        doc.heading(level, t(QT_TR_NOOP("Updates by warning level")));
    }
    const QList<content::WarningLevel> levels = m_reader.warningLevels();
    if (levels.isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        Table table;
        table.header
            = {t(QT_TR_NOOP("Warning level")), t(QT_TR_NOOP("Response within")), t(QT_TR_NOOP("Status updates"))};
        table.widths = {4, 2.5, 3.5};
        for (const content::WarningLevel &level : levels) {
            table.rows.append(
                {{level.name, QColor::fromString(level.colour).lighter(170), true}, {minutes(level.responseMinutes)},
                    {level.updateMinutes ? t(QT_TR_N_NOOP("Every %n minute(s)"), *level.updateMinutes)
                                         : t(QT_TR_NOOP("No regular updates"))}});
        }
        doc.table(table);
        doc.paragraph(t(QT_TR_NOOP("An audience with an interval of its own keeps it at every level.")));
    }
}

} // namespace fallback::report
