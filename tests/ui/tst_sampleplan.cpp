// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Open Sample Plan in the real main window, under the offscreen platform.
#include "dialogs/dialoghooks.h"
#include "dialogs/reportpreview.h"
#include "document/plandocument.h"
#include "document/planfield.h"
#include "document/section.h"
#include "mainwindow.h"
#include "pages/drillspage.h"
#include "pages/reviewspage.h"
#include "pages/upgradespage.h"
#include "plan/defaultplan.h"
#include "plan/translations.h"
#include "testsupport.h"
#include "window/planview.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace fallback;
using namespace fallback::test;
using namespace fallback::ui;

namespace {
const QString EnglishTitle = QStringLiteral("Yunfan Commerce Program Upgrade Emergency Plan");
const QString ChineseTitle = QStringLiteral("云帆商贸程序升级应急预案");
} // namespace

class TestSamplePlan : public QObject
{
    Q_OBJECT

private:
    QStringList m_warnings;
    QVariant m_savedLanguage;

    static QString dataFolder() { return QFileInfo(DefaultPlan::path()).absolutePath(); }

    static QStringList samplesInDataFolder()
    {
        return QDir(dataFolder()).entryList({QStringLiteral("sample*.fallback")}, QDir::Files, QDir::Name);
    }

    static void removeSamples()
    {
        for (const QString &name : samplesInDataFolder()) {
            QFile::remove(QDir(dataFolder()).filePath(name));
        }
    }

    /// The Help menu's entry, as a user finds it in the menu bar.
    static QAction *openSampleAction(MainWindow &window)
    {
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->text() == MainWindow::tr("&Help")) {
                for (QAction *action : menu->menu()->actions()) {
                    if (action->objectName() == QLatin1String("actionOpenSample")) {
                        return action;
                    }
                }
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_savedLanguage = QSettings().value(QStringLiteral("interface/language"));
        Translations::setPreferredLanguage(QStringLiteral("en"));
        Translations::install(QStringLiteral("en"));
        DialogHooks::warningHook = [this](const QString &, const QString &text) { m_warnings << text; };
        removeSamples();
    }

    void cleanupTestCase()
    {
        removeSamples();
        Translations::setPreferredLanguage(m_savedLanguage.toString());
    }

    void init() { m_warnings.clear(); }

    void helpMenuOpensTheSample()
    {
        MainWindow window;
        window.show();
        QAction *open = openSampleAction(window);
        QVERIFY(open && open->isEnabled());
        QCOMPARE(open->text(), QStringLiteral("Open &Sample Plan"));
        open->trigger();
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
        QVERIFY(window.document());
        QCOMPARE(window.document()->header(PlanField::Title).toString(), EnglishTitle);
        QVERIFY(window.windowTitle().contains(EnglishTitle));
        QCOMPARE(QFileInfo(window.document()->path()).fileName(), QStringLiteral("sample.fallback"));
        QCOMPARE(QFileInfo(window.document()->path()).absolutePath(), dataFolder()); // beside the default plan
        QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text() == EnglishTitle);
    }

    void noPageScrollsSidewaysOnASmallLaptop_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void noPageScrollsSidewaysOnASmallLaptop()
    {
        // 1024 x 640: every section of the worked example is read without
        // scrolling sideways; a form lays its labels above the fields instead.
        QFETCH(QString, language);
        Translations::install(language);
        const auto restore = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        MainWindow window;
        QVERIFY(window.openSamplePlan());
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList sideways;
        for (Section section : SectionNames::all()) {
            window.planView()->showSection(section);
            QCoreApplication::processEvents();
            QWidget *page = window.findChild<QWidget *>(QStringLiteral("page%1").arg(int(section)));
            QVERIFY(page);
            for (QScrollArea *area : page->findChildren<QScrollArea *>()) {
                if (area->isVisible() && area->horizontalScrollBar()->maximum() > 0) {
                    sideways << QStringLiteral("%1: %2 scrolls %3 px sideways")
                                    .arg(SectionNames::title(section),
                                        QLatin1String(area->widget()->metaObject()->className()))
                                    .arg(area->horizontalScrollBar()->maximum());
                }
            }
        }
        QVERIFY2(sideways.isEmpty(), qPrintable(sideways.join(QLatin1Char('\n'))));
    }

    void printPreviewShowsWhatThePageShows()
    {
        MainWindow window;
        window.show();
        openSampleAction(window)->trigger();
        QVERIFY(window.document());
        QList<report::ReportRequest> previewed;
        ReportPreview::showHook = [&previewed](const report::ReportRequest &request) { previewed << request; };
        const auto restore = qScopeGuard([] { ReportPreview::showHook = nullptr; });
        QAction *preview = window.findChild<QAction *>(QStringLiteral("actionPrintPreview"));
        QCOMPARE(preview->shortcut(), QKeySequence(QKeySequence::Print));
        const auto previewOf = [&](Section section) {
            window.planView()->showSection(section);
            preview->trigger();
            return previewed.isEmpty() ? report::ReportRequest() : previewed.takeLast();
        };

        QCOMPARE(previewOf(Section::Plan).kind, report::ReportKind::Plan);
        QCOMPARE(previewOf(Section::Contacts).kind, report::ReportKind::Roster);
        QCOMPARE(previewOf(Section::Organisation).kind, report::ReportKind::Roster);

        const report::ReportRequest review = previewOf(Section::Reviews);
        QCOMPARE(review.kind, report::ReportKind::Review);
        QCOMPARE(review.id.value_or(0), window.findChild<ReviewsPage *>()->currentReview());
        QVERIFY(review.id.value_or(0) != 0);

        const report::ReportRequest checklist = previewOf(Section::Upgrades);
        QCOMPARE(checklist.kind, report::ReportKind::Checklist);
        QCOMPARE(checklist.id.value_or(0), window.findChild<UpgradesPage *>()->currentUpgrade());

        const report::ReportRequest drill = previewOf(Section::Drills);
        QCOMPARE(drill.kind, report::ReportKind::Drill);
        QCOMPARE(drill.id.value_or(0), window.findChild<DrillsPage *>()->currentDrill());
        QCOMPARE(previewed.size(), 0);
    }

    void anUnchangedSampleIsOpenedAgain()
    {
        MainWindow window;
        openSampleAction(window)->trigger();
        QVERIFY(window.document());
        window.closePlan();
        openSampleAction(window)->trigger();
        QCOMPARE(QFileInfo(window.document()->path()).fileName(), QStringLiteral("sample.fallback"));
        QCOMPARE(samplesInDataFolder(), QStringList {QStringLiteral("sample.fallback")});
    }

    void aSampleWorkedInIsKeptAndAFreshOneOpens()
    {
        MainWindow window;
        window.show();
        openSampleAction(window)->trigger();
        const QString worked = window.document()->path();
        auto *title = window.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Our own plan"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(window.document()->header(PlanField::Title).toString(), QStringLiteral("Our own plan"));
        window.closePlan();

        openSampleAction(window)->trigger();
        QVERIFY(window.document());
        QCOMPARE(QFileInfo(window.document()->path()).fileName(), QStringLiteral("sample-2.fallback"));
        QCOMPARE(window.document()->header(PlanField::Title).toString(), EnglishTitle);
        window.closePlan();
        // The copy the user worked in is theirs: never overwritten.
        MainWindow other;
        QVERIFY(other.openPlan(worked));
        QCOMPARE(other.document()->header(PlanField::Title).toString(), QStringLiteral("Our own plan"));
    }

    void theSampleSpeaksTheInterfaceLanguage()
    {
        Translations::setPreferredLanguage(QStringLiteral("zh_CN"));
        MainWindow window;
        QAction *open = openSampleAction(window);
        QVERIFY(open);
        open->trigger();
        Translations::setPreferredLanguage(QStringLiteral("en"));
        QVERIFY(window.document());
        QCOMPARE(window.document()->header(PlanField::Title).toString(), ChineseTitle);
        QVERIFY(m_warnings.isEmpty());
    }
};

QTEST_MAIN(TestSamplePlan)
#include "tst_sampleplan.moc"
