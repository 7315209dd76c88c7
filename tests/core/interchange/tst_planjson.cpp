// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/planjsonexport.h"
#include "interchange/planjsonimport.h"
#include "planopening.h"
#include "storage/planfile.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace fallback;
using namespace fallback::test;

namespace {
// One record in every table that the template leaves empty, with awkward text.
const char *const FullPlanStatements[] = {
    "INSERT INTO member VALUES (1, '张伟 <b>', 'IT', 'DBA', '010-1234', '138 0000 0000', 'zw@example.cn', NULL, "
    "'2026-01-15', 'line one\nline two', '5b0e7a52-6c1d-4b8e-9f3a-0d6c2e1f4a77', '张', '伟')",
    "INSERT INTO member VALUES (2, 'Ann O''Neil', 'Ops', 'Lead', '', '+86 139', 'ann@example.com', 1, NULL, '', "
    "'a9f2c1e0-3b4d-4e5f-8a6b-7c8d9e0f1a2b', 'O''Neil', 'Ann')",
    "UPDATE member SET backup_member_id = 2 WHERE id = 1",
    "INSERT INTO group_member (group_id, member_id, role, escalation_order) VALUES (3, 1, 'lead', 1)",
    "INSERT INTO group_member (group_id, member_id, role, escalation_order) VALUES (3, 2, 'deputy', 2)",
    "UPDATE resource SET quantity = 2.5, last_checked = '2026-11-01' WHERE id = 1",
    "INSERT INTO upgrade VALUES (1, 'Core DB 12 → 15', '12.4', '15.2', '2026-12-05T14:00:00Z', "
    "'2026-12-05T18:00:00Z', 'Billing offline', 'All departments', 'Restore snapshot', 'Tests green', 1, 'planned', "
    "'1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f')",
    "INSERT INTO upgrade_system (upgrade_id, system_id) VALUES (1, 2)",
    "INSERT INTO upgrade_item VALUES (1, 1, 'during', 1, 'Stop writes', 'Technical support group', 0, 10)",
    "INSERT INTO drill VALUES (1, '2026-10-10', 'data_loss', 'Restore from backup', 'All groups', 'partial', "
    "'Restore took 3 h', 'e4d3c2b1-a0f9-4e8d-b7c6-b5a4f3e2d1c0')",
    "INSERT INTO run VALUES (1, 1, 1, 'rehearsal', '2026-10-10T02:00:00Z', '2026-10-10T05:00:00Z', 'completed', 2, "
    "'7f6e5d4c-3b2a-4198-a7b6-c5d4e3f2a1b0')",
    "INSERT INTO run_item VALUES (1, 1, 1, 'during', 1, 'Stop writes', 'TS', 'done', '2026-10-10T02:05:00Z', 'Ann', "
    "'')",
    "INSERT INTO audience VALUES (1, 1, 'Leadership', 3, 20, 'Every 20 minutes', "
    "'0a3c1d2e-5f60-4a7b-8c9d-0e1f2a3b4c5d')",
    "INSERT INTO audience_channel VALUES (1, 1, 1, 'sms', '+86 139 0000 0000', '')",
    "INSERT INTO audience_channel VALUES (2, 1, 2, 'phone_bridge', '400-800-1234 ext. 5678#', 'PIN 2468')",
    "INSERT INTO message_template VALUES (1, 1, 'stop', 1, 'sms', 'zh_CN', '', "
    "'【{upgrade}】已停止升级：{what_happened}。下次通报{next_update}。')",
    "INSERT INTO role_card VALUES (1, 1, 'Group lead', 3, 'lead', 'Leads the response', 'Confirm go', "
    "'Watch lag', 'Sign off', 'Restore', 'Stop, roll back', '1b2c3d4e-6f70-4a8b-9cad-1e2f3a4b5c6d')",
    "INSERT INTO role_card_contact VALUES (1, 1, 1, 2, 'Before a rollback')",
    "INSERT INTO duty_shift VALUES (1, 1, 3, '2026-12-05T14:00:00Z', '2026-12-05T20:00:00Z', 1, 2, 'Night', "
    "'2c3d4e5f-7081-4b9c-8dbe-2f3a4b5c6d7e')",
    "INSERT INTO run_event VALUES (1, 1, '2026-10-10T02:30:00Z', 'decision', 'stop', 2, 1, 'Errors', 'Lag', 'Ann', "
    "NULL, NULL, '')",
    "INSERT INTO run_event VALUES (2, 1, '2026-10-10T02:35:00Z', 'update', NULL, 2, NULL, 'Update sent', '', 'Ann', "
    "1, 'sms', '升级已停止。')",
    "INSERT INTO run_milestone VALUES (1, 1, 'stopped', '2026-10-10T02:31:00Z', '2026-10-10T02:30:00Z', 'Ann')",
    "INSERT INTO revision VALUES (1, '1.1', '2026-11-01', 'Ann', 'Added DB checks', 'Zhang', '{\"tables\":{}}')",
    "INSERT INTO review VALUES (1, 1, 'Review of drill', 'approved', 'Went ok', '200 users', 'DB', 45, 'Lag', "
    "'No runbook', 'Fast stop', 'Slow restore', 'Automate restore', 'Ann', 'Ann', '2026-10-12', 'Zhang', "
    "'2026-10-13')",
    "INSERT INTO review_action VALUES (1, 1, 1, 'Script the restore', 'Ann', '2026-12-01', 'done', 'Zhang', 1)",
    "INSERT INTO drill_action VALUES (1, 1, 1, 'Document restore', 'Ann', '2026-11-20', 'open', NULL)",
};
} // namespace

class TestPlanJson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newPlan(const QString &name, const QString &templateName = QStringLiteral("en"))
    {
        const QString path = m_dir.filePath(name);
        const QString error = PlanJsonImport::createFromTemplate(templateName, path);
        return error.isEmpty() ? path : QString();
    }

    QByteArray exportOf(const QString &path)
    {
        auto file = test::openPlan(path, PlanFile::Access::ReadOnly);
        return file ? PlanJsonExport::toJson(file->database()) : QByteArray();
    }

    QByteArray fullPlanJson()
    {
        const QString path = newPlan(QStringLiteral("full-%1.fallback").arg(qrand()));
        {
            auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
            for (const char *sql : FullPlanStatements) {
                QSqlQuery query = execQuery(file->database(), QString::fromUtf8(sql));
                if (!query.isActive()) {
                    qWarning() << sql << query.lastError().text();
                }
            }
        }
        return exportOf(path);
    }

    static int qrand()
    {
        static int counter = 0;
        return ++counter;
    }

private Q_SLOTS:
    void templatesRoundTripByteIdentical_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_CN") << "zh_CN";
    }

    void templatesRoundTripByteIdentical()
    {
        QFETCH(QString, templateName);
        const QString first = newPlan(QStringLiteral("t-%1.fallback").arg(templateName), templateName);
        QVERIFY(!first.isEmpty());
        const QByteArray json = exportOf(first);
        const QString second = m_dir.filePath(QStringLiteral("t2-%1.fallback").arg(templateName));
        QCOMPARE(PlanJsonImport::createPlan(json, second), QString());
        QCOMPARE(exportOf(second), json);
    }

    void everyTableRoundTrips()
    {
        const QByteArray json = fullPlanJson();
        const QJsonObject tables = QJsonDocument::fromJson(json).object().value(QStringLiteral("tables")).toObject();
        for (const QString &table : schema::tableNames()) {
            QVERIFY2(!tables.value(table).toArray().isEmpty(), qPrintable(table + QLatin1String(" is empty")));
        }
        const QString copy = m_dir.filePath(QStringLiteral("full-copy.fallback"));
        QCOMPARE(PlanJsonImport::createPlan(json, copy), QString());
        QCOMPARE(exportOf(copy), json);
        // Text survives exactly, markup and line breaks included.
        auto file = test::openPlan(copy, PlanFile::Access::ReadOnly);
        QCOMPARE(queryValue(file->database(), QStringLiteral("SELECT name FROM member WHERE id = 1")).toString(),
            QStringLiteral("张伟 <b>"));
        QCOMPARE(
            queryValue(file->database(), QStringLiteral("SELECT quantity FROM resource WHERE id = 1")).toDouble(), 2.5);
    }

    void exportIsVersioned()
    {
        const QJsonObject root = QJsonDocument::fromJson(exportOf(newPlan(QStringLiteral("v.fallback")))).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("fallback-plan"));
        QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), PlanJsonExport::FormatVersion);
        QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), schema::CurrentVersion);
    }

    void brokenFilesCreateNoPlan_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("name,phone\nAnn,123\n");
        QTest::newRow("truncated") << QByteArray("{\"format\": \"fallback-plan\", \"formatVersion\": 1, \"tab");
        QTest::newRow("array") << QByteArray("[1, 2, 3]");
        QTest::newRow("other program") << QByteArray("{\"format\": \"something-else\", \"formatVersion\": 1}");
        QTest::newRow("newer format") << QByteArray(
            "{\"format\": \"fallback-plan\", \"formatVersion\": 9, \"tables\": {}}");
        QTest::newRow("no version") << QByteArray("{\"format\": \"fallback-plan\", \"tables\": {}}");
        QTest::newRow("unknown table") << QByteArray(
            "{\"format\": \"fallback-plan\", \"formatVersion\": 1, \"tables\": {\"sqlite_master\": []}}");
        QTest::newRow("unknown field") << QByteArray(
            "{\"format\": \"fallback-plan\", \"formatVersion\": 1, \"tables\": {\"risk\": [{\"id\": 1, "
            "\"danger\": 5}]}}");
        QTest::newRow("wrong type") << QByteArray(
            "{\"format\": \"fallback-plan\", \"formatVersion\": 1, \"tables\": {\"risk\": [{\"id\": 1, "
            "\"likelihood\": \"very\"}]}}");
        QTest::newRow("bool for integer") << QByteArray(
            "{\"format\": \"fallback-plan\", \"formatVersion\": 1, \"tables\": {\"resource\": [{\"id\": 1, "
            "\"ready\": true}]}}");
        QTest::newRow("out of range") << QByteArray(
            "{\"format\": \"fallback-plan\", \"formatVersion\": 1, \"tables\": {\"risk\": [{\"id\": 1, "
            "\"likelihood\": 9}]}}");
        QTest::newRow("dangling reference") << QByteArray(
            "{\"format\": \"fallback-plan\", \"formatVersion\": 1, \"tables\": {\"org_group\": [{\"id\": 1, "
            "\"parent_id\": 42}]}}");
        QTest::newRow("duplicate id") << QByteArray(
            "{\"format\": \"fallback-plan\", \"formatVersion\": 1, \"tables\": {\"reference\": [{\"id\": 1}, "
            "{\"id\": 1}]}}");
        QTest::newRow("record not object")
            << QByteArray("{\"format\": \"fallback-plan\", \"formatVersion\": 1, \"tables\": {\"reference\": [7]}}");
    }

    void brokenFilesCreateNoPlan()
    {
        QFETCH(QByteArray, json);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("new.fallback"));
        const QString error = PlanJsonImport::createPlan(json, target);
        QVERIFY(!error.isEmpty());
        QVERIFY2(entriesOf(dir.path()).isEmpty(), qPrintable(entriesOf(dir.path()).join(QLatin1Char(' '))));
    }

    void importNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("mine.fallback"));
        QVERIFY(writeBytes(target, "my own file"));
        const QString error = PlanJsonImport::createPlan(exportOf(newPlan(QStringLiteral("o.fallback"))), target);
        QVERIFY(error.contains(QLatin1String("already exists")));
        QCOMPARE(fileBytes(target), QByteArray("my own file"));
    }

    void unknownTemplateIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(!PlanJsonImport::createFromTemplate(QStringLiteral("klingon"), dir.filePath(QStringLiteral("k")))
                     .isEmpty());
        QVERIFY(entriesOf(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
