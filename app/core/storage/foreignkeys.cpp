// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/foreignkeys.h"

#include "storage/dialect.h"
#include "storage/sqlquery.h"

namespace fallback::foreignkeys {

bool deferChecks(const QSqlDatabase &db)
{
    if (dialect::engineOf(db) == Engine::PostgreSQL) {
        return execStatement(db, QStringLiteral("SET CONSTRAINTS ALL DEFERRED")).isActive();
    }
    return execQuery(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")).isActive();
}

std::optional<Violation> firstViolation(const QSqlDatabase &db)
{
    if (dialect::engineOf(db) == Engine::PostgreSQL) {
        return std::nullopt; // the server never lets a broken reference be committed
    }
    // Each row of foreign_key_check: table, rowid, referenced table, constraint index.
    QSqlQuery violations = execQuery(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!violations.next()) {
        return std::nullopt;
    }
    return Violation {violations.value(0).toString(), violations.value(2).toString()};
}

} // namespace fallback::foreignkeys
