// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/recordbatch.h"

#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QSqlError>

namespace fallback {

QList<qint64> RecordBatch::ids() const
{
    const qsizetype column = columns.indexOf(QLatin1String("id"));
    QList<qint64> result;
    result.reserve(rows.size());
    for (const QVariantList &row : rows) {
        result.append(column < 0 ? 0 : row.value(column).toLongLong());
    }
    return result;
}

RecordBatch RecordBatch::read(
    const QSqlDatabase &db, const QString &table, const QStringList &columns, QString *failure)
{
    RecordBatch batch {table, columns, {}};
    QStringList quoted;
    for (const QString &column : columns) {
        quoted << quotedIdentifier(column);
    }
    QSqlQuery query = execQuery(db,
        QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(quoted.join(QLatin1String(", ")), quotedIdentifier(table)));
    if (!query.isActive()) {
        *failure = StorageError::cause(query.lastError());
        return batch;
    }
    const qsizetype width = columns.size();
    while (query.next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i) {
            row << query.value(i);
        }
        batch.rows << row;
    }
    return batch;
}

QList<RecordBatch> RecordBatch::fromRows(const QList<RecordSnapshot::Row> &rows)
{
    QList<RecordBatch> batches;
    for (const RecordSnapshot::Row &row : rows) {
        const QStringList columns = row.values.keys();
        if (batches.isEmpty() || batches.constLast().table != row.table || batches.constLast().columns != columns) {
            batches.append({row.table, columns, {}});
        }
        batches.last().rows.append(row.values.values());
    }
    return batches;
}

} // namespace fallback
