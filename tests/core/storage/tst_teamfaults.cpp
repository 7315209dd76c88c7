// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A team plan when its connection goes: the session terminated by the server,
// the server stopped and started again, the server killed with SIGKILL during
// a run. Real faults on a real server: the terminations come from
// pg_terminate_backend, the stops and the kill from a cluster of the test's own.
#include "document/plandocument.h"
#include "plan/sampleplan.h"
#include "planopening.h"
#include "run/runitemmodel.h"
#include "run/runsession.h"
#include "storage/sqlquery.h"
#include "storage/teamdatabase.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

using namespace fallback;

namespace {

/// Waits long enough for a few attempts to connect again (1 + 2 + 4 s).
constexpr int ReconnectTimeoutMs = 15000;

const QString ClusterScript = QStringLiteral(FALLBACK_TEST_DATA_DIR "/../postgresql/cluster.sh");

bool cluster(const QString &action, const QString &dir)
{
    QProcess process;
    process.start(QStringLiteral("sh"), {ClusterScript, action, dir});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning() << "cluster.sh" << action << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

} // namespace

class TestTeamFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_connection;
    QString m_samplePath;
    int m_plans = 0;

    /// Uploads the sample plan to \a connection's team database under a new name.
    QString upload(const QString &connection)
    {
        const QString name = QStringLiteral("faults %1").arg(++m_plans);
        QString error;
        auto file = PlanFile::open(m_samplePath, PlanFile::Access::ReadOnly, &error);
        auto team = TeamDatabase::connect(connection, &error);
        if (!file || !team || !team->upload(*file, name, &error)) {
            qWarning() << error;
            return {};
        }
        return name;
    }

    static std::unique_ptr<PlanDocument> open(const QString &connection, const QString &name)
    {
        QString error;
        auto team = TeamDatabase::connect(connection, &error);
        auto file = team ? team->openPlan(name, PlanFile::Access::ReadWrite, &error) : nullptr;
        if (!file) {
            qWarning() << error;
            return nullptr;
        }
        return std::make_unique<PlanDocument>(std::move(file));
    }

    /// Ends the server session of \a document as an administrator would.
    void terminate(PlanDocument &document) const
    {
        const qint64 pid = queryValue(document.database(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QString error;
        auto admin = TeamDatabase::connect(m_connection, &error);
        QVERIFY2(admin, qPrintable(error));
        QVERIFY(queryValue(admin->database(), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).toBool());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_connection = test::teamTestConnection(&error);
        QVERIFY2(!m_connection.isEmpty(), qPrintable(error));
        m_samplePath = m_dir.filePath(QStringLiteral("sample.fallback"));
        QCOMPARE(SamplePlan::create(QStringLiteral("en"), m_samplePath), QString());
    }

    void aTerminatedSessionGoesReadOnlyAndComesBack()
    {
        const QString name = upload(m_connection);
        QVERIFY(!name.isEmpty());
        auto mine = open(m_connection, name);
        auto theirs = open(m_connection, name);
        QVERIFY(mine && theirs);
        QSignalSpy lost(mine.get(), &PlanDocument::connectionLost);
        QSignalSpy restored(mine.get(), &PlanDocument::connectionRestored);
        QSignalSpy reread(mine.get(), &PlanDocument::bulkChangeFinished);

        terminate(*mine);
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
        QVERIFY(mine->isReadOnly());
        QCOMPARE(mine->file().readOnlyReason(), PlanFile::ReadOnlyReason::ConnectionLost);
        // While it is gone, an edit is refused, saying why, and nothing is kept to be sent later.
        QSignalSpy failed(mine.get(), &PlanDocument::writeFailed);
        QVERIFY(!mine->setHeader(PlanField::Version, QStringLiteral("while away")));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("connection")),
            qPrintable(failed.first().first().toString()));
        QCOMPARE(mine->undoStack()->count(), 0);
        // Another window changes the plan meanwhile; nobody can tell this one.
        QVERIFY(theirs->setHeader(PlanField::Title, QStringLiteral("Changed while away")));

        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, ReconnectTimeoutMs);
        QVERIFY(!mine->isReadOnly());
        QVERIFY(reread.size() >= 1);
        QCOMPARE(mine->header(PlanField::Title).toString(), QStringLiteral("Changed while away"));
        QVERIFY(mine->setHeader(PlanField::Version, QStringLiteral("back")));
        QCOMPARE(theirs->store().value(QStringLiteral("plan"), 1, QStringLiteral("version")).toString(),
            QStringLiteral("back"));
        // It listens again: the next change elsewhere reaches it as it happens.
        QSignalSpy elsewhere(mine.get(), &PlanDocument::changedElsewhere);
        QVERIFY(theirs->setHeader(PlanField::Organisation, QStringLiteral("Heard again")));
        QTRY_VERIFY_WITH_TIMEOUT(elsewhere.size() >= 1, 2000);
        QCOMPARE(mine->header(PlanField::Organisation).toString(), QStringLiteral("Heard again"));
    }

    void aChangeThatCameUnannouncedIsFoundByThePeriodicCheck()
    {
        const QString name = upload(m_connection);
        auto mine = open(m_connection, name);
        QVERIFY(mine);
        QSignalSpy elsewhere(mine.get(), &PlanDocument::changedElsewhere);
        const qint64 contact = mine->store().ids(QStringLiteral("member")).first();
        QVERIFY(!mine->store().value(QStringLiteral("member"), contact, QStringLiteral("name")).isNull());
        // An administrator changes the plan with the triggers off (a repair, a
        // bulk load): the server announces nothing.
        QString error;
        auto admin = TeamDatabase::connect(m_connection, &error);
        QVERIFY2(admin, qPrintable(error));
        auto plan = admin->openPlan(name, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(plan, qPrintable(error));
        // The first check takes the plan's measure; the change comes after it.
        QTest::qWait(ChangeFeed::CheckIntervalMs + 500);
        QVERIFY(execStatement(plan->database(), QStringLiteral("SET session_replication_role = replica")).isActive());
        QVERIFY(execQuery(plan->database(), QStringLiteral("UPDATE member SET name = ? WHERE id = ?"),
            {QStringLiteral("Unannounced"), contact})
                    .isActive());
        QTRY_VERIFY_WITH_TIMEOUT(!elsewhere.isEmpty(), ChangeFeed::CheckIntervalMs + 5000);
        QCOMPARE(elsewhere.first().first().toInt(), 0);
        QCOMPARE(mine->store().value(QStringLiteral("member"), contact, QStringLiteral("name")).toString(),
            QStringLiteral("Unannounced"));
    }

    void anEditAsTheSessionEndsIsNeitherLostSilentlyNorAppliedTwice()
    {
        const QString name = upload(m_connection);
        auto mine = open(m_connection, name);
        auto reader = open(m_connection, name);
        QVERIFY(mine && reader);
        QSignalSpy restored(mine.get(), &PlanDocument::connectionRestored);
        const qint64 contact = mine->store().ids(QStringLiteral("member")).first();
        const QString before
            = mine->store().value(QStringLiteral("member"), contact, QStringLiteral("note")).toString();

        terminate(*mine);
        // Before the window has noticed, the user types: the edit fails and says so.
        QSignalSpy failed(mine.get(), &PlanDocument::writeFailed);
        QVERIFY(!mine->setRecordValue(QStringLiteral("member"), contact, QStringLiteral("note"), QStringLiteral("x")));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("not saved")),
            qPrintable(failed.first().first().toString()));
        QVERIFY(mine->isReadOnly()); // at once, not a second later
        QCOMPARE(reader->store().value(QStringLiteral("member"), contact, QStringLiteral("note")).toString(), before);

        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, ReconnectTimeoutMs);
        // Typed again once back, it is there once.
        QVERIFY(mine->setRecordValue(QStringLiteral("member"), contact, QStringLiteral("note"), QStringLiteral("x")));
        QCOMPARE(reader->store().value(QStringLiteral("member"), contact, QStringLiteral("note")).toString(),
            QStringLiteral("x"));
        QCOMPARE(mine->undoStack()->count(), 1);
    }

    void aServerStoppedOrKilledDuringARunKeepsEveryTickItSaved_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("stopped and started again") << QStringLiteral("pause");
        QTest::newRow("killed with SIGKILL") << QStringLiteral("kill");
    }

    void aServerStoppedOrKilledDuringARunKeepsEveryTickItSaved()
    {
        QFETCH(QString, fault);
        // A cluster of this test's own, which it may stop and kill.
        QTemporaryDir clusterDir(QStringLiteral("/tmp/fbf-XXXXXX"));
        QVERIFY(clusterDir.isValid());
        QVERIFY(cluster(QStringLiteral("start"), clusterDir.path()));
        const auto stopCluster = qScopeGuard([&clusterDir] { cluster(QStringLiteral("stop"), clusterDir.path()); });
        const QString connection = QStringLiteral("host=%1 dbname=postgres user=postgres").arg(clusterDir.path());
        {
            QString error;
            auto admin = TeamDatabase::connect(connection, &error);
            QVERIFY2(admin && admin->initialise(&error), qPrintable(error));
        }
        const QString name = upload(connection);
        QVERIFY(!name.isEmpty());
        auto console = open(connection, name);
        QVERIFY(console);
        QSignalSpy lost(console.get(), &PlanDocument::connectionLost);
        QSignalSpy restored(console.get(), &PlanDocument::connectionRestored);

        const qint64 upgrade = console->store().ids(QStringLiteral("upgrade")).first();
        QString refusal;
        auto session = RunSession::start(
            console.get(), upgrade, QStringLiteral("live"), 0, QStringLiteral("Operator"), {}, &refusal);
        QVERIFY2(session, qPrintable(refusal));
        RunItemModel items(console.get(), session->runId());
        QVERIFY(items.rowCount() >= 3);
        // The console shows two ticks as saved; the server goes as the third is typed.
        const QList<qint64> saved = {items.idAt(0), items.idAt(1)};
        const qint64 typedAsItWent = items.idAt(2);
        for (const qint64 item : saved) {
            QVERIFY(session->tick(item));
        }
        QVERIFY(cluster(fault, clusterDir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
        QVERIFY(!session->tick(typedAsItWent));

        QVERIFY(cluster(QStringLiteral("resume"), clusterDir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 2 * ReconnectTimeoutMs);
        auto reader = open(connection, name);
        QVERIFY(reader);
        const auto status = [&reader](qint64 item) {
            return reader->store().value(QStringLiteral("run_item"), item, QStringLiteral("status")).toString();
        };
        for (const qint64 item : saved) {
            QCOMPARE(status(item), QStringLiteral("done"));
        }
        QVERIFY(status(typedAsItWent) != QLatin1String("done"));
        // The console goes on where it was.
        QVERIFY(session->tick(typedAsItWent));
        QCOMPARE(status(typedAsItWent), QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(TestTeamFaults)
#include "tst_teamfaults.moc"
