// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communications/messagelength.h"

#include <QRegularExpression>

namespace fallback {

namespace {
// GSM 03.38 basic character set, and the extension table (two septets each).
const QString GsmBasic = QStringLiteral("@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5"
                                        "\u00e5\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e"
                                        "\u00c6\u00e6\u00df\u00c9 !\"#\u00a4%&'()*+,-./0123456789:;<=>?\u00a1"
                                        "ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7\u00bf"
                                        "abcdefghijklmnopqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0");
const QString GsmExtension = QStringLiteral("^{}\\[~]|\u20ac\f");
// One message of WeCom or DingTalk takes about 2,000 bytes of text.
constexpr int InstantMessageBytes = 2048;
// Read aloud: about 4 Chinese characters or 2.5 English words a second.
constexpr double ChineseCharactersPerSecond = 4.0;
constexpr double WordsPerSecond = 2.5;
constexpr int LongestPhoneScriptSeconds = 90;

int gsmLength(const QString &text)
{
    int length = 0;
    for (const QChar c : text) {
        length += GsmExtension.contains(c) ? 2 : 1;
    }
    return length;
}
} // namespace

bool MessageLength::isGsmText(const QString &text)
{
    for (const QChar c : text) {
        if (!GsmBasic.contains(c) && !GsmExtension.contains(c)) {
            return false;
        }
    }
    return true;
}

MessageLength MessageLength::of(const QString &text, const QString &channel)
{
    MessageLength length;
    if (channel == QLatin1String("sms")) {
        const bool gsm = isGsmText(text);
        length.characters = gsm ? gsmLength(text) : int(text.size());
        const int single = gsm ? 160 : 70;
        length.perPart = gsm ? 153 : 67;
        length.parts = length.characters <= single ? 1 : (length.characters + length.perPart - 1) / length.perPart;
        if (length.parts <= 1) {
            length.perPart = single;
            length.summary = tr("%1 of %2 characters: one SMS.").arg(length.characters).arg(single);
        } else {
            length.tooLong = true;
            length.summary = tr("%1 characters: %n SMS parts of %2; some phones show them out of order or "
                                "as separate messages.",
                nullptr, length.parts)
                                 .arg(length.characters)
                                 .arg(length.perPart);
        }
        return length;
    }
    length.characters = int(text.size());
    if (channel == QLatin1String("im")) {
        const qsizetype bytes = text.toUtf8().size();
        length.tooLong = bytes > InstantMessageBytes;
        length.summary = length.tooLong
            ? tr("%1 characters: longer than one instant message takes (about %2 bytes); shorten it or send it in "
                 "two.")
                  .arg(length.characters)
                  .arg(InstantMessageBytes)
            : tr("%1 characters.").arg(length.characters);
        return length;
    }
    if (channel == QLatin1String("phone")) {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        static const QRegularExpression word(QStringLiteral("[A-Za-z0-9]+"));
        const qsizetype chinese = text.count(han);
        const qsizetype words = text.count(word);
        const int seconds = int(chinese / ChineseCharactersPerSecond + words / WordsPerSecond + 0.5);
        length.tooLong = seconds > LongestPhoneScriptSeconds;
        length.summary = tr("About %n second(s) to read aloud.", nullptr, seconds);
        if (length.tooLong) {
            length.summary += QLatin1Char(' ') + tr("Keep a phone script short enough to be heard out.");
        }
        return length;
    }
    length.summary = tr("%1 characters.").arg(length.characters);
    return length;
}

} // namespace fallback
