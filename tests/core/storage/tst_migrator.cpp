// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrator.h"
#include "storage/planfile.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace fallback;
using namespace fallback::test;

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionZeroFixtureIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.fallback"));
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("plan-v0.fallback")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString error;
        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->schemaVersion(), schema::CurrentVersion);
        QCOMPARE(queryValue(file->database(), QStringLiteral("PRAGMA user_version")).toInt(), schema::CurrentVersion);
        for (const QString &table : schema::tableNames()) {
            QVERIFY2(
                queryValue(file->database(),
                    QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"), {table})
                        .toInt()
                    == 1,
                qPrintable(table));
        }
        QCOMPARE(queryValue(file->database(), QStringLiteral("SELECT COUNT(*) FROM plan")).toInt(), 1);
    }

    void versionZeroFixtureReadOnlyIsRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.fallback"));
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("plan-v0.fallback")), path));
        const QByteArray before = fileBytes(path);
        QString error;
        QVERIFY(!PlanFile::open(path, PlanFile::Access::ReadOnly, &error));
        QVERIFY(error.contains(QLatin1String("older")));
        QCOMPARE(fileBytes(path), before);
    }

    void failingStepRollsBackToLastCompleteVersion()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m"));
            db.setDatabaseName(dir.filePath(QStringLiteral("m.sqlite")));
            QVERIFY(db.open());
            const Migrator migrator({
                {1, {QStringLiteral("CREATE TABLE first (x INTEGER)")}},
                {2,
                    {QStringLiteral("CREATE TABLE second (x INTEGER)"), QStringLiteral("INSERT INTO second VALUES (1)"),
                        QStringLiteral("THIS IS NOT SQL")}},
            });
            QCOMPARE(migrator.targetVersion(), 2);
            QString error;
            QVERIFY(!migrator.migrate(db, &error));
            // The cause in words, never the engine's own "syntax error".
            QVERIFY(!error.isEmpty());
            QVERIFY2(!error.contains(QLatin1String("syntax")), qPrintable(error));
            QCOMPARE(queryValue(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QCOMPARE(
                queryValue(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'first'")).toInt(), 1);
            QCOMPARE(
                queryValue(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'second'")).toInt(), 0);
            QCOMPARE(queryValue(db, QStringLiteral("PRAGMA application_id")).toInt(), schema::ApplicationId);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("m"));
    }

    void everySchemaStepHasStatements()
    {
        for (int version = 1; version <= schema::CurrentVersion; ++version) {
            QVERIFY(!schema::migrationStatements(version).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
