// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrator.h"

#include "storage/logging.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QSqlError>

namespace fallback {

Migrator::Migrator()
{
    for (int version = 1; version <= schema::CurrentVersion; ++version) {
        m_steps.append({version, schema::migrationStatements(version)});
    }
}

Migrator::Migrator(QList<MigrationStep> steps)
    : m_steps(std::move(steps))
{ }

int Migrator::targetVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

bool Migrator::migrate(const QSqlDatabase &db, QString *error) const
{
    const int current = schema::storedVersion(db);
    for (const MigrationStep &step : m_steps) {
        if (step.version <= current) {
            continue;
        }
        qCInfo(lcStorage) << "migrating plan to schema version" << step.version;
        Transaction transaction(db);
        bool ok = transaction.isActive() && !step.statements.isEmpty();
        QString failure = transaction.isActive() ? QString() : StorageError::cause(db.lastError());
        for (const QString &statement : step.statements) {
            QSqlQuery query = execQuery(db, statement);
            if (!query.isActive()) {
                failure = StorageError::cause(query.lastError());
                ok = false;
                break;
            }
        }
        // PRAGMA arguments cannot be bound; both values are our own integers.
        ok = ok && execQuery(db, QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId)).isActive();
        ok = ok && execQuery(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)).isActive();
        if (ok && !transaction.commit()) {
            ok = false;
            failure = StorageError::cause(db.lastError());
        }
        if (!ok) {
            // The caller says it, with what the step was for (creating or upgrading a plan).
            qCInfo(lcStorage) << "migration to version" << step.version << "failed:" << failure;
            if (error) {
                *error = failure.isEmpty() ? tr("the step to format version %1 could not be applied").arg(step.version)
                                           : failure;
            }
            return false;
        }
    }
    return true;
}

} // namespace fallback
