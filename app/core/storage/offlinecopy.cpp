// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/offlinecopy.h"

#include "storage/dialect.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QSqlError>

namespace fallback {

namespace {

constexpr const char *OriginTable = "offline_origin";

} // namespace

QString OfflineCopy::baseTable(const QString &table)
{
    return QLatin1String("offline_base_") + table;
}

bool OfflineCopy::remember(const QSqlDatabase &copy, const OfflineOrigin &origin, QString *error)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY CHECK (id = 1), copy_id TEXT NOT NULL, "
                       "connection TEXT NOT NULL, server TEXT NOT NULL, plan_name TEXT NOT NULL, plan_schema TEXT NOT "
                       "NULL, taken_at TEXT "
                       "NOT NULL, taken_by TEXT NOT NULL, format_version INTEGER NOT NULL, brought_back_at TEXT)")
            .arg(QLatin1String(OriginTable)),
    };
    for (const QString &table : schema::tableNames()) {
        // The records exactly as the copy holds them now, whatever changes later.
        statements << QStringLiteral("CREATE TABLE %1 AS SELECT * FROM %2")
                          .arg(quotedIdentifier(baseTable(table)), quotedIdentifier(table));
    }
    for (const QString &statement : statements) {
        QSqlQuery query = execStatement(copy, statement);
        if (!query.isActive()) {
            if (error) {
                *error = tr("The offline copy could not be written: %1").arg(StorageError::cause(query.lastError()));
            }
            return false;
        }
    }
    QSqlQuery insert = execQuery(copy,
        QStringLiteral("INSERT INTO %1 (id, copy_id, connection, server, plan_name, plan_schema, taken_at, "
                       "taken_by, format_version) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(QLatin1String(OriginTable)),
        {origin.copyId, origin.connection, origin.server, origin.planName, origin.planSchema,
            origin.takenAt.toUTC().toString(Qt::ISODate), origin.takenBy, origin.formatVersion});
    if (!insert.isActive()) {
        if (error) {
            *error = tr("The offline copy could not be written: %1").arg(StorageError::cause(insert.lastError()));
        }
        return false;
    }
    return true;
}

std::optional<OfflineOrigin> OfflineCopy::origin(const QSqlDatabase &db)
{
    if (dialect::engineOf(db) != Engine::SQLite || !dialect::hasTable(db, QLatin1String(OriginTable))) {
        return std::nullopt;
    }
    QSqlQuery query = execQuery(db,
        QStringLiteral("SELECT copy_id, connection, server, plan_name, plan_schema, taken_at, taken_by, "
                       "format_version, brought_back_at FROM %1 WHERE id = 1")
            .arg(QLatin1String(OriginTable)));
    if (!query.next()) {
        return std::nullopt;
    }
    OfflineOrigin origin;
    origin.copyId = query.value(0).toString();
    origin.connection = query.value(1).toString();
    origin.server = query.value(2).toString();
    origin.planName = query.value(3).toString();
    origin.planSchema = query.value(4).toString();
    origin.takenAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
    origin.takenBy = query.value(6).toString();
    origin.formatVersion = query.value(7).toInt();
    origin.broughtBackAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    return origin;
}

bool OfflineCopy::markBroughtBack(const QSqlDatabase &db, const QDateTime &when, QString *error)
{
    QSqlQuery query = execQuery(db,
        QStringLiteral("UPDATE %1 SET brought_back_at = ? WHERE id = 1").arg(QLatin1String(OriginTable)),
        {when.toUTC().toString(Qt::ISODate)});
    if (!query.isActive()) {
        if (error) {
            *error = tr("The offline copy could not be marked as brought back: %1")
                         .arg(StorageError::cause(query.lastError()));
        }
        return false;
    }
    return true;
}

} // namespace fallback
