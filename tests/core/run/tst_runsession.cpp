// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "planopening.h"
#include "run/rostermodel.h"
#include "run/runeventmodel.h"
#include "run/runitemmodel.h"
#include "run/runlistmodel.h"
#include "run/runsession.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistoperations.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace fallback;

namespace {
constexpr qint64 StandardTemplate = 1; // the built-in template's checklist template
constexpr int StandardItems = 24;
constexpr qint64 SevereLevel = 2; // "Level II – Severe (orange)" of the built-in template
const QString Actor = QStringLiteral("Li Lei");
} // namespace

class TestRunSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path; ///< the plan file of the test, uploaded first on a team server
    std::unique_ptr<PlanDocument> m_document;
    qint64 m_upgrade = 0;
    QDateTime m_now;

    RunSession::Clock clock()
    {
        return [this] { return m_now; };
    }
    void advance(qint64 secs) { m_now = m_now.addSecs(secs); }
    QUndoStack *undo() const { return m_document->undoStack(); }
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        return queryValue(m_document->database(), sql, values);
    }
    int count(const QString &table) const
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
    }
    QString stamp() const { return RunSession::storedTime(m_now).toString(); }
    std::unique_ptr<RunSession> startRun(qint64 upgrade = 0)
    {
        QString refusal;
        auto session = RunSession::start(
            m_document.get(), upgrade != 0 ? upgrade : m_upgrade, QStringLiteral("live"), 0, Actor, clock(), &refusal);
        if (!session) {
            qWarning("start refused: %s", qPrintable(refusal));
        }
        return session;
    }
    qint64 firstItem(const RunSession &session) const
    {
        return value(QStringLiteral("SELECT id FROM run_item WHERE run_id = ? ORDER BY id LIMIT 1"), {session.runId()})
            .toLongLong();
    }
    qint64 addUpgrade(const QString &name)
    {
        const qint64 id
            = m_document->addRecord(QStringLiteral("upgrade"), {{QStringLiteral("name"), name}}, QStringLiteral("Add"));
        if (id != 0) {
            ChecklistOperations::instantiateChecklist(m_document.get(), id, StandardTemplate);
        }
        return id;
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        m_path = m_dir.filePath(QStringLiteral("runs-%1.fallback").arg(++counter));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), m_path).isEmpty());
        m_document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
        m_upgrade = addUpgrade(QStringLiteral("Billing 4.2"));
        QVERIFY(m_upgrade != 0);
        m_now = QDateTime(QDate(2026, 5, 1), QTime(22, 0, 0), QTimeZone::utc());
    }

    void cleanup() { m_document.reset(); }

    void startCopiesTheChecklistAsOneUndoStep()
    {
        const int undoBefore = undo()->count();
        auto session = startRun();
        QVERIFY(session);
        QVERIFY(session->isValid());
        QCOMPARE(undo()->count(), undoBefore + 1);
        QCOMPARE(session->status(), QStringLiteral("running"));
        QCOMPARE(session->kind(), QStringLiteral("live"));
        QCOMPARE(session->startedAt(), m_now);
        QCOMPARE(
            value(QStringLiteral("SELECT started_at FROM run")).toString(), QStringLiteral("2026-05-01T22:00:00Z"));
        QCOMPARE(session->upgradeName(), QStringLiteral("Billing 4.2"));

        // Every item of the upgrade's checklist, in the checklist's order, open.
        QCOMPARE(count(QStringLiteral("run_item")), StandardItems);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_item r JOIN upgrade_item u ON u.id = r.upgrade_item_id "
                                      "WHERE r.text = u.text AND r.phase = u.phase AND r.position = u.position "
                                      "AND r.responsible = u.responsible AND r.status = 'open'"))
                     .toInt(),
            StandardItems);
        RunItemModel items(m_document.get(), session->runId());
        QAbstractItemModelTester tester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(items.rowCount(), StandardItems);
        QCOMPARE(items.openCount(), StandardItems);
        QCOMPARE(items.index(0, RunItemModel::PhaseColumn).data().toString(), QStringLiteral("Before"));
        QCOMPARE(
            items.index(StandardItems - 1, RunItemModel::PhaseColumn).data().toString(), QStringLiteral("Recovery"));

        // The run's first event says it started, by whom.
        QCOMPARE(count(QStringLiteral("run_event")), 1);
        QCOMPARE(
            value(QStringLiteral("SELECT kind || '|' || text || '|' || actor || '|' || at FROM run_event")).toString(),
            QStringLiteral("note|Run started|Li Lei|2026-05-01T22:00:00Z"));

        // A later edit of the upgrade's checklist leaves the run's copy alone.
        m_document->setRecordValue(QStringLiteral("upgrade_item"),
            value(QStringLiteral("SELECT MIN(id) FROM upgrade_item")).toLongLong(), QStringLiteral("text"),
            QStringLiteral("changed"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_item WHERE text = 'changed'")).toInt(), 0);
        undo()->undo();

        undo()->undo();
        QCOMPARE(count(QStringLiteral("run")), 0);
        QCOMPARE(count(QStringLiteral("run_item")), 0);
        QCOMPARE(count(QStringLiteral("run_event")), 0);
        QCOMPARE(items.rowCount(), 0);
        undo()->redo();
        QCOMPARE(count(QStringLiteral("run_item")), StandardItems);
        QCOMPARE(items.rowCount(), StandardItems);
    }

    void startRefusesWhatCannotBeARun()
    {
        const auto refusalOf = [this](qint64 upgrade, const QString &kind, qint64 drill, const QString &actor) {
            QString refusal;
            auto session = RunSession::start(m_document.get(), upgrade, kind, drill, actor, clock(), &refusal);
            return session ? QString() : refusal;
        };
        QVERIFY(!refusalOf(9999, QStringLiteral("live"), 0, Actor).isEmpty());
        QVERIFY(!refusalOf(m_upgrade, QStringLiteral("practice"), 0, Actor).isEmpty());
        QVERIFY(!refusalOf(m_upgrade, QStringLiteral("live"), 0, QStringLiteral("  ")).isEmpty());
        QVERIFY(!refusalOf(m_upgrade, QStringLiteral("rehearsal"), 9999, Actor).isEmpty());
        const qint64 drill = m_document->addRecord(QStringLiteral("drill"), {}, QStringLiteral("Add drill"));
        QVERIFY(refusalOf(m_upgrade, QStringLiteral("live"), drill, Actor).contains(QStringLiteral("rehearsal")));
        QCOMPARE(count(QStringLiteral("run")), 0);

        // A rehearsal may belong to a drill.
        QVERIFY(refusalOf(m_upgrade, QStringLiteral("rehearsal"), drill, Actor).isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT drill_id FROM run")).toLongLong(), drill);
        // While it runs, the upgrade cannot start another one.
        const QString second = refusalOf(m_upgrade, QStringLiteral("live"), 0, Actor);
        QVERIFY2(second.contains(QStringLiteral("already has a run in progress")), qPrintable(second));
        QCOMPARE(count(QStringLiteral("run")), 1);
    }

    void tickRecordsActorTimeAndEvent()
    {
        auto session = startRun();
        QVERIFY(session);
        const qint64 item = firstItem(*session);
        advance(90);
        QVERIFY(session->tick(item));
        QVERIFY(session->refusal().isEmpty());
        const QVariantMap record = m_document->store().record(QStringLiteral("run_item"), item);
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(record.value(QStringLiteral("ticked_at")).toString(), QStringLiteral("2026-05-01T22:01:30Z"));
        QCOMPARE(record.value(QStringLiteral("ticked_by")).toString(), Actor);
        QCOMPARE(value(QStringLiteral("SELECT kind || '|' || run_item_id || '|' || actor || '|' || at FROM run_event "
                                      "ORDER BY id DESC LIMIT 1"))
                     .toString(),
            QStringLiteral("tick|%1|Li Lei|2026-05-01T22:01:30Z").arg(item));
        QVERIFY(value(QStringLiteral("SELECT text FROM run_event ORDER BY id DESC LIMIT 1"))
                    .toString()
                    .endsWith(record.value(QStringLiteral("text")).toString()));

        // Ticking it again is refused and changes nothing.
        const int events = count(QStringLiteral("run_event"));
        const int steps = undo()->count();
        QVERIFY(!session->tick(item));
        QVERIFY(!session->refusal().isEmpty());
        QCOMPARE(count(QStringLiteral("run_event")), events);
        QCOMPARE(undo()->count(), steps);
        // An item of no run, or of another run, is not this run's.
        QVERIFY(!session->tick(999999));
        QVERIFY(!session->refusal().isEmpty());

        // Nobody at the console: refused.
        session->setActor(QString());
        QVERIFY(!session->tick(item + 1));
        QCOMPARE(m_document->store().value(QStringLiteral("run_item"), item + 1, QStringLiteral("status")).toString(),
            QStringLiteral("open"));
    }

    void undoOfATickPutsTheItemBackAndLogsNothing()
    {
        auto session = startRun();
        QVERIFY(session);
        const qint64 item = firstItem(*session);
        RunItemModel items(m_document.get(), session->runId());
        RunEventModel events(m_document.get(), session->runId());
        QAbstractItemModelTester itemTester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester eventTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        advance(60);
        QVERIFY(session->tick(item));
        QCOMPARE(events.rowCount(), 2);
        QCOMPARE(items.index(0, RunItemModel::StatusColumn).data().toString(), QStringLiteral("Done"));
        QCOMPARE(items.index(0, RunItemModel::TickedByColumn).data().toString(), Actor);
        QCOMPARE(items.openCount(), StandardItems - 1);

        undo()->undo();
        const QVariantMap record = m_document->store().record(QStringLiteral("run_item"), item);
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(record.value(QStringLiteral("ticked_at")).isNull());
        QCOMPARE(record.value(QStringLiteral("ticked_by")).toString(), QString());
        QCOMPARE(count(QStringLiteral("run_event")), 1); // only "Run started"
        QCOMPARE(events.rowCount(), 1);
        QCOMPARE(items.index(0, RunItemModel::StatusColumn).data().toString(), QStringLiteral("Open"));
        QCOMPARE(items.openCount(), StandardItems);

        undo()->redo();
        QCOMPARE(m_document->store().value(QStringLiteral("run_item"), item, QStringLiteral("ticked_at")).toString(),
            QStringLiteral("2026-05-01T22:01:00Z"));
        QCOMPARE(count(QStringLiteral("run_event")), 2);
        QCOMPARE(events.rowCount(), 2);

        // Reopening later (when undo is no longer at hand) is an action of its own, logged.
        advance(60);
        QVERIFY(session->reopen(item));
        QCOMPARE(m_document->store().value(QStringLiteral("run_item"), item, QStringLiteral("status")).toString(),
            QStringLiteral("open"));
        QCOMPARE(events.rowCount(), 3);
        QVERIFY(events.index(2, RunEventModel::TextColumn).data().toString().startsWith(QStringLiteral("Reopened")));
        QVERIFY(!session->reopen(item)); // already open
    }

    void failedAndSkippedNeedAReason()
    {
        auto session = startRun();
        QVERIFY(session);
        const qint64 item = firstItem(*session);
        const int events = count(QStringLiteral("run_event"));
        const int steps = undo()->count();
        QVERIFY(!session->markFailed(item, QStringLiteral("   ")));
        QVERIFY(session->refusal().contains(QStringLiteral("why")));
        QVERIFY(!session->markSkipped(item, QString()));
        QVERIFY(!session->refusal().isEmpty());
        QCOMPARE(count(QStringLiteral("run_event")), events);
        QCOMPARE(undo()->count(), steps);
        QCOMPARE(m_document->store().value(QStringLiteral("run_item"), item, QStringLiteral("status")).toString(),
            QStringLiteral("open"));

        QVERIFY(session->markFailed(item, QStringLiteral(" Backup job timed out ")));
        QVariantMap record = m_document->store().record(QStringLiteral("run_item"), item);
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(record.value(QStringLiteral("note")).toString(), QStringLiteral("Backup job timed out"));
        QCOMPARE(record.value(QStringLiteral("ticked_by")).toString(), Actor);
        QCOMPARE(value(QStringLiteral("SELECT reason FROM run_event ORDER BY id DESC LIMIT 1")).toString(),
            QStringLiteral("Backup job timed out"));

        QVERIFY(session->markSkipped(item + 1, QStringLiteral("Not needed for this release")));
        QCOMPARE(m_document->store().value(QStringLiteral("run_item"), item + 1, QStringLiteral("status")).toString(),
            QStringLiteral("skipped"));
        undo()->undo();
        QCOMPARE(m_document->store().value(QStringLiteral("run_item"), item + 1, QStringLiteral("status")).toString(),
            QStringLiteral("open"));
        QCOMPARE(m_document->store().value(QStringLiteral("run_item"), item + 1, QStringLiteral("note")).toString(),
            QString());
    }

    void decisionsChangeTheRunAndRecordMilestonesOnce()
    {
        auto session = startRun();
        QVERIFY(session);
        int runChanges = 0;
        connect(session.get(), &RunSession::runChanged, this, [&runChanges] { ++runChanges; });

        // Every decision needs its reason.
        QVERIFY(!session->stop(QString()));
        QVERIFY(!session->declareLevel(SevereLevel, QStringLiteral(" ")));
        QCOMPARE(session->status(), QStringLiteral("running"));
        QCOMPARE(session->warningLevelId(), qint64(0));

        advance(600);
        QVERIFY(session->declareLevel(SevereLevel, QStringLiteral("Payment errors above 5%")));
        QCOMPARE(session->warningLevelId(), SevereLevel);
        QCOMPARE(value(QStringLiteral("SELECT kind || '|' || decision || '|' || warning_level_id || '|' || reason || "
                                      "'|' || actor FROM run_event ORDER BY id DESC LIMIT 1"))
                     .toString(),
            QStringLiteral("level|level|2|Payment errors above 5%|Li Lei"));
        QVERIFY(!session->declareLevel(SevereLevel, QStringLiteral("again"))); // already declared
        QVERIFY(!session->declareLevel(9999, QStringLiteral("no such level")));
        QVERIFY(runChanges > 0);

        advance(60);
        const QString stopTime = stamp();
        QVERIFY(session->stop(QStringLiteral("Errors keep rising")));
        QCOMPARE(session->status(), QStringLiteral("stopped"));
        QCOMPARE(session->milestone(QStringLiteral("stopped")).value(QStringLiteral("at")).toString(), stopTime);
        QCOMPARE(value(QStringLiteral("SELECT decision FROM run_event ORDER BY id DESC LIMIT 1")).toString(),
            QStringLiteral("stop"));
        QVERIFY(!session->stop(QStringLiteral("twice"))); // it is not running any more

        advance(60);
        QVERIFY(session->startRollback(QStringLiteral("Fix not possible within the window")));
        QCOMPARE(session->status(), QStringLiteral("rolled_back"));
        // The upgrade stopped once: the milestone keeps the time of the STOP.
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_milestone WHERE kind = 'stopped'")).toInt(), 1);
        QCOMPARE(session->milestone(QStringLiteral("stopped")).value(QStringLiteral("at")).toString(), stopTime);
        QVERIFY(!session->startRollback(QStringLiteral("twice")));

        advance(1200);
        const QString restoredTime = stamp();
        QVERIFY(session->serviceRestored(QStringLiteral("Old version serves again")));
        advance(60);
        QVERIFY(session->serviceRestored(QStringLiteral("Confirmed by the business")));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_milestone WHERE kind = 'restored'")).toInt(), 1);
        QCOMPARE(session->milestone(QStringLiteral("restored")).value(QStringLiteral("at")).toString(), restoredTime);

        QVERIFY(session->declareLevel(0, QStringLiteral("Service stable")));
        QCOMPARE(session->warningLevelId(), qint64(0));

        advance(600);
        QVERIFY(!session->hasEnded());
        QVERIFY(session->endEmergency(QStringLiteral("Stable for 30 minutes")));
        QVERIFY(session->hasEnded());
        QCOMPARE(session->endedAt(), m_now);
        QCOMPARE(session->status(), QStringLiteral("rolled_back")); // the outcome stays
        QCOMPARE(session->milestone(QStringLiteral("ended")).value(QStringLiteral("at")).toString(), stamp());
        QCOMPARE(RunSession::unfinishedRuns(m_document.get()), QList<qint64>());

        // Once ended the run takes no more ticks or decisions; notes still go in.
        const int events = count(QStringLiteral("run_event"));
        QVERIFY(!session->tick(firstItem(*session)));
        QVERIFY(session->refusal().contains(QStringLiteral("ended")));
        QVERIFY(!session->endEmergency(QStringLiteral("again")));
        QVERIFY(!session->declareLevel(SevereLevel, QStringLiteral("late")));
        QCOMPARE(count(QStringLiteral("run_event")), events);
        QVERIFY(session->logEvent(QStringLiteral("Review meeting set for Monday")));

        // Each decision is one undo step: undoing the end reopens the run.
        undo()->undo(); // the note
        undo()->undo(); // the end
        QVERIFY(!session->hasEnded());
        QVERIFY(session->milestone(QStringLiteral("ended")).isEmpty());
        QCOMPARE(RunSession::unfinishedRuns(m_document.get()), QList<qint64> {session->runId()});
    }

    void aDecisionTakenBackStaysInTheLog()
    {
        auto session = startRun();
        QVERIFY(session);
        const qint64 upgrade = value(QStringLiteral("SELECT upgrade_id FROM run")).toLongLong();
        const auto upgradeStatus
            = [&] { return value(QStringLiteral("SELECT status FROM upgrade WHERE id = ?"), {upgrade}).toString(); };
        QVERIFY(session->takeBackText().isEmpty());
        QVERIFY(!session->takeBack());
        advance(60);
        QVERIFY(session->stop(QStringLiteral("Wrong button")));
        QCOMPARE(upgradeStatus(), QStringLiteral("stopped"));
        QCOMPARE(session->takeBackText(), QStringLiteral("STOP: the upgrade is stopped"));

        // Taken back: running again, the upgrade in progress, no stop time; the log keeps both.
        advance(30);
        QVERIFY2(session->takeBack(), qPrintable(session->refusal()));
        QCOMPARE(session->status(), QStringLiteral("running"));
        QCOMPARE(upgradeStatus(), QStringLiteral("in_progress"));
        QVERIFY(session->milestone(QStringLiteral("stopped")).isEmpty());
        QCOMPARE(
            test::columnOf(m_document->database(),
                QStringLiteral("SELECT kind || ':' || text || ':' || actor || ':' || at FROM run_event ORDER BY id"))
                .join(QLatin1Char('\n')),
            QStringLiteral("note:Run started:Li Lei:2026-05-01T22:00:00Z\n"
                           "decision:STOP: the upgrade is stopped:Li Lei:2026-05-01T22:01:00Z\n"
                           "note:Taken back: STOP: the upgrade is stopped:Li Lei:2026-05-01T22:01:30Z"));
        // A real stop afterwards is recorded as such.
        advance(60);
        QVERIFY(session->stop(QStringLiteral("Errors keep rising")));
        QCOMPARE(session->milestone(QStringLiteral("stopped")).value(QStringLiteral("at")).toString(), stamp());

        // The take-back is an edit of the plan like any other: undo and redo bring it back and forth whole.
        undo()->undo(); // the second stop
        undo()->undo(); // the take-back
        QCOMPARE(session->status(), QStringLiteral("stopped"));
        QCOMPARE(upgradeStatus(), QStringLiteral("stopped"));
        QVERIFY(!session->milestone(QStringLiteral("stopped")).isEmpty());
        QCOMPARE(count(QStringLiteral("run_event")), 2);
        undo()->redo();
        QCOMPARE(session->status(), QStringLiteral("running"));
        QVERIFY(session->milestone(QStringLiteral("stopped")).isEmpty());
        QCOMPARE(count(QStringLiteral("run_event")), 3);
    }

    void whatWasChangedSinceIsNotTakenBack()
    {
        auto session = startRun();
        QVERIFY(session);
        const qint64 item = firstItem(*session);
        QVERIFY(session->tick(item));
        // Someone else reopens it meanwhile (another console on the same run).
        RunSession other(m_document.get(), session->runId(), QStringLiteral("Wang Fang"), [this] { return m_now; });
        QVERIFY(other.reopen(item));
        const int events = count(QStringLiteral("run_event"));
        QVERIFY(!session->takeBack());
        QVERIFY2(session->refusal().contains(QStringLiteral("changed since")), qPrintable(session->refusal()));
        QCOMPARE(count(QStringLiteral("run_event")), events);
        QCOMPARE(value(QStringLiteral("SELECT status FROM run_item WHERE id = ?"), {item}).toString(),
            QStringLiteral("open"));
    }

    void endingARunningUpgradeCompletesIt()
    {
        auto session = startRun();
        QVERIFY(session);
        advance(3600);
        QVERIFY(session->endEmergency(QStringLiteral("All checks green")));
        QCOMPARE(session->status(), QStringLiteral("completed"));
        undo()->undo();
        QCOMPARE(session->status(), QStringLiteral("running"));
        QVERIFY(value(QStringLiteral("SELECT ended_at FROM run")).isNull());
    }

    void editingAMilestoneKeepsTheOriginalTime()
    {
        auto session = startRun();
        QVERIFY(session);
        advance(300);
        const QString recorded = stamp();
        QVERIFY(session->recordMilestone(QStringLiteral("detected")));
        QVERIFY(!session->recordMilestone(QStringLiteral("detected"))); // once
        QVERIFY(session->refusal().contains(QStringLiteral("edit")));
        QVERIFY(!session->recordMilestone(QStringLiteral("noticed")));

        advance(600);
        const QDateTime earlier = m_now.addSecs(-1200); // 21:55: it was seen before it was recorded
        QVERIFY(session->editMilestone(QStringLiteral("detected"), earlier, QStringLiteral("Wang Fang")));
        QVariantMap milestone = session->milestone(QStringLiteral("detected"));
        QCOMPARE(milestone.value(QStringLiteral("at")).toString(), QStringLiteral("2026-05-01T21:55:00Z"));
        QCOMPARE(milestone.value(QStringLiteral("original_at")).toString(), recorded);
        QCOMPARE(milestone.value(QStringLiteral("edited_by")).toString(), QStringLiteral("Wang Fang"));
        QVERIFY(value(QStringLiteral("SELECT text FROM run_event ORDER BY id DESC LIMIT 1"))
                    .toString()
                    .contains(QStringLiteral("changed")));

        // A second edit keeps the first recorded time too.
        QVERIFY(session->editMilestone(QStringLiteral("detected"), earlier.addSecs(60), QString()));
        QCOMPARE(
            session->milestone(QStringLiteral("detected")).value(QStringLiteral("original_at")).toString(), recorded);
        QCOMPARE(session->milestone(QStringLiteral("detected")).value(QStringLiteral("edited_by")).toString(), Actor);

        // Bad times are refused and change nothing.
        const int events = count(QStringLiteral("run_event"));
        QVERIFY(!session->editMilestone(QStringLiteral("detected"), QDateTime(), Actor));
        QVERIFY(!session->editMilestone(QStringLiteral("detected"), m_now.addSecs(3600), Actor));
        QVERIFY(session->refusal().contains(QStringLiteral("future")));
        QVERIFY(!session->editMilestone(QStringLiteral("detected"), earlier.addSecs(60), Actor)); // unchanged
        QCOMPARE(count(QStringLiteral("run_event")), events);

        // An unrecorded milestone entered afterwards: its time is its original one.
        QVERIFY(session->editMilestone(QStringLiteral("occurred"), earlier.addSecs(-120), QStringLiteral("Wang Fang")));
        milestone = session->milestone(QStringLiteral("occurred"));
        QCOMPARE(milestone.value(QStringLiteral("original_at")), milestone.value(QStringLiteral("at")));

        undo()->undo();
        QVERIFY(session->milestone(QStringLiteral("occurred")).isEmpty());
        undo()->undo();
        QCOMPARE(session->milestone(QStringLiteral("detected")).value(QStringLiteral("at")).toString(),
            QStringLiteral("2026-05-01T21:55:00Z"));
    }

    void eventsAreInTheOrderTheyHappened()
    {
        auto session = startRun();
        QVERIFY(session);
        RunEventModel events(m_document.get(), session->runId());
        QAbstractItemModelTester tester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!session->logEvent(QStringLiteral("   "))); // nothing to log
        QCOMPARE(events.rowCount(), 1);
        advance(5);
        QVERIFY(session->logEvent(QStringLiteral("first")));
        QVERIFY(session->logEvent(QStringLiteral("second, same second")));
        advance(1);
        QVERIFY(session->tick(firstItem(*session)));
        advance(1);
        QVERIFY(session->declareLevel(SevereLevel, QStringLiteral("why")));
        advance(1);
        QVERIFY(session->logEvent(QStringLiteral("last")));
        QStringList texts;
        for (int row = 0; row < events.rowCount(); ++row) {
            texts << events.index(row, RunEventModel::TextColumn).data().toString();
        }
        QCOMPARE(texts.size(), 6);
        QCOMPARE(texts.at(0), QStringLiteral("Run started"));
        QCOMPARE(texts.at(1), QStringLiteral("first"));
        QCOMPARE(texts.at(2), QStringLiteral("second, same second"));
        QVERIFY(texts.at(3).startsWith(QStringLiteral("Done: ")));
        QVERIFY(texts.at(4).startsWith(QStringLiteral("Warning level declared")));
        QCOMPARE(texts.at(5), QStringLiteral("last"));
        // The time of day; the whole date in the tooltip.
        QCOMPARE(events.index(1, RunEventModel::AtColumn).data().toString(),
            m_now.addSecs(-3).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        QCOMPARE(events.index(1, RunEventModel::AtColumn).data(Qt::ToolTipRole).toString(),
            m_now.addSecs(-3).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        // The level change shows the level: its name and its colour.
        QCOMPARE(events.index(4, RunEventModel::LevelColumn).data().toString(),
            QStringLiteral("Level II \u2013 Severe (orange)"));
        QCOMPARE(
            events.index(4, RunEventModel::KindColumn).data(Qt::BackgroundRole).toString(), QStringLiteral("#ed7d31"));
        QCOMPARE(events.index(4, RunEventModel::KindColumn).data(RunEventModel::EventKindRole).toString(),
            QStringLiteral("level"));
        QVERIFY(!(events.flags(events.index(1, RunEventModel::TextColumn)) & Qt::ItemIsEditable));

        // After midnight the date shows too.
        m_now = m_now.addDays(1);
        QVERIFY(session->logEvent(QStringLiteral("next day")));
        QCOMPARE(events.index(6, RunEventModel::AtColumn).data().toString(),
            m_now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));

        // A colour changed in the plan shows at once.
        m_document->setRecordValue(
            QStringLiteral("warning_level"), SevereLevel, QStringLiteral("colour"), QStringLiteral("#112233"));
        QCOMPARE(
            events.index(4, RunEventModel::KindColumn).data(Qt::BackgroundRole).toString(), QStringLiteral("#112233"));
    }

    void unfinishedRunsAreFound()
    {
        const qint64 second = addUpgrade(QStringLiteral("Ledger 2.0"));
        auto first = startRun();
        advance(60);
        auto other = startRun(second);
        QVERIFY(first && other);
        QCOMPARE(RunSession::unfinishedRuns(m_document.get()), (QList<qint64> {first->runId(), other->runId()}));
        QCOMPARE(RunSession::unfinishedRunOf(m_document.get(), second), other->runId());
        // A stopped upgrade is still an emergency in progress.
        QVERIFY(first->stop(QStringLiteral("errors")));
        QCOMPARE(RunSession::unfinishedRuns(m_document.get()).size(), 2);
        QVERIFY(other->endEmergency(QStringLiteral("done")));
        QCOMPARE(RunSession::unfinishedRuns(m_document.get()), QList<qint64> {first->runId()});
        QCOMPARE(RunSession::unfinishedRunOf(m_document.get(), second), 0);

        // Opened by id: the same run.
        RunSession reopened(m_document.get(), first->runId(), Actor);
        QVERIFY(reopened.isValid());
        QCOMPARE(reopened.status(), QStringLiteral("stopped"));
        QVERIFY(!RunSession(m_document.get(), 9999).isValid());

        RunListModel runs(m_document.get());
        QAbstractItemModelTester tester(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(runs.rowCount(), 2);
        QCOMPARE(runs.index(0, RunListModel::UpgradeColumn).data().toString(), QStringLiteral("Billing 4.2"));
        QCOMPARE(runs.index(0, RunListModel::StatusColumn).data().toString(), QStringLiteral("Stopped"));
        QCOMPARE(runs.index(0, RunListModel::EndedColumn).data().toString(), QStringLiteral("in progress"));
        QCOMPARE(runs.index(1, RunListModel::StatusColumn).data().toString(), QStringLiteral("Completed"));
        QVERIFY(!runs.setData(runs.index(0, RunListModel::StatusColumn), QStringLiteral("running")));
    }

    void readOnlyPlanRefusesEveryAction()
    {
        auto session = startRun();
        QVERIFY(session);
        const qint64 run = session->runId();
        const qint64 item = firstItem(*session);
        session.reset();
        // A second instance opens the plan read-only while the first holds it;
        // on a team server, where several windows write at once, as a reader.
        auto second = test::openDocument(
            m_path, test::onTeamServer() ? PlanFile::Access::ReadOnly : PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(second);
        QVERIFY(second->isReadOnly());
        RunSession readOnly(second.get(), run, Actor, clock());
        QVERIFY(!readOnly.tick(item));
        QVERIFY(!readOnly.refusal().isEmpty());
        QVERIFY(!readOnly.logEvent(QStringLiteral("note")));
        QVERIFY(!RunSession::start(second.get(), m_upgrade, QStringLiteral("live"), 0, Actor));
        QCOMPARE(count(QStringLiteral("run_event")), 1);
    }

    void rosterListsGroupsWithMembersInEscalationOrder()
    {
        const auto addMember = [this](const QString &name, const QString &mobile, const QVariant &backup = {}) {
            return m_document->addRecord(QStringLiteral("member"),
                {{QStringLiteral("name"), name}, {QStringLiteral("phone_mobile"), mobile},
                    {QStringLiteral("phone_office"), QStringLiteral("010-5555")},
                    {QStringLiteral("backup_member_id"), backup}, {QStringLiteral("job_title"), QStringLiteral("DBA")}},
                QStringLiteral("Add"));
        };
        const qint64 wang = addMember(QStringLiteral("Wang Fang"), QStringLiteral("13800000001"));
        const qint64 zhang = addMember(QStringLiteral("Zhang Wei"), QStringLiteral("13800000002"), wang);
        const qint64 liu = addMember(QStringLiteral("Liu Yang"), QStringLiteral("13800000003"));
        static constexpr qint64 TechnicalSupport = 3;
        const auto join = [this](qint64 member, const QString &role, int order) {
            return m_document->addRecord(QStringLiteral("group_member"),
                {{QStringLiteral("group_id"), TechnicalSupport}, {QStringLiteral("member_id"), member},
                    {QStringLiteral("role"), role}, {QStringLiteral("escalation_order"), order}},
                QStringLiteral("Join"));
        };
        join(liu, QStringLiteral("member"), 3);
        join(zhang, QStringLiteral("lead"), 1);
        join(wang, QStringLiteral("deputy"), 2);

        RosterModel roster(m_document.get());
        QAbstractItemModelTester tester(&roster, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(roster.rowCount(), 1); // the leadership group at the top
        const QModelIndex leadership = roster.index(0, 0);
        QCOMPARE(leadership.data().toString(), QStringLiteral("Emergency leadership group"));
        const QModelIndex command = roster.index(0, 0, leadership);
        QCOMPARE(command.data().toString(), QStringLiteral("Emergency command"));
        const QModelIndex technical = roster.index(0, 0, command);
        QCOMPARE(technical.data().toString(), QStringLiteral("Technical support group"));
        QCOMPARE(roster.rowCount(technical), 3);
        QCOMPARE(roster.index(0, RosterModel::NameColumn, technical).data().toString(), QStringLiteral("Zhang Wei"));
        QCOMPARE(roster.index(0, RosterModel::RoleColumn, technical).data().toString(), QStringLiteral("Lead"));
        QCOMPARE(
            roster.index(0, RosterModel::MobileColumn, technical).data().toString(), QStringLiteral("13800000002"));
        QCOMPARE(roster.index(0, RosterModel::OfficeColumn, technical).data().toString(), QStringLiteral("010-5555"));
        QCOMPARE(roster.index(0, RosterModel::BackupColumn, technical).data().toString(),
            QStringLiteral("Wang Fang (13800000001)"));
        QCOMPARE(roster.index(1, RosterModel::NameColumn, technical).data().toString(), QStringLiteral("Wang Fang"));
        QCOMPARE(roster.index(2, RosterModel::NameColumn, technical).data().toString(), QStringLiteral("Liu Yang"));
        QCOMPARE(roster.index(2, 0, technical).data(RosterModel::MemberIdRole).toLongLong(), liu);

        // A phone number found by search keeps the groups around its member.
        QSortFilterProxyModel search;
        search.setSourceModel(&roster);
        search.setRecursiveFilteringEnabled(true);
        search.setFilterKeyColumn(-1);
        search.setFilterFixedString(QStringLiteral("13800000003"));
        QCOMPARE(search.rowCount(), 1);
        const QModelIndex found = search.index(0, 0, search.index(0, 0, search.index(0, 0, search.index(0, 0))));
        QCOMPARE(found.data().toString(), QStringLiteral("Liu Yang"));

        // Changes in the plan show in the roster.
        m_document->setRecordValue(
            QStringLiteral("member"), liu, QStringLiteral("phone_mobile"), QStringLiteral("139"));
        QCOMPARE(roster.index(2, RosterModel::MobileColumn, roster.index(0, 0, roster.index(0, 0, roster.index(0, 0))))
                     .data()
                     .toString(),
            QStringLiteral("139"));
    }
};

QTEST_GUILESS_MAIN(TestRunSession)
#include "tst_runsession.moc"
