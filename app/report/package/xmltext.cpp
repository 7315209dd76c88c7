// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/package/xmltext.h"

namespace fallback::report {

QString xmlCharacters(const QString &text)
{
    auto allowed = [&](qsizetype i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20) {
            return c == u'\t' || c == u'\n';
        }
        if (QChar::isHighSurrogate(c)) {
            return i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        }
        if (QChar::isLowSurrogate(c)) {
            return i > 0 && text.at(i - 1).isHighSurrogate();
        }
        return c != 0xFFFE && c != 0xFFFF;
    };
    qsizetype i = 0;
    while (i < text.size() && allowed(i)) {
        ++i;
    }
    if (i == text.size()) {
        return text;
    }
    QString clean = text.left(i);
    for (; i < text.size(); ++i) {
        if (allowed(i)) {
            clean += text.at(i);
        }
    }
    return clean;
}

} // namespace fallback::report
