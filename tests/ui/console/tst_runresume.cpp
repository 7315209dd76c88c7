// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A run survives the program being killed: a child process works through a
// run, is killed with SIGKILL while the plan is open, and everything it did
// is there when the plan opens again, in the core and in the console.
#include "console/runconsole.h"
#include "dialogs/dialoghooks.h"
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "mainwindow.h"
#include "plan/translations.h"
#include "run/runitemmodel.h"
#include "run/runsession.h"
#include "storage/planintegrity.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistoperations.h"
#include "window/planview.h"

#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fallback;
using namespace fallback::ui;

class TestRunResume : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Runs the writer for \a round until it says it is ready, then kills it.
    static bool runAndKill(const QString &path, int round)
    {
        QProcess child;
        child.setProgram(QStringLiteral(RUN_WRITER));
        child.setArguments({path, QString::number(round)});
        child.start();
        if (!child.waitForStarted()) {
            return false;
        }
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (!output.contains("ready\n") && waited.elapsed() < 30000) {
            child.waitForReadyRead(1000);
            output += child.readAllStandardOutput();
            if (child.state() == QProcess::NotRunning) {
                break;
            }
        }
        if (!output.contains("ready\n")) {
            qWarning("writer failed: %s", child.readAllStandardError().constData());
            return false;
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        return child.waitForFinished(10000) && child.exitStatus() == QProcess::CrashExit;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
    }

    void everythingDoneBeforeAKillIsThereAfterwards()
    {
        const QString path = m_dir.filePath(QStringLiteral("resume.fallback"));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        {
            auto document = PlanDocument::open(path, PlanFile::Access::ReadWrite, nullptr);
            QVERIFY(document);
            const qint64 upgrade = document->addRecord(QStringLiteral("upgrade"),
                {{QStringLiteral("name"), QStringLiteral("Billing 4.2")}}, QStringLiteral("Add"));
            QCOMPARE(upgrade, 1);
            QVERIFY(ChecklistOperations::instantiateChecklist(document.get(), upgrade, 1));
        }
        // Round 0 starts the run; round 1, after the kill, resumes it.
        QVERIFY(runAndKill(path, 0));
        QVERIFY(runAndKill(path, 1));

        QString error;
        auto document = PlanDocument::open(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY(!document->isReadOnly()); // the killed writer's lock was recovered
        QCOMPARE(PlanIntegrity::problems(document->file()), QStringList());
        const auto value = [&document](const QString &sql) { return queryValue(document->database(), sql); };

        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run")).toInt(), 1);
        const QList<qint64> unfinished = RunSession::unfinishedRuns(document.get());
        QCOMPARE(unfinished.size(), 1);
        RunSession session(document.get(), unfinished.constFirst());
        QCOMPARE(session.status(), QStringLiteral("stopped"));
        QCOMPARE(session.warningLevelId(), qint64(2));
        QVERIFY(!session.milestone(QStringLiteral("detected")).isEmpty());
        QVERIFY(!session.milestone(QStringLiteral("stopped")).isEmpty());
        for (int round = 0; round < 2; ++round) {
            const QString actor = QStringLiteral("'Operator %1'").arg(round);
            QCOMPARE(value(QStringLiteral("SELECT group_concat(status, ',') FROM (SELECT status FROM run_item WHERE "
                                          "ticked_by = %1 ORDER BY id)")
                               .arg(actor))
                         .toString(),
                QStringLiteral("done,failed,skipped"));
            QCOMPARE(
                value(QStringLiteral("SELECT COUNT(*) FROM run_event WHERE actor = %1 AND kind = 'tick'").arg(actor))
                    .toInt(),
                3);
            QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_event WHERE text = 'note of round %1'").arg(round))
                         .toInt(),
                1);
        }
        QCOMPARE(
            value(QStringLiteral("SELECT note FROM run_item WHERE status = 'failed' ORDER BY id LIMIT 1")).toString(),
            QStringLiteral("failed in round 0"));
        QCOMPARE(
            value(QStringLiteral("SELECT actor || '|' || reason FROM run_event WHERE decision = 'stop'")).toString(),
            QStringLiteral("Operator 1|stop in round 1"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_event WHERE decision = 'level'")).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT text FROM run_event ORDER BY at, id LIMIT 1")).toString(),
            QStringLiteral("Run started"));

        // The console shows it all.
        RunConsole console(document.get(), session.runId());
        console.setAttribute(Qt::WA_DeleteOnClose, false);
        console.show();
        QCOMPARE(console.itemModel()->openCount(), 24 - 6);
        QCOMPARE(console.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Stopped"));
        QCOMPARE(console.findChild<QLabel *>(QStringLiteral("levelLabel"))->text(),
            QStringLiteral("Level II \u2013 Severe (orange)"));
        const int events = value(QStringLiteral("SELECT COUNT(*) FROM run_event")).toInt();
        QCOMPARE(console.findChild<QTableView *>(QStringLiteral("eventView"))->model()->rowCount(), events);
    }

    void theMainWindowReopensTheConsole()
    {
        // The plan of the first test: its run was never ended.
        const QString path = m_dir.filePath(QStringLiteral("resume.fallback"));
        DialogHooks::textHook = [](const QString &, const QString &, const QString &) {
            return std::optional<QString>(QStringLiteral("Night shift"));
        };
        MainWindow window;
        window.show();
        QVERIFY(window.openPlan(path));
        QTRY_COMPARE(window.planView()->runConsoles().size(), 1);
        RunConsole *console = window.planView()->runConsoles().constFirst();
        QVERIFY(console->isVisible());
        QCOMPARE(console->operatorName(), QStringLiteral("Night shift"));
        QCOMPARE(console->session()->status(), QStringLiteral("stopped"));
        // Quitting closes the consoles too; the run stays in progress in the plan.
        window.close();
        QTRY_VERIFY(window.planView()->runConsoles().isEmpty());
        QCOMPARE(RunSession::unfinishedRuns(window.document()).size(), 1);
        window.closePlan();
        DialogHooks::textHook = nullptr;
    }
};

QTEST_MAIN(TestRunResume)
#include "tst_runresume.moc"
