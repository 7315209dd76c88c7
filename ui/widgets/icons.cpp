// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/icons.h"

namespace fallback::ui {

QIcon Icons::named(const QString &name)
{
    if (QIcon::hasThemeIcon(name)) {
        return QIcon::fromTheme(name);
    }
    return QIcon(QStringLiteral(":/fallback/icons/%1.svg").arg(name));
}

QIcon Icons::section(Section section)
{
    switch (section) {
    case Section::Plan:
        return named(QStringLiteral("document-properties"));
    case Section::Scope:
        return named(QStringLiteral("preferences-system"));
    case Section::Organisation:
        return named(QStringLiteral("system-users"));
    case Section::Contacts:
        return named(QStringLiteral("x-office-address-book"));
    case Section::WarningLevels:
        return named(QStringLiteral("dialog-warning"));
    case Section::Risks:
        return named(QStringLiteral("security-medium"));
    case Section::Measures:
        return named(QStringLiteral("view-list-details"));
    case Section::Checklists:
        return named(QStringLiteral("checkbox"));
    case Section::Upgrades:
        return named(QStringLiteral("system-software-update"));
    case Section::Runs:
        return named(QStringLiteral("media-playback-start"));
    case Section::Reviews:
        return named(QStringLiteral("accessories-text-editor"));
    case Section::Drills:
        return named(QStringLiteral("x-office-calendar"));
    case Section::Revisions:
        return named(QStringLiteral("document-open-recent"));
    }
    return {};
}

} // namespace fallback::ui
