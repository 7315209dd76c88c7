// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace fallback {

/// The connection's own SQLite handle (the QSQLITE driver is built on it), for
/// what Qt's SQL API cannot do: bulk inserts, online backups. Null for a
/// connection of another driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace fallback
