// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plandocument.h"

#include "document/addrecordscommand.h"
#include "document/editrecordscommand.h"
#include "document/insertrecordcommand.h"
#include "document/logging.h"
#include "document/removerecordscommand.h"
#include "document/setplanfieldcommand.h"
#include "document/setrecordvaluecommand.h"
#include "document/setrecordvaluescommand.h"

#include <QFileInfo>
#include <QUndoStack>

namespace fallback {

namespace {
const QString PlanTable = QStringLiteral("plan");
// From this many records on, a change is announced as a bulk change too.
constexpr qsizetype BulkChangeRecords = 200;
constexpr qint64 PlanRowId = 1;

// NULL and the empty string are different values to SQLite; an edit that only
// swaps one for the other is still an edit.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() != b.isNull()) {
        return false;
    }
    return a.isNull() || a == b;
}
} // namespace

/// Brackets the signals of a large change with bulkChangeStarted() and
/// bulkChangeFinished().
class PlanDocument::BulkChange
{
public:
    BulkChange(PlanDocument *document, qsizetype records)
        : m_document(records >= BulkChangeRecords ? document : nullptr)
    {
        if (m_document) {
            Q_EMIT m_document->bulkChangeStarted();
        }
    }
    ~BulkChange()
    {
        if (m_document) {
            Q_EMIT m_document->bulkChangeFinished();
        }
    }
    Q_DISABLE_COPY_MOVE(BulkChange)

private:
    PlanDocument *m_document;
};

PlanDocument::PlanDocument(std::unique_ptr<PlanFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_store(m_file->database())
    , m_undoStack(new QUndoStack(this))
{
    if (m_file->isTeamPlan()) {
        m_changeFeed = new ChangeFeed(m_file->database(), m_file->teamChannel(), this);
        connect(m_changeFeed, &ChangeFeed::changed, this, &PlanDocument::applyRemoteChanges);
        connect(m_changeFeed, &ChangeFeed::missed, this, [this] {
            rereadEverything();
            Q_EMIT changedElsewhere(0);
        });
        m_connection
            = new TeamConnection(m_file->database(), m_file->teamConnection(), m_file->teamSessionSetup(), this);
        connect(m_connection, &TeamConnection::lost, this, &PlanDocument::onConnectionLost);
        connect(m_connection, &TeamConnection::restored, this, &PlanDocument::onConnectionRestored);
    }
}

void PlanDocument::onConnectionLost(const QString &cause)
{
    m_file->setConnectionLost(true);
    Q_EMIT connectionLost(cause);
}

void PlanDocument::onConnectionRestored()
{
    m_file->setConnectionLost(false);
    m_changeFeed->listenAgain();
    rereadEverything(); // whatever changed meanwhile
    Q_EMIT connectionRestored();
}

void PlanDocument::rereadEverything()
{
    m_header.clear();
    const BulkChange bulk(this, BulkChangeRecords);
    for (const PlanField field : allPlanFields()) {
        Q_EMIT headerChanged(field);
    }
}

void PlanDocument::applyRemoteChanges(const QList<RemoteChange> &changes)
{
    m_header.clear();
    const BulkChange bulk(this, changes.size());
    for (const RemoteChange &change : changes) {
        switch (change.kind) {
        case RemoteChange::Kind::Inserted:
            Q_EMIT recordInserted(change.table, change.id);
            break;
        case RemoteChange::Kind::Removed:
            Q_EMIT recordRemoved(change.table, change.id);
            break;
        case RemoteChange::Kind::Changed:
            for (const QString &column : change.columns) {
                if (change.table == PlanTable) {
                    for (const PlanField field : allPlanFields()) {
                        if (planFieldColumn(field) == column) {
                            Q_EMIT headerChanged(field);
                        }
                    }
                }
                Q_EMIT recordChanged(change.table, change.id, column);
            }
            break;
        }
    }
    Q_EMIT changedElsewhere(int(changes.size()));
}

PlanDocument::~PlanDocument()
{
    // Undo commands refer to the document; clear them while it still exists.
    m_undoStack->clear();
    // They watch the plan's connection, which closes with m_file.
    delete m_connection;
    delete m_changeFeed;
}

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path, PlanFile::Access access, QString *error)
{
    std::unique_ptr<PlanFile> file = PlanFile::open(path, access, error);
    if (!file) {
        return nullptr;
    }
    return std::make_unique<PlanDocument>(std::move(file));
}

QVariant PlanDocument::header(PlanField field) const
{
    // The header row is read once and kept; writeHeader() refreshes it.
    if (m_header.isEmpty()) {
        m_header = m_store.record(PlanTable, PlanRowId);
    }
    return m_header.value(planFieldColumn(field));
}

QTimeZone PlanDocument::timeZone() const
{
    const QString id = header(PlanField::TimeZone).toString();
    if (id != m_zoneId || !m_zone.isValid()) {
        const QTimeZone named(id.toUtf8());
        m_zone = named.isValid() ? named : QTimeZone::systemTimeZone();
        m_zoneId = id;
    }
    return m_zone;
}

QString PlanDocument::displayTitle() const
{
    const QString title = header(PlanField::Title).toString().trimmed();
    if (!title.isEmpty()) {
        return title;
    }
    return m_file->isTeamPlan() ? m_file->teamPlanName() : QFileInfo(path()).completeBaseName();
}

bool PlanDocument::refuseWhenReadOnly()
{
    if (isReadOnly()) {
        Q_EMIT writeFailed(m_file->readOnlyMessage());
        return true;
    }
    return false;
}

void PlanDocument::reportWrite(bool ok, const QString &error)
{
    m_lastWriteOk = ok;
    m_header.clear(); // any write may have touched the header row
    if (ok) {
        Q_EMIT saved();
    } else {
        qCInfo(lcDocument) << "write failed:" << error;
        if (m_connection) {
            // A write that failed because the connection is gone says so as the plan turns read-only.
            m_connection->check();
            if (!m_connection->isConnected()) {
                Q_EMIT writeFailed(tr("The change was not saved. %1").arg(m_file->readOnlyMessage()));
                return;
            }
        }
        Q_EMIT writeFailed(error);
    }
}

bool PlanDocument::setHeader(PlanField field, const QVariant &value)
{
    if (refuseWhenReadOnly()) {
        return false;
    }
    const QVariant old = header(field);
    if (sameValue(old, value)) {
        return false;
    }
    m_lastWriteOk = false;
    m_undoStack->push(new SetPlanFieldCommand(this, field, old, value));
    return m_lastWriteOk;
}

bool PlanDocument::setRecordValue(const QString &table, qint64 id, const QString &column, const QVariant &value)
{
    if (refuseWhenReadOnly()) {
        return false;
    }
    const QVariant old = m_store.value(table, id, column);
    if (sameValue(old, value)) {
        return false;
    }
    m_lastWriteOk = false;
    m_undoStack->push(new SetRecordValueCommand(this, table, id, column, old, value));
    return m_lastWriteOk;
}

qint64 PlanDocument::addRecord(const QString &table, const QVariantMap &values, const QString &commandText)
{
    if (refuseWhenReadOnly()) {
        return 0;
    }
    m_lastWriteOk = false;
    m_lastInsertedId = 0;
    // A command whose write failed makes itself obsolete and the stack drops it.
    m_undoStack->push(new InsertRecordCommand(this, table, values, commandText));
    return m_lastWriteOk ? m_lastInsertedId : 0;
}

bool PlanDocument::removeRecord(const QString &table, qint64 id, const QString &commandText)
{
    if (refuseWhenReadOnly()) {
        return false;
    }
    return removeRecords({{table, id}}, commandText);
}

bool PlanDocument::removeRecords(const QList<RecordKey> &keys, const QString &commandText)
{
    if (keys.isEmpty() || refuseWhenReadOnly()) {
        return false;
    }
    m_lastWriteOk = false;
    m_undoStack->push(new RemoveRecordsCommand(this, keys, commandText));
    return m_lastWriteOk;
}

bool PlanDocument::addRecords(const QList<RecordBatch> &batches, const QString &commandText)
{
    const bool empty
        = std::all_of(batches.cbegin(), batches.cend(), [](const RecordBatch &batch) { return batch.rows.isEmpty(); });
    if (empty || refuseWhenReadOnly()) {
        return false;
    }
    m_lastWriteOk = false;
    m_undoStack->push(new AddRecordsCommand(this, batches, commandText));
    return m_lastWriteOk;
}

bool PlanDocument::addRecords(const QList<RecordSnapshot::Row> &rows, const QString &commandText)
{
    return addRecords(RecordBatch::fromRows(rows), commandText);
}

bool PlanDocument::setRecordValues(const QList<RecordChange> &changes, const QString &commandText)
{
    if (refuseWhenReadOnly()) {
        return false;
    }
    QList<RecordChange> oldValues;
    QList<RecordChange> newValues;
    for (const RecordChange &change : changes) {
        const QVariant old = m_store.value(change.key.table, change.key.id, change.column);
        if (!sameValue(old, change.value)) {
            oldValues.append({change.key, change.column, old});
            newValues.append(change);
        }
    }
    if (newValues.isEmpty()) {
        return false;
    }
    m_lastWriteOk = false;
    m_undoStack->push(new SetRecordValuesCommand(this, oldValues, newValues, commandText));
    return m_lastWriteOk;
}

bool PlanDocument::editRecords(const QList<RecordSnapshot::Row> &added, const QList<RecordChange> &changes,
    const QString &commandText, const QList<RecordKey> &removed)
{
    if (refuseWhenReadOnly()) {
        return false;
    }
    QList<RecordChange> oldValues;
    QList<RecordChange> newValues;
    for (const RecordChange &change : changes) {
        const QVariant old = m_store.value(change.key.table, change.key.id, change.column);
        if (!sameValue(old, change.value)) {
            oldValues.append({change.key, change.column, old});
            newValues.append(change);
        }
    }
    QList<RecordSnapshot::Row> removedRows;
    for (const RecordKey &key : removed) {
        QVariantMap values = m_store.record(key.table, key.id);
        if (values.isEmpty()) {
            return false; // not there (any more): the edit would not do what it says
        }
        removedRows.append({key.table, std::move(values)});
    }
    if (added.isEmpty() && newValues.isEmpty() && removedRows.isEmpty()) {
        return false;
    }
    m_lastWriteOk = false;
    m_undoStack->push(new EditRecordsCommand(this, added, oldValues, newValues, removedRows, commandText));
    return m_lastWriteOk;
}

bool PlanDocument::writeHeader(PlanField field, const QVariant &value)
{
    QString error;
    const bool ok = m_store.update(PlanTable, PlanRowId, planFieldColumn(field), value, &error);
    reportWrite(ok, error);
    if (ok) {
        Q_EMIT headerChanged(field);
    }
    return ok;
}

bool PlanDocument::writeRecordValue(const QString &table, qint64 id, const QString &column, const QVariant &value)
{
    QString error;
    const bool ok = m_store.update(table, id, column, value, &error);
    reportWrite(ok, error);
    if (ok) {
        Q_EMIT recordChanged(table, id, column);
    }
    return ok;
}

qint64 PlanDocument::writeInsert(const QString &table, const QVariantMap &values)
{
    QString error;
    const qint64 id = m_store.insert(table, values, &error);
    m_lastInsertedId = id;
    reportWrite(id != 0, error);
    if (id != 0) {
        Q_EMIT recordInserted(table, id);
    }
    return id;
}

bool PlanDocument::writeRecordValues(const QList<RecordChange> &changes)
{
    QString error;
    const bool ok = m_store.update(changes, &error);
    reportWrite(ok, error);
    if (ok) {
        const BulkChange bulk(this, changes.size());
        for (const RecordChange &change : changes) {
            Q_EMIT recordChanged(change.key.table, change.key.id, change.column);
        }
    }
    return ok;
}

RecordSnapshot PlanDocument::writeRemove(const QList<RecordKey> &keys)
{
    QString error;
    RecordSnapshot snapshot = m_store.remove(keys, &error);
    reportWrite(!snapshot.isEmpty(), error);
    const BulkChange bulk(this, snapshot.rows.size());
    // Children first, so that a view never shows a child without its parent.
    for (auto row = snapshot.rows.crbegin(); row != snapshot.rows.crend(); ++row) {
        const QVariant id = row->values.value(QStringLiteral("id"));
        if (id.isValid()) {
            Q_EMIT recordRemoved(row->table, id.toLongLong());
        }
    }
    for (const RecordSnapshot::ClearedReference &ref : std::as_const(snapshot.clearedReferences)) {
        Q_EMIT recordChanged(ref.table, ref.id, ref.column);
    }
    return snapshot;
}

bool PlanDocument::writeInsert(const QList<RecordBatch> &batches)
{
    QString error;
    const bool ok = m_store.insert(batches, &error);
    reportWrite(ok, error);
    if (ok) {
        qsizetype records = 0;
        for (const RecordBatch &batch : batches) {
            records += batch.rows.size();
        }
        const BulkChange bulk(this, records);
        for (const RecordBatch &batch : batches) {
            for (const qint64 id : batch.ids()) {
                Q_EMIT recordInserted(batch.table, id);
            }
        }
    }
    return ok;
}

bool PlanDocument::writeRestore(const RecordSnapshot &snapshot)
{
    QString error;
    const bool ok = m_store.restore(snapshot, &error);
    reportWrite(ok, error);
    if (ok) {
        const BulkChange bulk(this, snapshot.rows.size());
        for (const RecordSnapshot::Row &row : snapshot.rows) {
            const QVariant id = row.values.value(QStringLiteral("id"));
            if (id.isValid()) {
                Q_EMIT recordInserted(row.table, id.toLongLong());
            }
        }
        for (const RecordSnapshot::ClearedReference &ref : snapshot.clearedReferences) {
            Q_EMIT recordChanged(ref.table, ref.id, ref.column);
        }
    }
    return ok;
}

bool PlanDocument::writeEdit(
    const QList<RecordSnapshot::Row> &added, const QList<RecordChange> &changes, const QList<RecordKey> &removed)
{
    QString error;
    const bool ok = m_store.edit(added, changes, removed, &error);
    reportWrite(ok, error);
    if (ok) {
        const BulkChange bulk(this, added.size() + changes.size() + removed.size());
        for (const RecordSnapshot::Row &row : added) {
            Q_EMIT recordInserted(row.table, row.values.value(QStringLiteral("id")).toLongLong());
        }
        for (const RecordChange &change : changes) {
            Q_EMIT recordChanged(change.key.table, change.key.id, change.column);
        }
        for (auto key = removed.crbegin(); key != removed.crend(); ++key) {
            Q_EMIT recordRemoved(key->table, key->id);
        }
    }
    return ok;
}

} // namespace fallback
