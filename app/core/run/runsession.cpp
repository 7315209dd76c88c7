// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runsession.h"

#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistitemmodel.h"
#include "upgrade/upgrademodel.h"

namespace fallback {

namespace {
const QString IdColumn = QStringLiteral("id");
const QString RunTable = QStringLiteral("run");
const QString ItemTable = QStringLiteral("run_item");
const QString EventTable = QStringLiteral("run_event");
const QString MilestoneTable = QStringLiteral("run_milestone");
const QString StatusColumn = QStringLiteral("status");
const QString Running = QStringLiteral("running");
const QString Open = QStringLiteral("open");
// A time typed a little ahead of the clock is still "now" (clocks of the
// team's computers differ); beyond that it is a typing mistake.
constexpr qint64 FutureToleranceSecs = 60;

/// A time as the log's texts name it, on the plan's clock.
QString clockText(const PlanDocument *document, const QDateTime &time)
{
    return document->inPlanZone(time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/// Text columns are NOT NULL: a null string is stored as an empty one.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullWhenZero(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

/// The change that gives upgrade \a upgradeId \a status (a run status or
/// "in_progress"); none when it has that status already.
QList<RecordChange> upgradeStatusChange(const PlanDocument *document, qint64 upgradeId, const QString &status)
{
    // A run and its upgrade name their outcome with the same words, but for
    // "running", which an upgrade calls "in progress".
    const QString upgradeStatus = status == Running ? QStringLiteral("in_progress") : status;
    if (!Vocabulary::values(Vocabulary::Kind::UpgradeStatus).contains(upgradeStatus)
        || document->store().value(QStringLiteral("upgrade"), upgradeId, StatusColumn).toString() == upgradeStatus) {
        return {};
    }
    return {{{QStringLiteral("upgrade"), upgradeId}, StatusColumn, upgradeStatus}};
}
} // namespace

RunSession::RunSession(PlanDocument *document, qint64 runId, const QString &actor, Clock clock, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_runId(runId)
    , m_clock(std::move(clock))
{
    setActor(actor);
    connect(document, &PlanDocument::recordChanged, this, &RunSession::onRecordEvent);
    connect(document, &PlanDocument::recordInserted, this, &RunSession::onRecordEvent);
    connect(document, &PlanDocument::recordRemoved, this, &RunSession::onRecordEvent);
}

RunSession::~RunSession() = default;

std::unique_ptr<RunSession> RunSession::start(PlanDocument *document, qint64 upgradeId, const QString &kind,
    qint64 drillId, const QString &actor, Clock clock, QString *refusal)
{
    const auto refused = [refusal](const QString &reason) -> std::unique_ptr<RunSession> {
        if (refusal) {
            *refusal = reason;
        }
        return nullptr;
    };
    if (document->isReadOnly()) {
        return refused(document->file().readOnlyMessage());
    }
    const QVariantMap upgrade = document->store().record(QStringLiteral("upgrade"), upgradeId);
    if (upgrade.isEmpty()) {
        return refused(tr("There is no such upgrade to run."));
    }
    const QString upgradeName = upgrade.value(QStringLiteral("name")).toString();
    if (!Vocabulary::values(Vocabulary::Kind::RunKind).contains(kind)) {
        return refused(tr("A run is either live or a rehearsal."));
    }
    if (drillId != 0) {
        if (kind != QLatin1String("rehearsal")) {
            return refused(tr("Only a rehearsal belongs to a drill."));
        }
        if (document->store().record(QStringLiteral("drill"), drillId).isEmpty()) {
            return refused(tr("There is no such drill."));
        }
    }
    if (actor.trimmed().isEmpty()) {
        return refused(tr("Say who is starting the run."));
    }
    if (const qint64 running = unfinishedRunOf(document, upgradeId); running != 0) {
        const QDateTime started = timeOf(document->store().value(RunTable, running, QStringLiteral("started_at")));
        return refused(tr("\u201c%1\u201d already has a run in progress, started %2. Open its console, or end it "
                          "before starting another one.")
                           .arg(upgradeName, clockText(document, started)));
    }

    auto session = std::make_unique<RunSession>(document, document->nextId(RunTable), actor, std::move(clock));
    const QDateTime now = session->now();
    QList<RecordSnapshot::Row> rows;
    rows.append({RunTable,
        {{IdColumn, session->m_runId}, {QStringLiteral("upgrade_id"), upgradeId},
            {QStringLiteral("drill_id"), nullWhenZero(drillId)}, {QStringLiteral("kind"), kind},
            {QStringLiteral("started_at"), storedTime(now)}, {StatusColumn, Running}}});
    QList<QVariantMap> items
        = document->store().records(QStringLiteral("upgrade_item"), QStringLiteral("upgrade_id"), upgradeId);
    ChecklistItemModel::sortInChecklistOrder(items);
    qint64 itemId = document->nextId(ItemTable);
    for (const QVariantMap &source : std::as_const(items)) {
        QVariantMap values {{IdColumn, itemId++}, {QStringLiteral("run_id"), session->m_runId},
            {QStringLiteral("upgrade_item_id"), source.value(IdColumn)}, {StatusColumn, Open}};
        for (const QString &field : {QStringLiteral("phase"), QStringLiteral("position"), QStringLiteral("text"),
                 QStringLiteral("responsible")}) {
            values.insert(field, source.value(field));
        }
        rows.append({ItemTable, values});
    }
    rows.append({EventTable,
        session->eventRow({QStringLiteral("note"), tr("Run started")}, document->nextId(EventTable), now)});
    // A rehearsal leaves the upgrade as planned; a live run puts it in progress.
    QList<RecordChange> changes;
    if (kind == QLatin1String("live")) {
        changes = upgradeStatusChange(document, upgradeId, QStringLiteral("in_progress"));
    }
    if (!document->editRecords(rows, changes, tr("Start run of \u201c%1\u201d").arg(upgradeName))) {
        return refused(tr("The run could not be started."));
    }
    return session;
}

QList<qint64> RunSession::unfinishedRuns(const PlanDocument *document)
{
    // Not only "running": a stopped upgrade or one being rolled back is an
    // emergency still in progress until someone ends it.
    QList<qint64> ids;
    QSqlQuery query = execQuery(
        document->database(), QStringLiteral("SELECT id FROM run WHERE ended_at IS NULL ORDER BY started_at, id"));
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    return ids;
}

qint64 RunSession::unfinishedRunOf(const PlanDocument *document, qint64 upgradeId)
{
    return queryValue(document->database(),
        QStringLiteral("SELECT id FROM run WHERE upgrade_id = ? AND ended_at IS NULL ORDER BY id LIMIT 1"), {upgradeId})
        .toLongLong();
}

QStringList RunSession::milestoneKinds()
{
    return Vocabulary::values(Vocabulary::Kind::MilestoneKind);
}

QDateTime RunSession::timeOf(const QVariant &stored)
{
    return UpgradeModel::windowTime(stored);
}

QVariant RunSession::storedTime(const QDateTime &time)
{
    return UpgradeModel::storedWindowTime(time);
}

bool RunSession::isValid() const
{
    return !run().isEmpty();
}

QVariantMap RunSession::run() const
{
    return m_document->store().record(RunTable, m_runId);
}

qint64 RunSession::upgradeId() const
{
    return m_document->store().value(RunTable, m_runId, QStringLiteral("upgrade_id")).toLongLong();
}

QString RunSession::upgradeName() const
{
    return m_document->store().value(QStringLiteral("upgrade"), upgradeId(), QStringLiteral("name")).toString();
}

QString RunSession::kind() const
{
    return m_document->store().value(RunTable, m_runId, QStringLiteral("kind")).toString();
}

QString RunSession::status() const
{
    return m_document->store().value(RunTable, m_runId, StatusColumn).toString();
}

qint64 RunSession::warningLevelId() const
{
    return m_document->store().value(RunTable, m_runId, QStringLiteral("warning_level_id")).toLongLong();
}

QDateTime RunSession::startedAt() const
{
    return timeOf(m_document->store().value(RunTable, m_runId, QStringLiteral("started_at")));
}

QDateTime RunSession::endedAt() const
{
    return timeOf(m_document->store().value(RunTable, m_runId, QStringLiteral("ended_at")));
}

QDateTime RunSession::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

bool RunSession::refuse(const QString &reason)
{
    m_refusal = reason;
    return false;
}

bool RunSession::checkWritable()
{
    m_refusal.clear();
    if (m_document->isReadOnly()) {
        return refuse(m_document->file().readOnlyMessage());
    }
    if (!isValid()) {
        return refuse(tr("This run no longer exists."));
    }
    if (m_actor.isEmpty()) {
        return refuse(tr("Say who is operating the console first."));
    }
    return true;
}

bool RunSession::checkOpen()
{
    if (!checkWritable()) {
        return false;
    }
    if (hasEnded()) {
        return refuse(
            tr("The emergency was ended at %1; the run can no longer change.").arg(clockText(m_document, endedAt())));
    }
    return true;
}

QVariantMap RunSession::item(qint64 itemId) const
{
    QVariantMap record = m_document->store().record(ItemTable, itemId);
    if (record.value(QStringLiteral("run_id")).toLongLong() != m_runId) {
        record.clear(); // an item of another run is no item of this one
    }
    return record;
}

QVariantMap RunSession::eventRow(const Event &event, qint64 id, const QDateTime &at) const
{
    return {{IdColumn, id}, {QStringLiteral("run_id"), m_runId}, {QStringLiteral("at"), storedTime(at)},
        {QStringLiteral("kind"), event.kind},
        {QStringLiteral("decision"), event.decision.isEmpty() ? QVariant() : QVariant(event.decision)},
        {QStringLiteral("warning_level_id"), event.levelId}, {QStringLiteral("run_item_id"), event.itemId},
        {QStringLiteral("text"), nonNull(event.text)}, {QStringLiteral("reason"), nonNull(event.reason)},
        {QStringLiteral("actor"), nonNull(m_actor)}, {QStringLiteral("audience_id"), event.audienceId},
        {QStringLiteral("channel"), event.channel}, {QStringLiteral("message"), nonNull(event.message)}};
}

bool RunSession::tick(qint64 itemId)
{
    return setItemStatus(itemId, QStringLiteral("done"), {}, tr("Tick checklist item"));
}

bool RunSession::reopen(qint64 itemId)
{
    return setItemStatus(itemId, Open, {}, tr("Reopen checklist item"));
}

bool RunSession::markFailed(qint64 itemId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        m_refusal = tr("Say why the item failed: the review needs the reason.");
        return false;
    }
    return setItemStatus(itemId, QStringLiteral("failed"), reason.trimmed(), tr("Mark checklist item failed"));
}

bool RunSession::markSkipped(qint64 itemId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        m_refusal = tr("Say why the item is skipped: the review needs the reason.");
        return false;
    }
    return setItemStatus(itemId, QStringLiteral("skipped"), reason.trimmed(), tr("Skip checklist item"));
}

bool RunSession::setItemStatus(qint64 itemId, const QString &status, const QString &reason, const QString &commandText)
{
    if (!checkOpen()) {
        return false;
    }
    const QVariantMap record = item(itemId);
    if (record.isEmpty()) {
        return refuse(tr("This run has no such checklist item."));
    }
    const QString current = record.value(StatusColumn).toString();
    if (current == status) {
        return refuse(tr("The item is already %1.").arg(Vocabulary::label(Vocabulary::Kind::ItemStatus, status)));
    }
    const QString text = record.value(QStringLiteral("text")).toString();
    const QDateTime now = this->now();
    const RecordKey key {ItemTable, itemId};
    QList<RecordChange> changes {{key, StatusColumn, status}};
    QString eventText;
    if (status == Open) {
        changes.append({key, QStringLiteral("ticked_at"), QVariant()});
        changes.append({key, QStringLiteral("ticked_by"), QStringLiteral("")}); // empty, not NULL
        eventText = tr("Reopened: %1").arg(text);
    } else {
        changes.append({key, QStringLiteral("ticked_at"), storedTime(now)});
        changes.append({key, QStringLiteral("ticked_by"), m_actor});
        if (status == QLatin1String("done")) {
            eventText = tr("Done: %1").arg(text);
        } else {
            // The reason stays with the item, where the checklist and the review show it.
            changes.append({key, QStringLiteral("note"), reason});
            eventText = status == QLatin1String("failed") ? tr("Failed: %1").arg(text) : tr("Skipped: %1").arg(text);
        }
    }
    const QVariantMap event
        = eventRow({QStringLiteral("tick"), eventText, reason, {}, {}, itemId}, m_document->nextId(EventTable), now);
    if (!act({{EventTable, event}}, changes, commandText, eventText, itemId)) {
        return refuse(tr("The change could not be saved."));
    }
    return true;
}

bool RunSession::act(const QList<RecordSnapshot::Row> &rows, const QList<RecordChange> &changes,
    const QString &commandText, const QString &text, qint64 itemId)
{
    Action action {text, itemId, {}, {}, {}};
    for (const RecordChange &change : changes) {
        const QVariant before = m_document->store().value(change.key.table, change.key.id, change.column);
        action.before.append({change.key, change.column, before});
        action.after.append(change);
    }
    for (const RecordSnapshot::Row &row : rows) {
        if (row.table == MilestoneTable) {
            action.milestones.append({row.table, row.values.value(IdColumn).toLongLong()});
        }
    }
    if (!m_document->editRecords(rows, changes, commandText)) {
        return false;
    }
    m_actions.append(action);
    return true;
}

QString RunSession::takeBackText() const
{
    return m_actions.isEmpty() ? QString() : m_actions.constLast().text;
}

bool RunSession::takeBack()
{
    if (!checkWritable()) {
        return false;
    }
    if (m_actions.isEmpty()) {
        return refuse(tr("Nothing done in this console is left to take back."));
    }
    const Action action = m_actions.constLast();
    const bool endsTheRun = std::any_of(action.after.cbegin(), action.after.cend(),
        [](const RecordChange &change) { return change.column == QLatin1String("ended_at"); });
    if (hasEnded() && !endsTheRun) {
        return refuse(
            tr("The emergency was ended at %1; the run can no longer change.").arg(clockText(m_document, endedAt())));
    }
    // Only what the action left may be taken back: after someone else changed
    // the item or the run (or undid the action itself), it would undo theirs.
    const auto unchanged = [this](const RecordChange &change) {
        const QVariant now = m_document->store().value(change.key.table, change.key.id, change.column);
        return now.toString() == change.value.toString() && now.isNull() == change.value.isNull();
    };
    const bool milestonesThere = std::all_of(action.milestones.cbegin(), action.milestones.cend(),
        [this](const RecordKey &key) { return !m_document->store().record(key.table, key.id).isEmpty(); });
    if (!std::all_of(action.after.cbegin(), action.after.cend(), unchanged) || !milestonesThere) {
        m_actions.removeLast();
        return refuse(tr("\u201c%1\u201d cannot be taken back: it was changed since.").arg(action.text));
    }
    const QString text = tr("Taken back: %1").arg(action.text);
    const QVariantMap event = eventRow(
        {QStringLiteral("note"), text, {}, {}, {}, nullWhenZero(action.itemId)}, m_document->nextId(EventTable), now());
    if (!m_document->editRecords(
            {{EventTable, event}}, action.before, tr("Take back \u201c%1\u201d").arg(action.text), action.milestones)) {
        return refuse(tr("The change could not be saved."));
    }
    m_actions.removeLast();
    return true;
}

bool RunSession::logEvent(const QString &text)
{
    // Notes may still be added after the end: what was learned afterwards.
    if (!checkWritable()) {
        return false;
    }
    if (text.trimmed().isEmpty()) {
        return refuse(tr("Type what happened before logging it."));
    }
    const QVariantMap event = eventRow({QStringLiteral("note"), text.trimmed()}, m_document->nextId(EventTable), now());
    if (!m_document->editRecords({{EventTable, event}}, {}, tr("Log event"))) {
        return refuse(tr("The event could not be saved."));
    }
    return true;
}

bool RunSession::logUpdate(qint64 audienceId, const QString &channel, const QString &message)
{
    if (!checkWritable()) {
        return false;
    }
    const QVariant audience
        = queryValue(m_document->database(), QStringLiteral("SELECT name FROM audience WHERE id = ?"), {audienceId});
    if (!audience.isValid()) {
        return refuse(tr("The plan has no such audience."));
    }
    if (!Vocabulary::values(Vocabulary::Kind::Channel).contains(channel)) {
        return refuse(tr("\u201c%1\u201d is not a channel of the communications plan.").arg(channel));
    }
    if (message.trimmed().isEmpty()) {
        return refuse(tr("The message is empty: write what was sent."));
    }
    Event event {QStringLiteral("update"),
        tr("Update sent to %1 via %2").arg(audience.toString(), Vocabulary::label(Vocabulary::Kind::Channel, channel))};
    event.levelId = warningLevelId() > 0 ? QVariant(warningLevelId()) : QVariant();
    event.audienceId = audienceId;
    event.channel = channel;
    event.message = message.trimmed();
    const QVariantMap row = eventRow(event, m_document->nextId(EventTable), now());
    if (!m_document->editRecords({{EventTable, row}}, {}, tr("Log update sent to %1").arg(audience.toString()))) {
        return refuse(tr("The update could not be saved."));
    }
    return true;
}

bool RunSession::decide(const QString &decision, const QString &reason, const QString &text,
    const QVariantMap &runFields, const QString &milestoneKind, const QString &commandText, const QVariant &levelId)
{
    const QDateTime now = this->now();
    QList<RecordSnapshot::Row> rows;
    const bool isLevel = decision == QLatin1String("level");
    rows.append({EventTable,
        eventRow(
            {isLevel ? QStringLiteral("level") : QStringLiteral("decision"), text, reason.trimmed(), decision, levelId},
            m_document->nextId(EventTable), now)});
    if (!milestoneKind.isEmpty() && milestone(milestoneKind).isEmpty()) {
        rows.append({MilestoneTable,
            {{IdColumn, m_document->nextId(MilestoneTable)}, {QStringLiteral("run_id"), m_runId},
                {QStringLiteral("kind"), milestoneKind}, {QStringLiteral("at"), storedTime(now)},
                {QStringLiteral("original_at"), storedTime(now)}}});
    }
    QList<RecordChange> changes;
    for (auto field = runFields.cbegin(); field != runFields.cend(); ++field) {
        changes.append({{RunTable, m_runId}, field.key(), field.value()});
    }
    // The upgrade's status says what its live run came to: stopped, rolled back or completed.
    if (const QString runStatus = runFields.value(StatusColumn).toString();
        !runStatus.isEmpty() && kind() == QLatin1String("live")) {
        changes += upgradeStatusChange(m_document, upgradeId(), runStatus);
    }
    if (!act(rows, changes, commandText, text, 0)) {
        return refuse(tr("The decision could not be saved."));
    }
    return true;
}

bool RunSession::declareLevel(qint64 levelId, const QString &reason)
{
    if (!checkOpen()) {
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        return refuse(tr("Say why the warning level changes."));
    }
    QString name;
    if (levelId != 0) {
        const QVariantMap level = m_document->store().record(QStringLiteral("warning_level"), levelId);
        if (level.isEmpty()) {
            return refuse(tr("The plan has no such warning level."));
        }
        name = level.value(QStringLiteral("name")).toString();
    }
    if (levelId == warningLevelId()) {
        return refuse(levelId == 0 ? tr("No warning level is declared.")
                                   : tr("\u201c%1\u201d is already the declared level.").arg(name));
    }
    const QString text = levelId != 0 ? tr("Warning level declared: %1").arg(name) : tr("Warning lifted");
    return decide(QStringLiteral("level"), reason, text, {{QStringLiteral("warning_level_id"), nullWhenZero(levelId)}},
        {}, levelId != 0 ? tr("Declare warning level") : tr("Lift warning"), nullWhenZero(levelId));
}

bool RunSession::stop(const QString &reason)
{
    if (!checkOpen()) {
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        return refuse(tr("Say why the upgrade stops."));
    }
    if (status() != Running) {
        return refuse(tr("The upgrade is not running: it is %1.")
                          .arg(Vocabulary::label(Vocabulary::Kind::RunStatus, status()).toLower()));
    }
    return decide(QStringLiteral("stop"), reason, tr("STOP: the upgrade is stopped"),
        {{StatusColumn, QStringLiteral("stopped")}}, QStringLiteral("stopped"), tr("Stop the upgrade"));
}

bool RunSession::startRollback(const QString &reason)
{
    if (!checkOpen()) {
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        return refuse(tr("Say why the upgrade is rolled back."));
    }
    if (status() == QLatin1String("rolled_back")) {
        return refuse(tr("The rollback has already started."));
    }
    // Rolling back stops the upgrade: without an earlier STOP that is the time it stopped.
    return decide(QStringLiteral("rollback"), reason, tr("Rollback started"),
        {{StatusColumn, QStringLiteral("rolled_back")}}, QStringLiteral("stopped"), tr("Start rollback"));
}

bool RunSession::serviceRestored(const QString &reason)
{
    if (!checkOpen()) {
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        return refuse(tr("Say how the service was found restored."));
    }
    return decide(QStringLiteral("restored"), reason, tr("Service restored"), {}, QStringLiteral("restored"),
        tr("Service restored"));
}

bool RunSession::endEmergency(const QString &reason)
{
    if (!checkOpen()) {
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        return refuse(tr("Say why the emergency is over."));
    }
    QVariantMap fields {{QStringLiteral("ended_at"), storedTime(now())}};
    if (status() == Running) {
        fields.insert(StatusColumn, QStringLiteral("completed")); // a stopped or rolled back run keeps saying so
    }
    return decide(QStringLiteral("ended"), reason, tr("Emergency ended"), fields, QStringLiteral("ended"),
        tr("End the emergency"));
}

QVariantMap RunSession::milestone(const QString &kind) const
{
    QSqlQuery query = execQuery(m_document->database(),
        QStringLiteral("SELECT id FROM run_milestone WHERE run_id = ? AND kind = ?"), {m_runId, kind});
    return query.next() ? m_document->store().record(MilestoneTable, query.value(0).toLongLong()) : QVariantMap();
}

bool RunSession::recordMilestone(const QString &kind, const QDateTime &at)
{
    if (!checkWritable()) {
        return false;
    }
    if (!milestoneKinds().contains(kind)) {
        return refuse(tr("There is no such milestone."));
    }
    const QString label = Vocabulary::label(Vocabulary::Kind::MilestoneKind, kind);
    if (const QVariantMap recorded = milestone(kind); !recorded.isEmpty()) {
        return refuse(tr("\u201c%1\u201d is already recorded at %2; edit it to change the time.")
                          .arg(label, clockText(m_document, timeOf(recorded.value(QStringLiteral("at"))))));
    }
    const QDateTime now = this->now();
    const QDateTime when = at.isValid() ? at.toUTC() : now;
    if (when.secsTo(now) < -FutureToleranceSecs) {
        return refuse(tr("%1 lies in the future.").arg(clockText(m_document, when)));
    }
    const QList<RecordSnapshot::Row> rows {
        {MilestoneTable,
            {{IdColumn, m_document->nextId(MilestoneTable)}, {QStringLiteral("run_id"), m_runId},
                {QStringLiteral("kind"), kind}, {QStringLiteral("at"), storedTime(when)},
                {QStringLiteral("original_at"), storedTime(when)}}},
        {EventTable,
            eventRow(
                {QStringLiteral("note"), at.isValid() ? tr("%1 at %2").arg(label, clockText(m_document, when)) : label},
                m_document->nextId(EventTable), now)},
    };
    if (!m_document->editRecords(rows, {}, tr("Record \u201c%1\u201d").arg(label))) {
        return refuse(tr("The milestone could not be saved."));
    }
    return true;
}

bool RunSession::editMilestone(const QString &kind, const QDateTime &at, const QString &editor)
{
    if (!checkWritable()) {
        return false;
    }
    if (!milestoneKinds().contains(kind)) {
        return refuse(tr("There is no such milestone."));
    }
    if (!at.isValid()) {
        return refuse(tr("That is not a time."));
    }
    const QString who = editor.trimmed().isEmpty() ? m_actor : editor.trimmed();
    const QDateTime now = this->now();
    const QDateTime when = at.toUTC();
    if (when.secsTo(now) < -FutureToleranceSecs) {
        return refuse(tr("%1 lies in the future.").arg(clockText(m_document, when)));
    }
    const QString label = Vocabulary::label(Vocabulary::Kind::MilestoneKind, kind);
    const QVariantMap recorded = milestone(kind);
    const qint64 eventId = m_document->nextId(EventTable);
    if (recorded.isEmpty()) {
        // Entered afterwards: the time given is the first one recorded, and
        // the editor's name says that someone typed it in.
        const QList<RecordSnapshot::Row> rows {
            {MilestoneTable,
                {{IdColumn, m_document->nextId(MilestoneTable)}, {QStringLiteral("run_id"), m_runId},
                    {QStringLiteral("kind"), kind}, {QStringLiteral("at"), storedTime(when)},
                    {QStringLiteral("original_at"), storedTime(when)}, {QStringLiteral("edited_by"), who}}},
            {EventTable,
                eventRow(
                    {QStringLiteral("note"), tr("%1 at %2").arg(label, clockText(m_document, when))}, eventId, now)},
        };
        if (!m_document->editRecords(rows, {}, tr("Record \u201c%1\u201d").arg(label))) {
            return refuse(tr("The milestone could not be saved."));
        }
        return true;
    }
    const QDateTime before = timeOf(recorded.value(QStringLiteral("at")));
    if (storedTime(before) == storedTime(when)) {
        return refuse(tr("\u201c%1\u201d is already recorded at %2.").arg(label, clockText(m_document, when)));
    }
    const RecordKey key {MilestoneTable, recorded.value(IdColumn).toLongLong()};
    const QList<RecordChange> changes {
        {key, QStringLiteral("at"), storedTime(when)}, {key, QStringLiteral("edited_by"), who}};
    const QVariantMap event = eventRow(
        {QStringLiteral("note"),
            tr("%1 changed from %2 to %3").arg(label, clockText(m_document, before), clockText(m_document, when))},
        eventId, now);
    if (!m_document->editRecords({{EventTable, event}}, changes, tr("Change \u201c%1\u201d").arg(label))) {
        return refuse(tr("The milestone could not be saved."));
    }
    return true;
}

void RunSession::onRecordEvent(const QString &table, qint64 id)
{
    if ((table == RunTable && id == m_runId) || table == MilestoneTable) {
        Q_EMIT runChanged();
    }
}

} // namespace fallback
