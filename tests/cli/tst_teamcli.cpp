// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The team commands as scripts use them, against the test cluster: a plan
// file goes up, is read there by every command that takes PLAN, and comes
// back as an offline copy that exports byte for byte as the file did.
#include "clirunner.h"
#include "planopening.h"
#include "storage/recordstore.h"
#include "storage/teamdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fallback::test;

class TestTeamCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_connection;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_connection = teamTestConnection(&error);
        QVERIFY2(!m_connection.isEmpty(), qPrintable(error));
    }

    void aPlanGoesUpAndComesBackTheSame()
    {
        const QString plan = path(QStringLiteral("sample.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan, QStringLiteral("--sample"), QStringLiteral("--template"),
                                 QStringLiteral("zh_CN")})
                     .exitCode,
            0);
        Result init = runFallback({QStringLiteral("team"), QStringLiteral("init"), m_connection});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains("fallback_editors"));

        Result upload = runFallback({QStringLiteral("team"), QStringLiteral("upload"), plan, m_connection,
            QStringLiteral("--name"), QStringLiteral("Billing")});
        QVERIFY2(upload.exitCode == 0, upload.err.constData());
        Result again = runFallback({QStringLiteral("team"), QStringLiteral("upload"), plan, m_connection,
            QStringLiteral("--name"), QStringLiteral("Billing")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(isOneLine(again.err));

        Result list = runFallback({QStringLiteral("team"), QStringLiteral("list"), m_connection});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.startsWith("Billing\t"));

        const QString fileJson = path(QStringLiteral("file.json"));
        const QString teamJson = path(QStringLiteral("team.json"));
        QCOMPARE(runFallback({QStringLiteral("export-json"), plan, QStringLiteral("-o"), fileJson}).exitCode, 0);
        QCOMPARE(runFallback({QStringLiteral("export-json"), m_connection, QStringLiteral("--plan"),
                                 QStringLiteral("Billing"), QStringLiteral("-o"), teamJson})
                     .exitCode,
            0);
        QVERIFY(!contents(fileJson).isEmpty());
        QCOMPARE(contents(teamJson), contents(fileJson));

        const QString offline = path(QStringLiteral("offline.fallback"));
        Result download = runFallback({QStringLiteral("team"), QStringLiteral("download"), m_connection,
            QStringLiteral("--plan"), QStringLiteral("Billing"), QStringLiteral("-o"), offline});
        QVERIFY2(download.exitCode == 0, download.err.constData());
        const QString offlineJson = path(QStringLiteral("offline.json"));
        QCOMPARE(runFallback({QStringLiteral("export-json"), offline, QStringLiteral("-o"), offlineJson}).exitCode, 0);
        QCOMPARE(contents(offlineJson), contents(fileJson));
        // A second download never overwrites the first.
        QCOMPARE(runFallback({QStringLiteral("team"), QStringLiteral("download"), m_connection,
                                 QStringLiteral("--plan"), QStringLiteral("Billing"), QStringLiteral("-o"), offline})
                     .exitCode,
            1);

        Result check
            = runFallback({QStringLiteral("check"), m_connection, QStringLiteral("--plan"), QStringLiteral("Billing")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains("Billing on "));
        QVERIFY(check.out.contains("the plan is sound"));
    }

    void badTeamArgumentsAreOneClearLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        const QString file = path(QStringLiteral("sample.fallback"));
        QTest::newRow("no action") << QStringList {QStringLiteral("team")} << 2 << QByteArray("Usage:");
        QTest::newRow("not a connection") << QStringList {QStringLiteral("team"), QStringLiteral("list"), file} << 2
                                          << QByteArray("is not a PostgreSQL connection string");
        QTest::newRow("connection without --plan")
            << QStringList {QStringLiteral("export-json"), QStringLiteral("host=/tmp dbname=x")} << 2
            << QByteArray("--plan NAME");
        QTest::newRow("--plan with a file") << QStringList {QStringLiteral("check"), file, QStringLiteral("--plan"),
            QStringLiteral("x")} << 2 << QByteArray("is a file");
        QTest::newRow("bring back a plan that is no copy") << QStringList {QStringLiteral("team"),
            QStringLiteral("bring-back"), file} << 1 << QByteArray("is not an offline copy");
        QTest::newRow("bring back keeping neither side") << QStringList {QStringLiteral("team"),
            QStringLiteral("bring-back"), file, QStringLiteral("--keep"), QStringLiteral("both")}
                                                         << 2 << QByteArray("--keep takes");
        QTest::newRow("no such server") << QStringList {QStringLiteral("check"),
            QStringLiteral("host=/nonexistent-folder dbname=plans"), QStringLiteral("--plan"), QStringLiteral("x")}
                                        << 1 << QByteArray("Cannot connect to the team database");
    }

    void badTeamArgumentsAreOneClearLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        Result result = runFallback(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(isOneLine(result.err), result.err.constData());
        QVERIFY2(result.err.contains(says), result.err.constData());
    }

    void anOfflineCopyComesBackWithWhatBothSidesChangedListed()
    {
        const QString offline = path(QStringLiteral("worked-offline.fallback"));
        Result download = runFallback({QStringLiteral("team"), QStringLiteral("download"), m_connection,
            QStringLiteral("--plan"), QStringLiteral("Billing"), QStringLiteral("-o"), offline});
        QVERIFY2(download.exitCode == 0, download.err.constData());
        // Offline: a contact imported, and a phone number changed; on the server the same number otherwise.
        const QString contacts = path(QStringLiteral("new-contacts.csv"));
        QFile csv(contacts);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,mobile\n\xe7\xa6\xbb\xe7\xba\xbf\xe5\xbc\xa0\xe4\xb8\x89,139 0000 0001\n");
        csv.close();
        Result import = runFallback({QStringLiteral("import-contacts"), offline, contacts});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        QString error;
        qint64 contact = 0;
        {
            auto copy = fallback::PlanFile::open(offline, fallback::PlanFile::Access::ReadWrite, &error);
            QVERIFY2(copy, qPrintable(error));
            fallback::RecordStore store(copy->database());
            contact = store.ids(QStringLiteral("member")).first();
            QVERIFY(store.update(QStringLiteral("member"), contact, QStringLiteral("phone_mobile"),
                QStringLiteral("138 1111 0000"), &error));
        }
        {
            auto team = fallback::TeamDatabase::connect(m_connection, &error);
            auto plan = team ? team->openPlan(QStringLiteral("Billing"), fallback::PlanFile::Access::ReadWrite, &error)
                             : nullptr;
            QVERIFY2(plan, qPrintable(error));
            QVERIFY(fallback::RecordStore(plan->database())
                        .update(QStringLiteral("member"), contact, QStringLiteral("phone_mobile"),
                            QStringLiteral("137 2222 0000"), &error));
        }

        const QStringList bringBack = {QStringLiteral("team"), QStringLiteral("bring-back"), offline, m_connection};
        Result preview = runFallback(bringBack + QStringList {QStringLiteral("--dry-run")});
        QCOMPARE(preview.exitCode, 3);
        QVERIFY2(preview.out.contains("1 record added"), preview.out.constData());
        Result merged = runFallback(bringBack);
        QCOMPARE(merged.exitCode, 3);
        QVERIFY2(merged.out.contains("1 change made on both sides"), merged.out.constData());
        QVERIFY(merged.out.contains("138 1111 0000"));
        QVERIFY(merged.out.contains("137 2222 0000"));
        QVERIFY(merged.out.contains("kept the server's value"));

        const QString json = path(QStringLiteral("merged.json"));
        QCOMPARE(runFallback({QStringLiteral("export-json"), m_connection, QStringLiteral("--plan"),
                                 QStringLiteral("Billing"), QStringLiteral("-o"), json})
                     .exitCode,
            0);
        const QByteArray team = contents(json);
        QVERIFY(team.contains("\xe7\xa6\xbb\xe7\xba\xbf\xe5\xbc\xa0\xe4\xb8\x89"));
        QVERIFY(team.contains("137 2222 0000"));
        QVERIFY(!team.contains("138 1111 0000"));

        // Once back, it does not come back again: the new contact would be there twice.
        Result again = runFallback(bringBack);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(isOneLine(again.err), again.err.constData());
        QVERIFY(again.err.contains("brought back"));
    }

    void anUnknownTeamPlanIsNamedWithTheKnownOnes()
    {
        Result result = runFallback(
            {QStringLiteral("export-json"), m_connection, QStringLiteral("--plan"), QStringLiteral("Nonexistent")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(isOneLine(result.err), result.err.constData());
        QVERIFY2(result.err.contains("Billing"), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
