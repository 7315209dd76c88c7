// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/connectioninfo.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace fallback {

/// A plan that lives in a team database.
struct TeamPlanEntry
{
    QString name;
    QString schemaName; ///< the PostgreSQL schema that holds its tables
    QDateTime createdAt; ///< UTC
    QString createdBy; ///< the database role that uploaded it
};

/// A team database on a PostgreSQL server: the catalogue of its plans (schema
/// "fallback"), each plan in a schema of its own with the tables of a plan
/// file, and the two roles that say who may change them.
class TeamDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::TeamDatabase)
public:
    /// The role whose members may change the plans, and the one whose members may only read them.
    static constexpr const char *EditorsRole = "fallback_editors";
    static constexpr const char *ViewersRole = "fallback_viewers";

    ~TeamDatabase();
    Q_DISABLE_COPY_MOVE(TeamDatabase)

    /// Connects to the server that \a connection names; nullptr with a
    /// translated message in \a error.
    static std::unique_ptr<TeamDatabase> connect(const QString &connection, QString *error);

    QSqlDatabase database() const;
    const ConnectionInfo &connectionInfo() const { return m_info; }
    /// True when the server and Fallback talk through TLS.
    bool isEncrypted() const;
    /// True when the connection reaches the server by a Unix socket of this computer.
    bool isOnThisComputer() const;

    /// Creates the catalogue and the two roles, or brings an older team
    /// database's plans up to this build's schema: once, under an advisory
    /// lock, in one transaction. Doing it again changes nothing.
    bool initialise(QString *error);
    bool isInitialised() const;
    /// The schema version of the team database's plans (0 before initialise()).
    int schemaVersion() const;
    /// The oldest schema version whose clients may still change the plans.
    int oldestWriterVersion() const;

    QList<TeamPlanEntry> plans() const;
    std::optional<TeamPlanEntry> plan(const QString &name) const;

    /// Makes the plan file \a file a team plan named \a name, records and
    /// stable identifiers as they are, in one transaction.
    bool upload(const PlanFile &file, const QString &name, QString *error);

    /// Opens the plan \a name: a PlanFile whose connection is this server's,
    /// with the plan's schema as its search path. This object's connection
    /// is handed over to it.
    std::unique_ptr<PlanFile> openPlan(const QString &name, PlanFile::Access access, QString *error);

private:
    TeamDatabase() = default;
    /// The plan's schema with the current tables, in the open transaction.
    bool createPlanSchema(const QString &name, QString *schemaName, QString *error);
    QString failure(const QString &what, const QSqlError &error) const;

    ConnectionInfo m_info;
    QString m_connectionName;
};

} // namespace fallback
