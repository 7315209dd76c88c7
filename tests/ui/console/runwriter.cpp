// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of tst_runresume: works through a run of upgrade 1 as an
// operator would (opening the run in progress, or starting one), says
// "ready" when every action is saved, then waits to be killed.
#include "document/plandocument.h"
#include "run/runsession.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace fallback;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: run_writer PLAN ROUND\n");
        return 2;
    }
    QString error;
    auto document = PlanDocument::open(args.at(1), PlanFile::Access::ReadWrite, &error);
    if (!document || document->isReadOnly()) {
        std::fprintf(stderr, "cannot open for writing: %s\n", qPrintable(error));
        return 3;
    }
    const int round = args.at(2).toInt();
    const QString actor = QStringLiteral("Operator %1").arg(round);
    std::unique_ptr<RunSession> session;
    const QList<qint64> unfinished = RunSession::unfinishedRuns(document.get());
    if (unfinished.isEmpty()) {
        session = RunSession::start(document.get(), 1, QStringLiteral("live"), 0, actor, {}, &error);
    } else {
        session = std::make_unique<RunSession>(document.get(), unfinished.constFirst(), actor);
    }
    if (!session || !session->isValid()) {
        std::fprintf(stderr, "no run: %s\n", qPrintable(error));
        return 4;
    }
    const auto check = [&session](bool ok, const char *what) {
        if (!ok) {
            std::fprintf(stderr, "%s refused: %s\n", what, qPrintable(session->refusal()));
            std::exit(5);
        }
    };
    // Three items of this round: ticked, failed, skipped.
    const QList<QVariantMap> items
        = document->store().records(QStringLiteral("run_item"), QStringLiteral("run_id"), session->runId());
    const qsizetype first = qsizetype(round) * 3;
    check(session->tick(items.at(first).value(QStringLiteral("id")).toLongLong()), "tick");
    check(session->markFailed(items.at(first + 1).value(QStringLiteral("id")).toLongLong(),
              QStringLiteral("failed in round %1").arg(round)),
        "fail");
    check(session->markSkipped(items.at(first + 2).value(QStringLiteral("id")).toLongLong(),
              QStringLiteral("skipped in round %1").arg(round)),
        "skip");
    check(session->logEvent(QStringLiteral("note of round %1").arg(round)), "note");
    if (round == 0) {
        check(session->recordMilestone(QStringLiteral("detected")), "milestone");
        check(session->declareLevel(2, QStringLiteral("level in round 0")), "level");
    } else {
        check(session->stop(QStringLiteral("stop in round %1").arg(round)), "stop");
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        QThread::sleep(1); // killed here, with the plan open and its lock held
    }
}
