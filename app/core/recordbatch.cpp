// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordbatch.h"

namespace fallback {

qint64 RecordBatch::id(qsizetype row) const
{
    const qsizetype column = columns.indexOf(QLatin1String("id"));
    return column < 0 ? 0 : rows.at(row).value(column).toLongLong();
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
