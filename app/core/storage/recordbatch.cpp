// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/recordbatch.h"

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
