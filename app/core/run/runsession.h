// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordkey.h"
#include "storage/recordsnapshot.h"

#include <QDateTime>
#include <QObject>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace fallback {

class PlanDocument;

/// One run of an upgrade (a live upgrade or a rehearsal) as the team works
/// through it: checklist items ticked, failed or skipped, events logged,
/// decisions taken (warning level, stop, rollback, service restored, end of
/// the emergency) and the milestones of the incident. Every action is one
/// durable transaction and one undo command of the plan, stamped with the
/// time of the session's clock and the name of its actor. Times are stored
/// as the plan stores upgrade windows: ISO 8601 UTC text to the second.
class RunSession final : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    /// Opens run \a runId; isValid() tells whether there is such a run.
    /// Without a \a clock the session uses the computer's.
    RunSession(
        PlanDocument *document, qint64 runId, const QString &actor = {}, Clock clock = {}, QObject *parent = nullptr);
    ~RunSession() override;
    Q_DISABLE_COPY_MOVE(RunSession)

    /// Starts a run of upgrade \a upgradeId: the run (started now, running)
    /// with a copy of the upgrade's checklist and the note "Run started", as
    /// one undoable edit. \a kind is "live" or "rehearsal"; \a drillId (0 for
    /// none) names the drill a rehearsal belongs to. Returns nullptr with the
    /// reason in \a refusal when the run cannot start.
    static std::unique_ptr<RunSession> start(PlanDocument *document, qint64 upgradeId, const QString &kind,
        qint64 drillId, const QString &actor, Clock clock = {}, QString *refusal = nullptr);
    /// Runs that have not ended, oldest first: after a crash, a kill or a
    /// closed window they are still in progress and their console reopens.
    static QList<qint64> unfinishedRuns(const PlanDocument *document);
    /// The unfinished run of \a upgradeId, 0 when it has none.
    static qint64 unfinishedRunOf(const PlanDocument *document, qint64 upgradeId);

    /// The milestone kinds in the order an incident passes them.
    static QStringList milestoneKinds();
    /// A stored time as a date-time (UTC); invalid when unset.
    static QDateTime timeOf(const QVariant &stored);
    /// What is stored for \a time.
    static QVariant storedTime(const QDateTime &time);

    bool isValid() const;
    PlanDocument *document() const { return m_document; }
    qint64 runId() const { return m_runId; }
    QVariantMap run() const;
    qint64 upgradeId() const;
    QString upgradeName() const;
    QString kind() const;
    QString status() const;
    /// The declared warning level; 0 when none.
    qint64 warningLevelId() const;
    QDateTime startedAt() const;
    QDateTime endedAt() const;
    bool hasEnded() const { return endedAt().isValid(); }

    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor.trimmed(); }
    /// Replaces the session's clock; nullptr for the computer's.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const;
    /// Why the last action was refused; empty after one that was carried out.
    QString refusal() const { return m_refusal; }

    // The checklist: each item is one of the run's run_item records.
    bool tick(qint64 itemId);
    /// Puts a done, failed or skipped item back to open, as a logged action of
    /// its own (the tick itself is taken back with undo, which logs nothing).
    bool reopen(qint64 itemId);
    bool markFailed(qint64 itemId, const QString &reason);
    bool markSkipped(qint64 itemId, const QString &reason);

    /// Logs a note at the current time.
    bool logEvent(const QString &text);
    /// Records that the status message \a message went to audience
    /// \a audienceId over \a channel (a channel of the communications plan),
    /// sent by the session's actor now, under the warning level in force.
    /// Fallback sends nothing itself: the operator sent it. May be logged
    /// after the end of the emergency (the message that says it ended).
    bool logUpdate(qint64 audienceId, const QString &channel, const QString &message);

    /// Takes back the last tick or decision made through this session that is
    /// not taken back yet, as an action of its own: the item or the run (and
    /// its upgrade) return to what they were before it, a milestone it
    /// recorded goes, and the log keeps the original entry and adds one that
    /// says it was taken back, by whom and when. Refused when nothing is left
    /// to take back or when the record changed since.
    bool takeBack();
    /// The log text of what takeBack() would take back; empty when nothing.
    QString takeBackText() const;

    // Decisions: each says why, is logged with who took it and changes the run.
    /// Declares warning level \a levelId; 0 lifts the warning.
    bool declareLevel(qint64 levelId, const QString &reason);
    bool stop(const QString &reason);
    bool startRollback(const QString &reason);
    bool serviceRestored(const QString &reason);
    bool endEmergency(const QString &reason);

    /// Records milestone \a kind now, or at \a at; refused when it is recorded already.
    bool recordMilestone(const QString &kind, const QDateTime &at = {});
    /// Moves milestone \a kind to \a at as \a editor says; the first recorded
    /// time stays in original_at. An unrecorded milestone is recorded at \a at.
    bool editMilestone(const QString &kind, const QDateTime &at, const QString &editor);
    /// The milestone record of \a kind; empty when not recorded.
    QVariantMap milestone(const QString &kind) const;

Q_SIGNALS:
    /// The run record or one of its milestones changed (also by undo and redo).
    void runChanged();

private:
    struct Event
    {
        QString kind;
        QString text;
        QString reason = {};
        QString decision = {};
        QVariant levelId = {};
        QVariant itemId = {};
        QVariant audienceId = {};
        QVariant channel = {};
        QString message = {};
    };
    /// A tick or decision made through this session, with what it changed,
    /// for takeBack().
    struct Action
    {
        QString text; ///< its log entry
        qint64 itemId = 0; ///< the item of a tick; 0 for a decision
        QList<RecordChange> before; ///< the fields it changed, as they were
        QList<RecordChange> after; ///< the same fields, as it left them
        QList<RecordKey> milestones; ///< milestones it recorded
    };
    /// Edits the plan as one action and remembers it for takeBack().
    bool act(const QList<RecordSnapshot::Row> &rows, const QList<RecordChange> &changes, const QString &commandText,
        const QString &text, qint64 itemId);
    bool refuse(const QString &reason);
    bool checkWritable();
    bool checkOpen();
    QVariantMap item(qint64 itemId) const;
    bool setItemStatus(qint64 itemId, const QString &status, const QString &reason, const QString &commandText);
    QVariantMap eventRow(const Event &event, qint64 id, const QDateTime &at) const;
    /// One decision: its event, the run fields it sets and its milestone.
    bool decide(const QString &decision, const QString &reason, const QString &text, const QVariantMap &runFields,
        const QString &milestoneKind, const QString &commandText, const QVariant &levelId = {});
    void onRecordEvent(const QString &table, qint64 id);

    PlanDocument *m_document;
    qint64 m_runId;
    QString m_actor;
    Clock m_clock;
    QString m_refusal;
    QList<Action> m_actions; ///< oldest first
};

} // namespace fallback
