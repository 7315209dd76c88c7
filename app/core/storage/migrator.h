// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace fallback {

/// One step of the schema history: the statements that take a file from
/// version - 1 to version.
struct MigrationStep
{
    int version = 0;
    QStringList statements;
};

/// Brings a plan file up to the current schema, one step per transaction, so
/// that a failing step leaves the file at the last complete version.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::Migrator)
public:
    /// The steps of this build's schema history.
    Migrator();
    /// Custom steps, for tests.
    explicit Migrator(QList<MigrationStep> steps);

    int targetVersion() const;
    /// Applies every step above \a db's user_version. On failure returns false
    /// with the translated cause in \a error; completed steps stay applied.
    bool migrate(const QSqlDatabase &db, QString *error) const;

private:
    QList<MigrationStep> m_steps;
};

} // namespace fallback
