// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/teamdatabase.h"

#include "storage/dialect.h"
#include "storage/logging.h"
#include "storage/plancopy.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/teamconnection.h"
#include "storage/teampresence.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

namespace fallback {

namespace {

// pg_advisory_xact_lock key of the catalogue and the schema steps ("Fallbak!").
constexpr qint64 SchemaLockKey = 0x46616C6C6261616BLL;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("fallback-team-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Runs \a statements in order; the first failure's cause in \a failure.
bool runAll(const QSqlDatabase &db, const QStringList &statements, QSqlError *failure)
{
    for (const QString &statement : statements) {
        QSqlQuery query = execStatement(db, statement);
        if (!query.isActive()) {
            *failure = query.lastError();
            qCInfo(lcStorage) << "team statement failed:" << statement;
            return false;
        }
    }
    return true;
}

/// The statements that grant the roles what they may do in \a schemaName.
QStringList grants(const QString &schemaName)
{
    const QString schema = quotedIdentifier(schemaName);
    const QString editors = quotedIdentifier(QLatin1String(TeamDatabase::EditorsRole));
    const QString viewers = quotedIdentifier(QLatin1String(TeamDatabase::ViewersRole));
    return {
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(schema, editors, viewers),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, viewers),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, editors),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, editors),
    };
}

} // namespace

TeamDatabase::~TeamDatabase()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<TeamDatabase> TeamDatabase::connect(const QString &connection, QString *error)
{
    std::optional<ConnectionInfo> info = ConnectionInfo::parse(connection, error);
    if (!info) {
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error) {
            *error = tr("Fallback cannot reach a team database here: Qt's PostgreSQL driver is not installed "
                        "(Debian: libqt6sql6-psql).");
        }
        return nullptr;
    }
    std::unique_ptr<TeamDatabase> team(new TeamDatabase);
    team->m_info = *info;
    team->m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), team->m_connectionName);
    QString options = info->driverOptions();
    if (info->value(QStringLiteral("application_name")).isEmpty()) {
        options += QLatin1String(" application_name='Fallback'");
    }
    if (info->value(QStringLiteral("connect_timeout")).isEmpty()) {
        options += QLatin1String(" connect_timeout='10'");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error) {
            *error = tr("Cannot connect to the team database %1: %2")
                         .arg(info->displayName(), db.lastError().databaseText().simplified());
        }
        return nullptr;
    }
    return team;
}

QSqlDatabase TeamDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool TeamDatabase::isEncrypted() const
{
    PGconn *handle = TeamConnection::libpqHandle(database());
    return handle && PQsslInUse(handle) == 1;
}

bool TeamDatabase::isOnThisComputer() const
{
    const QString host = m_info.value(QStringLiteral("host"));
    return (host.isEmpty() && m_info.value(QStringLiteral("hostaddr")).isEmpty()) || host.startsWith(QLatin1Char('/'));
}

QString TeamDatabase::failure(const QString &what, const QSqlError &error) const
{
    return tr("%1 on %2: %3").arg(what, m_info.displayName(), StorageError::cause(error));
}

bool TeamDatabase::isInitialised() const
{
    return queryValue(database(), QStringLiteral("SELECT to_regclass('fallback.team_info') IS NOT NULL")).toBool();
}

int TeamDatabase::schemaVersion() const
{
    return isInitialised() ? schema::storedVersion(database()) : 0;
}

int TeamDatabase::oldestWriterVersion() const
{
    return isInitialised()
        ? queryValue(database(), QStringLiteral("SELECT oldest_writer FROM fallback.team_info")).toInt()
        : 0;
}

bool TeamDatabase::initialise(QString *error)
{
    QSqlDatabase db = database();
    Transaction transaction(db);
    QSqlError cause;
    const QString editors = QLatin1String(EditorsRole);
    const QString viewers = QLatin1String(ViewersRole);
    // Roles belong to the whole server and may exist from another team
    // database, or be made by one set up at this very moment (the advisory
    // lock holds within one database only).
    const QString createRole = QStringLiteral(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 NOLOGIN; "
        "END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
    const QStringList catalogue = {
        QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLockKey),
        createRole.arg(editors),
        createRole.arg(viewers),
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS fallback"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS fallback.team_info (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "schema_version INTEGER NOT NULL, oldest_writer INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS fallback.team_plan (id BIGINT GENERATED ALWAYS AS IDENTITY "
                       "PRIMARY KEY, name TEXT NOT NULL UNIQUE, schema_name TEXT NOT NULL UNIQUE, "
                       "created_at TIMESTAMPTZ NOT NULL DEFAULT now(), created_by TEXT NOT NULL DEFAULT "
                       "current_user)"),
        // Each offline copy brought back, so that none comes back twice.
        QStringLiteral("CREATE TABLE IF NOT EXISTS fallback.team_bring_back (copy_id TEXT PRIMARY KEY, plan_name "
                       "TEXT NOT NULL, brought_back_at TIMESTAMPTZ NOT NULL DEFAULT now(), brought_back_by TEXT NOT "
                       "NULL DEFAULT session_user)"),
        // Every change of a record counts up its version and names its author, whoever makes it.
        QStringLiteral("CREATE OR REPLACE FUNCTION fallback.count_row_version() RETURNS trigger LANGUAGE plpgsql "
                       "AS $$ BEGIN NEW.row_version := OLD.row_version + 1; NEW.changed_by := session_user; "
                       "RETURN NEW; END $$"),
        // Every change of a record is announced on the plan's channel at commit,
        // with the fields it changed: "table I|U|D id field,field".
        QStringLiteral("CREATE OR REPLACE FUNCTION fallback.announce_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "DECLARE fields text := ''; BEGIN "
                       "IF TG_OP = 'UPDATE' THEN SELECT coalesce(string_agg(n.key, ','), '') INTO fields "
                       "FROM jsonb_each(to_jsonb(NEW)) n WHERE n.key NOT IN ('row_version', 'changed_by') "
                       "AND n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key; END IF; "
                       "PERFORM pg_notify(TG_TABLE_SCHEMA, TG_TABLE_NAME || ' ' || left(TG_OP, 1) || ' ' || "
                       "CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END || ' ' || fields); "
                       "RETURN NULL; END $$"),
        QStringLiteral("INSERT INTO fallback.team_info (id, schema_version, oldest_writer) VALUES (1, %1, %1) "
                       "ON CONFLICT (id) DO NOTHING")
            .arg(schema::CurrentVersion),
    };
    if (!transaction.isActive() || !runAll(db, catalogue, &cause)
        || !runAll(db, grants(QStringLiteral("fallback")), &cause)) {
        if (error) {
            *error = failure(tr("The team database could not be set up"), cause.isValid() ? cause : db.lastError());
        }
        return false;
    }
    const int stored = schema::storedVersion(db);
    if (stored > schema::CurrentVersion) {
        if (error) {
            *error = tr("The team database %1 was set up by a newer version of Fallback (format %2); this version "
                        "writes format %3.")
                         .arg(m_info.displayName())
                         .arg(stored)
                         .arg(schema::CurrentVersion);
        }
        return false;
    }
    if (stored < schema::CurrentVersion) {
        // Every plan takes the steps it lacks, all in this one transaction.
        const QList<TeamPlanEntry> entries = plans();
        for (int version = stored + 1; version <= schema::CurrentVersion; ++version) {
            QStringList statements;
            for (const QString &statement : schema::migrationStatements(version)) {
                statements << dialect::toPostgreSql(statement);
            }
            for (const TeamPlanEntry &entry : entries) {
                if (!runAll(db, {QStringLiteral("SET LOCAL search_path TO %1").arg(quotedIdentifier(entry.schemaName))},
                        &cause)
                    || !runAll(db, statements, &cause) || !runAll(db, grants(entry.schemaName), &cause)) {
                    if (error) {
                        *error = failure(tr("The plans could not be brought to format version %1").arg(version), cause);
                    }
                    return false;
                }
            }
        }
        if (!runAll(db,
                {QStringLiteral("UPDATE fallback.team_info SET schema_version = %1, oldest_writer = %1")
                        .arg(schema::CurrentVersion)},
                &cause)) {
            if (error) {
                *error = failure(tr("The team database could not be set up"), cause);
            }
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error) {
            *error = failure(tr("The team database could not be set up"), db.lastError());
        }
        return false;
    }
    return true;
}

QList<TeamPlanEntry> TeamDatabase::plans() const
{
    QList<TeamPlanEntry> result;
    if (!isInitialised()) {
        return result;
    }
    QSqlQuery query = execQuery(database(),
        QStringLiteral("SELECT name, schema_name, created_at, created_by FROM fallback.team_plan ORDER BY name"));
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toDateTime().toUTC(),
            query.value(3).toString()});
    }
    return result;
}

std::optional<TeamPlanEntry> TeamDatabase::plan(const QString &name) const
{
    for (const TeamPlanEntry &entry : plans()) {
        if (entry.name == name) {
            return entry;
        }
    }
    return std::nullopt;
}

bool TeamDatabase::createPlanSchema(const QString &name, QString *schemaName, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery insert = execQuery(db,
        QStringLiteral("INSERT INTO fallback.team_plan (name, schema_name) VALUES (?, 'plan_' || "
                       "currval(pg_get_serial_sequence('fallback.team_plan', 'id'))) RETURNING schema_name"),
        {name});
    if (!insert.isActive() || !insert.next()) {
        if (error) {
            *error = insert.lastError().nativeErrorCode() == QLatin1String("23505")
                ? tr("The team database %1 already has a plan named \"%2\".").arg(m_info.displayName(), name)
                : failure(tr("The plan could not be added"), insert.lastError());
        }
        return false;
    }
    *schemaName = insert.value(0).toString();
    const QString schema = quotedIdentifier(*schemaName);
    QStringList statements = {
        QStringLiteral("CREATE SCHEMA %1").arg(schema),
        QStringLiteral("SET LOCAL search_path TO %1").arg(schema),
    };
    for (const QString &statement : schema::currentDefinition()) {
        statements << dialect::toPostgreSql(statement);
    }
    for (const QString &table : schema::tableNames()) {
        statements << QStringLiteral(
            "ALTER TABLE %1 ADD COLUMN %2 BIGINT NOT NULL DEFAULT 1, ADD COLUMN %3 TEXT NOT NULL "
            "DEFAULT session_user")
                          .arg(quotedIdentifier(table), QLatin1String(dialect::RowVersionColumn),
                              QLatin1String(dialect::ChangedByColumn))
                   << QStringLiteral("CREATE TRIGGER count_row_version BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE "
                                     "FUNCTION fallback.count_row_version()")
                          .arg(quotedIdentifier(table))
                   << QStringLiteral(
                          "CREATE TRIGGER announce_change AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                          "EXECUTE FUNCTION fallback.announce_change()")
                          .arg(quotedIdentifier(table));
    }
    statements << grants(*schemaName);
    QSqlError cause;
    if (!runAll(db, statements, &cause)) {
        if (error) {
            *error = failure(tr("The plan could not be added"), cause);
        }
        return false;
    }
    return true;
}

bool TeamDatabase::upload(const PlanFile &file, const QString &name, QString *error)
{
    if (name.trimmed().isEmpty()) {
        if (error) {
            *error = tr("A team plan needs a name.");
        }
        return false;
    }
    if (schemaVersion() != schema::CurrentVersion) {
        if (error) {
            *error = tr("The team database %1 is not set up for this version of Fallback; run \"fallback team init\" "
                        "first.")
                         .arg(m_info.displayName());
        }
        return false;
    }
    QSqlDatabase db = database();
    Transaction transaction(db);
    QString schemaName;
    if (!transaction.isActive()
        || !execQuery(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLockKey)).isActive()
        || !createPlanSchema(name, &schemaName, error)) {
        if (error && error->isEmpty()) {
            *error = failure(tr("The plan could not be added"), db.lastError());
        }
        return false;
    }
    if (!PlanCopy::copyRecords(file.database(), db, error)) {
        return false;
    }
    if (!transaction.commit()) {
        if (error) {
            *error = failure(tr("The plan could not be added"), db.lastError());
        }
        return false;
    }
    return true;
}

std::unique_ptr<PlanFile> TeamDatabase::openPlan(const QString &name, PlanFile::Access access, QString *error)
{
    const std::optional<TeamPlanEntry> entry = plan(name);
    if (!entry) {
        if (error) {
            QStringList names;
            for (const TeamPlanEntry &known : plans()) {
                names << known.name;
            }
            *error = names.isEmpty() ? tr("The team database %1 holds no plans.").arg(m_info.displayName())
                                     : tr("The team database %1 has no plan named \"%2\"; it has: %3.")
                                           .arg(m_info.displayName(), name, names.join(QLatin1String(", ")));
        }
        return nullptr;
    }
    int version = schemaVersion();
    if (version < schema::CurrentVersion) {
        // This build knows more of the plan than the server has: the
        // server's plans take the steps they lack first (once, whoever is first).
        QString cause;
        if (access == PlanFile::Access::ReadOnly || !initialise(&cause)) {
            if (error) {
                *error = cause.isEmpty() ? tr("The team database %1 is at format version %2 and this version of "
                                              "Fallback reads version %3; open it for editing once, or run "
                                              "\"fallback team init\", to bring it up to date.")
                                               .arg(m_info.displayName())
                                               .arg(version)
                                               .arg(schema::CurrentVersion)
                                         : cause;
            }
            return nullptr;
        }
        version = schema::CurrentVersion;
    }
    QSqlDatabase db = database();
    QSqlQuery path
        = execStatement(db, QStringLiteral("SET search_path TO %1").arg(quotedIdentifier(entry->schemaName)));
    if (!path.isActive()) {
        if (error) {
            *error = failure(tr("The plan \"%1\" cannot be opened").arg(name), path.lastError());
        }
        return nullptr;
    }
    std::unique_ptr<PlanFile> file(new PlanFile);
    file->m_teamPlanName = name;
    file->m_teamSchema = entry->schemaName;
    file->m_teamServer = m_info.displayName();
    file->m_teamConnection = m_info.withoutPassword();
    file->m_location = tr("%1 on %2").arg(name, m_info.displayName());
    file->m_schemaVersion = version;
    file->m_storedSchemaVersion = file->m_schemaVersion;
    if (access == PlanFile::Access::ReadOnly) {
        file->m_readOnlyReason = PlanFile::ReadOnlyReason::Requested;
    } else if (schema::CurrentVersion < oldestWriterVersion()) {
        file->m_readOnlyReason = PlanFile::ReadOnlyReason::NewerFormat;
    } else if (!queryValue(db, QStringLiteral("SELECT has_table_privilege('plan', 'UPDATE')")).toBool()) {
        file->m_readOnlyReason = PlanFile::ReadOnlyReason::NoWritePrivilege;
    }
    // The plan closes the connection when it is closed.
    file->m_connectionName = m_connectionName;
    m_connectionName.clear();
    TeamPresence::announce(*file);
    return file;
}

} // namespace fallback
