// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/section.h"

#include <QIcon>

namespace fallback::ui {

/// Icons from the desktop's theme, by their freedesktop names, with the
/// application's own SVG of the same name (resources/icons) where the theme
/// has none: a bare desktop and Windows look right too.
class Icons final
{
public:
    /// The theme's icon called \a name, or ours.
    static QIcon named(const QString &name);
    /// The icon of a section of the plan, in the section list and the locator.
    static QIcon section(Section section);
};

} // namespace fallback::ui
