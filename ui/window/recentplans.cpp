// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/recentplans.h"

#include <QFileInfo>
#include <QSettings>

namespace fallback::ui {

namespace {
const QString Key = QStringLiteral("recent/plans");
}

QStringList RecentPlans::paths()
{
    return QSettings().value(Key).toStringList();
}

void RecentPlans::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    if (list.value(0) == absolute) {
        return; // already first: writing the settings again would only cost start-up time
    }
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxEntries) {
        list.removeLast();
    }
    QSettings().setValue(Key, list);
}

void RecentPlans::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(path);
    QSettings().setValue(Key, list);
}

void RecentPlans::clear()
{
    QSettings().remove(Key);
}

} // namespace fallback::ui
