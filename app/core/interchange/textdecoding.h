// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace fallback {

/// Text read from a file whose encoding nobody told us.
struct DecodedText
{
    QString text;
    /// The encoding that was used, for display: "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE", ...
    QString encoding;
    /// False when the bytes are not text at all (binary, or undecodable in every encoding tried).
    bool isText = false;
};

/// Finds the encoding of a text file as people actually have them: a BOM
/// decides; otherwise valid UTF-8 is UTF-8 and anything else is GB18030 (a
/// superset of GBK and GB2312, which Chinese Excel writes when it saves "CSV").
namespace textdecoding {

/// Decodes \a bytes, detecting the encoding as described above.
DecodedText decode(const QByteArray &bytes);

/// Decodes \a bytes in the charset named by \a charset (as in a vCard's CHARSET
/// parameter); an empty or unknown name falls back to detection.
QString decodeAs(const QByteArray &bytes, const QByteArray &charset);

/// True when \a bytes are well-formed UTF-8 (no overlong forms, no surrogates,
/// no truncated sequence at the end).
bool isValidUtf8(QByteArrayView bytes);

/// True when \a text holds characters that no text file holds: NUL and the
/// other C0 controls except tab, line feed, vertical tab, form feed and carriage return.
bool hasBinaryCharacters(QStringView text);

} // namespace textdecoding

} // namespace fallback
