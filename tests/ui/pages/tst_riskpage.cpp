// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The risk assessment page, driven through the main window as a user would.
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "mainwindow.h"
#include "pages/riskpage.h"
#include "plan/translations.h"
#include "report/builders/figures.h"
#include "risk/riskbands.h"
#include "risk/riskmodel.h"
#include "storage/planfile.h"
#include "storage/sqlquery.h"
#include "widgets/messagebar.h"
#include "widgets/recordtableeditor.h"
#include "widgets/riskheatmap.h"
#include "window/planview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fallback;
using namespace fallback::ui;

class TestRiskPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    RiskPage *m_page = nullptr;
    QTableView *m_view = nullptr;
    RiskHeatMap *m_heatMap = nullptr;

    static QVariant stored(const QString &path, const QString &sql)
    {
        auto file = PlanFile::open(path, PlanFile::Access::ReadOnly, nullptr);
        return file ? queryValue(file->database(), sql) : QVariant();
    }

    QVariant stored(const QString &sql) const { return stored(m_path, sql); }

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    /// Opens a new plan from \a language's template at the risks.
    void openRisks(const QString &language = QStringLiteral("en"))
    {
        m_path = m_dir.filePath(QStringLiteral("risks-%1.fallback").arg(++m_counter));
        Translations::install(language);
        QVERIFY(PlanJsonImport::createFromTemplate(language, m_path).isEmpty());
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openPlan(m_path));
        m_window->resize(1360, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->planView()->showSection(Section::Risks);
        m_page = m_window->findChild<RiskPage *>();
        QVERIFY(m_page && m_page->isVisible());
        QCOMPARE(m_page->objectName(), QStringLiteral("page%1").arg(int(Section::Risks)));
        m_view = m_page->registerEditor()->view();
        m_heatMap = m_page->heatMap();
        QVERIFY(m_view && m_heatMap && m_heatMap->isVisible());
    }

    int shownRows() const { return m_view->model()->rowCount(); }

    QModelIndex shownCell(qint64 riskId, int column) const
    {
        auto *risks = qobject_cast<RiskModel *>(m_page->registerEditor()->model());
        return m_page->registerEditor()->proxy()->mapFromSource(risks->index(risks->rowOf(riskId), column));
    }

    /// Types \a text into the editor of \a index in \a view and confirms it
    /// with Return, which the delegate handles after the key event.
    static void typeIntoCell(QTableView *view, const QModelIndex &index, const QString &text)
    {
        view->setFocus();
        view->setCurrentIndex(index);
        view->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        const QPointer<QLineEdit> open(editor);
        QTRY_VERIFY(!open || !open->isVisible());
    }

    void typeIntoCell(const QModelIndex &index, const QString &text) { typeIntoCell(m_view, index, text); }

    void clickCell(RiskCell cell)
    {
        QTest::mouseClick(m_heatMap, Qt::LeftButton, {}, m_heatMap->cellRect(cell).center());
    }

    /// Writes a picture of the window when FALLBACK_SCREENSHOTS names a folder.
    void screenshot(const QString &name)
    {
        const QString folder = qEnvironmentVariable("FALLBACK_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QVERIFY(m_window->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_page = nullptr;
        m_view = nullptr;
        m_heatMap = nullptr;
        m_window.reset();
        Translations::install(QStringLiteral("en"));
    }

    void bandColoursMatchTheReport()
    {
        for (RiskBand band : RiskBands::all()) {
            QCOMPARE(QColor(RiskBands::colour(band)), report::bandColour(RiskBands::name(band)));
        }
    }

    void registerAndHeatMapShowTheTemplateRisks()
    {
        openRisks();
        QCOMPARE(shownRows(), 8);
        QCOMPARE(m_heatMap->count({3, 4}), 3);
        QCOMPARE(m_heatMap->count({2, 5}), 2);
        QCOMPARE(m_heatMap->count({1, 1}), 0);
        // Cells are painted in their band colours.
        const QImage picture = m_heatMap->grab().toImage();
        const qreal ratio = picture.devicePixelRatio();
        const auto colourAt = [&](RiskCell cell) {
            const QPoint corner = m_heatMap->cellRect(cell).topLeft() + QPoint(6, 6);
            return picture.pixelColor(corner * ratio);
        };
        QCOMPARE(colourAt({1, 1}), QColor(RiskBands::colour(RiskBand::Low)));
        QCOMPARE(colourAt({2, 3}), QColor(RiskBands::colour(RiskBand::Medium)));
        QCOMPARE(colourAt({3, 4}), QColor(RiskBands::colour(RiskBand::High)));
        QCOMPARE(colourAt({5, 5}), QColor(RiskBands::colour(RiskBand::Critical)));
        screenshot(QStringLiteral("risks-en"));
    }

    void addAndEditARiskThenUndo()
    {
        openRisks();
        auto *add = m_page->registerEditor()->findChild<QPushButton *>(QStringLiteral("addButton"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM risk")).toInt(), 9);
        QCOMPARE(shownRows(), 9);
        QTRY_COMPARE(m_heatMap->count({3, 3}), 2); // a new risk is 3 × 3
        // The new risk's description is being edited; finish it.
        const qint64 id = stored(QStringLiteral("SELECT MAX(id) FROM risk")).toLongLong();
        auto *editor = qobject_cast<QLineEdit *>(m_view->indexWidget(shownCell(id, RiskModel::DescriptionColumn)));
        QVERIFY(editor && editor->hasFocus());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Licence server unreachable"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(stored(QStringLiteral("SELECT description FROM risk WHERE id = %1").arg(id)).toString(),
            QStringLiteral("Licence server unreachable"));

        typeIntoCell(shownCell(id, RiskModel::LikelihoodColumn), QStringLiteral("5"));
        typeIntoCell(shownCell(id, RiskModel::ImpactColumn), QStringLiteral("4"));
        QCOMPARE(stored(QStringLiteral("SELECT likelihood * impact FROM risk WHERE id = %1").arg(id)).toInt(), 20);
        QCOMPARE(shownCell(id, RiskModel::ScoreColumn).data().toString(), QStringLiteral("20"));
        QCOMPARE(shownCell(id, RiskModel::BandColumn).data().toString(), QStringLiteral("Critical"));
        QCOMPARE(m_heatMap->count({3, 3}), 1);
        QCOMPARE(m_heatMap->count({5, 4}), 1);

        // Six, zero and words are refused; the old value stays.
        for (const QString &typed : {QStringLiteral("6"), QStringLiteral("0"), QStringLiteral("abc")}) {
            typeIntoCell(shownCell(id, RiskModel::LikelihoodColumn), typed);
            QCOMPARE(shownCell(id, RiskModel::LikelihoodColumn).data().toString(), QStringLiteral("5"));
            const QString said = m_window->planView()->messageBar()->text();
            QVERIFY2(said.contains(QLatin1String("Likelihood")) && said.contains(typed)
                    && said.contains(QLatin1String("from 1 to 5")),
                qPrintable(said));
        }
        QCOMPARE(stored(QStringLiteral("SELECT likelihood FROM risk WHERE id = %1").arg(id)).toInt(), 5);

        action("actionUndo")->trigger(); // impact
        action("actionUndo")->trigger(); // likelihood
        QCOMPARE(m_heatMap->count({5, 4}), 0);
        QCOMPARE(m_heatMap->count({3, 3}), 2);
        action("actionUndo")->trigger(); // description
        action("actionUndo")->trigger(); // the risk
        QCOMPARE(shownRows(), 8);
        QCOMPARE(m_heatMap->count({3, 3}), 1);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM risk")).toInt(), 8);
    }

    void heatMapCellFiltersTheRegister()
    {
        openRisks();
        auto *showAll = m_page->findChild<QPushButton *>(QStringLiteral("showAllRisksButton"));
        auto *label = m_page->findChild<QLabel *>(QStringLiteral("heatMapCellLabel"));
        QVERIFY(showAll && label);
        QVERIFY(!showAll->isEnabled());

        clickCell({3, 4});
        QCOMPARE(m_heatMap->selectedCell(), std::optional<RiskCell>(RiskCell {3, 4}));
        QCOMPARE(shownRows(), 3);
        QVERIFY(label->text().contains(QLatin1String("3 risk")));
        QVERIFY(showAll->isEnabled());
        screenshot(QStringLiteral("risks-cell"));

        // Editing a risk out of the cell takes it out of the list; the map follows.
        typeIntoCell(m_view->model()->index(0, RiskModel::ImpactColumn), QStringLiteral("2"));
        QCOMPARE(shownRows(), 2);
        QCOMPARE(m_heatMap->count({3, 4}), 2);
        QVERIFY(label->text().contains(QLatin1String("2 risk")));
        action("actionUndo")->trigger();
        QCOMPARE(shownRows(), 3);

        clickCell({3, 4}); // the same cell again shows all
        QCOMPARE(m_heatMap->selectedCell(), std::nullopt);
        QCOMPARE(shownRows(), 8);

        clickCell({2, 5});
        QCOMPARE(shownRows(), 2);
        QTest::mouseClick(showAll, Qt::LeftButton);
        QCOMPARE(shownRows(), 8);
        QVERIFY(!showAll->isEnabled());

        clickCell({1, 1}); // an empty cell lists nothing
        QCOMPARE(shownRows(), 0);
        clickCell({1, 1});
        QCOMPARE(shownRows(), 8);
    }

    void heatMapWorksFromTheKeyboard()
    {
        openRisks();
        QCOMPARE(m_heatMap->focusPolicy(), Qt::StrongFocus);
        m_heatMap->setFocus(Qt::TabFocusReason);
        QVERIFY(m_heatMap->hasFocus());
        QCOMPARE(m_heatMap->currentCell(), (RiskCell {1, 1}));
        QTest::keyClick(m_heatMap, Qt::Key_Up);
        QTest::keyClick(m_heatMap, Qt::Key_Right);
        QTest::keyClick(m_heatMap, Qt::Key_Right);
        QTest::keyClick(m_heatMap, Qt::Key_Right);
        QTest::keyClick(m_heatMap, Qt::Key_Right);
        QTest::keyClick(m_heatMap, Qt::Key_Right); // stays at the edge
        QCOMPARE(m_heatMap->currentCell(), (RiskCell {2, 5}));
        QVERIFY(m_heatMap->accessibleDescription().contains(QLatin1String("2 risk")));
        QTest::keyClick(m_heatMap, Qt::Key_Space);
        QCOMPARE(shownRows(), 2);
        QTest::keyClick(m_heatMap, Qt::Key_Return);
        QCOMPARE(shownRows(), 8);
        QTest::keyClick(m_heatMap, Qt::Key_Up);
        QTest::keyClick(m_heatMap, Qt::Key_Enter);
        QCOMPARE(m_heatMap->selectedCell(), std::optional<RiskCell>(RiskCell {3, 5}));
        QCOMPARE(shownRows(), 0);
        QTest::keyClick(m_heatMap, Qt::Key_Escape);
        QCOMPARE(shownRows(), 8);
    }

    void filterBoxAndCellTogether()
    {
        openRisks();
        QLineEdit *filter = m_page->registerEditor()->filterEdit();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("roll"));
        const int rolls = shownRows();
        QVERIFY(rolls > 0 && rolls < 8);
        for (int row = 0; row < rolls; ++row) {
            bool found = false;
            for (int column = 0; column < RiskModel::ColumnCount; ++column) {
                found = found
                    || m_view->model()
                           ->index(row, column)
                           .data()
                           .toString()
                           .contains(QLatin1String("roll"), Qt::CaseInsensitive);
            }
            QVERIFY(found);
        }
        clickCell({3, 4});
        QVERIFY(shownRows() <= rolls);
        QVERIFY(shownRows() <= 3);
        filter->clear();
        QCOMPARE(shownRows(), 3);
        QTest::keyClicks(filter, QStringLiteral("operator"));
        QCOMPARE(shownRows(), 1);
        clickCell({3, 4});
        QCOMPARE(shownRows(), 1);
        filter->clear();
        QCOMPARE(shownRows(), 8);
    }

    void removingSeveralRisksIsOneUndoStep()
    {
        openRisks();
        m_view->setFocus();
        m_view->selectionModel()->select(QItemSelection(m_view->model()->index(0, 0), m_view->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(m_page->registerEditor()->selectedIds().size(), 3);
        QTest::mouseClick(
            m_page->registerEditor()->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QCOMPARE(shownRows(), 5);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM risk")).toInt(), 5);
        QCOMPARE(m_heatMap->count({3, 4}), 1);
        action("actionUndo")->trigger();
        QCOMPARE(shownRows(), 8);
        QCOMPARE(m_heatMap->count({3, 4}), 3);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM risk")).toInt(), 8);
    }

    void bandThresholdsAreEditedWithUndo()
    {
        openRisks();
        auto *medium = m_page->findChild<QSpinBox *>(QStringLiteral("bandMediumSpin"));
        auto *high = m_page->findChild<QSpinBox *>(QStringLiteral("bandHighSpin"));
        auto *critical = m_page->findChild<QSpinBox *>(QStringLiteral("bandCriticalSpin"));
        auto *message = m_page->findChild<QLabel *>(QStringLiteral("bandMessage"));
        QVERIFY(medium && high && critical && message);
        QCOMPARE(medium->value(), 5);
        QCOMPARE(high->value(), 10);
        QCOMPARE(critical->value(), 17);
        const QModelIndex band = shownCell(1, RiskModel::BandColumn); // score 12
        QCOMPARE(band.data().toString(), QStringLiteral("High"));

        critical->setFocus();
        critical->selectAll();
        QTest::keyClicks(critical, QStringLiteral("12"));
        QTest::keyClick(critical, Qt::Key_Return);
        QCOMPARE(stored(QStringLiteral("SELECT band_critical_from FROM plan")).toInt(), 12);
        QCOMPARE(band.data().toString(), QStringLiteral("Critical"));
        QCOMPARE(shownCell(1, RiskModel::BandColumn).data(Qt::BackgroundRole).value<QColor>(),
            QColor(RiskBands::colour(RiskBand::Critical)));
        QCOMPARE(m_heatMap->grab().toImage().pixelColor(m_heatMap->cellRect({3, 4}).topLeft() + QPoint(6, 6)),
            QColor(RiskBands::colour(RiskBand::Critical)));
        QVERIFY(message->isHidden());

        // High from 12 would reach critical: refused, visibly, the old value kept.
        high->setFocus();
        high->selectAll();
        QTest::keyClicks(high, QStringLiteral("12"));
        QTest::keyClick(high, Qt::Key_Return);
        QCOMPARE(high->value(), 10);
        QCOMPARE(stored(QStringLiteral("SELECT band_high_from FROM plan")).toInt(), 10);
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!high->styleSheet().isEmpty());
        QVERIFY(m_window->planView()->messageBar()->text().contains(QLatin1String("rising order")));
        screenshot(QStringLiteral("risks-bands-refused"));

        medium->setFocus();
        medium->stepUp(); // 6, a valid change, clears the refusal
        QCOMPARE(stored(QStringLiteral("SELECT band_medium_from FROM plan")).toInt(), 6);
        QVERIFY(message->isHidden());
        QVERIFY(high->styleSheet().isEmpty());

        action("actionUndo")->trigger();
        QCOMPARE(medium->value(), 5);
        action("actionUndo")->trigger();
        QCOMPARE(critical->value(), 17);
        QCOMPARE(band.data().toString(), QStringLiteral("High"));
        QCOMPARE(stored(QStringLiteral("SELECT band_critical_from FROM plan")).toInt(), 17);
    }

    void categoriesAreEditedBesideTheRegister()
    {
        openRisks();
        auto *toggle = m_page->findChild<QToolButton *>(QStringLiteral("riskCategoryToggle"));
        auto *categories = m_page->findChild<RecordTableEditor *>(QStringLiteral("riskCategoryEditor"));
        QVERIFY(toggle && categories);
        QVERIFY(!categories->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(categories->isVisible());
        QCOMPARE(categories->view()->model()->rowCount(), 7);
        screenshot(QStringLiteral("risks-categories"));

        QTableView *view = categories->view();
        typeIntoCell(view, view->model()->index(0, 0), QStringLiteral("Interface compatibility"));
        QCOMPARE(shownCell(1, RiskModel::CategoryColumn).data().toString(), QStringLiteral("Interface compatibility"));

        // The usual categories come back in one step once some are missing.
        auto *defaults = m_page->findChild<QPushButton *>(QStringLiteral("addDefaultCategoriesButton"));
        QVERIFY(defaults && defaults->isVisible());
        QTest::mouseClick(defaults, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 8);
        QVERIFY(!defaults->isVisible());
        action("actionUndo")->trigger();
        QCOMPARE(view->model()->rowCount(), 7);
    }

    void selectRecordShowsAHiddenRisk()
    {
        openRisks();
        clickCell({2, 5});
        QCOMPARE(shownRows(), 2);
        QVERIFY(m_page->selectRecord(QStringLiteral("risk"), 1)); // likelihood 3, impact 4
        QCOMPARE(m_heatMap->selectedCell(), std::nullopt);
        QCOMPARE(m_page->registerEditor()->selectedIds(), QList<qint64> {1});
        QVERIFY(!m_page->selectRecord(QStringLiteral("risk"), 999));
        QVERIFY(m_page->selectRecord(QStringLiteral("risk_category"), 3));
        QVERIFY(m_page->findChild<RecordTableEditor *>(QStringLiteral("riskCategoryEditor"))->isVisible());
        QVERIFY(!m_page->selectRecord(QStringLiteral("measure"), 1));
        // Through the plan view, as the readiness panel asks for it.
        m_window->planView()->showSection(Section::Plan);
        QVERIFY(m_window->planView()->showRecord(Section::Risks, QStringLiteral("risk"), 2));
        QVERIFY(m_page->isVisible());
        QCOMPARE(m_page->registerEditor()->selectedIds(), QList<qint64> {2});
    }

    void chineseInterfaceAndPlan()
    {
        openRisks(QStringLiteral("zh_CN"));
        QCOMPARE(shownRows(), 8);
        QCOMPARE(shownCell(1, RiskModel::CategoryColumn).data().toString(), QStringLiteral("兼容性风险"));
        QCOMPARE(shownCell(1, RiskModel::BandColumn).data().toString(), RiskBands::label(RiskBand::High));
        QVERIFY(RiskBands::label(RiskBand::High) != QLatin1String("High"));
        clickCell({3, 4});
        QCOMPARE(shownRows(), 3);
        screenshot(QStringLiteral("risks-zh"));
        // Back to English while the page is open: the page follows.
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(shownCell(1, RiskModel::BandColumn).data().toString(), QStringLiteral("High"));
        QTRY_COMPARE(m_page->registerEditor()->findChild<QLabel *>()->text(), QStringLiteral("Risk register"));
        QLineEdit *filter = m_page->registerEditor()->filterEdit();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("High"));
        QCOMPARE(shownRows(), 3); // band names are searched in the language shown
    }
};

QTEST_MAIN(TestRiskPage)
#include "tst_riskpage.moc"
