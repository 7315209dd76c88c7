// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fallback {

class PlanFile;

/// Who else has a team plan open, as the server sees it: every connection of
/// Fallback names the plan it has open in its application_name, so a window
/// that crashed or lost its network simply drops out of the list when the
/// server notices, with no lock row left behind.
class TeamPresence final
{
public:
    struct Session
    {
        QString role; ///< the database role, as changes are signed
        QString host; ///< where from: an address, or empty for this machine
        QDateTime since; ///< UTC
    };

    /// Marks \a plan's connection as having it open.
    static bool announce(const PlanFile &plan);
    /// The other sessions that have \a plan open, the longest first.
    static QList<Session> others(const PlanFile &plan);
};

} // namespace fallback
