// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "planopening.h"
#include "risk/riskbands.h"
#include "risk/riskcategorymodel.h"
#include "risk/riskfiltermodel.h"
#include "risk/riskmodel.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fallback;

class TestRiskModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;

    QVariant stored(const QString &sql) const { return queryValue(m_document->database(), sql); }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        const QString path = m_dir.filePath(QStringLiteral("risks-%1.fallback").arg(++counter));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        m_document = test::openDocument(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
    }

    void cleanup() { m_document.reset(); }

    void bandsFollowThresholds_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("band");
        QTest::newRow("1") << 1 << int(RiskBand::Low);
        QTest::newRow("4") << 4 << int(RiskBand::Low);
        QTest::newRow("5") << 5 << int(RiskBand::Medium);
        QTest::newRow("9") << 9 << int(RiskBand::Medium);
        QTest::newRow("10") << 10 << int(RiskBand::High);
        QTest::newRow("16") << 16 << int(RiskBand::High);
        QTest::newRow("17") << 17 << int(RiskBand::Critical);
        QTest::newRow("25") << 25 << int(RiskBand::Critical);
    }

    void bandsFollowThresholds()
    {
        QFETCH(int, score);
        QFETCH(int, band);
        QCOMPARE(int(BandThresholds {}.bandOf(score)), band);
    }

    void thresholdsAreValidatedAndStoredWithUndo()
    {
        QCOMPARE(RiskBands::thresholds(*m_document), (BandThresholds {5, 10, 17}));
        QVERIFY(!BandThresholds({10, 10, 17}).isValid());
        QVERIFY(!BandThresholds({5, 12, 11}).isValid());
        QVERIFY(!BandThresholds({0, 10, 17}).isValid());
        QVERIFY(!BandThresholds({5, 10, 26}).isValid());
        QVERIFY(!RiskBands::whyInvalid({12, 10, 17}).isEmpty());
        QVERIFY(RiskBands::whyInvalid({4, 8, 15}).isEmpty());

        QVERIFY(!RiskBands::setThresholds(*m_document, {12, 10, 17}));
        QCOMPARE(stored(QStringLiteral("SELECT band_medium_from FROM plan")).toInt(), 5);
        QVERIFY(!RiskBands::setThresholds(*m_document, {5, 10, 17})); // nothing changes

        const int steps = m_document->undoStack()->count();
        QVERIFY(RiskBands::setThresholds(*m_document, {4, 8, 15}));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(RiskBands::thresholds(*m_document), (BandThresholds {4, 8, 15}));
        m_document->undoStack()->undo();
        QCOMPARE(RiskBands::thresholds(*m_document), (BandThresholds {5, 10, 17}));
    }

    void registerShowsTheTemplateRisks()
    {
        RiskModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), stored(QStringLiteral("SELECT COUNT(*) FROM risk")).toInt());
        QCOMPARE(model.columnCount(), int(RiskModel::ColumnCount));
        QCOMPARE(
            model.headerData(RiskModel::LikelihoodColumn, Qt::Horizontal).toString(), QStringLiteral("Likelihood"));
        // Risk 1 of the template: compatibility, likelihood 3, impact 4.
        const int row = model.rowOf(1);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, RiskModel::CategoryColumn).data().toString(), QStringLiteral("Compatibility risk"));
        QCOMPARE(model.index(row, RiskModel::CategoryColumn).data(Qt::EditRole).toLongLong(), 1);
        QCOMPARE(model.index(row, RiskModel::ScoreColumn).data().toInt(), 12);
        QCOMPARE(model.index(row, RiskModel::BandColumn).data().toString(), QStringLiteral("High"));
        QCOMPARE(model.index(row, RiskModel::BandColumn).data(Qt::BackgroundRole).value<QColor>(),
            QColor(RiskBands::colour(RiskBand::High)));
        QCOMPARE(model.index(row, RiskModel::StatusColumn).data().toString(), QStringLiteral("Open"));
        QVERIFY(!model.index(row, RiskModel::OwnerColumn).data().toString().isEmpty());
        QVERIFY(!(model.flags(model.index(row, RiskModel::ScoreColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(row, RiskModel::BandColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(row, RiskModel::LikelihoodColumn)) & Qt::ItemIsEditable);
        QCOMPARE(model.index(row, RiskModel::LikelihoodColumn).data(RecordTableModel::RangeRole).toList(),
            (QVariantList {qint64(1), qint64(5)}));
        QCOMPARE(model.likelihoodAt(row), 3);
        QCOMPARE(model.impactAt(row), 4);
        QCOMPARE(model.bandAt(row), RiskBand::High);
    }

    void scoreAndBandFollowLikelihoodAndImpact()
    {
        RiskModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOf(1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(row, RiskModel::LikelihoodColumn), 5));
        QCOMPARE(model.index(row, RiskModel::ScoreColumn).data().toInt(), 20);
        QCOMPARE(model.index(row, RiskModel::BandColumn).data().toString(), QStringLiteral("Critical"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(model.setData(model.index(row, RiskModel::ImpactColumn), QStringLiteral("1")));
        QCOMPARE(model.index(row, RiskModel::ScoreColumn).data().toInt(), 5);
        QCOMPARE(model.index(row, RiskModel::BandColumn).data().toString(), QStringLiteral("Medium"));
        QCOMPARE(stored(QStringLiteral("SELECT likelihood * impact FROM risk WHERE id = 1")).toInt(), 5);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(model.index(row, RiskModel::ScoreColumn).data().toInt(), 12);
    }

    void likelihoodOutsideOneToFiveIsRefused_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("0") << QVariant(0);
        QTest::newRow("6") << QVariant(6);
        QTest::newRow("-1") << QVariant(QStringLiteral("-1"));
        QTest::newRow("abc") << QVariant(QStringLiteral("abc"));
        QTest::newRow("2.5") << QVariant(QStringLiteral("2.5"));
        QTest::newRow("empty") << QVariant(QString());
    }

    void likelihoodOutsideOneToFiveIsRefused()
    {
        QFETCH(QVariant, value);
        RiskModel model(m_document.get());
        const int row = model.rowOf(1);
        const int steps = m_document->undoStack()->count();
        QSignalSpy refused(&model, &RiskModel::valueRefused);
        for (int column : {int(RiskModel::LikelihoodColumn), int(RiskModel::ImpactColumn)}) {
            const QModelIndex index = model.index(row, column);
            const int before = index.data(Qt::EditRole).toInt();
            QVERIFY(!model.setData(index, value));
            QCOMPARE(index.data(Qt::EditRole).toInt(), before);
        }
        QCOMPARE(m_document->undoStack()->count(), steps);
        QCOMPARE(refused.count(), 2);
        QCOMPARE(refused.at(0).at(1), value);
        QCOMPARE(stored(QStringLiteral("SELECT likelihood || 'x' || impact FROM risk WHERE id = 1")).toString(),
            QStringLiteral("3x4"));
    }

    void bandsChangeWithThePlanThresholds()
    {
        RiskModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOf(1); // score 12
        QCOMPARE(model.bandAt(row), RiskBand::High);
        QSignalSpy thresholds(&model, &RiskModel::thresholdsChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(RiskBands::setThresholds(*m_document, {5, 13, 20}));
        QCOMPARE(thresholds.count(), 1);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.thresholds(), (BandThresholds {5, 13, 20}));
        QCOMPARE(model.index(row, RiskModel::BandColumn).data().toString(), QStringLiteral("Medium"));
        QCOMPARE(model.index(row, RiskModel::BandColumn).data(Qt::BackgroundRole).value<QColor>(),
            QColor(RiskBands::colour(RiskBand::Medium)));
        QVERIFY(RiskBands::setThresholds(*m_document, {2, 3, 12}));
        QCOMPARE(model.index(row, RiskModel::BandColumn).data().toString(), QStringLiteral("Critical"));
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(model.index(row, RiskModel::BandColumn).data().toString(), QStringLiteral("High"));
        QCOMPARE(thresholds.count(), 4);
    }

    void categoryIsAReference()
    {
        RiskModel model(m_document.get());
        RiskCategoryModel categories(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester categoryTester(&categories, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOf(1);
        const QModelIndex category = model.index(row, RiskModel::CategoryColumn);
        const QVariantList choices = category.data(RecordTableModel::ChoicesRole).toList();
        QCOMPARE(choices.size(), categories.rowCount() + 1); // "(none)" first
        QVERIFY(!model.setData(category, 9999)); // no such category
        QVERIFY(model.setData(category, 2));
        QCOMPARE(category.data().toString(), QStringLiteral("Data security risk"));

        // Renaming the category shows in the register.
        const int categoryRow = categories.rowOf(2);
        QVERIFY(categories.setData(
            categories.index(categoryRow, RiskCategoryModel::NameColumn), QStringLiteral("Data loss")));
        QCOMPARE(category.data().toString(), QStringLiteral("Data loss"));

        // Removing it leaves the risk without a category; undo brings both back.
        QVERIFY(categories.removeRecords({categoryRow}));
        QCOMPARE(category.data().toString(), QString());
        QVERIFY(category.data(Qt::EditRole).isNull());
        m_document->undoStack()->undo();
        QCOMPARE(category.data().toString(), QStringLiteral("Data loss"));
        QCOMPARE(category.data(Qt::EditRole).toLongLong(), 2);
    }

    void categoriesAreOrderedAndHaveDefaults()
    {
        RiskCategoryModel categories(m_document.get());
        QAbstractItemModelTester tester(&categories, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(categories.isOrderable());
        QCOMPARE(categories.rowCount(), 7);
        QCOMPARE(categories.index(0, 0).data().toString(), QStringLiteral("Compatibility risk"));
        QVERIFY(!categories.addDefaults()); // the template has them all
        QVERIFY(categories.moveRecords({0}, categories.rowCount()));
        QCOMPARE(categories.index(6, 0).data().toString(), QStringLiteral("Compatibility risk"));

        QVERIFY(categories.removeRecords({0, 1, 2}));
        QCOMPARE(categories.rowCount(), 4);
        const int steps = m_document->undoStack()->count();
        QVERIFY(categories.addDefaults());
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(categories.rowCount(), 7);
        QCOMPARE(categories.index(4, 0).data().toString(), QStringLiteral("Data security risk"));
        QCOMPARE(categories.index(6, 0).data().toString(), QStringLiteral("Human operation risk"));
        m_document->undoStack()->undo();
        QCOMPARE(categories.rowCount(), 4);
    }

    void removingSeveralRisksIsOneUndoStep()
    {
        RiskModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QVERIFY(before >= 3);
        const QModelIndex added = model.appendRecord();
        QVERIFY(added.isValid());
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.index(added.row(), RiskModel::DescriptionColumn).data().toString(), QStringLiteral("New risk"));
        QCOMPARE(model.index(added.row(), RiskModel::ScoreColumn).data().toInt(), 9);
        const int steps = m_document->undoStack()->count();
        QVERIFY(model.removeRecords({0, 2, added.row()}));
        QCOMPARE(model.rowCount(), before - 2);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM risk")).toInt(), before + 1);
    }

    void filterByCellAndText()
    {
        RiskModel model(m_document.get());
        RiskFilterModel filter;
        filter.setSourceModel(&model);
        filter.setFilterKeyColumn(0); // as RecordTableEditor does
        filter.setFilterRole(RecordTableModel::SearchTextRole);
        filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int expected = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            expected += model.likelihoodAt(row) == 3 && model.impactAt(row) == 4 ? 1 : 0;
        }
        QVERIFY(expected >= 2);
        QSignalSpy cellChanged(&filter, &RiskFilterModel::cellChanged);
        filter.setCell(RiskCell {3, 4});
        QCOMPARE(cellChanged.count(), 1);
        QCOMPARE(filter.rowCount(), expected);
        filter.setFilterFixedString(QStringLiteral("incompatible"));
        QCOMPARE(filter.rowCount(), 1);
        // The text filter sees edits and threshold changes as they happen.
        const int other = model.rowOf(3);
        QVERIFY(!filter.mapFromSource(model.index(other, 0)).isValid()); // same cell, other text
        filter.setCell(std::nullopt);
        QVERIFY(model.setData(model.index(other, RiskModel::CauseColumn), QStringLiteral("Also incompatible")));
        QCOMPARE(filter.rowCount(), 2);
        filter.setFilterFixedString(QStringLiteral("critical"));
        const int critical = filter.rowCount();
        QVERIFY(RiskBands::setThresholds(*m_document, {2, 3, 4}));
        QVERIFY(filter.rowCount() > critical);
        m_document->undoStack()->undo();
        QCOMPARE(filter.rowCount(), critical);
        filter.setFilterFixedString(QString());
        filter.setCell(RiskCell {3, 4});
        // A risk edited out of the cell leaves the filtered rows.
        const int row = model.rowOf(1);
        QVERIFY(model.setData(model.index(row, RiskModel::ImpactColumn), 5));
        QCOMPARE(filter.rowCount(), expected - 1);
        filter.setCell(std::nullopt);
        QCOMPARE(filter.rowCount(), model.rowCount());
    }

    void largeRegisterOpensAndFiltersQuickly()
    {
        // 2,000 risks: reading them is one query, filtering one pass.
        QList<RecordSnapshot::Row> rows;
        qint64 id = m_document->nextId(QStringLiteral("risk"));
        for (int i = 0; i < 2000; ++i) {
            rows.append({QStringLiteral("risk"),
                {{QStringLiteral("id"), id++}, {QStringLiteral("description"), QStringLiteral("Risk number %1").arg(i)},
                    {QStringLiteral("cause"), QStringLiteral("Cause %1").arg(i)},
                    {QStringLiteral("category_id"), 1 + i % 7}, {QStringLiteral("likelihood"), 1 + i % 5},
                    {QStringLiteral("impact"), 1 + (i / 5) % 5}}});
        }
        QVERIFY(m_document->addRecords(rows, QStringLiteral("bulk")));
        QElapsedTimer timer;
        timer.start();
        RiskModel model(m_document.get());
        RiskFilterModel filter;
        filter.setSourceModel(&model);
        filter.setFilterKeyColumn(0); // as RecordTableEditor does
        filter.setFilterRole(RecordTableModel::SearchTextRole);
        filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QVERIFY(model.rowCount() > 2000);
        const qint64 openMs = timer.restart();
        filter.setFilterFixedString(QStringLiteral("number 19"));
        QCOMPARE(filter.rowCount(), 111); // 19, 190–199, 1900–1999
        const qint64 filterMs = timer.restart();
        filter.setCell(RiskCell {2, 3});
        const qint64 cellMs = timer.elapsed();
        qInfo("open %lld ms, text filter %lld ms, cell filter %lld ms", openMs, filterMs, cellMs);
    }
};

QTEST_GUILESS_MAIN(TestRiskModel)
#include "tst_riskmodel.moc"
