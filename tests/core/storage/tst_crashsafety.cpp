// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/planjsonimport.h"
#include "storage/planfile.h"
#include "storage/planintegrity.h"
#include "storage/sqlquery.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fallback;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNoAcknowledgedEdit()
    {
        constexpr int Rounds = 60;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.fallback"));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());

        QRandomGenerator random(20261126);
        QSet<qint64> acknowledged;
        qint64 lastHeaderEdit = -1;
        qint64 next = 1;
        for (int round = 0; round < Rounds; ++round) {
            QProcess child;
            child.setProgram(QStringLiteral(CRASH_WRITER));
            child.setArguments({path, QString::number(next)});
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start();
            QVERIFY(child.waitForStarted());
            // Let it work for a random while: sometimes before the first edit,
            // mostly in the middle of a stream of commits.
            const int lifetimeMs = int(random.bounded(5, 250));
            QTest::qWait(lifetimeMs);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            const QByteArray errors = child.readAllStandardError();
            QVERIFY2(child.exitStatus() == QProcess::CrashExit, errors.constData());
            // Only complete lines are acknowledgements.
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const qint64 n = lines.at(i).toLongLong();
                acknowledged.insert(n);
                if (n % 3 == 0) {
                    lastHeaderEdit = std::max(lastHeaderEdit, n);
                }
                next = std::max(next, n + 1);
            }
            next += 1; // a killed, unacknowledged edit may or may not be there
        }
        QVERIFY2(acknowledged.size() > Rounds, "the writer made too few edits to prove anything");

        QString error;
        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(!file->isReadOnly()); // the last killed writer's lock was recovered
        QCOMPARE(
            queryValue(file->database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(PlanIntegrity::problems(*file), QStringList());

        QSet<qint64> stored;
        QSqlQuery query = execQuery(file->database(), QStringLiteral("SELECT title FROM reference"));
        while (query.next()) {
            stored.insert(query.value(0).toString().mid(5).toLongLong());
        }
        for (qint64 n : std::as_const(acknowledged)) {
            if (n % 3 != 0) {
                QVERIFY2(stored.contains(n), qPrintable(QStringLiteral("acknowledged edit %1 is missing").arg(n)));
            }
        }
        if (lastHeaderEdit >= 0) {
            const qint64 title
                = queryValue(file->database(), QStringLiteral("SELECT title FROM plan")).toString().mid(5).toLongLong();
            QVERIFY2(title >= lastHeaderEdit, "the last acknowledged title edit was lost");
        }
        qInfo("%lld acknowledged edits over %d kills, all present", qint64(acknowledged.size()), Rounds);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
