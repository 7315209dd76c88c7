// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/offlinemerge.h"

#include "storage/dialect.h"
#include "storage/foreignkeys.h"
#include "storage/logging.h"
#include "storage/offlinecopy.h"
#include "storage/recordbatch.h"
#include "storage/recordstore.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlError>

#include <limits>

namespace fallback {

namespace {

/// The server's record of the copies that came back (made by "team init").
constexpr const char *BroughtBackTable = "fallback.team_bring_back";

/// How often a merge starts again when another window's edit came in between.
constexpr int Attempts = 3;

/// SQLSTATE of a transaction that saw a record change under it.
constexpr const char *SerializationFailure = "40001";

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

/// True when the two values are the same as the plan stores them, whichever
/// engine each came from.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() == b.isNull();
    }
    if (isNumber(a) && isNumber(b)) {
        if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double) {
            return a.toDouble() == b.toDouble();
        }
        return a.toLongLong() == b.toLongLong();
    }
    return a.toString() == b.toString();
}

/// The records of one table on one side, by id.
struct Side
{
    QHash<qint64, QVariantList> rows;
    QList<qint64> order;
};

Side sideOf(const RecordBatch &batch)
{
    Side side;
    const qsizetype idColumn = batch.columns.indexOf(QLatin1String("id"));
    side.order.reserve(batch.rows.size());
    for (const QVariantList &row : batch.rows) {
        const qint64 id = row.value(idColumn).toLongLong();
        side.rows.insert(id, row);
        side.order.append(id);
    }
    return side;
}

/// One table of the plan as the base, the copy and the server hold it.
struct MergedTable
{
    QString name;
    QStringList columns; ///< the plan's columns, "id" among them
    QList<dialect::Reference> references;
    Side base;
    Side offline;
    Side server;
    QHash<qint64, QString> changedBy; ///< server id -> the role that changed it last
};

struct Update
{
    QString table;
    qint64 id = 0;
    QStringList columns;
    QVariantList values;
};

/// One attempt at a merge: reads the three sides, works out what to write,
/// and writes it in the server's open transaction.
class Merger
{
public:
    Merger(const QSqlDatabase &copy, const QSqlDatabase &server, const OfflineMerge::Decisions &decisions)
        : m_copy(copy)
        , m_server(server)
        , m_decisions(decisions)
    { }

    bool read(QString *failure);
    /// Works out what to write; \a fromServer: with ids that the server hands out.
    void work(bool fromServer);
    bool write(QSqlError *failure);

    const MergeOutcome &outcome() const { return m_outcome; }

private:
    void allocateIds(MergedTable &table, bool fromServer);
    QVariantList remapped(const MergedTable &table, QVariantList row) const;
    /// True when \a value, in a column referring to \a table, names a record that will be there.
    bool exists(const QString &table, const QVariant &value) const;
    bool hasNewChildrenOnServer(const MergedTable &table, qint64 id);
    QString label(const MergedTable &table, const QVariantList &row) const;
    OfflineMerge::Side decide(const MergeConflict &conflict) const;
    void conflict(MergeConflict conflict);
    /// Adds the offline record \a row as \a newId, unless it names a record removed on the server.
    void add(MergedTable &table, qint64 offlineId, qint64 newId, QVariantList row);
    void mergeChanges(MergedTable &table, qint64 id);
    void mergeRemoval(MergedTable &table, qint64 id);

    QSqlDatabase m_copy;
    QSqlDatabase m_server;
    OfflineMerge::Decisions m_decisions;
    QList<MergedTable> m_tables; ///< parents first
    QHash<QString, qsizetype> m_tableIndex;
    QHash<QString, QHash<qint64, qint64>> m_newIds; ///< table -> offline id -> server id of an added record
    QHash<QString, QSet<qint64>> m_addedIds; ///< table -> server ids of the records this merge adds
    QHash<QString, QSet<qint64>> m_removedIds; ///< table -> ids this merge removes
    QHash<QString, QSet<qint64>> m_parentsWithNewChildren; ///< "child.column" -> parents
    QHash<QString, RecordBatch> m_inserts;
    QList<Update> m_updates;
    QList<QPair<QString, qint64>> m_removals;
    MergeOutcome m_outcome;
};

bool Merger::read(QString *failure)
{
    const bool serverIsTeam = dialect::engineOf(m_server) == Engine::PostgreSQL;
    for (const QString &name : schema::tableNames()) {
        MergedTable table;
        table.name = name;
        table.columns = dialect::columnNames(m_copy, name);
        table.references = dialect::referencesFrom(m_copy, name);
        table.base = sideOf(RecordBatch::read(m_copy, OfflineCopy::baseTable(name), table.columns, failure));
        table.offline = sideOf(RecordBatch::read(m_copy, name, table.columns, failure));
        QStringList serverColumns = table.columns;
        if (serverIsTeam) {
            serverColumns << QLatin1String(dialect::ChangedByColumn);
        }
        RecordBatch server = RecordBatch::read(m_server, name, serverColumns, failure);
        if (!failure->isEmpty()) {
            return false;
        }
        if (serverIsTeam) {
            const qsizetype idColumn = table.columns.indexOf(QLatin1String("id"));
            for (QVariantList &row : server.rows) {
                table.changedBy.insert(row.value(idColumn).toLongLong(), row.takeLast().toString());
            }
        }
        table.server = sideOf(server);
        m_tableIndex.insert(name, m_tables.size());
        m_tables.append(std::move(table));
    }
    return true;
}

void Merger::allocateIds(MergedTable &table, bool fromServer)
{
    const bool blocks = dialect::engineOf(m_server) == Engine::PostgreSQL;
    RecordStore store(m_server);
    qint64 next = -1;
    qint64 left = 0;
    for (const qint64 id : std::as_const(table.offline.order)) {
        if (table.base.rows.contains(id)) {
            continue;
        }
        qint64 newId = 0;
        if (!fromServer) {
            // A preview writes nothing, not even a sequence: stand-in ids.
            newId = next--;
        } else {
            if (left == 0) {
                next = store.nextId(table.name);
                left = blocks ? dialect::IdBlockSize : std::numeric_limits<qint64>::max();
            }
            newId = next++;
            --left;
        }
        m_newIds[table.name].insert(id, newId);
        // Planned to be there for the references of other records, until it turns out it cannot be added.
        m_addedIds[table.name].insert(newId);
    }
}

QVariantList Merger::remapped(const MergedTable &table, QVariantList row) const
{
    for (const dialect::Reference &reference : table.references) {
        const qsizetype column = table.columns.indexOf(reference.column);
        const QVariant value = row.value(column);
        const auto ids = m_newIds.constFind(reference.referencedTable);
        if (!value.isNull() && ids != m_newIds.cend() && ids->contains(value.toLongLong())) {
            row[column] = ids->value(value.toLongLong());
        }
    }
    return row;
}

bool Merger::exists(const QString &table, const QVariant &value) const
{
    if (value.isNull()) {
        return true;
    }
    const qint64 id = value.toLongLong();
    if (m_addedIds.value(table).contains(id)) {
        return true;
    }
    const auto found = m_tableIndex.constFind(table);
    return found != m_tableIndex.cend() && m_tables.at(*found).server.rows.contains(id)
        && !m_removedIds.value(table).contains(id);
}

bool Merger::hasNewChildrenOnServer(const MergedTable &table, qint64 id)
{
    for (const MergedTable &child : std::as_const(m_tables)) {
        for (const dialect::Reference &reference : child.references) {
            if (reference.referencedTable != table.name || !reference.cascades) {
                continue;
            }
            const QString key = child.name + QLatin1Char('.') + reference.column;
            if (!m_parentsWithNewChildren.contains(key)) {
                QSet<qint64> parents;
                const qsizetype column = child.columns.indexOf(reference.column);
                for (auto row = child.server.rows.cbegin(); row != child.server.rows.cend(); ++row) {
                    if (!child.base.rows.contains(row.key()) && !row->value(column).isNull()) {
                        parents.insert(row->value(column).toLongLong());
                    }
                }
                m_parentsWithNewChildren.insert(key, parents);
            }
            if (m_parentsWithNewChildren.value(key).contains(id)) {
                return true;
            }
        }
    }
    return false;
}

QString Merger::label(const MergedTable &table, const QVariantList &row) const
{
    for (const char *name : {"name", "title", "text", "summary", "subject", "description", "scenario_text"}) {
        const QString text = row.value(table.columns.indexOf(QLatin1String(name))).toString().simplified();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

OfflineMerge::Side Merger::decide(const MergeConflict &conflict) const
{
    return m_decisions.bySide.value(conflict.key(), m_decisions.otherwise);
}

void Merger::conflict(MergeConflict conflict)
{
    m_outcome.conflicts.append(std::move(conflict));
}

void Merger::add(MergedTable &table, qint64 offlineId, qint64 newId, QVariantList row)
{
    row = remapped(table, row);
    const qsizetype idColumn = table.columns.indexOf(QLatin1String("id"));
    row[idColumn] = newId;
    for (const dialect::Reference &reference : std::as_const(table.references)) {
        const qsizetype column = table.columns.indexOf(reference.column);
        if (exists(reference.referencedTable, row.value(column))) {
            continue;
        }
        MergeConflict missing;
        missing.kind = MergeConflict::Kind::RefersToRemoved;
        missing.table = table.name;
        missing.id = offlineId;
        missing.column = reference.column;
        missing.label = label(table, row);
        missing.offlineValue = table.offline.rows.value(offlineId).value(column);
        conflict(std::move(missing));
        if (reference.cascades) {
            m_addedIds[table.name].remove(newId);
            return; // it belongs to a record that is gone: it cannot be added
        }
        // As the server's own removal would have left it: without the reference.
        row[column] = QVariant(row.value(column).metaType());
    }
    RecordBatch &batch = m_inserts[table.name];
    if (batch.table.isEmpty()) {
        batch.table = table.name;
        batch.columns = table.columns;
    }
    batch.rows.append(row);
    m_addedIds[table.name].insert(newId);
    ++m_outcome.addedRecords;
}

void Merger::mergeChanges(MergedTable &table, qint64 id)
{
    const QVariantList &base = table.base.rows[id];
    const QVariantList &offline = table.offline.rows[id];
    const QVariantList mapped = remapped(table, offline);
    const auto server = table.server.rows.constFind(id);
    if (server == table.server.rows.cend()) {
        bool changed = false;
        for (qsizetype column = 0; column < table.columns.size() && !changed; ++column) {
            changed = !sameValue(offline.at(column), base.at(column));
        }
        if (!changed) {
            return; // removed on the server only
        }
        MergeConflict gone;
        gone.kind = MergeConflict::Kind::ChangedOfflineRemovedOnServer;
        gone.table = table.name;
        gone.id = id;
        gone.label = label(table, offline);
        gone.tookOffline = decide(gone) == OfflineMerge::Side::Offline;
        const bool restore = gone.tookOffline;
        conflict(std::move(gone));
        if (restore) {
            add(table, id, id, offline);
        }
        return;
    }
    Update update {table.name, id, {}, {}};
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        const QString &name = table.columns.at(column);
        if (name == QLatin1String("id") || sameValue(offline.at(column), base.at(column))) {
            continue;
        }
        const QVariant &theirs = server->at(column);
        const bool changedOnServer = !sameValue(theirs, base.at(column));
        if (changedOnServer && sameValue(theirs, mapped.at(column))) {
            continue; // the same change on both sides
        }
        const auto reference = std::find_if(table.references.cbegin(), table.references.cend(),
            [&name](const dialect::Reference &candidate) { return candidate.column == name; });
        if (reference != table.references.cend() && !exists(reference->referencedTable, mapped.at(column))) {
            conflict({MergeConflict::Kind::RefersToRemoved, table.name, id, name, label(table, offline),
                offline.at(column), theirs, table.changedBy.value(id), false});
            continue;
        }
        if (changedOnServer) {
            MergeConflict both {MergeConflict::Kind::ChangedOnBoth, table.name, id, name, label(table, offline),
                offline.at(column), theirs, table.changedBy.value(id), false};
            both.tookOffline = decide(both) == OfflineMerge::Side::Offline;
            const bool take = both.tookOffline;
            conflict(std::move(both));
            if (!take) {
                continue;
            }
        }
        update.columns << name;
        update.values << mapped.at(column);
    }
    if (!update.columns.isEmpty()) {
        m_outcome.changedFields += int(update.columns.size());
        m_updates.append(std::move(update));
    }
}

void Merger::mergeRemoval(MergedTable &table, qint64 id)
{
    const auto server = table.server.rows.constFind(id);
    if (server == table.server.rows.cend()) {
        return; // removed on both sides
    }
    const QVariantList &base = table.base.rows[id];
    bool changed = false;
    for (qsizetype column = 0; column < table.columns.size() && !changed; ++column) {
        changed = !sameValue(server->at(column), base.at(column));
    }
    if (changed || hasNewChildrenOnServer(table, id)) {
        MergeConflict kept;
        kept.kind = MergeConflict::Kind::RemovedOfflineChangedOnServer;
        kept.table = table.name;
        kept.id = id;
        kept.label = label(table, *server);
        kept.changedBy = table.changedBy.value(id);
        kept.tookOffline = decide(kept) == OfflineMerge::Side::Offline;
        const bool remove = kept.tookOffline;
        conflict(std::move(kept));
        if (!remove) {
            return;
        }
    }
    m_removals.append({table.name, id});
    m_removedIds[table.name].insert(id);
    ++m_outcome.removedRecords;
}

void Merger::work(bool fromServer)
{
    for (MergedTable &table : m_tables) {
        allocateIds(table, fromServer);
    }
    for (MergedTable &table : m_tables) {
        for (const qint64 id : std::as_const(table.base.order)) {
            if (!table.offline.rows.contains(id)) {
                mergeRemoval(table, id);
            }
        }
    }
    for (MergedTable &table : m_tables) {
        for (const qint64 id : std::as_const(table.offline.order)) {
            if (table.base.rows.contains(id)) {
                mergeChanges(table, id);
            } else {
                add(table, id, m_newIds[table.name].value(id), table.offline.rows[id]);
            }
        }
    }
}

bool Merger::write(QSqlError *failure)
{
    if (!foreignkeys::deferChecks(m_server)) {
        *failure = m_server.lastError();
        return false;
    }
    QList<RecordBatch> batches;
    for (const MergedTable &table : std::as_const(m_tables)) {
        if (m_inserts.contains(table.name)) {
            batches.append(m_inserts.value(table.name));
        }
    }
    QString cause;
    if (!batches.isEmpty() && !RecordStore(m_server).insertInTransaction(batches, &cause)) {
        *failure = m_server.lastError().isValid() ? m_server.lastError() : QSqlError(cause);
        return false;
    }
    for (const Update &update : std::as_const(m_updates)) {
        QStringList assignments;
        for (const QString &column : update.columns) {
            assignments << quotedIdentifier(column) + QLatin1String(" = ?");
        }
        QVariantList values = update.values;
        values << update.id;
        QSqlQuery query = execQuery(m_server,
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                .arg(quotedIdentifier(update.table), assignments.join(QLatin1String(", "))),
            values);
        if (!query.isActive()) {
            *failure = query.lastError();
            return false;
        }
    }
    // Children first: the removal of a parent takes them along otherwise.
    for (auto removal = m_removals.crbegin(); removal != m_removals.crend(); ++removal) {
        QSqlQuery query = execQuery(m_server,
            QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quotedIdentifier(removal->first)), {removal->second});
        if (!query.isActive()) {
            *failure = query.lastError();
            return false;
        }
    }
    return true;
}

} // namespace

QString MergeConflict::key() const
{
    return table + QLatin1Char('/') + QString::number(id) + QLatin1Char('/') + column;
}

OfflineMerge::OfflineMerge(const QSqlDatabase &copy, const QSqlDatabase &server)
    : m_copy(copy)
    , m_server(server)
{ }

std::optional<MergeOutcome> OfflineMerge::preview(QString *error) const
{
    return run({}, false, error);
}

std::optional<MergeOutcome> OfflineMerge::apply(const Decisions &decisions, QString *error) const
{
    return run(decisions, true, error);
}

std::optional<MergeOutcome> OfflineMerge::run(const Decisions &decisions, bool write, QString *error) const
{
    const auto refuse = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    const std::optional<OfflineOrigin> origin = OfflineCopy::origin(m_copy);
    if (!origin) {
        return refuse(tr("The plan is not an offline copy of a team plan; there is nothing to bring back."));
    }
    if (origin->broughtBackAt.isValid()) {
        return refuse(tr("This offline copy was brought back on %1; bringing it back again would add what was "
                         "added offline a second time. Take a new offline copy to go on working offline.")
                          .arg(origin->broughtBackAt.toLocalTime().toString(Qt::ISODate)));
    }
    const bool team = dialect::engineOf(m_server) == Engine::PostgreSQL;
    if (team && queryValue(m_server, QStringLiteral("SELECT current_schema()")).toString() != origin->planSchema) {
        return refuse(tr("The team plan \"%1\" on %2 is not the one this copy was taken from (it was removed and "
                         "uploaded again since); the copy cannot be merged into it.")
                          .arg(origin->planName, origin->server));
    }
    const int copyVersion = schema::storedVersion(m_copy);
    if (copyVersion != origin->formatVersion || schema::storedVersion(m_server) != origin->formatVersion) {
        return refuse(tr("The offline copy was taken at format version %1 and the copy or the team plan has been "
                         "upgraded since; it cannot be merged by field. Open both and carry the changes over.")
                          .arg(origin->formatVersion));
    }
    if (team
        && !queryValue(m_server, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {QLatin1String(BroughtBackTable)})
                .toBool()) {
        return refuse(tr("The team database was set up by an older version of Fallback; run \"fallback team "
                         "init\" once to bring it up to date."));
    }
    for (int attempt = 1;; ++attempt) {
        Transaction transaction(m_server);
        if (team) {
            execStatement(m_server,
                write ? QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                      : QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
            QSqlQuery earlier = execQuery(m_server,
                QStringLiteral("SELECT brought_back_at, brought_back_by FROM %1 WHERE copy_id = ?")
                    .arg(QLatin1String(BroughtBackTable)),
                {origin->copyId});
            if (earlier.next()) {
                return refuse(tr("This offline copy was brought back on %1 by %2; bringing it back again would add "
                                 "what was added offline a second time.")
                                  .arg(earlier.value(0).toDateTime().toLocalTime().toString(Qt::ISODate),
                                      earlier.value(1).toString()));
            }
        }
        Merger merger(m_copy, m_server, decisions);
        QString failure;
        if (!merger.read(&failure)) {
            return refuse(tr("The offline copy could not be brought back: %1").arg(failure));
        }
        merger.work(write);
        if (!write) {
            return merger.outcome();
        }
        QSqlError cause;
        bool written = merger.write(&cause);
        if (written && team) {
            QSqlQuery record = execQuery(m_server,
                QStringLiteral("INSERT INTO %1 (copy_id, plan_name) VALUES (?, ?)")
                    .arg(QLatin1String(BroughtBackTable)),
                {origin->copyId, origin->planName});
            written = record.isActive();
            cause = record.lastError();
        }
        if (written && transaction.commit()) {
            QString marking;
            if (!OfflineCopy::markBroughtBack(m_copy, QDateTime::currentDateTimeUtc(), &marking)) {
                // The server remembers the copy all the same, and refuses it a second time.
                qCWarning(lcStorage) << "offline copy not marked as brought back:" << marking;
            }
            return merger.outcome();
        }
        if (!cause.isValid()) {
            cause = m_server.lastError();
        }
        if (cause.nativeErrorCode() == QLatin1String(SerializationFailure) && attempt < Attempts) {
            qCInfo(lcStorage) << "bring-back met a concurrent edit; attempt" << attempt + 1;
            continue;
        }
        return refuse(
            tr("The offline copy could not be brought back; nothing was changed: %1").arg(StorageError::cause(cause)));
    }
}

} // namespace fallback
