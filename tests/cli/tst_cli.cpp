// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `fallback` binary, without a display, as users and scripts do.
#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fallback::test;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void versionAndHelp()
    {
        Result version = runFallback({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("fallback "));
        Result help = runFallback({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"new", "check", "export-json", "import-json"}) {
            QVERIFY2(help.out.contains(command), command);
        }
    }

    void newCreatesAPlanAndNeverOverwrites()
    {
        const QString plan = path(QStringLiteral("zh.fallback"));
        Result created
            = runFallback({QStringLiteral("new"), plan, QStringLiteral("--template"), QStringLiteral("zh_CN")});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.err.isEmpty());
        Result exported = runFallback({QStringLiteral("export-json"), plan});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(QString::fromUtf8(exported.out).contains(QStringLiteral("程序升级应急预案")));

        const QByteArray before = fileBytes(plan);
        Result again = runFallback({QStringLiteral("new"), plan});
        QVERIFY(again.exitCode != 0);
        QVERIFY(isOneLine(again.err));
        QCOMPARE(fileBytes(plan), before);

        Result english = runFallback(
            {QStringLiteral("new"), path(QStringLiteral("en.fallback")), QStringLiteral("--template=en")});
        QCOMPARE(english.exitCode, 0);
    }

    void badArgumentsAreOneClearLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--colour")};
        QTest::newRow("new without plan") << QStringList {QStringLiteral("new")};
        QTest::newRow("unknown template") << QStringList {
            QStringLiteral("new"), QStringLiteral("x.fallback"), QStringLiteral("--template"), QStringLiteral("fr")};
        QTest::newRow("template without value")
            << QStringList {QStringLiteral("new"), QStringLiteral("x.fallback"), QStringLiteral("--template")};
        QTest::newRow("check two plans") << QStringList {
            QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("check missing plan")
            << QStringList {QStringLiteral("check"), QStringLiteral("missing.fallback")};
        QTest::newRow("export missing plan")
            << QStringList {QStringLiteral("export-json"), QStringLiteral("missing.fallback")};
        QTest::newRow("import missing file")
            << QStringList {QStringLiteral("import-json"), QStringLiteral("none.json"), QStringLiteral("x.fallback")};
        QTest::newRow("two plans for the window")
            << QStringList {QStringLiteral("a.fallback"), QStringLiteral("b.fallback")};
    }

    void badArgumentsAreOneClearLine()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        RunOptions inFolder;
        inFolder.workingDirectory = dir.path();
        Result result = runFallback(arguments, inFolder);
        QVERIFY(result.exitCode > 0);
        QVERIFY2(isOneLine(result.err), result.err.constData());
        QVERIFY(result.err.startsWith("fallback: "));
        QVERIFY(entriesOf(dir.path()).isEmpty()); // nothing was created
    }

    void checkReportsSoundAndBrokenFiles()
    {
        const QString plan = path(QStringLiteral("check.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan}).exitCode, 0);
        Result sound = runFallback({QStringLiteral("check"), plan});
        QCOMPARE(sound.exitCode, 0);
        QVERIFY(sound.out.contains("format version 6"));

        const QString junk = path(QStringLiteral("junk.fallback"));
        QVERIFY(writeBytes(junk, QByteArray(5000, 'x')));
        Result broken = runFallback({QStringLiteral("check"), junk});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(isOneLine(broken.err));
        QCOMPARE(fileBytes(junk), QByteArray(5000, 'x'));

        const QString foreign = path(QStringLiteral("foreign.fallback"));
        QVERIFY(QFile::copy(plan, foreign));
        QByteArray bytes = fileBytes(foreign);
        bytes.replace(68, 4, QByteArray("\0\0\0\0", 4)); // clear the application id
        QVERIFY(writeBytes(foreign, bytes));
        Result other = runFallback({QStringLiteral("check"), foreign});
        QCOMPARE(other.exitCode, 1);
        QVERIFY(other.err.contains("another program"));
        QCOMPARE(fileBytes(foreign), bytes);
    }

    void checkListsReadinessFindingsWithoutFailing()
    {
        // A new plan plus one contact who was never verified, made through import-json.
        const QString plan = path(QStringLiteral("ready.fallback"));
        QCOMPARE(
            runFallback({QStringLiteral("new"), plan, QStringLiteral("--template"), QStringLiteral("en")}).exitCode, 0);
        Result exported = runFallback({QStringLiteral("export-json"), plan});
        QCOMPARE(exported.exitCode, 0);
        QJsonObject root = QJsonDocument::fromJson(exported.out).object();
        QJsonObject tables = root.value(QLatin1String("tables")).toObject();
        QJsonArray members = tables.value(QLatin1String("member")).toArray();
        members.append(QJsonObject {{QStringLiteral("id"), 4242}, {QStringLiteral("name"), QStringLiteral("张伟")}});
        tables.insert(QStringLiteral("member"), members);
        root.insert(QStringLiteral("tables"), tables);
        const QString json = path(QStringLiteral("ready.json"));
        QVERIFY(writeBytes(json, QJsonDocument(root).toJson()));
        const QString withContact = path(QStringLiteral("ready-contact.fallback"));
        QCOMPARE(runFallback({QStringLiteral("import-json"), json, withContact}).exitCode, 0);

        const QByteArray before = fileBytes(withContact);
        Result check = runFallback({QStringLiteral("check"), withContact});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.err.isEmpty(), check.err.constData());
        const QStringList lines = QString::fromUtf8(check.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines.at(0).contains(QLatin1String("the file is sound")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("Before the next upgrade")), qPrintable(lines.at(1)));
        QVERIFY2(lines.contains(QStringLiteral("  Contacts: Contact 张伟 was never verified.")), check.out.constData());
        // The template's groups have no members yet, so no lead either.
        QVERIFY2(lines.contains(QStringLiteral("  Organisation: Group \"Emergency leadership group\" has no lead.")),
            check.out.constData());
        for (qsizetype i = 2; i < lines.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(QLatin1String("  ")), qPrintable(lines.at(i)));
        }
        QCOMPARE(fileBytes(withContact), before);
    }

    void exportImportRoundTripIsByteIdentical()
    {
        const QString plan = path(QStringLiteral("round.fallback"));
        QCOMPARE(
            runFallback({QStringLiteral("new"), plan, QStringLiteral("--template"), QStringLiteral("zh_CN")}).exitCode,
            0);
        const QString json = path(QStringLiteral("round.json"));
        QCOMPARE(runFallback({QStringLiteral("export-json"), plan, QStringLiteral("-o"), json}).exitCode, 0);
        Result toStdout = runFallback({QStringLiteral("export-json"), plan});
        QCOMPARE(toStdout.out, fileBytes(json));

        const QString copy = path(QStringLiteral("round-copy.fallback"));
        QCOMPARE(runFallback({QStringLiteral("import-json"), json, copy}).exitCode, 0);
        const QString json2 = path(QStringLiteral("round2.json"));
        QCOMPARE(runFallback({QStringLiteral("export-json"), copy, QStringLiteral("--output"), json2}).exitCode, 0);
        QCOMPARE(fileBytes(json2), fileBytes(json));
    }

    void brokenJsonCreatesNoPlan()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeBytes(
            json, "{\"format\": \"fallback-plan\", \"formatVersion\": 1, \"tables\": {\"risk\": [{\"id\": "));
        Result result
            = runFallback({QStringLiteral("import-json"), json, dir.filePath(QStringLiteral("new.fallback"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(isOneLine(result.err));
        QCOMPARE(entriesOf(dir.path()), QStringList {QStringLiteral("broken.json")});
    }

    void jsonOfANewerFormatCreatesNoPlan()
    {
        // What a newer build wrote may hold fields this one would silently drop.
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("source.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan}).exitCode, 0);
        QJsonObject root = QJsonDocument::fromJson(runFallback({QStringLiteral("export-json"), plan}).out).object();
        QCOMPARE(root.value(QLatin1String("schemaVersion")).toInt(), 6);
        root.insert(QStringLiteral("schemaVersion"), 999);
        const QString json = dir.filePath(QStringLiteral("newer.json"));
        QVERIFY(writeBytes(json, QJsonDocument(root).toJson()));
        const Result result
            = runFallback({QStringLiteral("import-json"), json, dir.filePath(QStringLiteral("imported.fallback"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(isOneLine(result.err));
        QVERIFY2(result.err.contains("newer format (version 999)"), result.err.constData());
        QCOMPARE(
            entriesOf(dir.path()), (QStringList {QStringLiteral("newer.json"), QStringLiteral("source.fallback")}));
    }

    void aPlanOfAnOlderFormatIsReadWithoutChangingIt()
    {
        // Commands that only read (reports, exports) open the plan read-only: an
        // older plan is shown upgraded from a copy in memory, the file left as it is.
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("old.fallback"));
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("plan-v0.fallback")), plan));
        QVERIFY(QFile::setPermissions(plan, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray before = fileBytes(plan);
        const Result json = runFallback({QStringLiteral("export-json"), plan});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("schemaVersion")).toInt(), 6);
        const QString html = dir.filePath(QStringLiteral("roster.html"));
        const Result report = runFallback({QStringLiteral("report"), plan, QStringLiteral("--kind"),
            QStringLiteral("roster"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QVERIFY(fileBytes(html).startsWith("<!DOCTYPE html>"));
        // check tells the file's own format, not the one it is read as.
        const Result check = runFallback({QStringLiteral("check"), plan});
        QVERIFY2(check.out.contains("(format version 0)"), check.out.constData());
        QCOMPARE(fileBytes(plan), before);
        QVERIFY(!QFile::exists(plan + QStringLiteral("-journal")));
    }

    void reportWithoutDisplay()
    {
        const QString plan = path(QStringLiteral("report.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan}).exitCode, 0);
        const QByteArray before = fileBytes(plan);
        const QString pdf = path(QStringLiteral("report.pdf"));
        Result made = runFallback({QStringLiteral("report"), plan, QStringLiteral("--kind"), QStringLiteral("plan"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
            QStringLiteral("-o"), pdf});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
        QCOMPARE(fileBytes(plan), before);

        const QList<QStringList> bad = {
            {QStringLiteral("--kind"), QStringLiteral("poster"), QStringLiteral("--format"), QStringLiteral("pdf"),
                QStringLiteral("-o"), path(QStringLiteral("x.pdf"))},
            {QStringLiteral("--kind"), QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("rtf"),
                QStringLiteral("-o"), path(QStringLiteral("x.rtf"))},
            {QStringLiteral("--kind"), QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("pdf")},
            {QStringLiteral("--kind"), QStringLiteral("drill"), QStringLiteral("--id"), QStringLiteral("seven"),
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), path(QStringLiteral("x.pdf"))},
            {QStringLiteral("--kind"), QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("pdf"),
                QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("-o"), path(QStringLiteral("x.pdf"))},
            {QStringLiteral("--kind"), QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("pdf"),
                QStringLiteral("-o"), plan},
        };
        for (const QStringList &options : bad) {
            Result result = runFallback(QStringList {QStringLiteral("report"), plan} + options);
            QVERIFY2(result.exitCode == 2, qPrintable(options.join(QLatin1Char(' '))));
            QVERIFY(isOneLine(result.err));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
        QCOMPARE(fileBytes(plan), before);

        Result noReview = runFallback({QStringLiteral("report"), plan, QStringLiteral("--kind"),
            QStringLiteral("review"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"),
            path(QStringLiteral("r.html"))});
        QCOMPARE(noReview.exitCode, 1);
        QVERIFY(isOneLine(noReview.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("r.html"))));

        Result unwritable = runFallback({QStringLiteral("report"), plan, QStringLiteral("--kind"),
            QStringLiteral("roster"), QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("-o"),
            path(QStringLiteral("none/r.odt"))});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(isOneLine(unwritable.err));
    }

    void outputThatIsThePlanThroughALinkIsRefused()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan}).exitCode, 0);
        const QByteArray before = fileBytes(plan);
        const QString link = dir.filePath(QStringLiteral("link.pdf"));
        QVERIFY(QFile::link(plan, link));
        Result report = runFallback({QStringLiteral("report"), plan, QStringLiteral("--kind"), QStringLiteral("plan"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), link});
        QCOMPARE(report.exitCode, 2);
        Result json = runFallback({QStringLiteral("export-json"), link, QStringLiteral("-o"), plan});
        QCOMPARE(json.exitCode, 2);
        QCOMPARE(fileBytes(plan), before);
    }

    void namesAreNeverTakenForPlaceholdersOrOptions()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("p%1.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan}).exitCode, 0);
        Result check = runFallback({QStringLiteral("check"), QStringLiteral("--"), plan});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains("p%1.fallback: the file is sound (format version 6)"), check.out.constData());
        Result missingValue
            = runFallback({QStringLiteral("report"), plan, QStringLiteral("--kind"), QStringLiteral("--format"),
                QStringLiteral("pdf"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(missingValue.exitCode, 2);
        QVERIFY(missingValue.err.contains("--kind"));
    }

    void failedExportLeavesNoFile()
    {
        const QString plan = path(QStringLiteral("exp.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan}).exitCode, 0);
        const QByteArray before = fileBytes(plan);
        Result result = runFallback(
            {QStringLiteral("export-json"), plan, QStringLiteral("-o"), path(QStringLiteral("no/such/dir/out.json"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(isOneLine(result.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("no"))));
        Result overPlan = runFallback({QStringLiteral("export-json"), plan, QStringLiteral("-o"), plan});
        QVERIFY(overPlan.exitCode != 0);
        QCOMPARE(fileBytes(plan), before);
    }

    void exportIcsWritesUpgradeWindowsAndDrills()
    {
        const QString plan = path(QStringLiteral("calendar.fallback"));
        QCOMPARE(
            runFallback({QStringLiteral("import-json"), testDataPath(QStringLiteral("report-plan-zh_CN.json")), plan})
                .exitCode,
            0);
        const QByteArray before = fileBytes(plan);
        const QString ics = path(QStringLiteral("calendar.ics"));
        Result result = runFallback({QStringLiteral("export-ics"), plan, QStringLiteral("-o"), ics});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        QVERIFY2(isOneLine(result.out), result.out.constData());
        // "1 upgrade" and "2 drills" once English plural forms are translated, "(s)" before.
        QVERIFY2(result.out.startsWith("Wrote 1 upgrade"), result.out.constData());
        QVERIFY(result.out.contains(" 2 drill"));
        QVERIFY(result.out.contains(QFile::encodeName(QDir::toNativeSeparators(ics))));
        const QByteArray calendar = fileBytes(ics);
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(calendar.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(calendar.count("BEGIN:VEVENT\r\n"), 3);
        const QString unfolded = QString::fromUtf8(QByteArray(calendar).replace("\r\n ", ""));
        QVERIFY(unfolded.contains(QStringLiteral("DTSTART:20261017T140000Z\r\n")));
        QVERIFY(unfolded.contains(QStringLiteral("DTSTART;VALUE=DATE:20260820\r\n")));
        QVERIFY(unfolded.contains(QStringLiteral("核心订单数据库升级（12 → 15）")));
        QCOMPARE(fileBytes(plan), before);

        Result help = runFallback({QStringLiteral("--help")});
        QVERIFY(help.out.contains("export-ics PLAN -o FILE"));
    }

    void messagePrintsTheUpdateFilledFromTheRun()
    {
        const QString plan = path(QStringLiteral("message.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan, QStringLiteral("--sample"), QStringLiteral("--template"),
                                 QStringLiteral("zh_CN")})
                     .exitCode,
            0);
        const QByteArray before = fileBytes(plan);
        // The live run (1) was stopped and rolled back at level II; the customers have their own wording.
        Result customers = runFallback({QStringLiteral("message"), plan, QStringLiteral("--run"), QStringLiteral("1"),
            QStringLiteral("--audience"), QStringLiteral("客户"), QStringLiteral("--channel"), QStringLiteral("sms"),
            QStringLiteral("--occasion"), QStringLiteral("start")});
        QCOMPARE(customers.exitCode, 0);
        QVERIFY2(customers.err.isEmpty(), customers.err.constData());
        const QString sms = QString::fromUtf8(customers.out);
        QVERIFY2(sms.startsWith(QStringLiteral("【云帆商贸有限公司】尊敬的客户：")), qPrintable(sms));
        QVERIFY(!sms.contains(QLatin1Char('{')));
        // In English, to the regulator by email: the subject, a blank line, the message.
        Result email
            = runFallback({QStringLiteral("message"), plan, QStringLiteral("--run=1"), QStringLiteral("--audience"),
                QStringLiteral("监管部门"), QStringLiteral("--channel"), QStringLiteral("email"),
                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--occasion"), QStringLiteral("stop")});
        QCOMPARE(email.exitCode, 0);
        const QStringList lines = QString::fromUtf8(email.out).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Upgrade stopped: 订单数据库升级至PostgreSQL 15"));
        QCOMPARE(lines.value(1), QString());
        QCOMPARE(lines.value(2), QStringLiteral("UPGRADE STOPPED: 订单数据库升级至PostgreSQL 15"));
        QVERIFY(lines.contains(QStringLiteral("Warning level: Ⅱ级（重大，橙色）")));
        QCOMPARE(fileBytes(plan), before); // the plan is only read

        const auto refused = [&](const QStringList &options) {
            Result result = runFallback(QStringList {QStringLiteral("message"), plan} + options);
            return result.exitCode > 0 && isOneLine(result.err) ? QString::fromUtf8(result.err) : QString();
        };
        QVERIFY(refused(
            {QStringLiteral("--audience"), QStringLiteral("媒体"), QStringLiteral("--channel"), QStringLiteral("sms")})
                    .contains(QStringLiteral("应急领导小组, 业务部门, 客户, 供应商, 监管部门")));
        QVERIFY(refused(
            {QStringLiteral("--audience"), QStringLiteral("客户"), QStringLiteral("--channel"), QStringLiteral("fax")})
                    .contains(QLatin1String("sms, im, email, phone")));
        QVERIFY(!refused({QStringLiteral("--channel"), QStringLiteral("sms")}).isEmpty());
        QVERIFY(!refused({QStringLiteral("--run"), QStringLiteral("9"), QStringLiteral("--audience"),
                             QStringLiteral("客户"), QStringLiteral("--channel"), QStringLiteral("sms")})
                     .isEmpty());
        QVERIFY(!refused({QStringLiteral("--audience"), QStringLiteral("客户"), QStringLiteral("--channel"),
                             QStringLiteral("sms"), QStringLiteral("--lang"), QStringLiteral("fr")})
                     .isEmpty());
        QVERIFY(!refused({QStringLiteral("--audience"), QStringLiteral("客户"), QStringLiteral("--channel"),
                             QStringLiteral("sms"), QStringLiteral("--occasion"), QStringLiteral("party")})
                     .isEmpty());
        Result help = runFallback({QStringLiteral("--help")});
        QVERIFY(help.out.contains("fallback message PLAN"));
    }

    void exportIcsRefusesBadArgumentsWithOneLine()
    {
        const QString plan = path(QStringLiteral("ics-args.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan}).exitCode, 0);
        const QByteArray before = fileBytes(plan);
        const QString out = path(QStringLiteral("args.ics"));
        const QList<QPair<QStringList, int>> cases = {
            {{QStringLiteral("export-ics"), plan}, 2}, // no -o
            {{QStringLiteral("export-ics"), plan, QStringLiteral("-o")}, 2},
            {{QStringLiteral("export-ics"), plan, QStringLiteral("-o"), out, QStringLiteral("--colour")}, 2},
            {{QStringLiteral("export-ics"), plan, QStringLiteral("-o"), out, QStringLiteral("--lang"),
                 QStringLiteral("en")},
                2},
            {{QStringLiteral("export-ics"), QStringLiteral("-o"), out}, 2}, // no plan
            {{QStringLiteral("export-ics"), plan, QStringLiteral("-o"), plan}, 2},
            {{QStringLiteral("export-ics"), path(QStringLiteral("missing.fallback")), QStringLiteral("-o"), out}, 1},
            {{QStringLiteral("export-ics"), testDataPath(QStringLiteral("report-plan-en.json")), QStringLiteral("-o"),
                 out},
                1},
        };
        for (const auto &[arguments, status] : cases) {
            Result result = runFallback(arguments);
            QVERIFY2(result.exitCode == status, qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY2(isOneLine(result.err), result.err.constData());
            QVERIFY(result.err.startsWith("fallback: "));
            QVERIFY(result.out.isEmpty());
            QVERIFY2(!QFile::exists(out), qPrintable(arguments.join(QLatin1Char(' '))));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.fallback"))));
        QCOMPARE(fileBytes(plan), before);
    }

    void exportIcsToAnUnwritablePlaceLeavesNoFile()
    {
        const QString plan = path(QStringLiteral("ics-unwritable.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan}).exitCode, 0);
        const QString out = path(QStringLiteral("no/such/dir/out.ics"));
        Result result = runFallback({QStringLiteral("export-ics"), plan, QStringLiteral("-o"), out});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(isOneLine(result.err), result.err.constData());
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("no"))));
        // A folder in the file's place is not replaced either.
        const QString folder = path(QStringLiteral("folder.ics"));
        QVERIFY(QDir().mkpath(folder));
        Result overFolder = runFallback({QStringLiteral("export-ics"), plan, QStringLiteral("-o"), folder});
        QCOMPARE(overFolder.exitCode, 1);
        QVERIFY2(isOneLine(overFolder.err), overFolder.err.constData());
        QVERIFY(QFileInfo(folder).isDir());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
