// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fallback {

/// The one writer of every file Fallback writes outside SQLite (reports, JSON,
/// contacts, calendars). A regular file is written beside its target and
/// renamed over it only once every byte is on disk; anything else (a device, a
/// FIFO, standard output) is written in place and never replaced or removed.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::OutputFile)
public:
    /// Writes \a contents to \a path. An empty string means success; otherwise
    /// a translated sentence naming the cause, and an existing regular target
    /// is left byte-identical with no temporary file beside it.
    static QString write(const QString &path, const QByteArray &contents);

    /// Writes \a contents to the process's standard output, after whatever
    /// stdio still buffers for it; the same kind of message as write().
    static QString writeStandardOutput(const QByteArray &contents);

    /// The cause of a failed system call in the user's language ("there is no
    /// space left on the disk"), from its errno value.
    static QString cause(int error);
};

} // namespace fallback
