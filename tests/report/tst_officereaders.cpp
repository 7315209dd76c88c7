// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ODT and DOCX reports as LibreOffice reads them: every report kind in
// both languages is converted to HTML by LibreOffice itself (readers/
// read_office.py), and what it understood is compared with the report
// document the renderers were given: the headings and their levels, a cell in
// every row for every column, the whole text, and headings printed at their
// size and bold in Chinese as in Latin script.
#include "content/plancontentreader.h"
#include "interchange/planjsonimport.h"
#include "report/document/headingnumbers.h"
#include "report/document/reporttext.h"
#include "report/renderers/reportstyle.h"
#include "report/reportexporter.h"
#include "storage/planfile.h"
#include "testsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fallback;
using namespace fallback::report;
using namespace fallback::test;

namespace {

/// The reader's exit code when LibreOffice is not installed.
constexpr int ReaderMissing = 3;

/// What a report is meant to hold, from its format-independent document.
struct Expected
{
    QList<QPair<int, QString>> headings; ///< level (1 = the title) and text
    QList<QPair<int, int>> tables; ///< rows including the header, columns
    QStringList texts; ///< every piece of text, simplified
};

Expected expectedOf(const ReportDocument &document, const ReportText &text)
{
    Expected expected;
    auto add = [&](const QString &piece) {
        const QString simple = piece.simplified();
        if (!simple.isEmpty()) {
            expected.texts << simple;
        }
    };
    expected.headings.append({1, document.title.simplified()});
    add(document.title);
    add(document.subtitle);
    add(document.planTitle);
    add(document.classification);
    for (const auto &[label, value] : document.coverFields) {
        add(label);
        add(value);
    }
    const QStringList headings = headingTexts(document, text);
    for (qsizetype index = 0; index < document.blocks.size(); ++index) {
        const Block &block = document.blocks.at(index);
        switch (block.kind) {
        case Block::Kind::Heading:
            expected.headings.append({std::min(block.level, 2) + 1, headings.at(index).simplified()});
            break;
        case Block::Kind::Paragraph:
        case Block::Kind::Empty:
            for (const QString &line : block.text.split(QLatin1Char('\n'))) {
                add(line);
            }
            break;
        case Block::Kind::Fields:
        case Block::Kind::Signature:
            for (const auto &[label, value] : block.fields) {
                add(label);
                add(value);
            }
            break;
        case Block::Kind::Table:
            expected.tables.append({int(block.table.rows.size()) + 1, int(block.table.header.size())});
            for (const QString &title : block.table.header) {
                add(title);
            }
            for (const QList<TableCell> &row : block.table.rows) {
                for (const TableCell &cell : row) {
                    add(cell.text);
                }
            }
            break;
        case Block::Kind::Figure:
        case Block::Kind::PageBreak:
            break;
        }
    }
    return expected;
}

} // namespace

class TestOfficeReaders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, Expected> m_expected; ///< by file name
    QJsonObject m_read; ///< what LibreOffice understood, by file name

    QJsonObject readBack(const QString &name) const { return m_read.value(name).toObject(); }

    /// One row per report file.
    void everyReport() const
    {
        QTest::addColumn<QString>("name");
        QStringList names = m_expected.keys();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStringList files;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QString plan = m_dir.filePath(QStringLiteral("plan-%1.fallback").arg(language));
            QCOMPARE(PlanJsonImport::createPlan(
                         fileBytes(testDataPath(QStringLiteral("report-plan-%1.json").arg(language))), plan),
                QString());
            auto file = PlanFile::open(plan, PlanFile::Access::ReadOnly, nullptr);
            QVERIFY(file);
            const ReportText text(language, PlanContentReader(file->database()).timeZone());
            for (const QString &kind : ReportExporter::kindNames()) {
                for (const ReportFormat format : {ReportFormat::Odt, ReportFormat::Docx}) {
                    ReportRequest request;
                    request.kind = *ReportExporter::kindFromName(kind);
                    request.format = format;
                    request.language = language;
                    // Distinct base names: LibreOffice names each HTML after its source.
                    const QString suffix = ReportExporter::suffix(format);
                    const QString name = QStringLiteral("%1-%2-%3.%3").arg(kind, language, suffix);
                    QCOMPARE(ReportExporter::exportToFile(file->database(), request, m_dir.filePath(name)), QString());
                    QString error;
                    const std::optional<ReportDocument> document
                        = ReportExporter::build(file->database(), request, text, &error);
                    QVERIFY2(document, qPrintable(error));
                    m_expected.insert(name, expectedOf(*document, text));
                    files << m_dir.filePath(name);
                }
            }
        }
        QProcess reader;
        reader.start(QStringLiteral("/usr/bin/python3"),
            QStringList {QStringLiteral(QT_TESTCASE_SOURCEDIR "/readers/read_office.py")} + files);
        QVERIFY(reader.waitForFinished(600000));
        if (reader.exitCode() == ReaderMissing) {
            QSKIP("LibreOffice is not installed; sh build.sh test installs it");
        }
        QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
        m_read = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
        QCOMPARE(m_read.size(), files.size());
    }

    void headingsAreHeadingsWithTheirLevels_data() { everyReport(); }
    void headingsAreHeadingsWithTheirLevels()
    {
        QFETCH(QString, name);
        const QJsonObject read = readBack(name);
        QVERIFY2(!read.isEmpty(), "LibreOffice could not open the file");
        QList<QPair<int, QString>> headings;
        for (const QJsonValue &heading : read.value(QLatin1String("headings")).toArray()) {
            headings.append({heading.toArray().at(0).toInt(), heading.toArray().at(1).toString()});
        }
        QCOMPARE(headings, m_expected.value(name).headings);
    }

    void everyRowHasACellForEveryColumn_data() { everyReport(); }
    void everyRowHasACellForEveryColumn()
    {
        QFETCH(QString, name);
        const QJsonArray tables = readBack(name).value(QLatin1String("tables")).toArray();
        const QList<QPair<int, int>> expected = m_expected.value(name).tables;
        QCOMPARE(tables.size(), expected.size());
        for (qsizetype t = 0; t < expected.size(); ++t) {
            const QJsonArray rows = tables.at(t).toArray();
            QCOMPARE(rows.size(), expected.at(t).first);
            for (qsizetype r = 0; r < rows.size(); ++r) {
                QVERIFY2(rows.at(r).toInt() == expected.at(t).second,
                    qPrintable(QStringLiteral("table %1, row %2: %3 cells for %4 columns")
                                   .arg(t + 1)
                                   .arg(r + 1)
                                   .arg(rows.at(r).toInt())
                                   .arg(expected.at(t).second)));
            }
        }
    }

    void theTextIsComplete_data() { everyReport(); }
    void theTextIsComplete()
    {
        QFETCH(QString, name);
        const QString text = readBack(name).value(QLatin1String("text")).toString();
        for (const QString &piece : m_expected.value(name).texts) {
            QVERIFY2(text.contains(piece), qPrintable(QStringLiteral("missing: ") + piece));
        }
    }

    void headingsPrintAtTheirSizeInEveryScript_data() { everyReport(); }
    void headingsPrintAtTheirSizeInEveryScript()
    {
        QFETCH(QString, name);
        const QJsonObject looks = readBack(name).value(QLatin1String("looks")).toObject();
        const qreal sizes[] = {style::TitlePt, style::Heading1Pt, style::Heading2Pt};
        QSet<int> levels;
        for (const auto &heading : m_expected.value(name).headings) {
            levels.insert(heading.first);
        }
        for (const int level : std::as_const(levels)) {
            // "hN" is every script's look; "hN.cjk", where LibreOffice writes one, the Chinese one.
            const QString selector = QStringLiteral("h%1").arg(level);
            for (const QString &script : QStringList {selector, selector + QStringLiteral(".cjk")}) {
                const QJsonObject look = looks.value(script).toObject();
                if (script != selector && look.isEmpty()) {
                    continue;
                }
                QVERIFY2(qAbs(look.value(QLatin1String("size")).toDouble() - sizes[level - 1]) < 0.6,
                    qPrintable(script + QStringLiteral(": size ")
                        + QString::number(look.value(QLatin1String("size")).toDouble())));
                QVERIFY2(look.value(QLatin1String("bold")).toBool(), qPrintable(script + QStringLiteral(" not bold")));
            }
        }
    }
};

QTEST_MAIN(TestOfficeReaders)
#include "tst_officereaders.moc"
