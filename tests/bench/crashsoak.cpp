// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash soak: a worker process edits a plan the way the window does (contact
// fields, contact imports, ticks in the run console), printing each edit once
// PlanDocument has acknowledged it; the soak kills it with SIGKILL at a
// random moment, reopens the plan, and requires that SQLite's integrity and
// foreign key checks pass and that every acknowledged edit is there. Not a
// test: it takes minutes; its figures go into notes.
//
//   crash_soak [ROUNDS] [SEED]         (default 1000 rounds)
#include "document/plandocument.h"
#include "interchange/contactfile.h"
#include "interchange/contactimport.h"
#include "interchange/planjsonimport.h"
#include "run/runsession.h"
#include "storage/planfile.h"
#include "storage/planintegrity.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace fallback;

namespace {

/// The worker: edits until it is killed. Every line it prints is an edit
/// that PlanDocument reported as written.
int work(const QString &path, quint32 seed)
{
    QString error;
    std::unique_ptr<PlanDocument> document = PlanDocument::open(path, PlanFile::Access::ReadWrite, &error);
    if (!document || document->isReadOnly()) {
        std::fprintf(stderr, "worker: %s\n", qPrintable(error));
        return 1;
    }
    QRandomGenerator random(seed);
    const QList<qint64> members = [&] {
        QList<qint64> ids;
        QSqlQuery q = execQuery(document->database(), QStringLiteral("SELECT id FROM member ORDER BY id LIMIT 50"));
        while (q.next()) {
            ids << q.value(0).toLongLong();
        }
        return ids;
    }();
    const qint64 upgrade = queryValue(document->database(), QStringLiteral("SELECT min(id) FROM upgrade")).toLongLong();
    std::unique_ptr<RunSession> session;
    auto ack = [](const QString &line) {
        std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
    };
    for (quint64 step = 0;; ++step) {
        const int what = random.bounded(10);
        if (what < 6 && !members.isEmpty()) {
            // An edit of a contact's field, as the Contacts page makes it.
            const qint64 id = members.at(random.bounded(int(members.size())));
            const qint64 value = qint64(seed) * 1000000 + qint64(step);
            if (document->setRecordValue(
                    QStringLiteral("member"), id, QStringLiteral("note"), QStringLiteral("soak %1").arg(value))) {
                ack(QStringLiteral("edit %1 %2").arg(id).arg(value));
            }
        } else if (what < 8) {
            // An import of a small roster, one transaction and one undo step.
            const QString tag = QStringLiteral("S%1x%2").arg(seed).arg(step);
            QByteArray csv = "姓名,手机,所属小组\n";
            const int rows = 20 + random.bounded(60);
            for (int row = 0; row < rows; ++row) {
                csv += QStringLiteral("%1-%2,1390000%3,技术支持组\n")
                           .arg(tag)
                           .arg(row)
                           .arg(row, 4, 10, QLatin1Char('0'))
                           .toUtf8();
            }
            const std::optional<ContactTable> table = ContactFile::parse(csv, QStringLiteral("soak.csv"), &error);
            if (!table) {
                return 1;
            }
            const ContactImportPlan plan = ContactImport::prepare(*document, *table, table->mapping);
            if (ContactImport::apply(*document, plan, &error)) {
                ack(QStringLiteral("import %1 %2").arg(tag).arg(plan.newMembers));
            }
        } else if (upgrade > 0) {
            // A tick in the run console; a run whose items are all done makes way for a new one.
            if (!session) {
                const qint64 unfinished = RunSession::unfinishedRunOf(document.get(), upgrade);
                session = unfinished > 0
                    ? std::make_unique<RunSession>(document.get(), unfinished, QStringLiteral("soak"))
                    : RunSession::start(
                        document.get(), upgrade, QStringLiteral("rehearsal"), 0, QStringLiteral("soak"));
                if (!session || !session->isValid()) {
                    return 1;
                }
            }
            const QVariant item = queryValue(document->database(),
                QStringLiteral("SELECT min(id) FROM run_item WHERE run_id = ? AND status = 'open'"),
                {session->runId()});
            if (item.isNull()) {
                // Ending the run (which ends it) lets the next round start a new one.
                session->endEmergency(QStringLiteral("soak"));
                session.reset();
                continue;
            }
            if (session->tick(item.toLongLong())) {
                ack(QStringLiteral("tick %1").arg(item.toLongLong()));
            }
        }
    }
}

struct Acknowledged
{
    QHash<qint64, qint64> edits; ///< member id: the newest acknowledged value
    QHash<QString, int> imports; ///< tag: people added
    QList<qint64> ticks; ///< run items ticked
    int count = 0;
};

void take(Acknowledged &acknowledged, const QByteArray &output)
{
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.value(0) == "edit" && parts.size() == 3) {
            acknowledged.edits[parts.at(1).toLongLong()] = parts.at(2).toLongLong();
        } else if (parts.value(0) == "import" && parts.size() == 3) {
            acknowledged.imports[QString::fromUtf8(parts.at(1))] = parts.at(2).toInt();
        } else if (parts.value(0) == "tick" && parts.size() == 2) {
            acknowledged.ticks << parts.at(1).toLongLong();
        } else {
            continue;
        }
        ++acknowledged.count;
    }
}

/// Every problem with the plan after a kill; empty when it is sound and holds
/// every acknowledged edit.
QStringList verify(const QString &path, const Acknowledged &acknowledged)
{
    QString error;
    const auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, &error);
    if (!file) {
        return {QStringLiteral("does not open: ") + error};
    }
    QStringList problems = PlanIntegrity::problems(*file);
    if (file->isReadOnly()) {
        problems << QStringLiteral("opens read-only after the kill");
    }
    const QSqlDatabase db = file->database();
    for (auto it = acknowledged.edits.cbegin(); it != acknowledged.edits.cend(); ++it) {
        // A later edit may have been written without being acknowledged: never an older one.
        const QString note
            = queryValue(db, QStringLiteral("SELECT note FROM member WHERE id = ?"), {it.key()}).toString();
        if (!note.startsWith(QLatin1String("soak ")) || note.mid(5).toLongLong() < it.value()) {
            problems
                << QStringLiteral("member %1 holds \"%2\", acknowledged %3").arg(it.key()).arg(note).arg(it.value());
        }
    }
    for (auto it = acknowledged.imports.cbegin(); it != acknowledged.imports.cend(); ++it) {
        const QString pattern = it.key() + QStringLiteral("-%");
        const int people
            = queryValue(db, QStringLiteral("SELECT count(*) FROM member WHERE name LIKE ?"), {pattern}).toInt();
        if (people != it.value()) {
            problems << QStringLiteral("import %1 holds %2 of %3 people").arg(it.key()).arg(people).arg(it.value());
        }
    }
    for (const qint64 item : acknowledged.ticks) {
        const QString status
            = queryValue(db, QStringLiteral("SELECT status FROM run_item WHERE id = ?"), {item}).toString();
        if (status != QLatin1String("done")) {
            problems << QStringLiteral("run item %1 is %2 after its tick").arg(item).arg(status);
        }
    }
    return problems;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--worker")) {
        return work(args.at(2), args.at(3).toUInt());
    }
    const int rounds = args.size() > 1 ? args.at(1).toInt() : 1000;
    QRandomGenerator random(args.size() > 2 ? args.at(2).toUInt() : 20261202);
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("soak.fallback"));
    QFile sample(QStringLiteral(":/fallback/samples/zh_CN.json"));
    if (!sample.open(QIODevice::ReadOnly) || !PlanJsonImport::createPlan(sample.readAll(), plan).isEmpty()) {
        std::fprintf(stderr, "crash_soak: cannot create the plan\n");
        return 1;
    }

    Acknowledged acknowledged;
    QElapsedTimer clock;
    clock.start();
    int failures = 0;
    qint64 killedAfterMs = 0;
    for (int round = 1; round <= rounds; ++round) {
        QProcess worker;
        worker.setProcessChannelMode(QProcess::SeparateChannels);
        worker.start(
            QCoreApplication::applicationFilePath(), {QStringLiteral("--worker"), plan, QString::number(round)});
        if (!worker.waitForStarted()) {
            std::fprintf(stderr, "crash_soak: the worker does not start\n");
            return 1;
        }
        // Anywhere from opening the plan to well into its edits.
        const int delay = 20 + random.bounded(400);
        killedAfterMs += delay;
        QThread::msleep(ulong(delay));
        ::kill(pid_t(worker.processId()), SIGKILL);
        worker.waitForFinished();
        take(acknowledged, worker.readAllStandardOutput());
        const QStringList problems = verify(plan, acknowledged);
        if (!problems.isEmpty()) {
            ++failures;
            std::fprintf(stderr, "round %d: %s\n", round, qPrintable(problems.join(QStringLiteral("; "))));
            if (failures >= 5) {
                break;
            }
        }
        if (round % 100 == 0) {
            std::printf("%d rounds, %d edits acknowledged, %d failures\n", round, acknowledged.count, failures);
            std::fflush(stdout);
        }
    }
    std::printf("crash soak: %d rounds of SIGKILL after %.0f ms on average, %d acknowledged edits "
                "(%lld contact edits kept, %lld imports, %lld ticks), %d rounds with a problem, %.0f s\n",
        rounds, double(killedAfterMs) / rounds, acknowledged.count, qlonglong(acknowledged.edits.size()),
        qlonglong(acknowledged.imports.size()), qlonglong(acknowledged.ticks.size()), failures,
        double(clock.elapsed()) / 1000);
    return failures == 0 ? 0 : 1;
}
