// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fallback {

/// How long a message is for the channel it goes over: SMS parts (70
/// characters a part in Chinese, 160 in the GSM alphabet; 67 and 153 once a
/// message is split), the size an instant messaging service takes in one
/// message, the time a phone script takes to read aloud.
struct MessageLength
{
    Q_DECLARE_TR_FUNCTIONS(fallback::MessageLength)
public:
    /// Characters as the channel counts them (UTF-16 units for SMS).
    int characters = 0;
    /// SMS parts; 1 for other channels.
    int parts = 1;
    /// Characters a part holds in this message's alphabet (SMS only).
    int perPart = 0;
    /// True when the message is longer than the channel takes in one piece.
    bool tooLong = false;
    /// What a sender needs to know, in the interface language.
    QString summary;

    static MessageLength of(const QString &text, const QString &channel);
    /// True when every character of \a text is in the GSM 7-bit alphabet.
    static bool isGsmText(const QString &text);
};

} // namespace fallback
