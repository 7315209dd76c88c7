// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlquery.h"

#include "storage/logging.h"

#include <QSqlError>

namespace fallback {

QSqlQuery execQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcStorage) << "prepare failed:" << query.lastError().text() << sql;
        return query;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qCDebug(lcStorage) << "exec failed:" << query.lastError().text() << sql;
    }
    return query;
}

QVariant queryValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = execQuery(db, sql, values);
    if (query.isActive() && query.next()) {
        return query.value(0);
    }
    return {};
}

QString quotedIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace fallback
