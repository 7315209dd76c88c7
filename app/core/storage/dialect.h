// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fallback {

/// The SQL engines a plan lives on: a file of its own, or a schema of a team
/// database on a PostgreSQL server.
enum class Engine { SQLite, PostgreSQL };

} // namespace fallback

/// What differs between the two engines, and nothing else: the schema is
/// written once, in SQLite's words (storage/sql), and said in PostgreSQL's
/// here; every other statement of the plan is portable SQL.
namespace fallback::dialect {

/// The columns that only a team server's copy of a record has: how often it
/// has been changed (so that an edit based on an older state is never applied
/// over a newer one) and by which database role last. Plan files have none;
/// the records that the document reads never show them.
inline constexpr const char *RowVersionColumn = "row_version";
inline constexpr const char *ChangedByColumn = "changed_by";
bool isBookkeepingColumn(const QString &column);

/// How many ids each record id handed out on a team server stands for. An
/// edit takes the id of its first new record from the server and numbers
/// the others after it (a copied checklist, an import): with a block of ids
/// of its own per edit (the "hi/lo" way of databases with many writers), two
/// windows adding records at once never pick the same id.
inline constexpr qint64 IdBlockSize = 1 << 20;

Engine engineOf(const QSqlDatabase &db);

/// \a statement of the plan's schema (a CREATE TABLE or CREATE INDEX in
/// SQLite's words) as PostgreSQL says it: 64-bit integers, identity ids,
/// byte-order text as SQLite compares it, references that a transaction may
/// check at its end, and random UUIDs made by the server.
QString toPostgreSql(const QString &statement);

/// "a IS b" for values that may be NULL.
QString nullSafeEquals(const QSqlDatabase &db);

/// The columns of \a table in schema order, without the bookkeeping ones.
QStringList columnNames(const QSqlDatabase &db, const QString &table);

/// True when the plan's table \a table exists in \a db.
bool hasTable(const QSqlDatabase &db, const QString &table);

/// A reference from a column of one table to the records of another.
struct Reference
{
    QString column;
    QString referencedTable;
    bool cascades = false; ///< ON DELETE CASCADE; otherwise the column is set to NULL
};

/// The references that the columns of \a table make.
QList<Reference> referencesFrom(const QSqlDatabase &db, const QString &table);

} // namespace fallback::dialect
