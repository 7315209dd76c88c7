// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace fallback::platform {

/// How a write ended: \c error is the system's errno value (0 for success)
/// where the system gives one; elsewhere \c message says what went wrong.
struct WriteResult
{
    int error = 0;
    QString message;

    bool ok() const { return error == 0 && message.isEmpty(); }
};

/// Writes \a contents to \a path so that a reader sees the old file or the
/// whole new one, never a part: a regular file is written beside its target,
/// synced, and renamed over it (through a symbolic link, the link stays and
/// its target is replaced; owner and permissions are kept). A device, FIFO or
/// socket is written in place and never replaced; a folder is refused (EISDIR).
WriteResult writeFileAtomically(const QString &path, const QByteArray &contents);

/// Writes all of \a contents to the process's standard output, after
/// whatever stdio still buffers for it.
WriteResult writeStandardOutput(const QByteArray &contents);

} // namespace fallback::platform
