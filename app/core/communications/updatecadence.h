// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fallback {

/// A status message sent during a run, as its run event records it.
struct SentUpdate
{
    qint64 eventId = 0;
    qint64 audienceId = 0;
    QString audience;
    QString channel;
    QDateTime at;
    QString actor;
    QString message;
};

/// When the next update to one audience is due.
struct UpdateDue
{
    qint64 audienceId = 0;
    QString audience;
    /// Minutes between two updates now; 0 when none are due (no warning
    /// level declared, none set for the level, or the emergency has ended).
    int minutes = 0;
    QDateTime lastSent; ///< invalid before the first
    QDateTime due; ///< invalid when none is due
    bool isOverdue(const QDateTime &now) const { return due.isValid() && now > due; }
};

/// A stretch of the emergency in which an audience heard nothing for longer
/// than the cadence allowed.
struct UpdateGap
{
    qint64 audienceId = 0;
    QString audience;
    QDateTime since; ///< the last update before the gap, or the start of the emergency
    QDateTime due; ///< when the next update was due
    QDateTime until; ///< the update that ended the gap; invalid when none came
    /// Minutes past due when the gap ended (or at the end of the emergency).
    int lateMinutes = 0;
};

/// The update cadence of one run (续报): the emergency starts when the first
/// warning level is declared and ends with the end of the emergency; while it
/// lasts, each audience of the communications plan is due an update every so
/// many minutes after the last one (the audience's own interval, else the
/// declared level's). Reads the plan; changes nothing.
class UpdateCadence final
{
public:
    UpdateCadence(QSqlDatabase db, qint64 runId);

    /// The updates sent in the run, oldest first.
    QList<SentUpdate> updates() const { return m_updates; }
    /// Every audience of the plan in its order, with its next update at \a now.
    QList<UpdateDue> dueAt(const QDateTime &now) const;
    /// The gaps of the emergency up to its end, or up to \a now while it lasts.
    QList<UpdateGap> gaps(const QDateTime &now) const;
    /// When the first warning level was declared; invalid when none was.
    QDateTime emergencyStarted() const { return m_started; }
    /// When the emergency was declared ended; invalid while it lasts.
    QDateTime emergencyEnded() const { return m_ended; }

private:
    struct LevelChange
    {
        QDateTime at;
        qint64 levelId = 0;
    };
    struct Audience
    {
        qint64 id = 0;
        QString name;
        int ownMinutes = 0;
    };
    /// Minutes between updates to \a audience under the level in force at \a at.
    int minutesAt(const Audience &audience, const QDateTime &at) const;

    QList<SentUpdate> m_updates;
    QList<LevelChange> m_levels;
    QHash<qint64, int> m_levelMinutes;
    QList<Audience> m_audiences;
    QDateTime m_started;
    QDateTime m_ended;
};

} // namespace fallback
