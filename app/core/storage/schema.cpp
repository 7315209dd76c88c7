// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include "storage/dialect.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QRegularExpression>

namespace fallback::schema {

const QStringList &tableNames()
{
    static const QStringList names = {
        QStringLiteral("plan"),
        QStringLiteral("scope_system"),
        QStringLiteral("reference"),
        QStringLiteral("org_group"),
        QStringLiteral("member"),
        QStringLiteral("group_member"),
        QStringLiteral("warning_level"),
        QStringLiteral("warning_level_group"),
        QStringLiteral("risk_category"),
        QStringLiteral("risk"),
        QStringLiteral("measure"),
        QStringLiteral("resource"),
        QStringLiteral("audience"),
        QStringLiteral("audience_channel"),
        QStringLiteral("message_template"),
        QStringLiteral("role_card"),
        QStringLiteral("role_card_contact"),
        QStringLiteral("checklist_template"),
        QStringLiteral("checklist_template_item"),
        QStringLiteral("upgrade"),
        QStringLiteral("upgrade_system"),
        QStringLiteral("upgrade_item"),
        QStringLiteral("duty_shift"),
        QStringLiteral("drill"),
        QStringLiteral("run"),
        QStringLiteral("run_item"),
        QStringLiteral("run_event"),
        QStringLiteral("run_milestone"),
        QStringLiteral("revision"),
        QStringLiteral("review"),
        QStringLiteral("review_action"),
        QStringLiteral("drill_action"),
    };
    return names;
}

QStringList migrationStatements(int version)
{
    QFile file(QStringLiteral(":/fallback/sql/migration-%1.sql").arg(version, 3, 10, QLatin1Char('0')));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString sql = QString::fromUtf8(file.readAll());
    sql.remove(QRegularExpression(QStringLiteral("^--[^\n]*\n"), QRegularExpression::MultilineOption));
    QStringList statements;
    for (const QString &part : sql.split(QRegularExpression(QStringLiteral(";\\s*\n")), Qt::SkipEmptyParts)) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty()) {
            statements << statement;
        }
    }
    return statements;
}

QStringList currentDefinition()
{
    static const QStringList statements = [] {
        QStringList result;
        const QString name = QStringLiteral("fallback-schema-definition");
        {
            QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            memory.setDatabaseName(QStringLiteral(":memory:"));
            QString error;
            if (memory.open() && Migrator().migrate(memory, &error)) {
                // SQLite keeps each table's statement as the last step changed it.
                for (const QString &table : tableNames()) {
                    result << queryValue(memory,
                        QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"), {table})
                                  .toString();
                }
                QSqlQuery indexes = execQuery(memory,
                    QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                   "ORDER BY name"));
                while (indexes.next()) {
                    result << indexes.value(0).toString();
                }
            }
            memory.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return statements;
}

int storedVersion(const QSqlDatabase &db)
{
    if (dialect::engineOf(db) == Engine::PostgreSQL) {
        // Every plan of a team database is at the database's version.
        return queryValue(db, QStringLiteral("SELECT schema_version FROM fallback.team_info")).toInt();
    }
    return queryValue(db, QStringLiteral("PRAGMA user_version")).toInt();
}

QHash<QString, ColumnType> columnTypes(const QSqlDatabase &db, const QString &table)
{
    QHash<QString, ColumnType> types;
    const bool server = dialect::engineOf(db) == Engine::PostgreSQL;
    QSqlQuery query = server ? execQuery(db,
                          QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                                         "WHERE table_schema = current_schema() AND table_name = ? "
                                         "AND column_name NOT IN (?, ?)"),
                          {table, QLatin1String(dialect::RowVersionColumn), QLatin1String(dialect::ChangedByColumn)})
                             : execQuery(db, QStringLiteral("SELECT name, type FROM pragma_table_info(?)"), {table});
    while (query.next()) {
        const QString type = query.value(1).toString().toUpper();
        const bool integer = type == QLatin1String(server ? "BIGINT" : "INTEGER");
        const bool real = type == QLatin1String(server ? "DOUBLE PRECISION" : "REAL");
        types.insert(query.value(0).toString(),
            integer    ? ColumnType::Integer
                : real ? ColumnType::Real
                       : ColumnType::Text);
    }
    return types;
}

} // namespace fallback::schema
