// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communications/updatecadence.h"

#include "storage/sqlquery.h"
#include "upgrade/upgrademodel.h"

#include <QSqlQuery>

namespace fallback {

namespace {
QDateTime timeOf(const QVariant &stored)
{
    return UpgradeModel::windowTime(stored);
}
} // namespace

UpdateCadence::UpdateCadence(QSqlDatabase db, qint64 runId)
{
    QSqlQuery levels = execQuery(db, QStringLiteral("SELECT id, update_minutes FROM warning_level"));
    while (levels.next()) {
        m_levelMinutes.insert(levels.value(0).toLongLong(), levels.value(1).toInt());
    }
    QSqlQuery audiences
        = execQuery(db, QStringLiteral("SELECT id, name, update_minutes FROM audience ORDER BY position, id"));
    while (audiences.next()) {
        m_audiences.append(
            {audiences.value(0).toLongLong(), audiences.value(1).toString(), audiences.value(2).toInt()});
    }
    QSqlQuery events = execQuery(db,
        QStringLiteral("SELECT e.id, e.at, e.kind, e.decision, e.warning_level_id, e.audience_id, a.name, e.channel, "
                       "e.actor, e.message FROM run_event e LEFT JOIN audience a ON a.id = e.audience_id "
                       "WHERE e.run_id = ? ORDER BY e.at, e.id"),
        {runId});
    while (events.next()) {
        const QDateTime at = timeOf(events.value(1));
        const QString kind = events.value(2).toString();
        const QString decision = events.value(3).toString();
        if (kind == QLatin1String("update")) {
            m_updates.append({events.value(0).toLongLong(), events.value(5).toLongLong(), events.value(6).toString(),
                events.value(7).toString(), at, events.value(8).toString(), events.value(9).toString()});
        } else if (decision == QLatin1String("level")) {
            const qint64 levelId = events.value(4).toLongLong();
            m_levels.append({at, levelId});
            if (levelId > 0 && !m_started.isValid()) {
                m_started = at;
            }
        } else if (decision == QLatin1String("ended") && !m_ended.isValid()) {
            m_ended = at;
        }
    }
}

int UpdateCadence::minutesAt(const Audience &audience, const QDateTime &at) const
{
    qint64 levelId = 0;
    for (const LevelChange &change : m_levels) {
        if (change.at > at) {
            break;
        }
        levelId = change.levelId;
    }
    if (levelId <= 0) {
        return 0; // no warning in force: no regular updates
    }
    return audience.ownMinutes > 0 ? audience.ownMinutes : m_levelMinutes.value(levelId);
}

QList<UpdateDue> UpdateCadence::dueAt(const QDateTime &now) const
{
    QList<UpdateDue> result;
    for (const Audience &audience : m_audiences) {
        UpdateDue due;
        due.audienceId = audience.id;
        due.audience = audience.name;
        for (const SentUpdate &update : m_updates) {
            if (update.audienceId == audience.id && update.at <= now) {
                due.lastSent = update.at;
            }
        }
        const bool lasting = m_started.isValid() && m_started <= now && (!m_ended.isValid() || m_ended > now);
        due.minutes = lasting ? minutesAt(audience, now) : 0;
        if (due.minutes > 0) {
            const QDateTime since = due.lastSent.isValid() && due.lastSent > m_started ? due.lastSent : m_started;
            due.due = since.addSecs(60LL * due.minutes);
        }
        result.append(due);
    }
    return result;
}

QList<UpdateGap> UpdateCadence::gaps(const QDateTime &now) const
{
    QList<UpdateGap> result;
    if (!m_started.isValid()) {
        return result;
    }
    const QDateTime end = m_ended.isValid() && m_ended < now ? m_ended : now;
    for (const Audience &audience : m_audiences) {
        QDateTime since = m_started;
        const auto check = [&](const QDateTime &until, bool sent) {
            const int minutes = minutesAt(audience, since);
            if (minutes <= 0) {
                return;
            }
            const QDateTime due = since.addSecs(60LL * minutes);
            if (until > due) {
                result.append(
                    {audience.id, audience.name, since, due, sent ? until : QDateTime(), int(due.secsTo(until) / 60)});
            }
        };
        for (const SentUpdate &update : m_updates) {
            if (update.audienceId != audience.id || update.at <= since) {
                continue;
            }
            if (update.at > end) {
                break;
            }
            check(update.at, true);
            since = update.at;
        }
        check(end, false);
    }
    return result;
}

} // namespace fallback
