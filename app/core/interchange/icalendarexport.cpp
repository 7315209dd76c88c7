// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/icalendarexport.h"

#include "content/plancontentreader.h"
#include "document/vocabulary.h"
#include "duty/dutyroster.h"
#include "interchange/contentline.h"
#include "storage/outputfile.h"
#include "upgrade/upgrademodel.h"

#include <QDate>
#include <QDir>
#include <QStringList>

namespace fallback {

namespace {

// UTC with a Z: Outlook and Thunderbird both show it in the reader's own
// time zone, and no VTIMEZONE has to be written.
QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

/// Appends "NAME:value" with \a value escaped as text.
void appendText(QByteArray &out, const char *name, const QString &value)
{
    ContentLine::append(out, QLatin1String(name) + QLatin1Char(':') + ContentLine::escapedText(value));
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.left(trimmed.indexOf(QLatin1Char('\n'))).trimmed();
}

QString upgradeDescription(const content::Upgrade &upgrade)
{
    QStringList lines;
    if (!upgrade.versionFrom.isEmpty() && !upgrade.versionTo.isEmpty()) {
        lines << ICalendarExport::tr("Version: %1 → %2").arg(upgrade.versionFrom, upgrade.versionTo);
    } else if (!upgrade.versionTo.isEmpty()) {
        lines << ICalendarExport::tr("To version: %1").arg(upgrade.versionTo);
    } else if (!upgrade.versionFrom.isEmpty()) {
        lines << ICalendarExport::tr("From version: %1").arg(upgrade.versionFrom);
    }
    if (!upgrade.systems.isEmpty()) {
        lines << ICalendarExport::tr("Systems: %1")
                     .arg(upgrade.systems.join(ICalendarExport::tr(", ", "between the names of systems")));
    }
    lines << ICalendarExport::tr("Status: %1").arg(Vocabulary::label(Vocabulary::Kind::UpgradeStatus, upgrade.status));
    if (!upgrade.impact.trimmed().isEmpty()) {
        lines << ICalendarExport::tr("Impact: %1").arg(upgrade.impact.trimmed());
    }
    if (!upgrade.notify.trimmed().isEmpty()) {
        lines << ICalendarExport::tr("Notify: %1").arg(upgrade.notify.trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}

QString drillSummary(const content::Drill &drill)
{
    // A custom scenario is named by its own text; "Drill: Custom" would say nothing.
    const QString custom = firstLine(drill.scenarioText);
    const QString scenario = drill.scenario == QLatin1String("custom") && !custom.isEmpty()
        ? custom
        : Vocabulary::label(Vocabulary::Kind::DrillScenario, drill.scenario);
    return ICalendarExport::tr("Drill: %1").arg(scenario);
}

QString drillDescription(const content::Drill &drill)
{
    QStringList lines;
    lines
        << ICalendarExport::tr("Scenario: %1").arg(Vocabulary::label(Vocabulary::Kind::DrillScenario, drill.scenario));
    if (!drill.scenarioText.trimmed().isEmpty()) {
        lines << drill.scenarioText.trimmed();
    }
    if (!drill.participants.trimmed().isEmpty()) {
        lines << ICalendarExport::tr("Participants: %1").arg(drill.participants.trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ICalendarExport::Calendar ICalendarExport::toICalendar(const QSqlDatabase &db, const QDateTime &stamp)
{
    const PlanContentReader reader(db);
    const content::Header header = reader.header();
    const QString stampText = utcText(stamp);
    Calendar calendar;
    QByteArray &out = calendar.text;
    ContentLine::append(out, QStringLiteral("BEGIN:VCALENDAR"));
    ContentLine::append(out, QStringLiteral("VERSION:2.0"));
    ContentLine::append(out, QStringLiteral("PRODID:-//Fallback//Fallback " FALLBACK_VERSION_STRING "//EN"));
    ContentLine::append(out, QStringLiteral("CALSCALE:GREGORIAN"));
    ContentLine::append(out, QStringLiteral("METHOD:PUBLISH"));
    if (!header.title.trimmed().isEmpty()) {
        // The name Outlook and Thunderbird give a calendar opened as a whole.
        appendText(out, "X-WR-CALNAME", header.title.trimmed());
    }

    for (const content::Upgrade &upgrade : reader.upgrades()) {
        const QDateTime start
            = UpgradeModel::windowTime(upgrade.windowStart.isEmpty() ? QVariant() : upgrade.windowStart);
        if (!start.isValid()) {
            ++calendar.upgradesWithoutWindow;
            continue;
        }
        const QDateTime end = UpgradeModel::windowTime(upgrade.windowEnd.isEmpty() ? QVariant() : upgrade.windowEnd);
        ContentLine::append(out, QStringLiteral("BEGIN:VEVENT"));
        ContentLine::append(out, QLatin1String("UID:") + ContentLine::escapedText(upgrade.uid));
        ContentLine::append(out, QLatin1String("DTSTAMP:") + stampText);
        ContentLine::append(out, QLatin1String("DTSTART:") + utcText(start));
        if (end.isValid() && end >= start) { // without an end the event is the moment the window opens
            ContentLine::append(out, QLatin1String("DTEND:") + utcText(end));
        }
        const QString name = upgrade.name.trimmed().isEmpty() ? tr("(no name)") : upgrade.name.trimmed();
        appendText(out, "SUMMARY", tr("Upgrade: %1").arg(name));
        appendText(out, "DESCRIPTION", upgradeDescription(upgrade));
        ContentLine::append(out,
            upgrade.status == QLatin1String("cancelled") ? QStringLiteral("STATUS:CANCELLED")
                                                         : QStringLiteral("STATUS:CONFIRMED"));
        ContentLine::append(out, QStringLiteral("END:VEVENT"));
        ++calendar.upgrades;

        for (const DutyShift &shift : DutyRoster(db, upgrade.id).shifts()) {
            if (!shift.starts.isValid() || !shift.ends.isValid() || shift.ends <= shift.starts) {
                continue; // a shift without its times is a finding of the roster, not an event
            }
            ContentLine::append(out, QStringLiteral("BEGIN:VEVENT"));
            ContentLine::append(out, QLatin1String("UID:") + ContentLine::escapedText(shift.uid));
            ContentLine::append(out, QLatin1String("DTSTAMP:") + stampText);
            ContentLine::append(out, QLatin1String("DTSTART:") + utcText(shift.starts));
            ContentLine::append(out, QLatin1String("DTEND:") + utcText(shift.ends));
            const QString person = shift.member.trimmed().isEmpty() ? tr("(nobody)") : shift.member.trimmed();
            appendText(out, "SUMMARY",
                shift.group.isEmpty() ? tr("On duty: %1").arg(person) : tr("On duty: %1, %2").arg(shift.group, person));
            QStringList lines {tr("Upgrade: %1").arg(name)};
            if (!shift.memberPhone.isEmpty()) {
                lines << tr("On duty: %1, %2").arg(person, shift.memberPhone);
            }
            if (!shift.backup.isEmpty()) {
                lines << (shift.backupPhone.isEmpty() ? tr("Backup: %1").arg(shift.backup)
                                                      : tr("Backup: %1, %2").arg(shift.backup, shift.backupPhone));
            }
            if (!shift.note.trimmed().isEmpty()) {
                lines << shift.note.trimmed();
            }
            appendText(out, "DESCRIPTION", lines.join(QLatin1Char('\n')));
            ContentLine::append(out,
                upgrade.status == QLatin1String("cancelled") ? QStringLiteral("STATUS:CANCELLED")
                                                             : QStringLiteral("STATUS:CONFIRMED"));
            ContentLine::append(out, QStringLiteral("END:VEVENT"));
            ++calendar.shifts;
        }
    }

    for (const content::Drill &drill : reader.drills()) {
        const QDate date = QDate::fromString(drill.scheduledOn, Qt::ISODate);
        if (!date.isValid()) {
            ++calendar.drillsWithoutDate;
            continue;
        }
        ContentLine::append(out, QStringLiteral("BEGIN:VEVENT"));
        ContentLine::append(out, QLatin1String("UID:") + ContentLine::escapedText(drill.uid));
        ContentLine::append(out, QLatin1String("DTSTAMP:") + stampText);
        // An all-day event: DTEND is exclusive, so the next day.
        ContentLine::append(out, QLatin1String("DTSTART;VALUE=DATE:") + dateText(date));
        ContentLine::append(out, QLatin1String("DTEND;VALUE=DATE:") + dateText(date.addDays(1)));
        appendText(out, "SUMMARY", drillSummary(drill));
        appendText(out, "DESCRIPTION", drillDescription(drill));
        ContentLine::append(out, QStringLiteral("STATUS:CONFIRMED"));
        ContentLine::append(out, QStringLiteral("END:VEVENT"));
        ++calendar.drills;
    }

    ContentLine::append(out, QStringLiteral("END:VCALENDAR"));
    return calendar;
}

QString ICalendarExport::exportToFile(const QSqlDatabase &db, const QString &path, Calendar *written)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Whole seconds: DTSTAMP has no fractions.
    const Calendar calendar = toICalendar(db, now.addMSecs(-now.time().msec()));
    if (const QString error = OutputFile::write(path, calendar.text); !error.isEmpty()) {
        return error;
    }
    if (written) {
        *written = calendar;
    }
    return {};
}

QString ICalendarExport::summary(const Calendar &calendar, const QString &path)
{
    QString text = calendar.shifts > 0
        ? tr("Wrote %1, %2 and %3 to %4.", "upgrades, duty shifts, drills, file")
              .arg(tr("%n upgrade(s)", nullptr, calendar.upgrades), tr("%n duty shift(s)", nullptr, calendar.shifts),
                  tr("%n drill(s)", nullptr, calendar.drills), QDir::toNativeSeparators(path))
        : tr("Wrote %1 and %2 to %3.", "upgrades, drills, file")
              .arg(tr("%n upgrade(s)", nullptr, calendar.upgrades), tr("%n drill(s)", nullptr, calendar.drills),
                  QDir::toNativeSeparators(path));
    if (calendar.upgradesWithoutWindow > 0) {
        text += QLatin1Char(' ')
            + tr("%n upgrade(s) without a window left out.", nullptr, calendar.upgradesWithoutWindow);
    }
    if (calendar.drillsWithoutDate > 0) {
        text += QLatin1Char(' ') + tr("%n drill(s) without a date left out.", nullptr, calendar.drillsWithoutDate);
    }
    return text;
}

} // namespace fallback
