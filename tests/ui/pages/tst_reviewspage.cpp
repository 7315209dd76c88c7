// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Reviews section of the real main window: a review is created from
// a recorded run with the run's facts filled in, submitted, refused approval
// until a reviewer and an approver are named, approved (and read-only), and
// reopened.
#include "document/plandocument.h"
#include "mainwindow.h"
#include "pages/reviewspage.h"
#include "plan/sampleplan.h"
#include "review/reviewactionmodel.h"
#include "run/runsession.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistoperations.h"
#include "widgets/messagebar.h"
#include "widgets/recordtableeditor.h"
#include "window/planview.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fallback;
using namespace fallback::ui;

class TestReviewsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPlanPath() { return m_dir.filePath(QStringLiteral("reviews-%1.fallback").arg(++m_counter)); }
    static QVariant stored(MainWindow &window, const QString &sql, const QVariantList &values = {})
    {
        return queryValue(window.document()->database(), sql, values);
    }
    template<typename T> static T *child(QWidget *page, const char *name)
    {
        return page->findChild<T *>(QLatin1String(name));
    }
    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    /// An upgrade run that failed a step: occurred 22:38, detected 22:45,
    /// stopped 22:50, service restored 23:30.
    static void recordRun(PlanDocument *document)
    {
        const qint64 upgrade = document->addRecord(QStringLiteral("upgrade"),
            {{QStringLiteral("name"), QStringLiteral("Orders DB 15")}}, QStringLiteral("Add"));
        QVERIFY(ChecklistOperations::instantiateChecklist(document, upgrade, 1));
        QDateTime now(QDate(2026, 5, 1), QTime(22, 40, 0), QTimeZone::utc());
        auto session = RunSession::start(
            document, upgrade, QStringLiteral("live"), 0, QStringLiteral("Li Lei"), [&now] { return now; });
        QVERIFY(session);
        const qint64 item = queryValue(document->database(),
            QStringLiteral("SELECT id FROM run_item WHERE phase = 'during' ORDER BY position LIMIT 1"))
                                .toLongLong();
        QVERIFY(session->markFailed(item, QStringLiteral("migration step timed out")));
        QVERIFY(session->recordMilestone(
            QStringLiteral("occurred"), QDateTime(QDate(2026, 5, 1), QTime(22, 38, 0), QTimeZone::utc())));
        now = QDateTime(QDate(2026, 5, 1), QTime(22, 45, 0), QTimeZone::utc());
        QVERIFY(session->recordMilestone(QStringLiteral("detected")));
        now = QDateTime(QDate(2026, 5, 1), QTime(22, 50, 0), QTimeZone::utc());
        QVERIFY(session->stop(QStringLiteral("replication lag")));
        now = QDateTime(QDate(2026, 5, 1), QTime(23, 30, 0), QTimeZone::utc());
        QVERIFY(session->serviceRestored(QStringLiteral("old version back")));
    }

private Q_SLOTS:
    void reviewFromRunToApprovedAndBack()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        recordRun(window.document());
        window.planView()->showSection(Section::Reviews);
        auto *page = window.findChild<ReviewsPage *>(QStringLiteral("page%1").arg(int(Section::Reviews)));
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->currentReview(), 0);

        // The run is offered; creating the review fills it in from the run.
        auto *runs = child<QComboBox>(page, "reviewRunCombo");
        QCOMPARE(runs->count(), 1);
        QVERIFY(runs->currentText().contains(QLatin1String("Orders DB 15")));
        QTest::mouseClick(child<QPushButton>(page, "createReviewButton"), Qt::LeftButton);
        const qint64 review = page->currentReview();
        QVERIFY(review != 0);
        QVERIFY(child<QLineEdit>(page, "titleEdit")->text().contains(QLatin1String("Orders DB 15")));
        QVERIFY(child<QPlainTextEdit>(page, "went_badlyEdit")
                    ->toPlainText()
                    .contains(QLatin1String("migration step timed out")));
        const QString facts = child<QLabel>(page, "reviewFactsLabel")->text();
        QVERIFY2(facts.contains(QLatin1String("7 min")) && facts.contains(QLatin1String("5 min"))
                && facts.contains(QLatin1String("52 min")),
            qPrintable(facts));
        QVERIFY(child<QTableWidget>(page, "phaseTable")->rowCount() > 0);
        QCOMPARE(page->actionEditor()->model()->rowCount(), 1);
        QCOMPARE(child<QLabel>(page, "reviewStatusLabel")->text(), QStringLiteral("Status: Draft"));

        // Submit, then approve: refused until somebody is named.
        QTest::mouseClick(child<QPushButton>(page, "submitReviewButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(page, "reviewStatusLabel")->text(), QStringLiteral("Status: In review"));
        auto *approve = child<QPushButton>(page, "approveReviewButton");
        QVERIFY(approve->isVisible());
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY(window.planView()->messageBar()->text().contains(QLatin1String("reviewer")));
        QCOMPARE(window.planView()->messageBar()->kind(), MessageBar::Kind::Problem);
        QCOMPARE(page->window()->focusWidget(), child<QLineEdit>(page, "reviewerEdit")); // where the name goes
        QCOMPARE(stored(window, QStringLiteral("SELECT status FROM review")).toString(), QStringLiteral("in_review"));
        replaceText(child<QLineEdit>(page, "reviewerEdit"), QStringLiteral("Wang Fang"));
        replaceText(child<QLineEdit>(page, "approverEdit"), QStringLiteral("Zhao Min"));
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(stored(window, QStringLiteral("SELECT status FROM review")).toString(), QStringLiteral("approved"));

        // Approved: read-only, and it says so.
        QVERIFY(child<QLabel>(page, "reviewLockLabel")->isVisible());
        QVERIFY(child<QLineEdit>(page, "titleEdit")->isReadOnly());
        QVERIFY(child<QPlainTextEdit>(page, "root_causeEdit")->isReadOnly());
        QVERIFY(!(page->actionEditor()->model()->flags(
                      page->actionEditor()->model()->index(0, ReviewActionModel::OwnerColumn))
            & Qt::ItemIsEditable));

        // Nothing offers to remove or add what cannot change.
        page->reviewEditor()->view()->selectRow(0);
        QVERIFY(!child<QPushButton>(page->reviewEditor(), "removeButton")->isEnabled());
        page->actionEditor()->view()->selectRow(0);
        QVERIFY(!child<QPushButton>(page->actionEditor(), "removeButton")->isEnabled());
        QVERIFY(!child<QPushButton>(page->actionEditor(), "addButton")->isEnabled());

        // Reopened: editable again; undo puts the approval back.
        QTest::mouseClick(child<QPushButton>(page, "reopenReviewButton"), Qt::LeftButton);
        QVERIFY(!child<QLineEdit>(page, "titleEdit")->isReadOnly());
        QVERIFY(!child<QLabel>(page, "reviewLockLabel")->isVisible());
        QVERIFY(child<QPushButton>(page->actionEditor(), "removeButton")->isEnabled());
        window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(stored(window, QStringLiteral("SELECT status FROM review")).toString(), QStringLiteral("approved"));
        QVERIFY(child<QLineEdit>(page, "titleEdit")->isReadOnly());
    }

    void aLongValueShowsItsStart()
    {
        // The sample's review: who and what was affected, longer than their fields.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.fallback"));
        QCOMPARE(SamplePlan::create(QStringLiteral("en"), path), QString());
        MainWindow window;
        QVERIFY(window.openPlan(path));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.planView()->showSection(Section::Reviews);
        for (const char *name : {"impact_usersEdit", "impact_systemsEdit"}) {
            auto *edit = window.findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY2(edit && edit->isVisible(), name);
            QVERIFY2(edit->fontMetrics().horizontalAdvance(edit->text()) > edit->width(), name);
            QCOMPARE(edit->cursorPosition(), 0);
        }
    }

    void theNewestRunIsOfferedFirst()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        PlanDocument *document = window.document();
        const qint64 upgrade = document->addRecord(QStringLiteral("upgrade"),
            {{QStringLiteral("name"), QStringLiteral("Billing 4.2")}}, QStringLiteral("Add"));
        QDateTime now(QDate(2026, 5, 1), QTime(22, 0, 0), QTimeZone::utc());
        const auto clock = [&now] { return now; };
        auto rehearsal
            = RunSession::start(document, upgrade, QStringLiteral("rehearsal"), 0, QStringLiteral("Li Lei"), clock);
        QVERIFY(rehearsal && rehearsal->endEmergency(QStringLiteral("rehearsal done")));
        now = QDateTime(QDate(2026, 5, 8), QTime(22, 0, 0), QTimeZone::utc());
        auto live = RunSession::start(document, upgrade, QStringLiteral("live"), 0, QStringLiteral("Li Lei"), clock);
        QVERIFY(live);
        window.planView()->showSection(Section::Reviews);
        auto *page = window.findChild<ReviewsPage *>(QStringLiteral("page%1").arg(int(Section::Reviews)));
        auto *runs = child<QComboBox>(page, "reviewRunCombo");
        QCOMPARE(runs->count(), 2);
        QCOMPARE(runs->currentData().toLongLong(), live->runId());
    }

    void selectRecordLandsOnTheReviewOfAnAction()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        recordRun(window.document());
        window.planView()->showSection(Section::Reviews);
        auto *page = window.findChild<ReviewsPage *>(QStringLiteral("page%1").arg(int(Section::Reviews)));
        const qint64 first = page->createFromChosenRun();
        const qint64 second = page->createFromChosenRun();
        QVERIFY(first != 0 && second != 0 && first != second);
        const qint64 action
            = stored(window, QStringLiteral("SELECT id FROM review_action WHERE review_id = ?"), {first}).toLongLong();
        QVERIFY(page->selectRecord(QStringLiteral("review_action"), action));
        QCOMPARE(page->currentReview(), first);
        QCOMPARE(child<QTabWidget>(page, "reviewTabs")->currentIndex(), 1);
        QVERIFY(!page->selectRecord(QStringLiteral("review"), 9999));
    }
};

QTEST_MAIN(TestReviewsPage)
#include "tst_reviewspage.moc"
