// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/plancontentreader.h"
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "planopening.h"
#include "review/reviewactionmodel.h"
#include "review/reviewfacts.h"
#include "review/reviewmodel.h"
#include "review/reviewworkflow.h"
#include "run/runsession.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistoperations.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace fallback;

namespace {
constexpr qint64 StandardTemplate = 1; // the built-in template's checklist template
const QDate Today(2026, 5, 4);
} // namespace

/// The post-incident review: what a run fills in, and the way from draft to
/// approved and back.
class TestReviews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    qint64 m_run = 0;
    QDateTime m_now;

    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        return queryValue(m_document->database(), sql, values);
    }
    qint64 itemOfPhase(const QString &phase, int nth = 0) const
    {
        return value(QStringLiteral("SELECT id FROM run_item WHERE run_id = ? AND phase = ? ORDER BY position, id "
                                    "LIMIT 1 OFFSET ?"),
            {m_run, phase, nth})
            .toLongLong();
    }
    qint64 reviewFromRun()
    {
        QString error;
        const qint64 id = ReviewWorkflow::createFromRun(*m_document, m_run, &error);
        if (id == 0) {
            qWarning("review refused: %s", qPrintable(error));
        }
        return id;
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        const QString path = m_dir.filePath(QStringLiteral("reviews-%1.fallback").arg(++counter));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        m_document = test::openDocument(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
        const qint64 upgrade = m_document->addRecord(QStringLiteral("upgrade"),
            {{QStringLiteral("name"), QStringLiteral("Orders DB 15")},
                {QStringLiteral("window_start"), QStringLiteral("2026-05-01T22:00:00Z")}},
            QStringLiteral("Add"));
        QVERIFY(ChecklistOperations::instantiateChecklist(m_document.get(), upgrade, StandardTemplate));
        const qint64 system = value(QStringLiteral("SELECT id FROM scope_system ORDER BY id LIMIT 1")).toLongLong();
        m_document->addRecord(QStringLiteral("upgrade_system"),
            {{QStringLiteral("upgrade_id"), upgrade}, {QStringLiteral("system_id"), system}}, QStringLiteral("Add"));

        // The run: the before phase done by 22:30, a failed step at 22:40,
        // the problem noticed at 22:45, stopped at 22:50, service back at 23:30.
        m_now = QDateTime(QDate(2026, 5, 1), QTime(22, 0, 0), QTimeZone::utc());
        auto session = RunSession::start(
            m_document.get(), upgrade, QStringLiteral("live"), 0, QStringLiteral("Li Lei"), [this] { return m_now; });
        QVERIFY(session);
        m_run = session->runId();
        for (int i = 0; qint64 item = itemOfPhase(QStringLiteral("before"), i); ++i) {
            m_now = m_now.addSecs(60);
            QVERIFY(session->tick(item));
        }
        m_now = QDateTime(QDate(2026, 5, 1), QTime(22, 40, 0), QTimeZone::utc());
        QVERIFY(
            session->markFailed(itemOfPhase(QStringLiteral("during"), 0), QStringLiteral("migration step timed out")));
        QVERIFY(session->recordMilestone(
            QStringLiteral("occurred"), QDateTime(QDate(2026, 5, 1), QTime(22, 38, 0), QTimeZone::utc())));
        m_now = QDateTime(QDate(2026, 5, 1), QTime(22, 45, 0), QTimeZone::utc());
        QVERIFY(session->recordMilestone(QStringLiteral("detected")));
        m_now = QDateTime(QDate(2026, 5, 1), QTime(22, 50, 0), QTimeZone::utc());
        QVERIFY(session->stop(QStringLiteral("replication lag beyond the go/no-go limit")));
        m_now = QDateTime(QDate(2026, 5, 1), QTime(23, 30, 0), QTimeZone::utc());
        QVERIFY(session->serviceRestored(QStringLiteral("old version back")));
    }

    void cleanup() { m_document.reset(); }

    void factsComeFromTheRun()
    {
        const ReviewFacts facts = ReviewFacts::of(PlanContentReader(m_document->database()).run(m_run));
        QCOMPARE(facts.minutesToDetect, std::optional<qint64>(7)); // 22:38 -> 22:45
        QCOMPARE(facts.minutesToStop, std::optional<qint64>(5)); // 22:45 -> 22:50
        QCOMPARE(facts.minutesToRestore, std::optional<qint64>(52)); // 22:38 -> 23:30
        QVERIFY(!facts.phases.isEmpty());
        const ReviewFacts::Phase &before = facts.phases.first();
        QCOMPARE(before.phase, QStringLiteral("before"));
        QCOMPARE(before.done, before.items);
        QVERIFY(before.plannedMinutes.has_value());
        QCOMPARE(before.actualMinutes, std::optional<qint64>(before.items)); // a tick a minute from 22:00
        const auto during = std::find_if(facts.phases.cbegin(), facts.phases.cend(),
            [](const ReviewFacts::Phase &p) { return p.phase == QLatin1String("during"); });
        QVERIFY(during != facts.phases.cend());
        QCOMPARE(during->failed, 1);
        // From the last tick before it to the failed step at 22:40.
        QCOMPARE(during->actualMinutes, std::optional<qint64>(40 - before.items));
    }

    void reviewIsPrefilledFromTheRunInOneUndoStep()
    {
        const int steps = m_document->undoStack()->count();
        const qint64 review = reviewFromRun();
        QVERIFY(review != 0);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        const RecordStore &store = m_document->store();
        QCOMPARE(store.value(QStringLiteral("review"), review, QStringLiteral("status")).toString(),
            QStringLiteral("draft"));
        QCOMPARE(store.value(QStringLiteral("review"), review, QStringLiteral("run_id")).toLongLong(), m_run);
        QVERIFY(store.value(QStringLiteral("review"), review, QStringLiteral("title"))
                    .toString()
                    .contains(QLatin1String("Orders DB 15")));
        QCOMPARE(store.value(QStringLiteral("review"), review, QStringLiteral("impact_minutes")).toInt(), 52);
        QVERIFY(!store.value(QStringLiteral("review"), review, QStringLiteral("impact_systems")).toString().isEmpty());
        const QString wentBadly
            = store.value(QStringLiteral("review"), review, QStringLiteral("went_badly")).toString();
        QVERIFY2(wentBadly.contains(QLatin1String("migration step timed out")), qPrintable(wentBadly));
        QVERIFY(store.value(QStringLiteral("review"), review, QStringLiteral("summary"))
                    .toString()
                    .contains(QLatin1String("Orders DB 15")));
        // One open improvement action for the failed step.
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM review_action WHERE review_id = ? AND status = 'open'"),
                     {review})
                     .toInt(),
            1);

        m_document->undoStack()->undo();
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM review")).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM review_action")).toInt(), 0);
    }

    void reviewsAreListedNewestFirst()
    {
        const qint64 first = reviewFromRun();
        const qint64 second = reviewFromRun();
        ReviewModel reviews(m_document.get());
        QCOMPARE(reviews.rowCount(), 2);
        QCOMPARE(reviews.idAt(0), second);
        QCOMPARE(reviews.idAt(1), first);
        const qint64 third = reviewFromRun();
        QCOMPARE(reviews.idAt(0), third);
    }

    void aReviewOfARunThatIsGoneIsRefused()
    {
        QString error;
        QCOMPARE(ReviewWorkflow::createFromRun(*m_document, 9999, &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM review")).toInt(), 0);
    }

    void approvalNeedsNamesAndLocksTheReviewUntilReopened()
    {
        const qint64 review = reviewFromRun();
        ReviewModel reviews(m_document.get());
        QAbstractItemModelTester reviewsTester(&reviews, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReviewActionModel actions(m_document.get());
        QAbstractItemModelTester actionsTester(&actions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        actions.setReviewId(review);
        QCOMPARE(actions.rowCount(), 1);

        QString error;
        QVERIFY(!ReviewWorkflow::approve(*m_document, review, Today, &error)); // a draft is not approved
        QVERIFY(!error.isEmpty());
        QVERIFY(ReviewWorkflow::submit(*m_document, review, Today, &error));
        QCOMPARE(value(QStringLiteral("SELECT reviewed_on FROM review WHERE id = ?"), {review}).toString(),
            QStringLiteral("2026-05-04"));
        QCOMPARE(reviews.index(0, ReviewModel::StatusColumn).data().toString(), QStringLiteral("In review"));

        // No approver named: refused, and nothing changes.
        error.clear();
        QVERIFY(!ReviewWorkflow::approve(*m_document, review, Today, &error));
        QVERIFY(error.contains(QLatin1String("reviewer")) || error.contains(QLatin1String("approver")));
        QCOMPARE(value(QStringLiteral("SELECT status FROM review WHERE id = ?"), {review}).toString(),
            QStringLiteral("in_review"));
        QVERIFY(m_document->setRecordValue(
            QStringLiteral("review"), review, QStringLiteral("reviewer"), QStringLiteral("Wang Fang")));
        QVERIFY(m_document->setRecordValue(
            QStringLiteral("review"), review, QStringLiteral("approver"), QStringLiteral("Zhao Min")));
        QVERIFY(ReviewWorkflow::approve(*m_document, review, Today, &error));
        QVERIFY(ReviewWorkflow::isApproved(*m_document, review));
        QCOMPARE(value(QStringLiteral("SELECT approved_on FROM review WHERE id = ?"), {review}).toString(),
            QStringLiteral("2026-05-04"));

        // Approved: the actions and the review row are read-only.
        const QModelIndex action = actions.index(0, ReviewActionModel::OwnerColumn);
        QVERIFY(!(actions.flags(action) & Qt::ItemIsEditable));
        QVERIFY(!actions.setData(action, QStringLiteral("Someone else")));
        QVERIFY(!actions.appendRecord().isValid());
        QVERIFY(!actions.removeRecords({0}));
        QCOMPARE(actions.rowCount(), 1);
        QVERIFY(!(reviews.flags(reviews.index(0, ReviewModel::TitleColumn)) & Qt::ItemIsEditable));
        QVERIFY(!reviews.removeRecords({0}));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM review")).toInt(), 1);

        // Reopened: editable again; undo of the reopening locks it again.
        QVERIFY(ReviewWorkflow::reopen(*m_document, review, &error));
        QVERIFY(value(QStringLiteral("SELECT approved_on FROM review WHERE id = ?"), {review}).isNull());
        QVERIFY(actions.flags(action) & Qt::ItemIsEditable);
        QVERIFY(actions.setData(action, QStringLiteral("DBA team")));
        QCOMPARE(value(QStringLiteral("SELECT owner FROM review_action WHERE review_id = ?"), {review}).toString(),
            QStringLiteral("DBA team"));
        m_document->undoStack()->undo(); // the owner
        m_document->undoStack()->undo(); // the reopening
        QVERIFY(ReviewWorkflow::isApproved(*m_document, review));
        QVERIFY(!(actions.flags(action) & Qt::ItemIsEditable));
    }
};

QTEST_GUILESS_MAIN(TestReviews)
#include "tst_reviews.moc"
