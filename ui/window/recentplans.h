// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace fallback::ui {

/// The list behind File > Open Recent, kept in the user's settings.
class RecentPlans final
{
public:
    static constexpr int MaxEntries = 8;
    static QStringList paths();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace fallback::ui
