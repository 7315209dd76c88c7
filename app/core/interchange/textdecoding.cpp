// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/textdecoding.h"

#include <QStringDecoder>

namespace fallback::textdecoding {

namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

QString decodeWith(QStringDecoder &decoder, QByteArrayView bytes, bool *error)
{
    QString text = decoder.decode(bytes);
    if (error) {
        *error = decoder.hasError();
    }
    return text;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                min = 0xA0; // no overlong forms
            } else if (lead == 0xED) {
                max = 0x9F; // no UTF-16 surrogates
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                min = 0x90;
            } else if (lead == 0xF4) {
                max = 0x8F; // nothing above U+10FFFF
            }
        } else {
            return false;
        }
        if (size - i < length || data[i + 1] < min || data[i + 1] > max) {
            return false;
        }
        for (qsizetype k = 2; k < length; ++k) {
            if (!isContinuation(data[i + k])) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

bool hasBinaryCharacters(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\v' && u != u'\f' && u != u'\r') {
            return true;
        }
    }
    return false;
}

DecodedText decode(const QByteArray &bytes)
{
    DecodedText result;
    QByteArrayView body(bytes);
    bool error = false;
    QStringDecoder::Encoding encoding = QStringDecoder::Utf8;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        body = body.sliced(3);
        result.encoding = QStringLiteral("UTF-8 (BOM)");
    } else if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4))) {
        body = body.sliced(4);
        encoding = QStringDecoder::Utf32LE;
        result.encoding = QStringLiteral("UTF-32LE");
    } else if (bytes.startsWith("\xFF\xFE")) {
        body = body.sliced(2);
        encoding = QStringDecoder::Utf16LE;
        result.encoding = QStringLiteral("UTF-16LE");
    } else if (bytes.startsWith("\xFE\xFF")) {
        body = body.sliced(2);
        encoding = QStringDecoder::Utf16BE;
        result.encoding = QStringLiteral("UTF-16BE");
    } else if (isValidUtf8(body)) {
        result.encoding = QStringLiteral("UTF-8");
    } else {
        result.encoding = QStringLiteral("GB18030");
        QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
        if (!decoder.isValid()) {
            // A Qt built without ICU knows no GB18030; such bytes cannot be read then.
            return result;
        }
        result.text = decodeWith(decoder, body, &error);
        result.isText = !error && !hasBinaryCharacters(result.text);
        return result;
    }
    if (encoding == QStringDecoder::Utf8 && !isValidUtf8(body)) {
        return result; // a UTF-8 BOM in front of bytes that are not UTF-8
    }
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    result.text = decodeWith(decoder, body, &error);
    result.isText = !error && !hasBinaryCharacters(result.text);
    return result;
}

QString decodeAs(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toUpper();
    // A value labelled UTF-8 that is not (phones have been seen to mislabel GBK) is detected instead.
    if (name.isEmpty() || ((name == "UTF-8" || name == "UTF8") && !isValidUtf8(bytes))) {
        return decode(bytes).text;
    }
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    return decoder.isValid() ? decoder.decode(bytes) : decode(bytes).text;
}

} // namespace fallback::textdecoding
