// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edit benchmark: one plan edit (a header field changed through the undo stack
// and committed durably) against a bare SQLite transaction that updates one
// row with the same pragmas, in the same folder, in one run.
//
//   edit_bench [FOLDER] [EDITS]
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace {
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s\n", message);
        sqlite3_free(message);
        return false;
    }
    return true;
}

QList<double> bareSqlite(const QString &path, int edits)
{
    QList<double> times;
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        return times;
    }
    exec(db, "PRAGMA journal_mode = DELETE");
    exec(db, "PRAGMA synchronous = FULL");
    exec(db, "PRAGMA foreign_keys = ON");
    exec(db, "CREATE TABLE plan (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '')");
    exec(db, "INSERT INTO plan (id) VALUES (1)");
    sqlite3_stmt *update = nullptr;
    sqlite3_prepare_v2(db, "UPDATE plan SET title = ? WHERE id = 1", -1, &update, nullptr);
    for (int i = 0; i < edits; ++i) {
        const QByteArray title = "Title " + QByteArray::number(i);
        QElapsedTimer timer;
        timer.start();
        exec(db, "BEGIN");
        sqlite3_bind_text(update, 1, title.constData(), int(title.size()), SQLITE_TRANSIENT);
        sqlite3_step(update);
        sqlite3_reset(update);
        exec(db, "COMMIT");
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    sqlite3_finalize(update);
    sqlite3_close(db);
    return times;
}

QList<double> planEdits(const QString &path, int edits)
{
    QList<double> times;
    if (!fallback::PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty()) {
        return times;
    }
    auto document = fallback::PlanDocument::open(path, fallback::PlanFile::Access::ReadWrite, nullptr);
    if (!document) {
        return times;
    }
    for (int i = 0; i < edits; ++i) {
        // Alternate fields so that edits do not merge into one undo command.
        const auto field = i % 2 ? fallback::PlanField::Title : fallback::PlanField::Organisation;
        QElapsedTimer timer;
        timer.start();
        document->setHeader(field, QStringLiteral("Value %1").arg(i));
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return times;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString folder = args.size() > 1 ? args.at(1) : QDir::currentPath();
    const int edits = args.size() > 2 ? args.at(2).toInt() : 300;
    QTemporaryDir dir(folder + QLatin1String("/edit-bench-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a folder in %s\n", qPrintable(folder));
        return 1;
    }
    // Interleave two halves so that both see the same state of the disk.
    QList<double> bare = bareSqlite(dir.filePath(QStringLiteral("bare-a.sqlite")), edits / 2);
    QList<double> plan = planEdits(dir.filePath(QStringLiteral("plan-a.fallback")), edits / 2);
    bare += bareSqlite(dir.filePath(QStringLiteral("bare-b.sqlite")), edits / 2);
    plan += planEdits(dir.filePath(QStringLiteral("plan-b.fallback")), edits / 2);
    if (bare.isEmpty() || plan.isEmpty()) {
        std::fprintf(stderr, "benchmark setup failed\n");
        return 1;
    }
    std::printf("one durable edit, %lld edits each, folder %s\n", qint64(plan.size()), qPrintable(folder));
    std::printf(
        "  bare SQLite transaction:  median %6.2f ms  p95 %6.2f ms\n", percentile(bare, 0.5), percentile(bare, 0.95));
    std::printf(
        "  fallback header edit:     median %6.2f ms  p95 %6.2f ms\n", percentile(plan, 0.5), percentile(plan, 0.95));
    std::printf("  p95 ratio: %.2fx (target at most 2x)\n", percentile(plan, 0.95) / percentile(bare, 0.95));
    return 0;
}
