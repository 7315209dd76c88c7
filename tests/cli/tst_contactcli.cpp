// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `fallback import-contacts` and `export-contacts`, run as users and scripts run them.
#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fallback::test;

namespace {

QString contactFixture(const QString &name)
{
    return testDataPath(QStringLiteral("contacts/") + name);
}

/// Name -> mobile of every contact, from the plan's JSON export.
QMap<QString, QString> mobilesOf(const QString &plan)
{
    const Result exported = runFallback({QStringLiteral("export-json"), plan});
    const QJsonArray members = QJsonDocument::fromJson(exported.out)
                                   .object()
                                   .value(QLatin1String("tables"))
                                   .toObject()
                                   .value(QLatin1String("member"))
                                   .toArray();
    QMap<QString, QString> mobiles;
    for (const QJsonValue &member : members) {
        mobiles.insert(member[QLatin1String("name")].toString(), member[QLatin1String("phone_mobile")].toString());
    }
    return mobiles;
}
} // namespace

class TestContactCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_plans = 0;

    QString newPlan()
    {
        const QString plan = m_dir.filePath(QStringLiteral("plan-%1.fallback").arg(++m_plans));
        const Result created = runFallback({QStringLiteral("new"), plan, QStringLiteral("--template=zh_CN")});
        return created.exitCode == 0 ? plan : QString();
    }

private Q_SLOTS:
    void helpListsTheCommands()
    {
        const Result help = runFallback({QStringLiteral("--help")});
        QVERIFY(help.out.contains("import-contacts PLAN FILE"));
        QVERIFY(help.out.contains("export-contacts PLAN -o FILE"));
    }

    void importReportsWhatItLeftOutWithLineNumbers()
    {
        const QString plan = newPlan();
        QVERIFY(!plan.isEmpty());
        const QString file = contactFixture(QStringLiteral("skipped-duplicates.csv"));
        const Result result = runFallback({QStringLiteral("import-contacts"), plan, file});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(isOneLine(result.out), result.out.constData());
        QVERIFY2(result.out.contains("imported 4, skipped 2, duplicates 2"), result.out.constData());
        const QList<QByteArray> lines = result.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const QByteArray prefix = QFile::encodeName(QDir::toNativeSeparators(file));
        QVERIFY2(lines.at(0).startsWith(QByteArray(prefix + ":3: skipped")), lines.at(0).constData());
        QVERIFY2(lines.at(1).startsWith(QByteArray(prefix + ":4: not imported")), lines.at(1).constData());
        QVERIFY(lines.at(1).contains("line 2"));
        QVERIFY(lines.at(2).startsWith(QByteArray(prefix + ":9: not imported")));
        QVERIFY(lines.at(3).startsWith(QByteArray(prefix + ":10: skipped")));
        QCOMPARE(mobilesOf(plan).value(QStringLiteral("韩梅")), QStringLiteral("13800138051"));
        QCOMPARE(mobilesOf(plan).size(), 3); // 韩梅, 高远 (two people), 林小雨 by name
    }

    void importReadsEveryKindOfFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mobile");
        QTest::newRow("GB18030 CSV") << QStringLiteral("gb18030.csv") << QStringLiteral("龚䶮")
                                     << QStringLiteral("13800138031");
        QTest::newRow("semicolon CSV with BOM")
            << QStringLiteral("semicolon-utf8-bom.csv") << QStringLiteral("赵雅琴") << QStringLiteral("138 0013 8012");
        QTest::newRow("vCard 2.1") << QStringLiteral("vcard21-qp.vcf") << QStringLiteral("郑海涛")
                                   << QStringLiteral("13800138071");
        QTest::newRow("vCard 4.0") << QStringLiteral("vcard40-uri.vcf") << QStringLiteral("许嘉宁")
                                   << QStringLiteral("+86-138-0013-8101");
    }

    void importReadsEveryKindOfFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, mobile);
        const QString plan = newPlan();
        const Result result = runFallback({QStringLiteral("import-contacts"), plan, contactFixture(file)});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(mobilesOf(plan).value(name), mobile);
    }

    void unusableInputLeavesThePlanAsItWas_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("none.csv"));
        QTest::newRow("folder") << m_dir.path();
        QTest::newRow("empty") << contactFixture(QStringLiteral("empty.csv"));
        QTest::newRow("binary") << contactFixture(QStringLiteral("binary.csv"));
        QTest::newRow("no name column") << contactFixture(QStringLiteral("no-name-column.csv"));
    }

    void unusableInputLeavesThePlanAsItWas()
    {
        QFETCH(QString, file);
        const QString plan = newPlan();
        const QByteArray before = fileBytes(plan);
        const Result result = runFallback({QStringLiteral("import-contacts"), plan, file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(isOneLine(result.err), result.err.constData());
        QVERIFY(result.err.startsWith("fallback: "));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(fileBytes(plan), before);
    }

    void badPlanOrArgumentsAreOneLine()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.fallback"));
        const Result noPlan
            = runFallback({QStringLiteral("import-contacts"), missing, contactFixture(QStringLiteral("tab-utf8.csv"))});
        QCOMPARE(noPlan.exitCode, 1);
        QVERIFY(isOneLine(noPlan.err));
        QVERIFY(!QFile::exists(missing));
        // A contact file given as the plan is refused as not a plan, and not changed.
        const QString csv = m_dir.filePath(QStringLiteral("copy.csv"));
        QVERIFY(QFile::copy(contactFixture(QStringLiteral("tab-utf8.csv")), csv));
        const Result csvAsPlan = runFallback({QStringLiteral("import-contacts"), csv, csv});
        QCOMPARE(csvAsPlan.exitCode, 1);
        QVERIFY(isOneLine(csvAsPlan.err));
        QCOMPARE(fileBytes(csv), fileBytes(contactFixture(QStringLiteral("tab-utf8.csv"))));

        const QString plan = newPlan();
        for (const QStringList &arguments : {QStringList {QStringLiteral("import-contacts"), plan},
                 QStringList {QStringLiteral("export-contacts"), plan},
                 QStringList {QStringLiteral("export-contacts"), plan, QStringLiteral("-o"),
                     m_dir.filePath(QStringLiteral("x.txt"))},
                 QStringList {QStringLiteral("export-contacts"), plan, QStringLiteral("-o"),
                     m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--format"), QStringLiteral("xls")},
                 QStringList {QStringLiteral("export-contacts"), plan, QStringLiteral("-o"),
                     m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--lang"), QStringLiteral("fr")},
                 QStringList {QStringLiteral("export-contacts"), plan, QStringLiteral("-o"), plan}}) {
            const Result result = runFallback(arguments);
            QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY2(isOneLine(result.err), result.err.constData());
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.txt"))));
    }

    void exportsSpeakThePlansLanguageUnlessTold()
    {
        // A Chinese plan on a machine set to English: its files and reports are Chinese.
        const QString plan = newPlan();
        const QString csv = m_dir.filePath(QStringLiteral("language.csv"));
        QCOMPARE(runFallback({QStringLiteral("export-contacts"), plan, QStringLiteral("-o"), csv}).exitCode, 0);
        QVERIFY(fileBytes(csv).startsWith("\xEF\xBB\xBF姓名,"));
        QCOMPARE(runFallback({QStringLiteral("export-contacts"), plan, QStringLiteral("-o"), csv,
                                 QStringLiteral("--lang"), QStringLiteral("en")})
                     .exitCode,
            0);
        QVERIFY(fileBytes(csv).startsWith("\xEF\xBB\xBFName,"));
        const QString html = m_dir.filePath(QStringLiteral("language.html"));
        QCOMPARE(runFallback({QStringLiteral("report"), plan, QStringLiteral("--kind"), QStringLiteral("roster"),
                                 QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html})
                     .exitCode,
            0);
        QVERIFY(fileBytes(html).contains("lang=\"zh"));
    }

    void exportedContactsImportBackTheSame_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("csv by extension") << QStringLiteral("csv") << QStringList();
        QTest::newRow("vcf by extension") << QStringLiteral("vcf") << QStringList();
        QTest::newRow("vcard by option") << QStringLiteral("txt")
                                         << QStringList {QStringLiteral("--format"), QStringLiteral("vcf")};
    }

    void exportedContactsImportBackTheSame()
    {
        QFETCH(QString, suffix);
        QFETCH(QStringList, options);
        const QString first = newPlan();
        for (const char *file : {"comma-utf8.csv", "quoted.csv", "vcard30-folded.vcf"}) {
            QCOMPARE(runFallback({QStringLiteral("import-contacts"), first, contactFixture(QString::fromLatin1(file))})
                         .exitCode,
                0);
        }
        const QString exported = m_dir.filePath(QStringLiteral("first-%1.%2").arg(m_plans).arg(suffix));
        const Result write = runFallback(
            QStringList {QStringLiteral("export-contacts"), first, QStringLiteral("-o"), exported} + options);
        QCOMPARE(write.exitCode, 0);
        QVERIFY(write.err.isEmpty());

        const QString second = newPlan();
        const Result read = runFallback({QStringLiteral("import-contacts"), second, exported});
        QCOMPARE(read.exitCode, 0);
        QVERIFY2(read.err.isEmpty(), read.err.constData());
        QVERIFY2(read.out.contains("imported 9, skipped 0, duplicates 0"), read.out.constData());
        const QString again = m_dir.filePath(QStringLiteral("second-%1.%2").arg(m_plans).arg(suffix));
        QCOMPARE(
            runFallback(QStringList {QStringLiteral("export-contacts"), second, QStringLiteral("-o"), again} + options)
                .exitCode,
            0);
        // Export, import, export again: the same bytes.
        QCOMPARE(fileBytes(again), fileBytes(exported));
    }
};

QTEST_GUILESS_MAIN(TestContactCli)
#include "tst_contactcli.moc"
