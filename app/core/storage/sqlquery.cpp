// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlquery.h"

#include "storage/logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace fallback {

namespace {

/// A value as SQLite stores it, whatever the engine: yes and no as 1 and 0,
/// and a null string as empty text (only a QVariant without a value is NULL).
QVariant storedForm(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool) {
        return value.isNull() ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(value.toLongLong());
    }
    if (value.typeId() == QMetaType::QString && !value.isNull()
        && static_cast<const QString *>(value.constData())->isNull()) {
        return QStringLiteral("");
    }
    return value;
}

/// \a sql with each "?" outside quotes replaced by the next of \a values,
/// written as a literal by the driver itself, the way Qt's PostgreSQL driver
/// sends the values of a prepared statement. One round trip to the server
/// instead of three (prepare, execute, deallocate), and nothing left behind
/// on the server by a statement that failed inside a transaction.
QString withValuesInline(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QString result;
    result.reserve(sql.size() + values.size() * 8);
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
            result += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            result += c;
        } else if (c == QLatin1Char('?') && next < values.size()) {
            const QVariant value = storedForm(values.at(next++));
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            result += db.driver()->formatValue(field);
        } else {
            result += c;
        }
    }
    return result;
}

bool isSqlite(const QSqlDatabase &db)
{
    return !db.driver() || db.driver()->dbmsType() == QSqlDriver::SQLite;
}

} // namespace

QSqlQuery execQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    if (!isSqlite(db)) {
        // Forward only, Qt's PostgreSQL driver reads a result row by row from
        // the connection, and a second query while the first is being read
        // loses the first one's rows; the plan's readers nest queries, so
        // there each result is taken whole.
        QSqlQuery query(db);
        query.setForwardOnly(false);
        const QString statement = values.isEmpty() ? sql : withValuesInline(db, sql, values);
        if (!query.exec(statement)) {
            qCDebug(lcStorage) << "exec failed:" << query.lastError().text() << sql;
        }
        return query;
    }
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

QSqlQuery execStatement(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
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
