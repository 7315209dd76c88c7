// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/planjsonexport.h"

#include "storage/dialect.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace fallback {

namespace {
QJsonValue toJsonValue(const QVariant &value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}
} // namespace

QByteArray PlanJsonExport::toJson(const QSqlDatabase &db, Identities identities)
{
    const QString uid = QStringLiteral("uid");
    // One read transaction: a writer in another window cannot change the plan
    // between two tables of the same export.
    Transaction snapshot(db);
    QJsonObject tables;
    for (const QString &table : schema::tableNames()) {
        QJsonArray rows;
        // Every table has an id, and an import inserts in its order: the round
        // trip is stable, and the export the same from either engine.
        QSqlQuery query = execQuery(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(quotedIdentifier(table)));
        while (query.next()) {
            const QSqlRecord record = query.record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i) {
                if ((identities == Identities::Leave && record.fieldName(i) == uid)
                    || dialect::isBookkeepingColumn(record.fieldName(i))) {
                    continue;
                }
                row.insert(record.fieldName(i), toJsonValue(query.value(i)));
            }
            rows.append(row);
        }
        tables.insert(table, rows);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("fallback-plan"));
    root.insert(QStringLiteral("formatVersion"), FormatVersion);
    root.insert(QStringLiteral("schemaVersion"), schema::storedVersion(db));
    root.insert(QStringLiteral("tables"), tables);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace fallback
