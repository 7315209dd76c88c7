// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <cstdint>

namespace fallback::schema {

/// PRAGMA application_id of every plan file ("Fall" in ASCII).
inline constexpr std::int32_t ApplicationId = 0x46616C6C;

/// PRAGMA user_version this build writes and fully understands.
inline constexpr int CurrentVersion = 6;

/// Every table of the current schema, parents before children. Exports and
/// imports walk the plan in this order.
const QStringList &tableNames();

/// The SQL statements that bring a file from version - 1 to \a version.
QStringList migrationStatements(int version);

/// The statements that create the current schema at once, in SQLite's
/// words: each table (parents first) as the migrations left it, then the
/// indexes. A team database's plans are made from them.
QStringList currentDefinition();

/// The schema version \a db is at (0 for a database without the plan's tables).
int storedVersion(const QSqlDatabase &db);

/// How a column stores its values, as far as an import must know.
enum class ColumnType { Integer, Real, Text };

/// The columns of \a table in \a db, each with its type.
QHash<QString, ColumnType> columnTypes(const QSqlDatabase &db, const QString &table);

} // namespace fallback::schema
