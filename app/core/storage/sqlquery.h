// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace fallback {

/// Prepares \a sql, binds \a values positionally and executes it. Returns the
/// executed query (check isActive()) so that callers can read rows or errors.
QSqlQuery execQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

/// Runs \a sql, which takes no values, without preparing it: PostgreSQL
/// prepares only queries and changes of data, not SET, GRANT or CREATE.
QSqlQuery execStatement(const QSqlDatabase &db, const QString &sql);

/// Runs a statement whose result is a single value (a PRAGMA, a COUNT).
QVariant queryValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

/// Quotes an identifier from our own schema (never from user text).
QString quotedIdentifier(const QString &name);

} // namespace fallback
