// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace fallback {

/// The plan's upgrade windows, duty shifts and drills as an iCalendar file
/// (RFC 5545), for Outlook, Thunderbird and phone calendars: one timed event
/// per upgrade that has a window and per shift of its duty roster, one
/// all-day event per drill that has a date.
///
/// Each event's UID is the stable identifier of its upgrade, shift or drill (a
/// random UUID the plan keeps, also through a JSON copy): importing a later
/// export of the same plan updates the events instead of adding them again,
/// renaming changes nothing, and two plans never overwrite each other's
/// events. DTSTAMP is the export time, as RFC 5545 asks of a published
/// calendar; it is also what tells a calendar that a re-export is newer.
class ICalendarExport final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::ICalendarExport)
public:
    /// The calendar text and what it holds and left out.
    struct Calendar
    {
        QByteArray text;
        int upgrades = 0;
        int drills = 0;
        int shifts = 0;
        int upgradesWithoutWindow = 0;
        int drillsWithoutDate = 0;
    };

    /// The calendar of the plan in \a db: CRLF line ends, lines folded at 75
    /// octets, text in the interface language. \a stamp becomes every DTSTAMP.
    static Calendar toICalendar(const QSqlDatabase &db, const QDateTime &stamp);

    /// Writes the calendar to \a path (through QSaveFile), stamped with the
    /// current time; an empty string on success, else a translated message.
    /// \a written, when given, receives what was written.
    static QString exportToFile(const QSqlDatabase &db, const QString &path, Calendar *written = nullptr);

    /// "Wrote 1 upgrade, 7 duty shifts and 2 drills to FILE.", followed by what was left out
    /// for want of a window or a date.
    static QString summary(const Calendar &calendar, const QString &path);
};

} // namespace fallback
