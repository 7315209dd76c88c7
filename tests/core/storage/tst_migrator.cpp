// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrator.h"
#include "storage/planfile.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

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

    void versionTwoPlanKeepsEveryRecordAndReference()
    {
        // Version 3 rebuilds tables that others refer to (member, upgrade, run):
        // nothing that refers to them may be lost or cut off.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.fallback"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(execQuery(db, QStringLiteral("PRAGMA foreign_keys = ON")).isActive());
            QString error;
            QVERIFY2(Migrator({{1, schema::migrationStatements(1)}, {2, schema::migrationStatements(2)}})
                         .migrate(db, &error),
                qPrintable(error));
            for (const char *sql : {
                     "INSERT INTO member (id, name, backup_member_id) VALUES (1, 'Chen Jianguo', NULL)",
                     "INSERT INTO member (id, name, backup_member_id) VALUES (2, 'Huang Li', 1)",
                     "UPDATE member SET backup_member_id = 2 WHERE id = 1",
                     "INSERT INTO org_group (id, name) VALUES (1, 'Command')",
                     "INSERT INTO group_member (group_id, member_id, role) VALUES (1, 1, 'lead'), (1, 2, 'deputy')",
                     "INSERT INTO upgrade (id, name) VALUES (1, 'Orders 14 to 15')",
                     "INSERT INTO drill (id, scheduled_on) VALUES (1, '2026-08-20')",
                     "INSERT INTO run (id, upgrade_id, drill_id, started_at) VALUES (1, 1, 1, '2026-09-12T14:00:00Z')",
                     "INSERT INTO run_item (id, run_id, text) VALUES (1, 1, 'Stop writes')",
                     "INSERT INTO run_event (id, run_id, at, run_item_id) VALUES (1, 1, '2026-09-12T14:01:00Z', 1)",
                     "INSERT INTO review (id, run_id, title) VALUES (1, 1, 'Review')",
                     "UPDATE plan SET title = 'Plan', band_high_from = 12",
                 }) {
                QVERIFY2(execQuery(db, QString::fromUtf8(sql)).isActive(), sql);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));

        QString error;
        auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        const QSqlDatabase db = file->database();
        QCOMPARE(schema::storedVersion(db), schema::CurrentVersion);
        const auto value = [&db](const char *sql) { return queryValue(db, QString::fromUtf8(sql)).toString(); };
        QCOMPARE(
            value("SELECT group_concat(x, ',') FROM (SELECT member_id || role AS x FROM group_member ORDER BY id)"),
            QStringLiteral("1lead,2deputy"));
        QCOMPARE(
            value(
                "SELECT group_concat(x, ',') FROM (SELECT id || '>' || backup_member_id AS x FROM member ORDER BY id)"),
            QStringLiteral("1>2,2>1"));
        QCOMPARE(value("SELECT upgrade_id || '/' || drill_id FROM run"), QStringLiteral("1/1"));
        QCOMPARE(value("SELECT COUNT(*) FROM run_item WHERE run_id = 1"), QStringLiteral("1"));
        QCOMPARE(value("SELECT run_item_id FROM run_event"), QStringLiteral("1"));
        QCOMPARE(value("SELECT run_id FROM review"), QStringLiteral("1"));
        QCOMPARE(value("SELECT title || band_high_from FROM plan"), QStringLiteral("Plan12"));
        QCOMPARE(value("SELECT COUNT(*) FROM pragma_foreign_key_check"), QStringLiteral("0"));
        // Enforcement is back on for the edits that follow.
        QCOMPARE(value("PRAGMA foreign_keys"), QStringLiteral("1"));
        QVERIFY(!execQuery(db, QStringLiteral("INSERT INTO run (upgrade_id) VALUES (99)")).isActive());

        // Every record has an identifier of its own: a version 4 UUID.
        QStringList uids;
        for (const char *table : {"plan", "member", "upgrade", "drill", "run"}) {
            QSqlQuery query = execQuery(db, QStringLiteral("SELECT uid FROM %1").arg(QLatin1String(table)));
            while (query.next()) {
                const QUuid uid(query.value(0).toString());
                QVERIFY2(uid.version() == QUuid::Random && uid.variant() == QUuid::DCE, table);
                uids << uid.toString();
            }
        }
        QCOMPARE(uids.size(), 6);
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), 6);
        // The plan takes the zone of the machine that upgraded it.
        QCOMPARE(value("SELECT time_zone FROM plan"), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        // A new record gets an identifier without being given one.
        QVERIFY(execQuery(db, QStringLiteral("INSERT INTO member (name) VALUES ('Wang Lei')")).isActive());
        QVERIFY(!QUuid(value("SELECT uid FROM member WHERE name = 'Wang Lei'")).isNull());
    }

    void versionZeroFixtureReadOnlyIsShownUpgradedAndUnchanged()
    {
        // A report or a second window reads an older plan without writing it:
        // from a copy in memory at this build's schema.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.fallback"));
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("plan-v0.fallback")), path));
        const QByteArray before = fileBytes(path);
        {
            QString error;
            const auto file = PlanFile::open(path, PlanFile::Access::ReadOnly, &error);
            QVERIFY2(file, qPrintable(error));
            QVERIFY(file->isReadOnly());
            QVERIFY(file->isUpgradedInMemory());
            QCOMPARE(file->schemaVersion(), schema::CurrentVersion);
            QCOMPARE(schema::storedVersion(file->database()), schema::CurrentVersion);
            QVERIFY(file->readOnlyMessage().contains(QLatin1String("older version")));
            QVERIFY(execQuery(file->database(), QStringLiteral("SELECT count(*) FROM member")).isActive());
        }
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("old.fallback")});
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
