// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace fallback {

/// Why the database refused or failed a change, said for the user: "there is
/// no space left on the disk", never the engine's own "database or disk is
/// full". The engine's text goes to the fallback.core.storage log instead.
class StorageError final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::StorageError)
public:
    /// The cause of \a error, from the engine's error code.
    static QString cause(const QSqlError &error);
    /// The cause of a failed call of the SQLite C API: its result code (plain
    /// or extended) and its message.
    static QString cause(int code, const QString &engineText);
};

} // namespace fallback
