// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/recordstore.h"

#include "storage/dialect.h"
#include "storage/foreignkeys.h"
#include "storage/logging.h"
#include "storage/schema.h"
#include "storage/sqlitehandle.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <sqlite3.h>

namespace fallback {

namespace {
// Deep enough for any real group tree; a guard against a cycle of parents.
constexpr int MaxCascadeDepth = 256;

bool isSchemaTable(const QString &table)
{
    return schema::tableNames().contains(table);
}

/// Binds \a value to parameter \a index (1-based) as the type SQLite stores.
void bindValue(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(statement, index, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        return;
    }
    }
}

/// Binds a value of a batch; its text is kept in \a texts, which must stay
/// alive until the statement has run, and handed to SQLite without a copy.
void bindLiveValue(sqlite3_stmt *statement, int index, const QVariant &value, QList<QByteArray> &texts)
{
    if (value.typeId() == QMetaType::QString && !value.isNull()) {
        // UTF-8, which SQLite stores, converted by Qt's vectorised code rather
        // than by SQLite's own translation of UTF-16 character by character.
        texts.append(static_cast<const QString *>(value.constData())->toUtf8());
        sqlite3_bind_text(statement, index, texts.last().constData(), int(texts.last().size()), SQLITE_STATIC);
        return;
    }
    bindValue(statement, index, value);
}

/// "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)" for \a rows records; a
/// record without values takes every column's default.
QString insertSql(const QString &table, const QStringList &columns, qsizetype rows)
{
    if (columns.isEmpty()) {
        return QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(quotedIdentifier(table));
    }
    QStringList names;
    for (const QString &column : columns) {
        names << quotedIdentifier(column);
    }
    const QString oneRow = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "))
        + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quotedIdentifier(table), names.join(QLatin1String(", ")),
            QStringList(rows, oneRow).join(QLatin1String(", ")));
}

// Records inserted by one statement: one statement per record spends more
// time starting and ending statements than storing records.
constexpr qsizetype RowsPerStatement = 64;

/// Reads the rows of one query by column name, without the bookkeeping
/// columns that only the server's copy of a record has; the names are looked
/// up once per query, not once per row.
class RowReader
{
public:
    explicit RowReader(const QSqlQuery &query)
    {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (name == QLatin1String(dialect::RowVersionColumn)) {
                m_version = i;
            } else if (!dialect::isBookkeepingColumn(name)) {
                m_columns.append({i, name});
            }
        }
    }

    /// The row the query stands on.
    QVariantMap row(const QSqlQuery &query) const
    {
        QVariantMap values;
        for (const auto &[index, name] : m_columns) {
            values.insert(name, query.value(index));
        }
        return values;
    }

    /// The row's version on a team server; nothing for a plan file.
    std::optional<qint64> version(const QSqlQuery &query) const
    {
        return m_version < 0 ? std::nullopt : std::optional<qint64>(query.value(m_version).toLongLong());
    }

private:
    QList<QPair<int, QString>> m_columns;
    int m_version = -1;
};
} // namespace

RecordStore::RecordStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

RecordStore::~RecordStore()
{
    for (sqlite3_stmt *statement : std::as_const(m_insertStatements)) {
        sqlite3_finalize(statement);
    }
}

QString RecordStore::failure(const QString &detail) const
{
    return tr("The change could not be saved: %1").arg(detail);
}

QStringList RecordStore::columns(const QString &table) const
{
    if (!isSchemaTable(table)) {
        return {};
    }
    auto cached = m_columns.constFind(table);
    if (cached != m_columns.constEnd()) {
        return *cached;
    }
    const QStringList names = dialect::columnNames(m_db, table);
    m_columns.insert(table, names);
    return names;
}

QVariant RecordStore::value(const QString &table, qint64 id, const QString &column) const
{
    if (!isSchemaTable(table) || !columns(table).contains(column)) {
        return {};
    }
    return queryValue(m_db,
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(quotedIdentifier(column), quotedIdentifier(table)), {id});
}

QVariantMap RecordStore::record(const QString &table, qint64 id) const
{
    QVariantMap values;
    if (!isSchemaTable(table)) {
        return values;
    }
    QSqlQuery query
        = execQuery(m_db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(quotedIdentifier(table)), {id});
    if (query.next()) {
        const RowReader reader(query);
        values = reader.row(query);
        remember(table, values, reader.version(query));
    }
    return values;
}

QList<qint64> RecordStore::ids(const QString &table, const QString &orderBy) const
{
    QList<qint64> result;
    if (!isSchemaTable(table)) {
        return result;
    }
    QString order = QStringLiteral("id");
    if (!orderBy.isEmpty() && columns(table).contains(orderBy)) {
        order = quotedIdentifier(orderBy) + QLatin1String(", id");
    }
    QSqlQuery query
        = execQuery(m_db, QStringLiteral("SELECT id FROM %1 ORDER BY %2").arg(quotedIdentifier(table), order));
    while (query.next()) {
        result << query.value(0).toLongLong();
    }
    return result;
}

QList<QVariantMap> RecordStore::records(
    const QString &table, const QString &filterColumn, const QVariant &filterValue, const QString &orderBy) const
{
    QList<QVariantMap> result;
    if (!isSchemaTable(table)) {
        return result;
    }
    const QStringList known = columns(table);
    QString sql = QStringLiteral("SELECT * FROM %1").arg(quotedIdentifier(table));
    QVariantList bound;
    if (!filterColumn.isEmpty() && known.contains(filterColumn)) {
        sql += QStringLiteral(" WHERE %1 %2 ?").arg(quotedIdentifier(filterColumn), dialect::nullSafeEquals(m_db));
        bound << filterValue;
    }
    sql += QLatin1String(" ORDER BY ");
    if (!orderBy.isEmpty() && known.contains(orderBy)) {
        sql += quotedIdentifier(orderBy) + QLatin1String(", ");
    }
    sql += QLatin1String("id");
    QSqlQuery query = execQuery(m_db, sql, bound);
    const RowReader reader(query);
    while (query.next()) {
        result << reader.row(query);
        remember(table, result.constLast(), reader.version(query));
    }
    return result;
}

QList<QPair<qint64, QString>> RecordStore::labels(
    const QString &table, const QString &labelColumn, const QString &orderBy) const
{
    QList<QPair<qint64, QString>> result;
    const QStringList known = columns(table);
    if (!known.contains(labelColumn)) {
        return result;
    }
    QString order = QStringLiteral("id");
    if (!orderBy.isEmpty() && known.contains(orderBy)) {
        order = quotedIdentifier(orderBy) + QLatin1String(", id");
    }
    QSqlQuery query = execQuery(m_db,
        QStringLiteral("SELECT id, %1 FROM %2 ORDER BY %3")
            .arg(quotedIdentifier(labelColumn), quotedIdentifier(table), order));
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return result;
}

qint64 RecordStore::nextId(const QString &table) const
{
    if (!isSchemaTable(table)) {
        return 0;
    }
    if (dialect::engineOf(m_db) == Engine::PostgreSQL) {
        // Several windows add records at once: each gets ids of its own (see IdBlockSize).
        return queryValue(
            m_db, QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id'))"), {quotedIdentifier(table)})
            .toLongLong();
    }
    return queryValue(m_db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(quotedIdentifier(table)))
        .toLongLong();
}

bool RecordStore::update(const QString &table, qint64 id, const QString &column, const QVariant &value, QString *error)
{
    return update(QList<RecordChange> {{{table, id}, column, value}}, error);
}

bool RecordStore::update(const QList<RecordChange> &changes, QString *error)
{
    m_lastConflict.reset();
    if (changes.size() == 1 && dialect::engineOf(m_db) == Engine::PostgreSQL) {
        // One statement is a transaction of its own on a server, and the
        // edit's round trip is one instead of three.
        const bool ok = updateRow(changes.first(), error);
        m_unsaved.clear();
        return ok;
    }
    Transaction transaction(m_db);
    const auto rollBackSeen = qScopeGuard([this] { forgetUnsaved(); });
    for (const RecordChange &change : changes) {
        if (!updateRow(change, error)) {
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error) {
            *error = failure(StorageError::cause(m_db.lastError()));
        }
        return false;
    }
    m_unsaved.clear(); // saved: what this window saw is what it wrote
    return true;
}

void RecordStore::remember(const QString &table, const QVariantMap &values, std::optional<qint64> version) const
{
    if (version) {
        m_seen.insert({table, values.value(QStringLiteral("id")).toLongLong()}, {*version, values});
    }
}

void RecordStore::forgetSideEffects(const RecordSnapshot &snapshot)
{
    // The server changed these records too (a reference set to NULL or put
    // back): the next edit of them is based on what the view reads again.
    for (const RecordSnapshot::ClearedReference &ref : snapshot.clearedReferences) {
        m_seen.remove({ref.table, ref.id});
    }
}

void RecordStore::forgetUnsaved()
{
    for (const RecordKey &key : std::as_const(m_unsaved)) {
        m_seen.remove(key);
    }
    m_unsaved.clear();
}

bool RecordStore::updateRow(const RecordChange &change, QString *error)
{
    if (!isSchemaTable(change.key.table) || !columns(change.key.table).contains(change.column)) {
        if (error) {
            *error = failure(tr("unknown field"));
        }
        return false;
    }
    const QString table = quotedIdentifier(change.key.table);
    const QString column = quotedIdentifier(change.column);
    if (dialect::engineOf(m_db) == Engine::SQLite) {
        QSqlQuery query = execQuery(m_db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column),
            {change.value, change.key.id});
        if (!query.isActive() || query.numRowsAffected() != 1) {
            if (error) {
                *error = failure(query.lastError().isValid() ? StorageError::cause(query.lastError())
                                                             : tr("the record no longer exists"));
            }
            return false;
        }
        return true;
    }
    // On a team server the change applies only to the record as this window
    // last saw it, or to one changed since in other fields: a field that
    // someone else changed meanwhile is never overwritten unseen.
    QString sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column);
    QVariantList values {change.value, change.key.id};
    const auto seen = m_seen.constFind(change.key);
    if (seen != m_seen.constEnd()) {
        sql += QStringLiteral(" AND (%1 = ? OR %2 %3 ?)")
                   .arg(QLatin1String(dialect::RowVersionColumn), column, dialect::nullSafeEquals(m_db));
        values << seen->version << seen->values.value(change.column);
    }
    QSqlQuery query
        = execQuery(m_db, sql + QStringLiteral(" RETURNING %1").arg(QLatin1String(dialect::RowVersionColumn)), values);
    if (!query.isActive()) {
        if (error) {
            *error = failure(StorageError::cause(query.lastError()));
        }
        return false;
    }
    if (!query.next()) {
        QSqlQuery current = execQuery(m_db,
            QStringLiteral("SELECT %1, %2 FROM %3 WHERE id = ?")
                .arg(column, QLatin1String(dialect::ChangedByColumn), table),
            {change.key.id});
        if (current.next()) {
            m_lastConflict = EditConflict {change, current.value(0), current.value(1).toString()};
            if (error) {
                *error = failure(tr("%1 changed this field in the meantime, to \"%2\"; yours was not saved, so that "
                                    "theirs is not lost.")
                                     .arg(m_lastConflict->changedBy, m_lastConflict->theirValue.toString()));
            }
        } else if (error) {
            *error = failure(tr("the record no longer exists"));
        }
        return false;
    }
    SeenRecord &record = m_seen[change.key];
    record.version = query.value(0).toLongLong();
    record.values.insert(change.column, change.value);
    m_unsaved.insert(change.key);
    return true;
}

sqlite3_stmt *RecordStore::insertStatement(
    const QString &table, const QStringList &columns, qsizetype rows, QString *error)
{
    const QString shape
        = table + QLatin1Char('\x1f') + columns.join(QLatin1Char('\x1f')) + QLatin1Char('#') + QString::number(rows);
    if (sqlite3_stmt *cached = m_insertStatements.value(shape)) {
        return cached;
    }
    sqlite3 *handle = sqliteHandle(m_db);
    const QByteArray sql = insertSql(table, columns, rows).toUtf8();
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v3(handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
        != SQLITE_OK) {
        if (error) {
            *error = failure(
                StorageError::cause(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle))));
        }
        sqlite3_finalize(prepared);
        return nullptr;
    }
    m_insertStatements.insert(shape, prepared);
    return prepared;
}

bool RecordStore::insertBatch(const RecordBatch &batch, QString *error, qint64 *lastId)
{
    const QStringList known = columns(batch.table);
    const qsizetype width = batch.columns.size();
    const auto refuse = [this, error](const QString &why) {
        if (error) {
            *error = failure(why);
        }
        return false;
    };
    if (known.isEmpty()) {
        return refuse(tr("unknown record type"));
    }
    for (const QString &column : batch.columns) {
        if (!known.contains(column)) {
            return refuse(tr("unknown field \"%1\"").arg(column));
        }
    }
    for (const QVariantList &row : batch.rows) {
        if (row.size() != width) {
            return refuse(tr("a record has %1 values for %2 fields").arg(row.size()).arg(width));
        }
    }
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle) {
        return insertPortably(batch, error, lastId);
    }
    const qsizetype perStatement = width == 0
        ? 1
        : std::clamp<qsizetype>(sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, -1) / width, 1, RowsPerStatement);
    for (qsizetype done = 0; done < batch.rows.size();) {
        const qsizetype count = batch.rows.size() - done >= perStatement ? perStatement : 1;
        sqlite3_stmt *statement = insertStatement(batch.table, batch.columns, count, error);
        if (!statement) {
            return false;
        }
        int position = 0;
        QList<QByteArray> texts; // bound without a copy: alive until the statement has run
        texts.reserve(count * width);
        for (qsizetype row = done; row < done + count; ++row) {
            for (const QVariant &value : batch.rows.at(row)) {
                bindLiveValue(statement, ++position, value, texts);
            }
        }
        const bool ok = sqlite3_step(statement) == SQLITE_DONE;
        const QString detail = ok
            ? QString()
            : StorageError::cause(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (!ok) {
            return refuse(detail);
        }
        if (lastId) {
            *lastId = sqlite3_last_insert_rowid(handle);
        }
        done += count;
    }
    return true;
}

bool RecordStore::insertPortably(const RecordBatch &batch, QString *error, qint64 *lastId)
{
    // Another engine than SQLite: up to RowsPerStatement records in one
    // statement, one round trip to the server for them.
    const qsizetype width = batch.columns.size();
    const qsizetype perStatement = width == 0 ? 1 : RowsPerStatement;
    for (qsizetype done = 0; done < batch.rows.size();) {
        const qsizetype count = std::min(perStatement, batch.rows.size() - done);
        QVariantList values;
        values.reserve(count * width);
        for (qsizetype row = done; row < done + count; ++row) {
            values.append(batch.rows.at(row));
        }
        QSqlQuery query
            = execQuery(m_db, insertSql(batch.table, batch.columns, count) + QLatin1String(" RETURNING id"), values);
        if (!query.isActive()) {
            if (error) {
                *error = failure(StorageError::cause(query.lastError()));
            }
            return false;
        }
        while (query.next()) {
            if (lastId) {
                *lastId = query.value(0).toLongLong();
            }
        }
        done += count;
    }
    return true;
}

bool RecordStore::insert(const QList<RecordBatch> &batches, QString *error)
{
    m_lastConflict.reset();
    for (const RecordBatch &batch : batches) {
        if (!isSchemaTable(batch.table)) {
            if (error) {
                *error = failure(tr("unknown record type"));
            }
            return false;
        }
    }
    Transaction transaction(m_db);
    if (!insertInTransaction(batches, error)) {
        return false;
    }
    if (!transaction.commit()) {
        if (error) {
            *error = failure(StorageError::cause(m_db.lastError()));
        }
        return false;
    }
    return true;
}

bool RecordStore::insertInTransaction(const QList<RecordBatch> &batches, QString *error)
{
    // A record may refer to one later in the batches (two people each other's backup).
    foreignkeys::deferChecks(m_db);
    for (const RecordBatch &batch : batches) {
        if (!insertBatch(batch, error)) {
            return false;
        }
    }
    return true;
}

qint64 RecordStore::insert(const QString &table, const QVariantMap &values, QString *error)
{
    m_lastConflict.reset();
    if (!isSchemaTable(table)) {
        if (error) {
            *error = failure(tr("unknown record type"));
        }
        return 0;
    }
    Transaction transaction(m_db);
    qint64 id = 0;
    if (!insertBatch({table, values.keys(), {values.values()}}, error, &id)) {
        return 0;
    }
    if (!transaction.commit()) {
        if (error) {
            *error = failure(StorageError::cause(m_db.lastError()));
        }
        return 0;
    }
    return id;
}

QList<RecordStore::ForeignKey> RecordStore::referencesTo(const QString &table) const
{
    // The schema does not change while a plan is open; a delete asks for the
    // same tables again for every row it cascades to.
    auto cached = m_references.constFind(table);
    if (cached != m_references.constEnd()) {
        return *cached;
    }
    QList<ForeignKey> keys;
    for (const QString &child : schema::tableNames()) {
        for (const dialect::Reference &reference : dialect::referencesFrom(m_db, child)) {
            if (reference.referencedTable == table) {
                keys.append({child, reference.column, reference.cascades});
            }
        }
    }
    m_references.insert(table, keys);
    return keys;
}

void RecordStore::collect(const QString &table, const QString &whereColumn, const QVariant &key,
    RecordSnapshot &snapshot, QSet<RecordKey> &seen, int depth) const
{
    if (depth > MaxCascadeDepth) {
        return;
    }
    QSqlQuery query = execQuery(m_db,
        QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(quotedIdentifier(table), quotedIdentifier(whereColumn)),
        {key});
    QList<QVariantMap> rows;
    const RowReader reader(query);
    while (query.next()) {
        rows << reader.row(query);
    }
    const QList<ForeignKey> dependents = referencesTo(table);
    for (const QVariantMap &row : std::as_const(rows)) {
        const QVariant id = row.value(QStringLiteral("id"));
        if (!id.isValid()) {
            snapshot.rows.append({table, row});
            continue; // a table without an id has no dependents
        }
        const RecordKey rowKey {table, id.toLongLong()};
        if (seen.contains(rowKey)) {
            continue;
        }
        seen.insert(rowKey);
        snapshot.rows.append({table, row});
        for (const ForeignKey &fk : dependents) {
            if (fk.cascades) {
                collect(fk.table, fk.column, id, snapshot, seen, depth + 1);
            } else {
                QSqlQuery refs = execQuery(m_db,
                    QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                        .arg(quotedIdentifier(fk.table), quotedIdentifier(fk.column)),
                    {id});
                while (refs.next()) {
                    snapshot.clearedReferences.append({fk.table, fk.column, refs.value(0).toLongLong(), id});
                }
            }
        }
    }
}

RecordSnapshot RecordStore::remove(const QString &table, qint64 id, QString *error)
{
    return remove(QList<RecordKey> {{table, id}}, error);
}

RecordSnapshot RecordStore::remove(const QList<RecordKey> &keys, QString *error)
{
    m_lastConflict.reset();
    RecordSnapshot snapshot;
    Transaction transaction(m_db);
    QSet<RecordKey> seen;
    for (const RecordKey &key : keys) {
        if (!isSchemaTable(key.table)) {
            if (error) {
                *error = failure(tr("unknown record type"));
            }
            return {};
        }
        if (seen.contains(key)) {
            continue; // already taken by the delete of another listed record
        }
        const qsizetype before = snapshot.rows.size();
        collect(key.table, QStringLiteral("id"), key.id, snapshot, seen, 0);
        if (snapshot.rows.size() == before) {
            if (error) {
                *error = failure(tr("the record no longer exists"));
            }
            return {};
        }
        QSqlQuery query
            = execQuery(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quotedIdentifier(key.table)), {key.id});
        if (!query.isActive()) {
            if (error) {
                *error = failure(StorageError::cause(query.lastError()));
            }
            return {};
        }
    }
    if (!transaction.commit()) {
        if (error) {
            *error = failure(StorageError::cause(m_db.lastError()));
        }
        return {};
    }
    forgetSideEffects(snapshot);
    return snapshot;
}

bool RecordStore::edit(const QList<RecordSnapshot::Row> &added, const QList<RecordChange> &changes,
    const QList<RecordKey> &removed, QString *error)
{
    Transaction transaction(m_db);
    const auto rollBackSeen = qScopeGuard([this] { forgetUnsaved(); });
    m_lastConflict.reset();
    foreignkeys::deferChecks(m_db);
    for (const RecordBatch &batch : RecordBatch::fromRows(added)) {
        if (!insertBatch(batch, error)) {
            return false;
        }
    }
    for (const RecordChange &change : changes) {
        if (!updateRow(change, error)) {
            return false;
        }
    }
    // Children first (the keys come parents first): a parent deleted first
    // would take its children along by cascade, and their own deletes would fail.
    for (auto key = removed.crbegin(); key != removed.crend(); ++key) {
        if (!isSchemaTable(key->table)) {
            if (error) {
                *error = failure(tr("unknown record type"));
            }
            return false;
        }
        QSqlQuery query = execQuery(
            m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quotedIdentifier(key->table)), {key->id});
        if (!query.isActive() || query.numRowsAffected() != 1) {
            if (error) {
                *error = failure(query.lastError().isValid() ? StorageError::cause(query.lastError())
                                                             : tr("the record no longer exists"));
            }
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error) {
            *error = failure(StorageError::cause(m_db.lastError()));
        }
        return false;
    }
    m_unsaved.clear(); // saved: what this window saw is what it wrote
    return true;
}

bool RecordStore::restore(const RecordSnapshot &snapshot, QString *error)
{
    m_lastConflict.reset();
    Transaction transaction(m_db);
    foreignkeys::deferChecks(m_db);
    for (const RecordBatch &batch : RecordBatch::fromRows(snapshot.rows)) {
        if (!insertBatch(batch, error)) {
            return false;
        }
    }
    for (const RecordSnapshot::ClearedReference &ref : snapshot.clearedReferences) {
        QSqlQuery query = execQuery(m_db,
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                .arg(quotedIdentifier(ref.table), quotedIdentifier(ref.column)),
            {ref.value, ref.id});
        if (!query.isActive()) {
            if (error) {
                *error = failure(StorageError::cause(query.lastError()));
            }
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error) {
            *error = failure(StorageError::cause(m_db.lastError()));
        }
        return false;
    }
    forgetSideEffects(snapshot);
    return true;
}

} // namespace fallback
