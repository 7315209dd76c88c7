// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace fallback {

/// Content lines of the text directory formats that phones, mail and calendar
/// programs read: vCard (RFC 6350) and iCalendar (RFC 5545) share their
/// folding and their escaping of text values.
class ContentLine final
{
public:
    /// A text value: backslash, comma and semicolon escaped, every line break
    /// (LF, CRLF, CR) as "\n"; other control characters, which neither format
    /// allows, are dropped (a tab is kept).
    static QString escapedText(const QString &value);

    /// Appends \a line as UTF-8 ending in CRLF, folded so that no physical
    /// line exceeds 75 octets and no character's UTF-8 sequence is cut: a
    /// continuation line starts with one space.
    static void append(QByteArray &out, const QString &line);
};

} // namespace fallback
