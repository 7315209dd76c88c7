// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fallback::foreignkeys {

/// Until the current transaction ends, references are checked when it commits,
/// not per statement: records may refer to records inserted after them.
bool deferChecks(const QSqlDatabase &db);

/// A record whose reference finds no record.
struct Violation
{
    QString table; // where the record is
    QString referencedTable; // where the record it names is missing
};

/// The first broken reference in \a db, if there is one.
std::optional<Violation> firstViolation(const QSqlDatabase &db);

} // namespace fallback::foreignkeys
