// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fallback {

/// The desktop's own list of recently used files, which file choosers,
/// launchers and file managers show. On freedesktop.org desktops (GNOME, KDE,
/// Xfce) it is the XBEL file `recently-used.xbel` in the user's data folder;
/// an entry is added or brought up to date there, and every other program's
/// entries are kept as they are. Windows and macOS keep their lists through
/// APIs of their own (SHAddToRecentDocs, NSDocumentController), which are not
/// called yet: there add() does nothing.
class DesktopRecentFiles final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::DesktopRecentFiles)
public:
    DesktopRecentFiles() = delete;

    /// Records that \a path, of type \a mimeType, was just opened by this
    /// application. Returns false with a translated reason in \a error when
    /// the list could not be written; a damaged list is left untouched.
    static bool add(const QString &path, const QString &mimeType, QString *error = nullptr);

    /// The file that holds the list.
    static QString listPath();
};

} // namespace fallback
