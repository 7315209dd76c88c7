// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/contentline.h"

namespace fallback {

QString ContentLine::escapedText(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            escaped += QLatin1String("\\n");
            if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
        } else if (c == QLatin1Char('\n')) {
            escaped += QLatin1String("\\n");
        } else if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7F) {
            continue;
        } else {
            escaped += c;
        }
    }
    return escaped;
}

void ContentLine::append(QByteArray &out, const QString &line)
{
    constexpr qsizetype Limit = 75;
    const QByteArray bytes = line.toUtf8();
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        const qsizetype room = first ? Limit : Limit - 1; // a continuation line spends one octet on its space
        if (!first) {
            out += ' ';
        }
        if (bytes.size() - pos <= room) {
            out += QByteArrayView(bytes).sliced(pos);
            out += "\r\n";
            return;
        }
        qsizetype cut = pos + room;
        while (cut > pos && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80) {
            --cut; // never between the bytes of one character
        }
        out += QByteArrayView(bytes).sliced(pos, cut - pos);
        out += "\r\n";
        pos = cut;
        first = false;
    }
}

} // namespace fallback
