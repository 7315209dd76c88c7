// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the plan fuzzers share: a Qt application (for the SQLite driver plugin)
// and a folder in memory where each input becomes a plan file.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace fallback::fuzz {

/// A folder on a memory file system where there is one, so that a plan's
/// synchronous writes cost no disk time.
inline QTemporaryDir &planFolder()
{
    static QTemporaryDir folder(QDir(QStringLiteral("/dev/shm")).exists()
            ? QStringLiteral("/dev/shm/fallback-fuzz-XXXXXX")
            : QDir::tempPath() + QStringLiteral("/fallback-fuzz-XXXXXX"));
    return folder;
}

/// Removes the plan and whatever SQLite or Fallback kept beside it.
inline void removePlan(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm", ".lock"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

/// The application lives until the process ends and is never destroyed:
/// libFuzzer exits from inside its driver, after which Qt's teardown would run
/// on a half-finished process.
inline void startApplication(int *argc, char ***argv)
{
    static QCoreApplication *application = nullptr;
    if (!application) {
        application = new QCoreApplication(*argc, *argv);
    }
}

} // namespace fallback::fuzz
