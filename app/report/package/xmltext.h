// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fallback::report {

/// \a text without the characters XML 1.0 cannot hold (control characters
/// other than tab and line feed, lone surrogates, U+FFFE and U+FFFF), which a
/// plan may contain after a paste and which would make the whole file unreadable.
QString xmlCharacters(const QString &text);

} // namespace fallback::report
