// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/teampresence.h"

#include "storage/planfile.h"
#include "storage/sqlquery.h"

#include <QVariant>

namespace fallback {

namespace {

QString applicationName(const PlanFile &plan)
{
    // application_name holds at most 63 bytes; the schema name is short.
    return QStringLiteral("Fallback %1").arg(plan.teamChannel());
}

} // namespace

bool TeamPresence::announce(const PlanFile &plan)
{
    if (!plan.isTeamPlan()) {
        return false;
    }
    return execQuery(
        plan.database(), QStringLiteral("SELECT set_config('application_name', ?, false)"), {applicationName(plan)})
        .isActive();
}

QList<TeamPresence::Session> TeamPresence::others(const PlanFile &plan)
{
    QList<Session> sessions;
    if (!plan.isTeamPlan()) {
        return sessions;
    }
    QSqlQuery query = execQuery(plan.database(),
        QStringLiteral("SELECT usename, coalesce(host(client_addr), ''), backend_start FROM pg_stat_activity "
                       "WHERE application_name = ? AND pid <> pg_backend_pid() AND datname = current_database() "
                       "ORDER BY backend_start"),
        {applicationName(plan)});
    while (query.next()) {
        sessions.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toDateTime().toUTC()});
    }
    return sessions;
}

} // namespace fallback
