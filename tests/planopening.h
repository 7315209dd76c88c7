// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a core test opens its plans, on the engine its run is for. A test
// builds its plan as a file; in the run that ctest names NAME_postgresql
// (FALLBACK_TEST_POSTGRESQL set to the test cluster), the file is uploaded
// once to a team database of the test's own and every open of that path opens
// the team plan instead. A cluster that cannot be reached fails the test.

#include "document/plandocument.h"
#include "storage/teamdatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <memory>

namespace fallback::test {

/// True in the run of a core test that keeps its plans on PostgreSQL.
inline bool onTeamServer()
{
    return !qEnvironmentVariableIsEmpty("FALLBACK_TEST_POSTGRESQL");
}

/// A database of this test process's own on the test cluster, set up as a
/// team database; empty with the reason in \a error when there is none.
inline QString teamTestConnection(QString *error)
{
    static QString connection;
    static QString failure;
    if (!connection.isEmpty() || !failure.isEmpty()) {
        if (error) {
            *error = failure;
        }
        return connection;
    }
    const QString server = qEnvironmentVariable("FALLBACK_TEST_POSTGRESQL");
    const QString database = QStringLiteral("fallback_%1_%2")
                                 .arg(QCoreApplication::applicationName().toLower())
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    {
        std::unique_ptr<TeamDatabase> admin = TeamDatabase::connect(server, &failure);
        if (!admin) {
            failure = QStringLiteral("The test cluster (%1) cannot be reached: %2").arg(server, failure);
        } else {
            QSqlQuery create(admin->database());
            if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(database))) {
                failure = create.lastError().text();
            }
        }
    }
    if (failure.isEmpty()) {
        const QString candidate = server + QStringLiteral(" dbname=") + database;
        std::unique_ptr<TeamDatabase> team = TeamDatabase::connect(candidate, &failure);
        if (team && team->initialise(&failure)) {
            connection = candidate;
        }
    }
    if (error) {
        *error = failure;
    }
    return connection;
}

/// Opens the plan at \a path on the engine of this run: the file itself, or
/// its upload to the test's team database.
inline std::unique_ptr<PlanFile> openPlan(
    const QString &path, PlanFile::Access access = PlanFile::Access::ReadWrite, QString *error = nullptr)
{
    if (!onTeamServer()) {
        return PlanFile::open(path, access, error);
    }
    static QHash<QString, QString> uploaded; // plan file -> team plan name
    QString failure;
    const QString connection = teamTestConnection(&failure);
    if (connection.isEmpty()) {
        if (error) {
            *error = failure;
        }
        return nullptr;
    }
    const QString key = QFileInfo(path).absoluteFilePath();
    if (!uploaded.contains(key)) {
        const std::unique_ptr<PlanFile> file = PlanFile::open(path, PlanFile::Access::ReadOnly, error);
        std::unique_ptr<TeamDatabase> team = TeamDatabase::connect(connection, error);
        const QString name = QStringLiteral("plan %1").arg(uploaded.size() + 1);
        if (!file || !team || !team->upload(*file, name, error)) {
            return nullptr;
        }
        uploaded.insert(key, name);
    }
    std::unique_ptr<TeamDatabase> team = TeamDatabase::connect(connection, error);
    return team ? team->openPlan(uploaded.value(key), access, error) : nullptr;
}

/// The first column of each row that \a sql gives, as text, in order.
inline QStringList columnOf(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    QStringList result;
    if (query.exec()) {
        while (query.next()) {
            result << query.value(0).toString();
        }
    }
    return result;
}

/// openPlan() as a document.
inline std::unique_ptr<PlanDocument> openDocument(
    const QString &path, PlanFile::Access access = PlanFile::Access::ReadWrite, QString *error = nullptr)
{
    QString failure;
    std::unique_ptr<PlanFile> file = openPlan(path, access, &failure);
    if (!file) {
        qWarning("The plan %s could not be opened: %s", qPrintable(path), qPrintable(failure));
    }
    if (error) {
        *error = failure;
    }
    return file ? std::make_unique<PlanDocument>(std::move(file)) : nullptr;
}

} // namespace fallback::test
