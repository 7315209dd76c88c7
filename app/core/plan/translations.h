// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace fallback {

/// Interface languages: the app's own translations and Qt's.
class Translations final
{
public:
    /// "en" or "zh_CN", from the user's setting or else the system locale.
    static QString preferredLanguage();
    /// Stores the user's choice; an empty string follows the system.
    static void setPreferredLanguage(const QString &language);
    static QStringList available();
    /// Replaces the installed translators by those of \a language.
    static void install(const QString &language);
    /// The language installed last: the one the interface speaks now.
    static QString installedLanguage();
};

} // namespace fallback
