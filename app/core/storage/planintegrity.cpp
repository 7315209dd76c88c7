// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/planintegrity.h"

#include "storage/dialect.h"
#include "storage/planfile.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"

namespace fallback {

QStringList PlanIntegrity::problems(const PlanFile &file)
{
    QStringList result;
    const QSqlDatabase db = file.database();
    // A server checks its own pages and never commits a broken reference;
    // a file is checked here.
    if (dialect::engineOf(db) == Engine::SQLite) {
        QSqlQuery integrity = execQuery(db, QStringLiteral("PRAGMA integrity_check"));
        while (integrity.next()) {
            const QString line = integrity.value(0).toString();
            if (line != QLatin1String("ok")) {
                result << tr("Storage damage: %1").arg(line);
            }
        }
        QSqlQuery references = execQuery(db, QStringLiteral("PRAGMA foreign_key_check"));
        while (references.next()) {
            result << tr("Record %1 of \"%2\" refers to a missing record of \"%3\".")
                          .arg(references.value(1).toString(), references.value(0).toString(),
                              references.value(2).toString());
        }
    }
    for (const QString &table : schema::tableNames()) {
        if (!dialect::hasTable(db, table)) {
            result << tr("The table \"%1\" is missing.").arg(table);
        }
    }
    if (file.schemaVersion() != schema::CurrentVersion) {
        result << tr("The plan uses format version %1; this version of Fallback writes version %2.")
                      .arg(file.schemaVersion())
                      .arg(schema::CurrentVersion);
    }
    return result;
}

} // namespace fallback
