// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/planjsonimport.h"
#include "storage/earlyintegritycheck.h"
#include "storage/planfile.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QFile>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace fallback;
using namespace fallback::test;

class TestPlanFile : public QObject
{
    Q_OBJECT

private:
    QString makePlan(const QTemporaryDir &dir, const QString &name = QStringLiteral("plan.fallback"))
    {
        const QString path = dir.filePath(name);
        const QString error = PlanJsonImport::createFromTemplate(QStringLiteral("en"), path);
        if (!error.isEmpty()) {
            qWarning() << error;
        }
        return path;
    }

    QString makeForeignDatabase(const QString &path)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            db.open();
            execQuery(db, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)"));
            execQuery(db, QStringLiteral("INSERT INTO invoices (amount) VALUES (12.5)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        return path;
    }

    /// Overwrites the middle of a table page but keeps the header intact.
    static bool damagePage(const QString &path)
    {
        QByteArray bytes = fileBytes(path);
        for (int i = 4096 * 3; i < 4096 * 3 + 2000; ++i) {
            bytes[i] = char(0xA5);
        }
        return writeBytes(path, bytes);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createdPlanCarriesIdentity()
    {
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        QString error;
        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(!file->isReadOnly());
        QCOMPARE(queryValue(file->database(), QStringLiteral("PRAGMA application_id")).toInt(), schema::ApplicationId);
        QCOMPARE(queryValue(file->database(), QStringLiteral("PRAGMA user_version")).toInt(), schema::CurrentVersion);
        QCOMPARE(queryValue(file->database(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(queryValue(file->database(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(file->schemaVersion(), schema::CurrentVersion);
    }

    void refusesWhatIsNotAPlan_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing") << "missing";
        QTest::newRow("folder") << "folder";
        QTest::newRow("empty") << "empty";
        QTest::newRow("random bytes") << "random";
        QTest::newRow("text file") << "text";
        QTest::newRow("truncated plan") << "truncated";
        QTest::newRow("foreign sqlite") << "foreign";
        QTest::newRow("damaged page") << "damaged";
    }

    void refusesWhatIsNotAPlan()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("subject.fallback"));
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("subject.fallback")));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(writeBytes(path, {}));
        } else if (kind == QLatin1String("random")) {
            QByteArray bytes(8192, Qt::Uninitialized);
            QRandomGenerator generator(42);
            for (char &byte : bytes) {
                byte = char(generator.bounded(256));
            }
            QVERIFY(writeBytes(path, bytes));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(writeBytes(path, "title,version\nplan,1\n"));
        } else if (kind == QLatin1String("truncated")) {
            const QByteArray whole = fileBytes(makePlan(dir, QStringLiteral("whole.fallback")));
            QVERIFY(whole.size() > 8192);
            QVERIFY(writeBytes(path, whole.left(whole.size() / 2 + 100)));
        } else if (kind == QLatin1String("foreign")) {
            makeForeignDatabase(path);
        } else if (kind == QLatin1String("damaged")) {
            QVERIFY(QFile::copy(makePlan(dir, QStringLiteral("whole.fallback")), path));
            QVERIFY(damagePage(path));
        }
        const QByteArray before = fileBytes(path);

        QString error;
        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY(!file);
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QLatin1String("\n")), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QLatin1String("-journal")));
        QVERIFY(!QFile::exists(PlanFile::lockFilePath(path)));
    }

    // Start-up checks the plan in a thread while the window is built.
    void anEarlyCheckRefusesADamagedPlan()
    {
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        QVERIFY(damagePage(path));
        const QByteArray before = fileBytes(path);
        EarlyIntegrityCheck::start(path);

        QString error;
        QVERIFY(!PlanFile::open(path, PlanFile::Access::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
    }

    void aPlanDamagedAfterItsEarlyCheckIsRefused()
    {
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        EarlyIntegrityCheck::start(path);
        QThread::msleep(300); // the check has found the plan sound
        QVERIFY(damagePage(path));

        QString error;
        QVERIFY(!PlanFile::open(path, PlanFile::Access::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    }

#ifdef Q_OS_UNIX
    void anEarlyCheckOfAFifoNeitherWaitsNorOpensIt()
    {
        // "fallback /path/to/fifo": nothing writes to it, and start-up must not wait for a writer.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("plan.fallback"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        EarlyIntegrityCheck::start(fifo); // before the fix, this never returned
        QString error;
        QVERIFY(!PlanFile::open(fifo, PlanFile::Access::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("not a file")), qPrintable(error));
    }
#endif

    void anEarlyCheckOfASoundPlanOpensIt()
    {
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        const QString other = makePlan(dir, QStringLiteral("other.fallback"));
        QVERIFY(damagePage(other));
        EarlyIntegrityCheck::start(other);
        // A check of another file is not taken for this one; it is replaced.
        EarlyIntegrityCheck::start(path);

        QString error;
        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(!file->isReadOnly());
        QVERIFY(!PlanFile::open(other, PlanFile::Access::ReadOnly, &error));
    }

    void newerFormatOpensReadOnlyAndUnchanged()
    {
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        {
            auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
            QVERIFY(file);
            execQuery(file->database(), QStringLiteral("PRAGMA user_version = 99"));
        }
        const QByteArray before = fileBytes(path);
        QString error;
        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->isReadOnly());
        QCOMPARE(file->readOnlyReason(), PlanFile::ReadOnlyReason::NewerFormat);
        QVERIFY(file->readOnlyMessage().contains(QLatin1String("newer")));
        QVERIFY(!execQuery(file->database(), QStringLiteral("UPDATE plan SET title = 'x'")).isActive());
        file.reset();
        QCOMPARE(fileBytes(path), before);
    }

    void writeProtectedFileOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = fileBytes(path);
        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(file);
        QCOMPARE(file->readOnlyReason(), PlanFile::ReadOnlyReason::FileReadOnly);
        file.reset();
        QCOMPARE(fileBytes(path), before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void writeProtectedFolderOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(folder));
        const QString path = folder + QLatin1String("/plan.fallback");
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QByteArray before = fileBytes(path);
        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(file);
        QCOMPARE(file->readOnlyReason(), PlanFile::ReadOnlyReason::FolderReadOnly);
        file.reset();
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(entriesOf(folder), QStringList {QStringLiteral("plan.fallback")});
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void secondWriterGetsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        auto first = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(first && !first->isReadOnly());
        QVERIFY(QFile::exists(PlanFile::lockFilePath(path)));
        auto second = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(second);
        QCOMPARE(second->readOnlyReason(), PlanFile::ReadOnlyReason::OpenElsewhere);
        second.reset();
        first.reset();
        auto third = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(third && !third->isReadOnly());
    }

    void aLinkToAnOpenPlanIsTheSamePlan()
    {
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        const QString link = dir.filePath(QStringLiteral("alias.fallback"));
        QVERIFY(QFile::link(path, link));
        auto first = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(first && !first->isReadOnly());
        auto second = PlanFile::open(link, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(second);
        QCOMPARE(second->readOnlyReason(), PlanFile::ReadOnlyReason::OpenElsewhere);
        QVERIFY(PlanFile::isSameFile(link, path));
    }

    void staleLockOfDeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        // A lock left by a crashed instance: a process id that cannot be running.
        QLockFile probe(dir.filePath(QStringLiteral("probe.lock")));
        QVERIFY(probe.lock());
        const QByteArray content = fileBytes(dir.filePath(QStringLiteral("probe.lock")));
        probe.unlock();
        QList<QByteArray> lines = content.split('\n');
        lines[0] = "999999999";
        QVERIFY(writeBytes(PlanFile::lockFilePath(path), lines.join('\n')));

        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(file);
        QVERIFY(!file->isReadOnly());
    }

    void aLockThatNamesNoProcessIsTakenOverUnlessItIsHeld()
    {
        // A writer killed between making its lock file and writing its name
        // in it leaves an empty lock: without this, the plan would open
        // read-only ("open in another window") for good.
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        QVERIFY(writeBytes(PlanFile::lockFilePath(path), QByteArray()));
#ifdef Q_OS_UNIX
        {
            // While a live process still holds it (it is about to write its
            // name), it is not taken.
            const int held = ::open(QFile::encodeName(PlanFile::lockFilePath(path)).constData(), O_RDWR);
            QVERIFY(held >= 0);
            QCOMPARE(::flock(held, LOCK_EX | LOCK_NB), 0);
            auto second = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
            QVERIFY(second);
            QCOMPARE(second->readOnlyReason(), PlanFile::ReadOnlyReason::OpenElsewhere);
            ::close(held);
        }
#endif
        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(file);
        QVERIFY(!file->isReadOnly());
    }

    void closedPlanIsOneSelfContainedFile()
    {
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        {
            auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
            QVERIFY(file);
            QVERIFY(execQuery(file->database(), QStringLiteral("UPDATE plan SET title = 'Moved'")).isActive());
        }
        QCOMPARE(entriesOf(dir.path()), QStringList {QStringLiteral("plan.fallback")});
    }

    void saveCopyIsACompletePlan()
    {
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(execQuery(file->database(), QStringLiteral("UPDATE plan SET title = 'Copied title'")).isActive());
        const QString copyPath = dir.filePath(QStringLiteral("copy.fallback"));
        QVERIFY(writeBytes(copyPath, "old content that the copy replaces"));
        QString error;
        QVERIFY2(file->saveCopy(copyPath, &error), qPrintable(error));
        QVERIFY(!file->saveCopy(path, &error));
        QVERIFY(!error.isEmpty());
        auto copy = PlanFile::open(copyPath, PlanFile::Access::ReadOnly, &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(queryValue(copy->database(), QStringLiteral("SELECT title FROM plan")).toString(),
            QStringLiteral("Copied title"));
        QCOMPARE(copy->schemaVersion(), schema::CurrentVersion);
        const QString intoMissingFolder = dir.filePath(QStringLiteral("no/such/folder/copy.fallback"));
        QVERIFY(!file->saveCopy(intoMissingFolder, &error));
        QVERIFY(!error.isEmpty());
    }

    void createRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exists.fallback"));
        QVERIFY(writeBytes(path, "precious"));
        QString error;
        QVERIFY(!PlanFile::create(path, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(fileBytes(path), QByteArray("precious"));
    }
};

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
