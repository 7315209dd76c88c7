// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reports as a reader sees them: the text that pdftotext finds in the PDF, the
// fonts pdffonts says are embedded, what the HTML and ODT files contain.
#include "content/plancontentreader.h"
#include "interchange/planjsonimport.h"
#include "plan/sampleplan.h"
#include "report/builders/figures.h"
#include "report/document/headingnumbers.h"
#include "report/document/reporttext.h"
#include "report/reportexporter.h"
#include "review/reviewfacts.h"
#include "storage/planfile.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace fallback;
using namespace fallback::report;
using namespace fallback::test;

namespace {
const QString TrickyRisk = QStringLiteral("<img src=\"file:///etc/passwd\"> & <b>not bold</b>");

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return run(tool(QStringLiteral("pdftotext")), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_planEn;
    QString m_planZh;
    QString m_empty;

    QString exportReport(const QString &plan, ReportKind kind, ReportFormat format, const QString &language,
        std::optional<qint64> id = std::nullopt, QString *error = nullptr)
    {
        auto file = PlanFile::open(plan, PlanFile::Access::ReadOnly, nullptr);
        if (!file) {
            return {};
        }
        static int counter = 0;
        const QString out
            = m_dir.filePath(QStringLiteral("report-%1.%2").arg(++counter).arg(ReportExporter::suffix(format)));
        ReportRequest request;
        request.kind = kind;
        request.format = format;
        request.language = language;
        request.id = id;
        const QString message = ReportExporter::exportToFile(file->database(), request, out);
        if (error) {
            *error = message;
        }
        return message.isEmpty() ? out : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!tool(QStringLiteral("pdftotext")).isEmpty(),
            "pdftotext (poppler-utils) is needed; sh build.sh test installs it");
        m_planEn = m_dir.filePath(QStringLiteral("en.fallback"));
        m_planZh = m_dir.filePath(QStringLiteral("zh.fallback"));
        m_empty = m_dir.filePath(QStringLiteral("empty.fallback"));
        QCOMPARE(PlanJsonImport::createPlan(fileBytes(testDataPath(QStringLiteral("report-plan-en.json"))), m_planEn),
            QString());
        QCOMPARE(
            PlanJsonImport::createPlan(fileBytes(testDataPath(QStringLiteral("report-plan-zh_CN.json"))), m_planZh),
            QString());
        QCOMPARE(PlanJsonImport::createFromTemplate(QStringLiteral("en"), m_empty), QString());
    }

    void everyKindInEveryFormat_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("language");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (int kind = 0; kind < int(ReportExporter::kindNames().size()); ++kind) {
                for (int format = 0; format < int(ReportExporter::formatNames().size()); ++format) {
                    QTest::addRow("%s %s %s", qPrintable(ReportExporter::kindNames().at(kind)),
                        qPrintable(ReportExporter::formatNames().at(format)), qPrintable(language))
                        << kind << format << language;
                }
            }
        }
    }

    void everyKindInEveryFormat()
    {
        QFETCH(int, kind);
        QFETCH(int, format);
        QFETCH(QString, language);
        const QString plan = language == QLatin1String("en") ? m_planEn : m_planZh;
        QString error;
        const QString out = exportReport(plan, ReportKind(kind), ReportFormat(format), language, std::nullopt, &error);
        QVERIFY2(!out.isEmpty(), qPrintable(error));
        const QByteArray bytes = fileBytes(out);
        switch (ReportFormat(format)) {
        case ReportFormat::Pdf:
            QVERIFY(bytes.startsWith("%PDF-"));
            break;
        case ReportFormat::Html:
            QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
            break;
        case ReportFormat::Odt:
            QVERIFY(bytes.startsWith("PK"));
            // The uncompressed mimetype comes first, where programs look for it.
            QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
            QVERIFY(bytes.mid(38, 39) == "application/vnd.oasis.opendocument.text");
            break;
        case ReportFormat::Docx:
            QVERIFY(bytes.startsWith("PK"));
            QVERIFY(bytes.contains("word/document.xml"));
            break;
        }
    }

    void planPdfHasTheTextAndEmbedsEveryFont_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList {QStringLiteral("Program Upgrade Emergency Plan"),
                                   QStringLiteral("1 General provisions"), QStringLiteral("Risk assessment"),
                                   QStringLiteral("Northwind"), QStringLiteral("Page 1 of"),
                                   // the provisions of the paper template on warnings and on rewards
                                   QStringLiteral("a level I warning needs the approval"),
                                   QStringLiteral("8 Review, commendation and reward"),
                                   QStringLiteral("are commended and rewarded")};
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList {QStringLiteral("程序升级应急预案"), QStringLiteral("一、总则"),
                                      QStringLiteral("四、风险评估"), QStringLiteral("华北物流"),
                                      QStringLiteral("第 1 页"), QStringLiteral("Ⅰ级预警须报应急领导小组批准"),
                                      QStringLiteral("八、事后总结、表彰和奖励"), QStringLiteral("给予表彰和奖励")};
    }

    void planPdfHasTheTextAndEmbedsEveryFont()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const QString plan = language == QLatin1String("en") ? m_planEn : m_planZh;
        const QString pdf = exportReport(plan, ReportKind::Plan, ReportFormat::Pdf, language);
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf).simplified();
        for (const QString &phrase : expected) {
            QVERIFY2(text.contains(phrase), qPrintable(QStringLiteral("missing: ") + phrase));
        }
        // Escaping: markup in user text prints as characters.
        QVERIFY(text.contains(QStringLiteral("<img src=\"file:///")));
        const QString fonts = run(tool(QStringLiteral("pdffonts")), {pdf});
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows) {
            // Columns: name type encoding emb sub uni ...; "emb" must be yes.
            QVERIFY2(row.contains(
                         QRegularExpression(QStringLiteral("\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))),
                qPrintable(row));
        }
    }

    void pdfHasAnOutlineOfItsHeadingsAndItsProperties_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (int kind = 0; kind < int(ReportExporter::kindNames().size()); ++kind) {
                QTest::addRow("%s %s", qPrintable(ReportExporter::kindNames().at(kind)), qPrintable(language))
                    << kind << language;
            }
        }
    }

    void pdfHasAnOutlineOfItsHeadingsAndItsProperties()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const QString qpdf = tool(QStringLiteral("qpdf"));
        if (qpdf.isEmpty()) {
            QSKIP("qpdf is not installed; sh build.sh test installs it");
        }
        const QString plan = language == QLatin1String("en") ? m_planEn : m_planZh;
        const QString pdf = exportReport(plan, ReportKind(kind), ReportFormat::Pdf, language);
        QVERIFY(!pdf.isEmpty());
        QProcess check;
        check.start(qpdf, {QStringLiteral("--check"), pdf});
        QVERIFY(check.waitForFinished(60000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());

        // The report's headings, as every other format has them.
        auto file = PlanFile::open(plan, PlanFile::Access::ReadOnly, nullptr);
        QVERIFY(file);
        const ReportText text(language, PlanContentReader(file->database()).timeZone());
        ReportRequest request;
        request.kind = ReportKind(kind);
        request.language = language;
        QString error;
        const std::optional<ReportDocument> document = ReportExporter::build(file->database(), request, text, &error);
        QVERIFY2(document, qPrintable(error));
        // An outline entry sits below the nearest heading before it of a lower
        // level: the roster's group headings come straight under its title.
        QStringList expected = {QStringLiteral("1 ") + document->title};
        QList<QPair<int, int>> parents = {{1, 1}}; // level, depth
        const QStringList headings = headingTexts(*document, text);
        for (qsizetype index = 0; index < document->blocks.size(); ++index) {
            if (document->blocks.at(index).kind != Block::Kind::Heading) {
                continue;
            }
            const int level = std::min(document->blocks.at(index).level, 2) + 1;
            while (parents.last().first >= level) {
                parents.removeLast();
            }
            const int depth = parents.last().second + 1;
            parents.append({level, depth});
            expected << QString::number(depth) + QLatin1Char(' ') + headings.at(index);
        }

        // The outline as qpdf reads it: every heading at its depth, in order,
        // pointing at the page that prints it.
        const QJsonObject json = QJsonDocument::fromJson(
            run(qpdf, {QStringLiteral("--json=2"), QStringLiteral("--json-key=outlines"), pdf}).toUtf8())
                                     .object();
        const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
        QStringList outline;
        std::function<void(const QJsonArray &, int)> walk = [&](const QJsonArray &items, int depth) {
            for (const QJsonValue &value : items) {
                const QJsonObject item = value.toObject();
                const QString title = item.value(QLatin1String("title")).toString();
                outline << QString::number(depth) + QLatin1Char(' ') + title;
                const int page = item.value(QLatin1String("destpageposfrom1")).toInt();
                QVERIFY2(page >= 1 && page <= pages.size(), qPrintable(title));
                QVERIFY2(pages.at(page - 1).simplified().contains(title.simplified()),
                    qPrintable(QStringLiteral("%1 is not on page %2").arg(title).arg(page)));
                walk(item.value(QLatin1String("kids")).toArray(), depth + 1);
            }
        };
        walk(json.value(QLatin1String("outlines")).toArray(), 1);
        QCOMPARE(outline, expected);

        const QString info = run(tool(QStringLiteral("pdfinfo")), {pdf});
        QVERIFY2(info.contains(
                     QRegularExpression(QStringLiteral("Title:\\s+") + QRegularExpression::escape(document->title))),
            qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(
                     QStringLiteral("Author:\\s+") + QRegularExpression::escape(document->organisation))),
            qPrintable(info));
    }

    void htmlIsSelfContainedAndEscaped()
    {
        const QString html = QString::fromUtf8(
            fileBytes(exportReport(m_planEn, ReportKind::Plan, ReportFormat::Html, QStringLiteral("en"))));
        QVERIFY(html.contains(
            QStringLiteral("&lt;img src=&quot;file:///etc/passwd&quot;&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<img src=\"file:")));
        QVERIFY(!html.contains(QStringLiteral("<b>not bold")));
        QVERIFY(html.contains(QStringLiteral("O&#x27;Brien &lt;b&gt;&amp;amp;&lt;/b&gt;"))
            || html.contains(QStringLiteral("O'Brien &lt;b&gt;&amp;amp;&lt;/b&gt;")));
        // Nothing is loaded from anywhere: every image is inline data.
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("url(")));
        const QRegularExpression source(QStringLiteral("src=\"(?!data:)"));
        QVERIFY(!source.match(html).hasMatch());
    }

    void chineseReportsHaveNoEnglishLabels()
    {
        // Every Latin word of a Chinese report must come from the plan itself
        // (a system called PostgreSQL), never from the report's own wording.
        const QString plan = m_dir.filePath(QStringLiteral("sample-zh.fallback"));
        QFile sample(QStringLiteral(":/fallback/samples/zh_CN.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray json = sample.readAll();
        QCOMPARE(PlanJsonImport::createPlan(json, plan), QString());
        const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        const auto wordsOf = [&word](const QString &text) {
            QSet<QString> words;
            for (auto it = word.globalMatch(text); it.hasNext();) {
                words.insert(it.next().captured());
            }
            return words;
        };
        // Words of the plan's values only: its field names are English.
        QString values;
        for (const QString &value : QString::fromUtf8(json).split(QLatin1Char('"'))) {
            values += value + QLatin1Char(' ');
        }
        const QSet<QString> content = wordsOf(values);
        for (int kind = 0; kind < ReportExporter::kindNames().size(); ++kind) {
            const QString out = exportReport(plan, ReportKind(kind), ReportFormat::Html, QStringLiteral("zh_CN"));
            QVERIFY(!out.isEmpty());
            QString text = QString::fromUtf8(fileBytes(out));
            text.remove(QRegularExpression(QStringLiteral("<style.*?</style>|<[^>]*>|data:[^\\s\"']*"),
                QRegularExpression::DotMatchesEverythingOption));
            QStringList foreign = (wordsOf(text) - content).values();
            foreign.sort();
            QVERIFY2(foreign.isEmpty(),
                qPrintable(
                    ReportExporter::kindNames().at(kind) + QStringLiteral(": ") + foreign.join(QLatin1Char(' '))));
        }
    }

    void reviewChartDrawsWhatItsTableSays()
    {
        // The sample's run was stopped and rolled back: phases overlap, and the
        // planned durations of its items run to days.
        const QString plan = m_dir.filePath(QStringLiteral("sample-en.fallback"));
        QFile sample(QStringLiteral(":/fallback/samples/en.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QCOMPARE(PlanJsonImport::createPlan(sample.readAll(), plan), QString());
        auto file = PlanFile::open(plan, PlanFile::Access::ReadOnly, nullptr);
        QVERIFY(file);
        const PlanContentReader reader(file->database());
        const std::optional<qint64> id = reader.latestId(QStringLiteral("review"));
        QVERIFY(id);
        const std::optional<content::Review> review = reader.review(*id);
        QVERIFY(review && review->run && review->upgrade);
        const ReviewFacts facts = ReviewFacts::of(*review->run);
        const TimelineSpans spans = timelineSpans(*review->upgrade, *review->run, facts);
        const QStringList phases
            = {QStringLiteral("before"), QStringLiteral("during"), QStringLiteral("after"), QStringLiteral("recovery")};
        QCOMPARE(facts.phases.size(), 4);
        for (const ReviewFacts::Phase &phase : facts.phases) {
            const qsizetype index = phases.indexOf(phase.phase);
            QVERIFY(phase.actualMinutes && phase.plannedMinutes);
            QVERIFY(spans.actual.at(index).valid() && spans.planned.at(index).valid());
            QCOMPARE((spans.actual.at(index).to - spans.actual.at(index).from) / 60, *phase.actualMinutes);
            QCOMPARE((spans.planned.at(index).to - spans.planned.at(index).from) / 60, *phase.plannedMinutes);
        }
    }

    void decisionLabelsNeverOverlap()
    {
        // STOP and Rollback two minutes apart, then Restored and Ended far later (the sample's run).
        const QList<std::pair<qreal, qreal>> extents {{100, 130}, {102, 160}, {104, 150}, {400, 440}, {445, 480}};
        const QList<int> lanes = labelLanes(extents, 3);
        QCOMPARE(lanes, (QList<int> {0, 1, 2, 0, 0})); // the last keeps the gap to the one before it
        for (qsizetype a = 0; a < extents.size(); ++a) {
            for (qsizetype b = a + 1; b < extents.size(); ++b) {
                const bool apart
                    = extents.at(b).first >= extents.at(a).second || extents.at(a).first >= extents.at(b).second;
                QVERIFY2(lanes.at(a) != lanes.at(b) || apart, qPrintable(QStringLiteral("%1 and %2").arg(a).arg(b)));
            }
        }
        QVERIFY(labelLanes({}, 3).isEmpty());
    }

    void reviewShowsTheRun()
    {
        const QString pdf = exportReport(m_planEn, ReportKind::Review, ReportFormat::Pdf, QStringLiteral("en"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf).simplified();
        for (const QString &phrase :
            {QStringLiteral("Post-incident review"), QStringLiteral("Timeline"), QStringLiteral("Improvement actions"),
                QStringLiteral("Core order database"), QStringLiteral("Sign-off"), QStringLiteral("Time to detect"),
                QStringLiteral("Planned and actual time per phase"),
                // 95 minutes of impact, and 194 from the problem to service restored, in hours
                QStringLiteral("1 h 35 min"), QStringLiteral("3 h 14 min")}) {
            QVERIFY2(text.contains(phrase), qPrintable(phrase));
        }
    }

    void communicationsPlanIsOnePageForTheWall_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void communicationsPlanIsOnePageForTheWall()
    {
        QFETCH(QString, language);
        const bool chinese = language == QLatin1String("zh_CN");
        const QString pdf
            = exportReport(chinese ? m_planZh : m_planEn, ReportKind::Communications, ReportFormat::Pdf, language);
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        QCOMPARE(text.count(QLatin1Char('\f')), 1); // one page
        // In the order it is drawn, so that a name wrapped in its cell reads as one.
        const QString flat
            = run(tool(QStringLiteral("pdftotext")), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
        const QStringList phrases = chinese
            ? QStringList {QStringLiteral("通信保障方案"), QStringLiteral("应急领导小组"),
                QStringLiteral("电话会议桥：400-820-1234 转 6688#"), QStringLiteral("无备用通信渠道"),
                QStringLiteral("未填写号码"), QStringLiteral("每 20 分钟")}
            : QStringList {QStringLiteral("Communications plan"), QStringLiteral("Emergency leadership group"),
                QStringLiteral("Phone bridge: 400-820-1234 ext. 6688#"), QStringLiteral("No backup channel"),
                QStringLiteral("no number given"), QStringLiteral("Every 20 minutes")};
        for (const QString &phrase : phrases) {
            QVERIFY2(flat.contains(phrase), qPrintable(phrase + QLatin1String(" in ") + flat.left(2000)));
        }
    }

    void thePlanHoldsItsCommunicationsAndTheReviewItsUpdates()
    {
        const QString plan = exportReport(m_planEn, ReportKind::Plan, ReportFormat::Pdf, QStringLiteral("en"));
        const QString text
            = run(tool(QStringLiteral("pdftotext")), {QStringLiteral("-raw"), plan, QStringLiteral("-")}).simplified();
        QVERIFY(text.contains(QLatin1String("Communications during the response")));
        QVERIFY(text.contains(QLatin1String("Phone bridge: 400-820-1234 ext. 6688#")));
        // The worked example's review lists the updates sent and the one gap of each kind.
        QTemporaryDir dir;
        const QString sample = dir.filePath(QStringLiteral("sample.fallback"));
        QCOMPARE(SamplePlan::create(QStringLiteral("en"), sample), QString());
        const QString review = exportReport(sample, ReportKind::Review, ReportFormat::Pdf, QStringLiteral("en"));
        const QString reviewText
            = run(tool(QStringLiteral("pdftotext")), {QStringLiteral("-raw"), review, QStringLiteral("-")})
                  .simplified();
        QVERIFY(reviewText.contains(QLatin1String("Status updates")));
        QVERIFY(
            reviewText.contains(QLatin1String("Gaps: audiences that heard nothing for longer than their interval.")));
        QVERIFY(reviewText.contains(QLatin1String("Business departments 01:26 01:56 01:58 2 min")));
    }

    void aWrongFarDateDoesNotStretchTheTimeline()
    {
        const QString plan = m_dir.filePath(QStringLiteral("far.fallback"));
        QVERIFY(QFile::copy(m_planEn, plan));
        {
            auto file = PlanFile::open(plan, PlanFile::Access::ReadWrite, nullptr);
            QVERIFY(execQuery(file->database(),
                QStringLiteral("UPDATE upgrade_item SET offset_minutes = 2000000000 WHERE id = "
                               "(SELECT MIN(id) FROM upgrade_item)"))
                        .isActive());
            QVERIFY(execQuery(file->database(),
                QStringLiteral("UPDATE run_item SET ticked_at = '2126-01-01T00:00:00Z' WHERE id = "
                               "(SELECT MIN(id) FROM run_item)"))
                        .isActive());
        }
        const QString pdf = exportReport(plan, ReportKind::Review, ReportFormat::Pdf, QStringLiteral("en"));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(QFileInfo(pdf).size() < 2 * 1024 * 1024);
    }

    void checklistWithoutAnUpgradeIsTheTemplatesOnPaper()
    {
        // A new plan has templates but no upgrade yet: the coordinator still
        // wants the checklist on paper, not a refusal.
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QString plan = m_dir.filePath(QStringLiteral("new-%1.fallback").arg(language));
            QCOMPARE(PlanJsonImport::createFromTemplate(language, plan), QString());
            QFile templateFile(QStringLiteral(":/fallback/templates/%1.json").arg(language));
            QVERIFY(templateFile.open(QIODevice::ReadOnly));
            const QJsonObject tables
                = QJsonDocument::fromJson(templateFile.readAll()).object().value(QLatin1String("tables")).toObject();
            const QString templateName = tables.value(QLatin1String("checklist_template"))
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(QLatin1String("name"))
                                             .toString();
            QString error;
            const QString pdf
                = exportReport(plan, ReportKind::Checklist, ReportFormat::Pdf, language, std::nullopt, &error);
            QVERIFY2(!pdf.isEmpty(), qPrintable(error));
            const QString text = pdfText(pdf).simplified();
            QVERIFY2(text.contains(templateName), qPrintable(text.left(400)));
            for (const QJsonValue &item : tables.value(QLatin1String("checklist_template_item")).toArray()) {
                const QString itemText = item.toObject().value(QLatin1String("text")).toString();
                // pdftotext breaks long items over lines; their first words are on one.
                const QString start = itemText.section(QLatin1Char(' '), 0, 2).left(12);
                QVERIFY2(text.contains(start), qPrintable(start));
            }
            QVERIFY(text.contains(QStringLiteral("T − ")) || text.contains(QStringLiteral("T + ")));
        }
        // A plan with neither an upgrade nor a template has nothing to print.
        const QString bare = m_dir.filePath(QStringLiteral("bare.fallback"));
        QVERIFY(PlanFile::create(bare, nullptr));
        QString error;
        QVERIFY(exportReport(bare, ReportKind::Checklist, ReportFormat::Pdf, QStringLiteral("en"), std::nullopt, &error)
                    .isEmpty());
        QVERIFY2(error.contains(QLatin1String("no upgrade and no checklist template")), qPrintable(error));
        // An id that names no upgrade is still refused.
        QVERIFY(exportReport(m_dir.filePath(QStringLiteral("new-en.fallback")), ReportKind::Checklist,
            ReportFormat::Pdf, QStringLiteral("en"), 7, &error)
                    .isEmpty());
        QVERIFY(error.contains(QLatin1String("7")));
    }

    void emptyPlanSaysSoInsteadOfBareHeadings()
    {
        const QString pdf = exportReport(m_empty, ReportKind::Plan, ReportFormat::Pdf, QStringLiteral("en"));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(pdfText(pdf).simplified().contains(QStringLiteral("Nothing is recorded in this section.")));
        for (ReportKind kind : {ReportKind::Review, ReportKind::Drill}) {
            QString error;
            QVERIFY(
                exportReport(m_empty, kind, ReportFormat::Pdf, QStringLiteral("en"), std::nullopt, &error).isEmpty());
            QVERIFY(error.contains(QLatin1String("no ")));
        }
        QString error;
        QVERIFY(
            exportReport(m_planEn, ReportKind::Drill, ReportFormat::Pdf, QStringLiteral("en"), 99, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("99")));
    }

    void printingPaintsThePagesOnAPrinter()
    {
        // Print and print preview paint through the same renderer onto a QPrinter;
        // a printer that writes PDF shows what would reach the paper.
        auto file = PlanFile::open(m_planZh, PlanFile::Access::ReadOnly, nullptr);
        ReportRequest request;
        request.kind = ReportKind::Checklist;
        request.language = QStringLiteral("zh_CN");
        const ReportText text(request.language, PlanContentReader(file->database()).timeZone());
        QString error;
        const std::optional<ReportDocument> document = ReportExporter::build(file->database(), request, text, &error);
        QVERIFY2(document, qPrintable(error));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString out = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(out);
        printer.setPageSize(QPageSize(QPageSize::Letter));
        const int pages = PagedRenderer(*document, text).render(&printer);
        QVERIFY(pages >= 1);
        const QString printed = pdfText(out);
        QCOMPARE(int(printed.count(QLatin1Char('\f'))), pages);
        QVERIFY(printed.simplified().contains(QStringLiteral("升级检查单")));
        QVERIFY(run(tool(QStringLiteral("pdfinfo")), {out}).contains(QStringLiteral("612 x 792"))); // Letter
    }

    void failedWriteLeavesNoFile()
    {
        auto file = PlanFile::open(m_planEn, PlanFile::Access::ReadOnly, nullptr);
        ReportRequest request;
        const QString out = m_dir.filePath(QStringLiteral("no/such/folder/plan.pdf"));
        QVERIFY(!ReportExporter::exportToFile(file->database(), request, out).isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void hugePlanRepeatsTableHeadersOnEveryPage()
    {
        const QString plan = m_dir.filePath(QStringLiteral("huge.fallback"));
        QCOMPARE(PlanJsonImport::createFromTemplate(QStringLiteral("en"), plan), QString());
        {
            auto file = PlanFile::open(plan, PlanFile::Access::ReadWrite, nullptr);
            Transaction transaction(file->database());
            for (int i = 0; i < 600; ++i) {
                execQuery(file->database(),
                    QStringLiteral(
                        "INSERT INTO risk (description, likelihood, impact, prevention, contingency) VALUES "
                        "(?, ?, ?, 'Check the backup before the window', 'Restore from the verified backup')"),
                    {QStringLiteral("R%1 generated, with a description long enough to wrap inside its cell").arg(i),
                        1 + i % 5, 1 + (i / 5) % 5});
            }
            QVERIFY(transaction.commit());
        }
        const QString pdf = exportReport(plan, ReportKind::Plan, ReportFormat::Pdf, QStringLiteral("en"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        const int pages = int(text.count(QLatin1Char('\f')));
        QVERIFY(pages > 20);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // The risk register's header row opens every page it continues on.
        QVERIFY(text.count(QStringLiteral("Contingency")) >= 15);
        QVERIFY(text.contains(QStringLiteral("R599")));
        QVERIFY(text.contains(QStringLiteral("R0 ")));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
