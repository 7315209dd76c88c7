// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordbatch.h"
#include "storage/recordkey.h"
#include "storage/recordsnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

namespace fallback {

/// An edit of a team plan that found the field changed by someone else since
/// this window saw it, and so was not applied.
struct EditConflict
{
    RecordChange mine; ///< the change that was not applied
    QVariant theirValue; ///< what the field holds now
    QString changedBy; ///< the database role that changed the record last
};

/// Reads and writes single records of the plan's tables, each write in its
/// own durable transaction. Table and column names come from our schema,
/// never from user text; every value is a bound parameter.
class RecordStore final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::RecordStore)
public:
    explicit RecordStore(QSqlDatabase db);
    ~RecordStore();
    Q_DISABLE_COPY_MOVE(RecordStore)

    /// Column names of \a table in schema order.
    QStringList columns(const QString &table) const;
    QVariant value(const QString &table, qint64 id, const QString &column) const;
    QVariantMap record(const QString &table, qint64 id) const;
    /// Ids of \a table ordered by \a orderBy (a column of that table), then id.
    QList<qint64> ids(const QString &table, const QString &orderBy = {}) const;
    /// The records of \a table, all of them or those whose \a filterColumn
    /// equals \a filterValue, ordered by \a orderBy then id, read in one query.
    QList<QVariantMap> records(const QString &table, const QString &filterColumn = {}, const QVariant &filterValue = {},
        const QString &orderBy = {}) const;
    /// Id and one column of every record of \a table, ordered by \a orderBy
    /// then id: what a list of choices needs, without reading whole records.
    QList<QPair<qint64, QString>> labels(
        const QString &table, const QString &labelColumn, const QString &orderBy = {}) const;
    /// The id for the next record of \a table, which those inserted with it
    /// follow (id + 1, id + 2, ...): in a file the largest id + 1; on a team
    /// server the first of a block of ids of this edit's own.
    qint64 nextId(const QString &table) const;

    bool update(const QString &table, qint64 id, const QString &column, const QVariant &value, QString *error);
    /// Applies all \a changes in one transaction, or none of them.
    bool update(const QList<RecordChange> &changes, QString *error);
    /// Inserts a record; \a values may carry an "id" to restore a removed record.
    qint64 insert(const QString &table, const QVariantMap &values, QString *error);
    /// Deletes a record and returns what the delete took with it.
    RecordSnapshot remove(const QString &table, qint64 id, QString *error);
    /// Deletes several records in one transaction; what one of them takes with
    /// it is recorded once even when another one is also listed.
    RecordSnapshot remove(const QList<RecordKey> &keys, QString *error);
    /// Why the last update() or edit() failed, when another window's change
    /// to the same field was in the way.
    std::optional<EditConflict> lastConflict() const { return m_lastConflict; }

    /// Puts back what remove() took.
    bool restore(const RecordSnapshot &snapshot, QString *error);
    /// Inserts \a added, applies \a changes, then deletes the records \a
    /// removed (listed parents first; deleted children first), in one
    /// transaction or not at all. For the records of one action and its undo:
    /// a removed record has nothing of its own that the delete would take along.
    bool edit(const QList<RecordSnapshot::Row> &added, const QList<RecordChange> &changes,
        const QList<RecordKey> &removed, QString *error);
    /// Inserts every row of \a batches, in their order, in one transaction,
    /// or none of them. A row may refer to a row that comes after it.
    bool insert(const QList<RecordBatch> &batches, QString *error);
    /// insert() within a transaction that the caller has begun and ends.
    bool insertInTransaction(const QList<RecordBatch> &batches, QString *error);

private:
    struct ForeignKey
    {
        QString table;
        QString column;
        bool cascades = false;
    };
    QList<ForeignKey> referencesTo(const QString &table) const;
    void collect(const QString &table, const QString &whereColumn, const QVariant &key, RecordSnapshot &snapshot,
        QSet<RecordKey> &seen, int depth) const;
    bool updateRow(const RecordChange &change, QString *error);
    /// Inserts the rows of \a batch; \a lastId gets the id of the last one.
    bool insertBatch(const RecordBatch &batch, QString *error, qint64 *lastId = nullptr);
    /// insertBatch() on an engine other than SQLite.
    bool insertPortably(const RecordBatch &batch, QString *error, qint64 *lastId);
    /// The statement inserting \a rows records of \a table with \a columns,
    /// prepared on first use.
    sqlite3_stmt *insertStatement(const QString &table, const QStringList &columns, qsizetype rows, QString *error);
    QString failure(const QString &detail) const;
    /// Keeps the version and values of a record read from a team server, the
    /// state that this window's edits of it are based on.
    void remember(const QString &table, const QVariantMap &values, std::optional<qint64> version) const;
    /// Forgets the records that a delete or its undo changed besides those named.
    void forgetSideEffects(const RecordSnapshot &snapshot);
    /// Forgets what a failed transaction would have changed of m_seen.
    void forgetUnsaved();

    QSqlDatabase m_db;
    mutable QHash<QString, QStringList> m_columns;
    // Prepared once per table, set of columns and number of records, when the
    // connection is SQLite's; finalized by the destructor, which runs before
    // the plan's connection closes (PlanDocument owns both).
    QHash<QString, sqlite3_stmt *> m_insertStatements;
    mutable QHash<QString, QList<ForeignKey>> m_references;
    struct SeenRecord
    {
        qint64 version = 0;
        QVariantMap values;
    };
    // Team plans only: each record as this window last read or wrote it.
    mutable QHash<RecordKey, SeenRecord> m_seen;
    QSet<RecordKey> m_unsaved; // written in the transaction under way
    std::optional<EditConflict> m_lastConflict;
};

} // namespace fallback
