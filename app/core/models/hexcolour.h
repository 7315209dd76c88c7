// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fallback {

/// Colours as the core keeps them: "#rrggbb" text, as stored in the plan. The
/// core uses no Qt Gui type; views turn this text into QColor (RecordDelegate).
namespace HexColour {

/// True for "#rrggbb" (either case).
bool isValid(const QString &text);
/// HSL lightness of a valid colour, from 0 (black) to 1 (white).
double lightness(const QString &text);
/// "#000000" or "#ffffff", whichever reads on \a background.
QString textOn(const QString &background);

} // namespace HexColour

} // namespace fallback
