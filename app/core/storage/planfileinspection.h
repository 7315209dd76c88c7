// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fallback {

/// What the bytes of a file say before SQLite is allowed to touch it: a
/// foreign, empty or damaged file is recognised here and never opened.
struct PlanFileInspection
{
    enum class Verdict {
        Plan, ///< a Fallback plan; schemaVersion tells which
        Missing, ///< nothing at that path
        NotAFile, ///< a folder, a device, ...
        Unreadable, ///< no permission to read
        Empty, ///< zero bytes
        NotSqlite, ///< not an SQLite database at all
        Truncated, ///< shorter than its own header says
        ForeignSqlite, ///< an SQLite database of another program
    };

    Verdict verdict = Verdict::Missing;
    int schemaVersion = 0;
    /// A hot rollback journal lies beside the file: SQLite must recover it
    /// before the header can be trusted.
    bool hasJournal = false;

    /// Reads the first page of \a path.
    static PlanFileInspection inspect(const QString &path);
};

} // namespace fallback
