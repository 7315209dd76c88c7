// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/plancopy.h"

#include "storage/dialect.h"
#include "storage/recordbatch.h"
#include "storage/recordstore.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QSqlError>

namespace fallback {

bool PlanCopy::copyRecords(const QSqlDatabase &source, const QSqlDatabase &target, QString *error)
{
    const auto refuse = [error](const QString &cause) {
        if (error) {
            *error = tr("The plan could not be copied: %1").arg(cause);
        }
        return false;
    };
    QList<RecordBatch> batches;
    {
        Transaction snapshot(source);
        if (dialect::engineOf(source) == Engine::PostgreSQL) {
            // Every table as of one moment, while other windows go on writing.
            execStatement(source, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        }
        for (const QString &table : schema::tableNames()) {
            QString failure;
            batches << RecordBatch::read(source, table, dialect::columnNames(source, table), &failure);
            if (!failure.isEmpty()) {
                return refuse(failure);
            }
        }
    }
    const QStringList tables = schema::tableNames();
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        QSqlQuery query = execQuery(target, QStringLiteral("DELETE FROM %1").arg(quotedIdentifier(*table)));
        if (!query.isActive()) {
            return refuse(StorageError::cause(query.lastError()));
        }
    }
    batches.removeIf([](const RecordBatch &batch) { return batch.rows.isEmpty(); });
    QString failure;
    if (!RecordStore(target).insertInTransaction(batches, &failure)) {
        if (error) {
            *error = failure;
        }
        return false;
    }
    if (dialect::engineOf(target) == Engine::PostgreSQL) {
        // Ids handed out from now on follow the copied ones, a block each.
        for (const QString &table : tables) {
            QSqlQuery query = execQuery(target,
                QStringLiteral(
                    "SELECT setval(pg_get_serial_sequence(?, 'id'), (coalesce(max(id), 0) / %2 + 1) * %2 + 1, "
                    "false) FROM %1")
                    .arg(quotedIdentifier(table))
                    .arg(dialect::IdBlockSize),
                {quotedIdentifier(table)});
            if (!query.isActive()) {
                return refuse(StorageError::cause(query.lastError()));
            }
        }
    }
    return true;
}

} // namespace fallback
