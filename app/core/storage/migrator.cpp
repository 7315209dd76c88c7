// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrator.h"

#include "storage/foreignkeys.h"
#include "storage/logging.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QScopeGuard>
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
    // A step may rebuild a table that others refer to: with enforcement on,
    // dropping the old table would delete or null what refers to it. So the
    // step runs without enforcement (it can only be switched outside a
    // transaction) and the references are checked before it commits.
    const bool enforced = queryValue(db, QStringLiteral("PRAGMA foreign_keys")).toBool();
    const auto restoreEnforcement = qScopeGuard([&db, enforced] {
        if (enforced) {
            execQuery(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    });
    for (const MigrationStep &step : m_steps) {
        if (step.version <= current) {
            continue;
        }
        qCInfo(lcStorage) << "migrating plan to schema version" << step.version;
        // A file that already holds a broken reference is not refused for it.
        const bool consistent = enforced && !foreignkeys::firstViolation(db);
        if (enforced) {
            execQuery(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        }
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
        if (ok && consistent) {
            if (const auto violation = foreignkeys::firstViolation(db)) {
                failure = tr("a record of \"%1\" would refer to a missing record of \"%2\"")
                              .arg(violation->table, violation->referencedTable);
                ok = false;
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
