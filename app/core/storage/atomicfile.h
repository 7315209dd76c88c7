// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fallback {

/// Writes files outside SQLite: all or nothing, through QSaveFile.
class AtomicFile final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::AtomicFile)
public:
    /// Replaces \a path with \a contents only once they are completely on
    /// disk. On failure the old file is untouched, no partial file is left and
    /// a translated message is returned; an empty string means success.
    static QString write(const QString &path, const QByteArray &contents);
};

} // namespace fallback
