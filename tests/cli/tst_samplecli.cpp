// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `fallback new PLAN --sample`: the worked example plan, through the real
// binary, as a new user (or a script preparing a demonstration) makes it.
#include "clirunner.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace fallback::test;

namespace {

QJsonArray rows(const QJsonObject &plan, const char *table)
{
    return plan.value(QStringLiteral("tables")).toObject().value(QLatin1String(table)).toArray();
}

QList<QJsonObject> rowsWhere(const QJsonObject &plan, const char *table, const char *column, const QJsonValue &value)
{
    QList<QJsonObject> found;
    for (const QJsonValue &row : rows(plan, table)) {
        if (row.toObject().value(QLatin1String(column)) == value) {
            found << row.toObject();
        }
    }
    return found;
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}
} // namespace

class TestSampleCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QJsonObject exported(const QString &plan)
    {
        const Result result = runFallback({QStringLiteral("export-json"), plan});
        if (result.exitCode != 0) {
            return {};
        }
        return QJsonDocument::fromJson(result.out).object();
    }

private Q_SLOTS:
    void helpNamesTheSample()
    {
        const Result help = runFallback({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--sample"));
    }

    void timesArePrintedOnThePlansClock_data()
    {
        QTest::addColumn<QString>("machineZone");
        QTest::newRow("a machine set to UTC") << QStringLiteral("UTC");
        QTest::newRow("a machine in New York") << QStringLiteral("America/New_York");
        QTest::newRow("a machine in Shanghai") << QStringLiteral("Asia/Shanghai");
    }

    void timesArePrintedOnThePlansClock()
    {
        // The sample's upgrade began at 22:00 Beijing time (14:00 UTC); its plan
        // says Asia/Shanghai, so every machine prints 22:00 and names the zone.
        QFETCH(QString, machineZone);
        const QString plan = path(QStringLiteral("clock-%1.fallback").arg(QString(machineZone).replace(u'/', u'-')));
        RunOptions options;
        options.timeZone = machineZone;
        QCOMPARE(runFallback({QStringLiteral("new"), plan, QStringLiteral("--sample"), QStringLiteral("--template"),
                                 QStringLiteral("zh_CN")},
                     options)
                     .exitCode,
            0);
        QCOMPARE(exported(plan)
                     .value(QLatin1String("tables"))
                     .toObject()
                     .value(QLatin1String("plan"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("time_zone"))
                     .toString(),
            QStringLiteral("Asia/Shanghai"));
        const QString html = path(QStringLiteral("clock-%1.html").arg(QString(machineZone).replace(u'/', u'-')));
        QCOMPARE(runFallback({QStringLiteral("report"), plan, QStringLiteral("--kind"), QStringLiteral("review"),
                                 QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html},
                     options)
                     .exitCode,
            0);
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(report.readAll());
        QVERIFY2(text.contains(QStringLiteral("2026-09-12 22:00 – 2026-09-13 04:00")), qPrintable(machineZone));
        QVERIFY(text.contains(QStringLiteral("中国标准时间（Asia/Shanghai）")));
        QVERIFY(!text.contains(QStringLiteral("2026-09-12 14:00")));
    }

    void sampleShowsEveryPartFilledIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Yunfan Commerce Program Upgrade Emergency Plan");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("云帆商贸程序升级应急预案");
    }

    void sampleShowsEveryPartFilledIn()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        const QString plan = path(QStringLiteral("sample-%1.fallback").arg(language));
        const Result created = runFallback(
            {QStringLiteral("new"), plan, QStringLiteral("--sample"), QStringLiteral("--template"), language});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.err.isEmpty());

        const Result checked = runFallback({QStringLiteral("check"), plan});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY2(checked.out.contains("the file is sound"), checked.out.constData());

        const QJsonObject sample = exported(plan);
        const QJsonObject header = rows(sample, "plan").at(0).toObject();
        QCOMPARE(header.value(QStringLiteral("title")).toString(), title);
        QCOMPARE(header.value(QStringLiteral("language")).toString(), language);
        QVERIFY(!header.value(QStringLiteral("organisation")).toString().isEmpty());
        QVERIFY(rows(sample, "member").size() >= 15);
        for (const QJsonValue &member : rows(sample, "member")) {
            QVERIFY(member.toObject().value(QStringLiteral("phone_mobile")).toString().startsWith(u"138-0000-"));
            QVERIFY(member.toObject().value(QStringLiteral("email")).toString().endsWith(u"@example.com"));
            QVERIFY(!member.toObject().value(QStringLiteral("verified_on")).isNull());
        }

        // The live run of the upgrade: it hit a problem, a checklist item failed with its reason, and the
        // decisions were logged with who took them and why.
        const QList<QJsonObject> live = rowsWhere(sample, "run", "kind", QStringLiteral("live"));
        QCOMPARE(live.size(), 1);
        const QJsonValue liveId = live.first().value(QStringLiteral("id"));
        const QList<QJsonObject> items = rowsWhere(sample, "run_item", "run_id", liveId);
        const auto failed = std::count_if(items.cbegin(), items.cend(), [](const QJsonObject &item) {
            return item.value(QStringLiteral("status")) == QStringLiteral("failed")
                && !item.value(QStringLiteral("note")).toString().isEmpty();
        });
        QCOMPARE(failed, 1);
        const QList<QJsonObject> events = rowsWhere(sample, "run_event", "run_id", liveId);
        QStringList decisions;
        for (const QJsonObject &event : events) {
            if (event.value(QStringLiteral("kind")) == QStringLiteral("decision")
                || event.value(QStringLiteral("kind")) == QStringLiteral("level")) {
                decisions << event.value(QStringLiteral("decision")).toString();
                QVERIFY(!event.value(QStringLiteral("actor")).toString().isEmpty());
                QVERIFY(!event.value(QStringLiteral("reason")).toString().isEmpty());
            }
        }
        QCOMPARE(decisions,
            (QStringList {QStringLiteral("level"), QStringLiteral("stop"), QStringLiteral("level"),
                QStringLiteral("rollback"), QStringLiteral("restored"), QStringLiteral("ended")}));

        // Ticks fall inside the upgrade's window, and nothing lies in the future.
        const QJsonObject upgrade
            = rowsWhere(sample, "upgrade", "id", live.first().value(QStringLiteral("upgrade_id"))).first();
        const QDateTime windowStart = timeOf(upgrade.value(QStringLiteral("window_start")));
        const QDateTime windowEnd = timeOf(upgrade.value(QStringLiteral("window_end")));
        QVERIFY(windowStart.isValid() && windowEnd.isValid());
        for (const QJsonObject &item : items) {
            const QDateTime ticked = timeOf(item.value(QStringLiteral("ticked_at")));
            QVERIFY(ticked.isValid() || item.value(QStringLiteral("status")) == QStringLiteral("open"));
            QVERIFY(!ticked.isValid() || (windowStart <= ticked && ticked <= windowEnd));
        }
        for (const QJsonValue &event : rows(sample, "run_event")) {
            QVERIFY(timeOf(event.toObject().value(QStringLiteral("at"))) < QDateTime::currentDateTimeUtc());
        }

        // Its milestones come in the order an incident passes them; one was corrected afterwards.
        const QList<QJsonObject> milestones = rowsWhere(sample, "run_milestone", "run_id", liveId);
        QCOMPARE(milestones.size(), 6);
        QMap<QString, QDateTime> moments;
        int corrected = 0;
        for (const QJsonObject &milestone : milestones) {
            moments.insert(
                milestone.value(QStringLiteral("kind")).toString(), timeOf(milestone.value(QStringLiteral("at"))));
            if (milestone.value(QStringLiteral("at")) != milestone.value(QStringLiteral("original_at"))) {
                ++corrected;
                QVERIFY(!milestone.value(QStringLiteral("edited_by")).toString().isEmpty());
            }
        }
        QCOMPARE(corrected, 1);
        const QStringList order {QStringLiteral("occurred"), QStringLiteral("detected"), QStringLiteral("reported"),
            QStringLiteral("stopped"), QStringLiteral("restored"), QStringLiteral("ended")};
        for (qsizetype i = 1; i < order.size(); ++i) {
            QVERIFY2(moments.value(order.at(i - 1)) < moments.value(order.at(i)), qPrintable(order.at(i)));
        }

        // The approved review of that run, every field filled in, with its actions.
        const QList<QJsonObject> reviews = rowsWhere(sample, "review", "run_id", liveId);
        QCOMPARE(reviews.size(), 1);
        const QJsonObject review = reviews.first();
        QCOMPARE(review.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        for (auto field = review.constBegin(); field != review.constEnd(); ++field) {
            QVERIFY2(!field.value().isNull() && field.value() != QStringLiteral(""), qPrintable(field.key()));
        }
        const QList<QJsonObject> actions
            = rowsWhere(sample, "review_action", "review_id", review.value(QStringLiteral("id")));
        QVERIFY(actions.size() >= 4);
        int verified = 0;
        int linked = 0;
        for (const QJsonObject &action : actions) {
            QVERIFY(!action.value(QStringLiteral("owner")).toString().isEmpty());
            QVERIFY(!action.value(QStringLiteral("due_on")).isNull());
            verified += action.value(QStringLiteral("status")) == QStringLiteral("verified")
                && !action.value(QStringLiteral("verified_by")).toString().isEmpty();
            linked += !action.value(QStringLiteral("revision_id")).isNull();
        }
        QCOMPARE(verified, 1);
        QCOMPARE(linked, 1);

        // A data-loss drill, held, with its rehearsal run, findings and follow-up actions.
        const QJsonArray drills = rows(sample, "drill");
        QCOMPARE(drills.size(), 1);
        const QJsonObject drill = drills.at(0).toObject();
        QCOMPARE(drill.value(QStringLiteral("scenario")).toString(), QStringLiteral("data_loss"));
        QCOMPARE(drill.value(QStringLiteral("result")).toString(), QStringLiteral("partial"));
        QVERIFY(!drill.value(QStringLiteral("findings")).toString().isEmpty());
        const QList<QJsonObject> rehearsals = rowsWhere(sample, "run", "drill_id", drill.value(QStringLiteral("id")));
        QCOMPARE(rehearsals.size(), 1);
        QCOMPARE(rehearsals.first().value(QStringLiteral("kind")).toString(), QStringLiteral("rehearsal"));
        QVERIFY(!rowsWhere(sample, "drill_action", "drill_id", drill.value(QStringLiteral("id"))).isEmpty());

        // Two revisions whose copies of the plan parse, differ in contacts and risks, and hold no revisions.
        const QJsonArray revisions = rows(sample, "revision");
        QCOMPARE(revisions.size(), 2);
        QList<QJsonObject> copies;
        for (const QJsonValue &revision : revisions) {
            QJsonParseError error {};
            const QJsonDocument copy = QJsonDocument::fromJson(
                revision.toObject().value(QStringLiteral("snapshot")).toString().toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(copy.object().value(QStringLiteral("format")).toString(), QStringLiteral("fallback-plan"));
            QVERIFY(!copy.object().value(QStringLiteral("tables")).toObject().contains(QStringLiteral("revision")));
            copies << copy.object();
        }
        QCOMPARE(revisions.at(0).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(revisions.at(1).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("1.1"));
        QVERIFY(rows(copies.at(0), "member").size() < rows(copies.at(1), "member").size());
        QVERIFY(rows(copies.at(0), "risk") != rows(copies.at(1), "risk"));
        QVERIFY(rows(copies.at(0), "run").isEmpty()); // 1.0 came before the upgrade
        const qint64 secondRevision = revisions.at(1).toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(rowsWhere(sample, "review_action", "revision_id", secondRevision).size(), 1);
    }

    void sampleSurvivesExportAndImport_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void sampleSurvivesExportAndImport()
    {
        QFETCH(QString, language);
        const QString plan = path(QStringLiteral("trip-%1.fallback").arg(language));
        QCOMPARE(runFallback({QStringLiteral("new"), plan, QStringLiteral("--template=") + language,
                                 QStringLiteral("--sample")})
                     .exitCode,
            0);
        const QString json = path(QStringLiteral("trip-%1.json").arg(language));
        QCOMPARE(runFallback({QStringLiteral("export-json"), plan, QStringLiteral("-o"), json}).exitCode, 0);
        const QString copy = path(QStringLiteral("trip-%1-copy.fallback").arg(language));
        QCOMPARE(runFallback({QStringLiteral("import-json"), json, copy}).exitCode, 0);
        const Result again = runFallback({QStringLiteral("export-json"), copy});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, fileBytes(json));
    }

    void sampleLanguageFollowsTheLocale()
    {
        const QString chinese = path(QStringLiteral("locale-zh.fallback"));
        RunOptions inChinese;
        inChinese.locale = QStringLiteral("zh_CN.UTF-8");
        QCOMPARE(runFallback({QStringLiteral("new"), chinese, QStringLiteral("--sample")}, inChinese).exitCode, 0);
        QCOMPARE(rows(exported(chinese), "plan").at(0).toObject().value(QStringLiteral("language")).toString(),
            QStringLiteral("zh_CN"));
        const QString english = path(QStringLiteral("locale-en.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), english, QStringLiteral("--sample")}).exitCode, 0);
        QCOMPARE(rows(exported(english), "plan").at(0).toObject().value(QStringLiteral("language")).toString(),
            QStringLiteral("en"));
    }

    void reviewReportOfTheSampleNamesItsStory()
    {
        const QString plan = path(QStringLiteral("report.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan, QStringLiteral("--sample"), QStringLiteral("--template=en")})
                     .exitCode,
            0);
        const QString html = path(QStringLiteral("review.html"));
        const Result report = runFallback({QStringLiteral("report"), plan, QStringLiteral("--kind"),
            QStringLiteral("review"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("-o"), html});
        QCOMPARE(report.exitCode, 0);
        const QString text = QString::fromUtf8(fileBytes(html));
        QVERIFY(text.contains(QLatin1String("rolled back after the WAL volume filled")));
        QVERIFY(text.contains(QLatin1String("Sun Hao")));
    }

    void badSampleArgumentsCreateNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown language") << QStringList {QStringLiteral("--sample"), QStringLiteral("--template=fr")};
        QTest::newRow("sample with a value") << QStringList {QStringLiteral("--sample=yes")};
        QTest::newRow("two plans") << QStringList {QStringLiteral("--sample"), QStringLiteral("other.fallback")};
    }

    void badSampleArgumentsCreateNothing()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const Result result
            = runFallback(QStringList {QStringLiteral("new"), dir.filePath(QStringLiteral("x.fallback"))} + arguments);
        QVERIFY(result.exitCode > 0);
        QVERIFY2(isOneLine(result.err), result.err.constData());
        QVERIFY(entriesOf(dir.path()).isEmpty());
    }

    void sampleNeverOverwritesAPlan()
    {
        const QString plan = path(QStringLiteral("existing.fallback"));
        QCOMPARE(runFallback({QStringLiteral("new"), plan, QStringLiteral("--template=en")}).exitCode, 0);
        const QByteArray before = fileBytes(plan);
        const Result again = runFallback({QStringLiteral("new"), plan, QStringLiteral("--sample")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(isOneLine(again.err));
        QCOMPARE(fileBytes(plan), before);
    }
};

QTEST_GUILESS_MAIN(TestSampleCli)
#include "tst_samplecli.moc"
