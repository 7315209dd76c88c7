// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fallback {

/// SQLite's quick check of a plan, started before the window is built, on a
/// read-only connection of its own in a thread, so that start-up does not
/// wait for it. PlanFile::open() takes the verdict when it opens the same
/// file unchanged and has no interrupted transaction to roll back; otherwise
/// it checks the file itself, as it does when no early check was started.
class EarlyIntegrityCheck final
{
public:
    EarlyIntegrityCheck() = delete;

    /// Starts checking the plan at \a path. A check that was not taken is
    /// waited for and dropped first.
    static void start(const QString &path);

    /// Waits for the check started for \a canonicalPath and returns its
    /// verdict: "ok" or what SQLite found wrong. Empty when no check was
    /// started for that file, or the file changed while it ran. A check is
    /// taken at most once.
    static QString take(const QString &canonicalPath);
};

} // namespace fallback
