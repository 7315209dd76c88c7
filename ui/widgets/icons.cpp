// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/icons.h"

#include "widgets/svgiconengine.h"

namespace fallback::ui {

QIcon Icons::named(const QString &name)
{
    // hicolor is the theme every desktop falls back on, and it holds no
    // action icons: a bare desktop (and Windows) skips the search of the
    // icon folders, which costs start-up a tenth of its time.
    const QString theme = QIcon::themeName();
    if (!theme.isEmpty() && theme != QLatin1String("hicolor")) {
        if (QIcon icon = QIcon::fromTheme(name); !icon.isNull()) {
            return icon;
        }
    }
    return QIcon(new SvgIconEngine(QStringLiteral(":/fallback/icons/%1.svg").arg(name)));
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
    case Section::Communications:
        return named(QStringLiteral("mail-send"));
    case Section::RoleCards:
        return named(QStringLiteral("contact-card"));
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
