// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

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

int storedVersion(const QSqlDatabase &db)
{
    return queryValue(db, QStringLiteral("PRAGMA user_version")).toInt();
}

QHash<QString, ColumnType> columnTypes(const QSqlDatabase &db, const QString &table)
{
    QHash<QString, ColumnType> types;
    QSqlQuery query = execQuery(db, QStringLiteral("SELECT name, type FROM pragma_table_info(?)"), {table});
    while (query.next()) {
        const QString type = query.value(1).toString().toUpper();
        types.insert(query.value(0).toString(),
            type == QLatin1String("INTEGER")    ? ColumnType::Integer
                : type == QLatin1String("REAL") ? ColumnType::Real
                                                : ColumnType::Text);
    }
    return types;
}

} // namespace fallback::schema
