// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The worked example plan as the core ships it.
#include "interchange/planjsonexport.h"
#include "plan/sampleplan.h"
#include "revision/revisioncomparison.h"
#include "storage/planfile.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fallback;
using namespace fallback::test;

namespace {
const SectionDifferences *sectionIn(const QList<SectionDifferences> &differences, Section section)
{
    for (const SectionDifferences &differencesOfSection : differences) {
        if (differencesOfSection.section == section) {
            return &differencesOfSection;
        }
    }
    return nullptr;
}
} // namespace

class TestSampleData : public QObject
{
    Q_OBJECT

private:
    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

private Q_SLOTS:

    void shippedAsItsOwnCanonicalExport_data() { addLanguages(); }

    void shippedAsItsOwnCanonicalExport()
    {
        // Written by tools/samplegen; a hand edit that is not what export-json
        // writes would make the window's "unchanged copy" test fail for good.
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.fallback"));
        QCOMPARE(SamplePlan::create(language, path), QString());
        auto file = PlanFile::open(path, PlanFile::Access::ReadOnly, nullptr);
        QVERIFY(file);
        QCOMPARE(
            PlanJsonExport::toJson(file->database(), PlanJsonExport::Identities::Leave), SamplePlan::json(language));
    }

    void comparingTheRevisionsShowsWhatChanged_data() { addLanguages(); }

    void comparingTheRevisionsShowsWhatChanged()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.fallback"));
        QCOMPARE(SamplePlan::create(language, path), QString());
        auto file = PlanFile::open(path, PlanFile::Access::ReadOnly, nullptr);
        QVERIFY(file);
        const qint64 first
            = queryValue(file->database(), QStringLiteral("SELECT id FROM revision WHERE version = '1.0'"))
                  .toLongLong();
        const qint64 second
            = queryValue(file->database(), QStringLiteral("SELECT id FROM revision WHERE version = '1.1'"))
                  .toLongLong();
        QVERIFY(first != 0 && second != 0);
        QString error;
        const QList<SectionDifferences> differences
            = RevisionComparison::compareRevisions(file->database(), first, second, &error);
        QCOMPARE(error, QString());

        const SectionDifferences *contacts = sectionIn(differences, Section::Contacts);
        QVERIFY(contacts);
        QCOMPARE(contacts->count(RecordDifference::Kind::Added), 2); // a monitoring engineer, a warehouse dispatcher
        QCOMPARE(contacts->count(RecordDifference::Kind::Changed), 6); // the vendor's new engineer, re-verified people
        const SectionDifferences *risks = sectionIn(differences, Section::Risks);
        QVERIFY(risks);
        QCOMPARE(risks->count(RecordDifference::Kind::Added), 1);
        QCOMPARE(risks->count(RecordDifference::Kind::Changed), 1);
        // The vendor's new engineer changed the vendor's first channel too.
        const SectionDifferences *communications = sectionIn(differences, Section::Communications);
        QVERIFY(communications);
        QCOMPARE(communications->count(RecordDifference::Kind::Changed), 1);
        QCOMPARE(communications->records.first().fields.first().column, QStringLiteral("address"));
        for (const Section section : {Section::Runs, Section::Reviews, Section::Drills}) {
            const SectionDifferences *happened = sectionIn(differences, section);
            QVERIFY2(happened && happened->count(RecordDifference::Kind::Added) > 0,
                qPrintable(SectionNames::title(section)));
        }
        // The plan now differs from 1.1 only in the actions closed after publishing it.
        const QList<SectionDifferences> since
            = RevisionComparison::compareRevisions(file->database(), second, RevisionComparison::CurrentPlan, &error);
        QCOMPARE(error, QString());
        int changed = 0;
        for (const SectionDifferences &section : since) {
            for (const RecordDifference &record : section.records) {
                QCOMPARE(record.kind, RecordDifference::Kind::Changed);
                QVERIFY2(
                    record.table == QLatin1String("review_action") || record.table == QLatin1String("drill_action"),
                    qPrintable(record.table));
                ++changed;
            }
        }
        QCOMPARE(changed, 3);
    }

    void unknownLanguageCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.fallback"));
        const QString error = SamplePlan::create(QStringLiteral("fr"), path);
        QVERIFY(error.contains(QLatin1String("fr")));
        QVERIFY(entriesOf(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
