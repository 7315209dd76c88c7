// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/planfield.h"
#include "storage/changefeed.h"
#include "storage/planfile.h"
#include "storage/recordsnapshot.h"
#include "storage/recordstore.h"
#include "storage/teamconnection.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QVariant>

#include <memory>

class QUndoStack;

namespace fallback {

/// One open plan: its file, its undo history and the edits made to it. Every
/// edit is committed to the file as it is made and pushed as an undo command.
/// Qt 6 keeps QUndoStack in Qt Gui; it needs no display, and this is the one
/// Gui class the core uses.
class PlanDocument final : public QObject
{
    Q_OBJECT
public:
    explicit PlanDocument(std::unique_ptr<PlanFile> file, QObject *parent = nullptr);
    ~PlanDocument() override;
    Q_DISABLE_COPY_MOVE(PlanDocument)

    /// Opens the plan at \a path; nullptr with a translated message in \a error.
    static std::unique_ptr<PlanDocument> open(const QString &path, PlanFile::Access access, QString *error);

    PlanFile &file() { return *m_file; }
    const PlanFile &file() const { return *m_file; }
    QString path() const { return m_file->path(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    const RecordStore &store() const { return m_store; }
    QSqlDatabase database() const { return m_file->database(); }

    QVariant header(PlanField field) const;
    /// The clock the plan's times are shown and entered on: the zone the plan
    /// names, else this machine's. Times are stored in UTC.
    QTimeZone timeZone() const;
    /// \a time (UTC or any zone) as the plan's clock shows it.
    QDateTime inPlanZone(const QDateTime &time) const { return time.toTimeZone(timeZone()); }
    /// The plan title, or a fallback derived from the file name when empty.
    QString displayTitle() const;

    // Edits that the user makes: each pushes one undo command. They return
    // false when nothing changed (read-only plan, same value, failed write).
    bool setHeader(PlanField field, const QVariant &value);
    bool setRecordValue(const QString &table, qint64 id, const QString &column, const QVariant &value);
    qint64 addRecord(const QString &table, const QVariantMap &values, const QString &commandText);
    bool removeRecord(const QString &table, qint64 id, const QString &commandText);
    /// Removes several records as one edit and one transaction.
    bool removeRecords(const QList<RecordKey> &keys, const QString &commandText);
    /// Inserts records that belong together as one edit and one transaction.
    /// Each row names its id (see nextId()); parents come before children.
    bool addRecords(const QList<RecordBatch> &batches, const QString &commandText);
    bool addRecords(const QList<RecordSnapshot::Row> &rows, const QString &commandText);
    /// Changes several fields as one edit and one transaction.
    bool setRecordValues(const QList<RecordChange> &changes, const QString &commandText);
    /// Adds records, changes fields of others and removes records as one edit
    /// and one transaction (a ticked item and the entry that logs it; a
    /// decision taken back, with the milestone it had recorded). Added rows
    /// name their ids (see nextId()); a removed record must have no records
    /// of its own. False when nothing changed.
    bool editRecords(const QList<RecordSnapshot::Row> &added, const QList<RecordChange> &changes,
        const QString &commandText, const QList<RecordKey> &removed = {});
    /// The id that the next record added to \a table should take.
    qint64 nextId(const QString &table) const { return m_store.nextId(table); }

    // Raw writes that undo commands perform; no undo entry of their own.
    bool writeHeader(PlanField field, const QVariant &value);
    bool writeRecordValue(const QString &table, qint64 id, const QString &column, const QVariant &value);
    qint64 writeInsert(const QString &table, const QVariantMap &values);
    bool writeInsert(const QList<RecordBatch> &batches);
    bool writeRecordValues(const QList<RecordChange> &changes);
    RecordSnapshot writeRemove(const QList<RecordKey> &keys);
    bool writeRestore(const RecordSnapshot &snapshot);
    /// Inserts \a added, applies \a changes and deletes \a removed in one
    /// transaction (editRecords() and its undo).
    bool writeEdit(
        const QList<RecordSnapshot::Row> &added, const QList<RecordChange> &changes, const QList<RecordKey> &removed);

Q_SIGNALS:
    void headerChanged(fallback::PlanField field);
    void recordChanged(const QString &table, qint64 id, const QString &column);
    void recordInserted(const QString &table, qint64 id);
    /// Also sent for every record that a delete cascaded to.
    void recordRemoved(const QString &table, qint64 id);
    /// Many records change at once (an import, a copied checklist, a reorder
    /// of thousands of items, or the undo of one). The per-record signals
    /// still come in between; a view may instead read everything again when
    /// the change is finished.
    void bulkChangeStarted();
    void bulkChangeFinished();
    /// A change reached the disk.
    void saved();
    /// Another window changed a team plan; the per-record signals above have
    /// told what, and \a records says how many (0: the server did not say
    /// what changed, and everything was read again).
    void changedElsewhere(int records);
    /// A change could not be written; the plan is as it was before it.
    void writeFailed(const QString &message);
    /// The connection to a team plan's server is lost: the plan reads as
    /// read-only and connects again by itself; \a cause as the server said it.
    void connectionLost(const QString &cause);
    /// The connection is back and everything shown was read again (between
    /// bulkChangeStarted() and bulkChangeFinished()): what other windows
    /// changed meanwhile is shown.
    void connectionRestored();

private:
    class BulkChange;
    void applyRemoteChanges(const QList<fallback::RemoteChange> &changes);
    void onConnectionLost(const QString &cause);
    void onConnectionRestored();
    /// Has every view read its records again (between bulkChangeStarted() and bulkChangeFinished()).
    void rereadEverything();
    bool refuseWhenReadOnly();
    void reportWrite(bool ok, const QString &error);

    std::unique_ptr<PlanFile> m_file;
    // Outcome of the last raw write, read back after QUndoStack::push (which
    // cannot report it, least of all inside a macro).
    bool m_lastWriteOk = false;
    mutable QVariantMap m_header;
    mutable QString m_zoneId; ///< what m_zone was made from
    mutable QTimeZone m_zone;
    qint64 m_lastInsertedId = 0;
    RecordStore m_store;
    QUndoStack *m_undoStack = nullptr;
    ChangeFeed *m_changeFeed = nullptr; ///< team plans only
    TeamConnection *m_connection = nullptr; ///< team plans only
};

} // namespace fallback
