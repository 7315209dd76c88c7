// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode against a PostgreSQL server (by default the throw-away cluster
// that run-benchmarks.sh starts): the three figures the team-mode issue names.
//   1. one edit, round trip: PlanDocument::setRecordValue on a team plan
//      against a bare libpq UPDATE of the same row in its own transaction;
//   2. an edit in one window visible in another: from the edit until the
//      second window's document has announced it;
//   3. opening the benchmark plan (5,000 contacts, 2,000 risks, 10,000
//      checklist items) from the server against opening it from its file,
//      each up to the records the Contacts, Risks and Checklists pages show.
// Usage: team_bench CONNINFO [rounds]
#include "benchmarkplan.h"
#include "document/plandocument.h"
#include "plan/bringback.h"
#include "storage/recordbatch.h"
#include "storage/recordstore.h"
#include "storage/teamdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <libpq-fe.h>

using namespace fallback;

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// Opens the plan and reads what the biggest pages show.
int openAndRead(std::unique_ptr<PlanFile> file)
{
    if (!file) {
        return -1;
    }
    PlanDocument document(std::move(file));
    qsizetype records = 0;
    for (const char *table : {"member", "risk", "checklist_template_item", "upgrade_item"}) {
        records += document.store().records(QLatin1String(table)).size();
    }
    return int(records);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: team_bench CONNINFO [rounds]\n");
        return 2;
    }
    const QString server = args.at(1);
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 200;

    // A database of the benchmark's own.
    QString error;
    const QString database
        = QStringLiteral("fallback_bench_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    {
        auto admin = TeamDatabase::connect(server, &error);
        if (!admin || !QSqlQuery(admin->database()).exec(QStringLiteral("CREATE DATABASE ") + database)) {
            std::fprintf(stderr, "cannot create the benchmark database: %s\n", qPrintable(error));
            return 1;
        }
    }
    const QString connection = server + QStringLiteral(" dbname=") + database;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scale.fallback"));
    if (!bench::fillPlan(path)) {
        std::fprintf(stderr, "cannot build the benchmark plan\n");
        return 1;
    }
    {
        auto team = TeamDatabase::connect(connection, &error);
        auto file = PlanFile::open(path, PlanFile::Access::ReadOnly, &error);
        if (!team || !team->initialise(&error) || !file || !team->upload(*file, QStringLiteral("scale"), &error)) {
            std::fprintf(stderr, "cannot upload the benchmark plan: %s\n", qPrintable(error));
            return 1;
        }
    }

    // 3. Opening.
    QList<double> fromFile;
    QList<double> fromServer;
    int records = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        records = openAndRead(PlanFile::open(path, PlanFile::Access::ReadWrite, &error));
        fromFile << elapsedMs(timer);
        timer.start();
        auto team = TeamDatabase::connect(connection, &error);
        const int teamRecords
            = team ? openAndRead(team->openPlan(QStringLiteral("scale"), PlanFile::Access::ReadWrite, &error)) : -1;
        fromServer << elapsedMs(timer);
        if (teamRecords != records) {
            std::fprintf(
                stderr, "the team plan shows %d records, the file %d: %s\n", teamRecords, records, qPrintable(error));
            return 1;
        }
    }
    std::printf("open the scale plan (%d records read): file %.1f ms, team server %.1f ms (median of 5), ratio %.2f\n",
        records, median(fromFile), median(fromServer), median(fromServer) / median(fromFile));

    // 1. One edit, round trip.
    auto team = TeamDatabase::connect(connection, &error);
    PlanDocument first(team->openPlan(QStringLiteral("scale"), PlanFile::Access::ReadWrite, &error));
    const qint64 id = first.store().ids(QStringLiteral("member")).constLast();
    first.store().records(QStringLiteral("member"));
    QList<double> edits;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!first.setRecordValue(
                QStringLiteral("member"), id, QStringLiteral("name"), QStringLiteral("Benchmark %1").arg(round))) {
            std::fprintf(stderr, "the edit failed\n");
            return 1;
        }
        edits << elapsedMs(timer);
    }
    // The plan's schema is the channel its changes are announced on.
    const QByteArray info
        = (connection + QStringLiteral(" options='-c search_path=%1'").arg(first.file().teamChannel())).toUtf8();
    team.reset();
    PGconn *bare = PQconnectdb(info.constData());
    if (PQstatus(bare) != CONNECTION_OK) {
        std::fprintf(stderr, "libpq: %s\n", PQerrorMessage(bare));
        return 1;
    }
    QList<double> bareEdits;
    const QByteArray idText = QByteArray::number(id);
    for (int round = 0; round < rounds; ++round) {
        const QByteArray name = "Bare " + QByteArray::number(round);
        const char *values[] = {name.constData(), idText.constData()};
        QElapsedTimer timer;
        timer.start();
        PGresult *result
            = PQexecParams(bare, "UPDATE member SET name = $1 WHERE id = $2", 2, nullptr, values, nullptr, nullptr, 0);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        bareEdits << elapsedMs(timer);
        if (!ok) {
            std::fprintf(stderr, "libpq update failed: %s\n", PQerrorMessage(bare));
            return 1;
        }
    }
    PQfinish(bare);
    std::printf("one edit, round trip: Fallback %.3f ms, bare libpq UPDATE %.3f ms (median of %d), ratio %.2f\n",
        median(edits), median(bareEdits), rounds, median(edits) / median(bareEdits));

    // 2. Visible in another window.
    auto other = TeamDatabase::connect(connection, &error);
    PlanDocument second(other->openPlan(QStringLiteral("scale"), PlanFile::Access::ReadWrite, &error));
    bool arrived = false;
    QObject::connect(&second, &PlanDocument::changedElsewhere, [&arrived] { arrived = true; });
    first.store().records(QStringLiteral("member"));
    QList<double> visible;
    for (int round = 0; round < std::min(rounds, 100); ++round) {
        arrived = false;
        QElapsedTimer timer;
        timer.start();
        first.setRecordValue(
            QStringLiteral("member"), id, QStringLiteral("name"), QStringLiteral("Seen %1").arg(round));
        while (!arrived && timer.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
        if (!arrived) {
            std::fprintf(stderr, "the second window never heard of the edit\n");
            return 1;
        }
        visible << elapsedMs(timer);
    }
    std::sort(visible.begin(), visible.end());
    std::printf("an edit visible in another window: median %.1f ms, 90th percentile %.1f ms (%lld edits)\n",
        median(visible), visible.at(visible.size() * 9 / 10), static_cast<long long>(visible.size()));

    // 4. The offline copy out and back: 500 contacts changed and 200 added offline.
    const QString copyPath = dir.filePath(QStringLiteral("offline.fallback"));
    QElapsedTimer timer;
    timer.start();
    if (!first.file().saveCopy(copyPath, &error)) {
        std::fprintf(stderr, "cannot take the offline copy: %s\n", qPrintable(error));
        return 1;
    }
    const double taking = elapsedMs(timer);
    auto copy = PlanFile::open(copyPath, PlanFile::Access::ReadWrite, &error);
    {
        RecordStore offline(copy->database());
        QList<RecordChange> changes;
        const QList<qint64> members = offline.ids(QStringLiteral("member"));
        for (int i = 0; i < 500 && i < members.size(); ++i) {
            changes.append({{QStringLiteral("member"), members.at(i)}, QStringLiteral("note"),
                QStringLiteral("offline %1").arg(i)});
        }
        RecordBatch added {QStringLiteral("member"), {QStringLiteral("id"), QStringLiteral("name")}, {}};
        const qint64 next = offline.nextId(QStringLiteral("member"));
        for (int i = 0; i < 200; ++i) {
            added.rows.append({next + i, QStringLiteral("Offline %1").arg(i)});
        }
        if (!offline.update(changes, &error) || !offline.insert(QList<RecordBatch> {added}, &error)) {
            std::fprintf(stderr, "cannot work in the offline copy: %s\n", qPrintable(error));
            return 1;
        }
    }
    timer.start();
    const std::unique_ptr<BringBack> bringBack
        = BringBack::open(*copy, connection, PlanFile::Access::ReadWrite, &error);
    const std::optional<MergeOutcome> outcome = bringBack ? bringBack->apply({}, &error) : std::nullopt;
    const double bringing = elapsedMs(timer);
    if (!outcome || outcome->addedRecords != 200 || outcome->changedFields != 500) {
        std::fprintf(stderr, "bringing the copy back failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("offline copy of the scale plan: taken in %.0f ms; brought back with 500 fields changed and 200 "
                "records added in %.0f ms\n",
        taking, bringing);
    return 0;
}
