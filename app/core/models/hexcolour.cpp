// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hexcolour.h"

#include <algorithm>

namespace fallback::HexColour {

bool isValid(const QString &text)
{
    if (text.size() != 7 || text.at(0) != QLatin1Char('#')) {
        return false;
    }
    return std::all_of(text.cbegin() + 1, text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    });
}

double lightness(const QString &text)
{
    if (!isValid(text)) {
        return 0;
    }
    const int red = QStringView(text).mid(1, 2).toInt(nullptr, 16);
    const int green = QStringView(text).mid(3, 2).toInt(nullptr, 16);
    const int blue = QStringView(text).mid(5, 2).toInt(nullptr, 16);
    return (std::max({red, green, blue}) + std::min({red, green, blue})) / (2.0 * 255);
}

QString textOn(const QString &background)
{
    return lightness(background) > 0.6 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
}

} // namespace fallback::HexColour
