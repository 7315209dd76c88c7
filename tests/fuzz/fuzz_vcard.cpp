// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the vCard reader (unfolding,
// quoted-printable, charsets, parameters) and the contact table built from it.
// Cards must come in file order and start on a line of the file.
#include "interchange/contactfile.h"
#include "interchange/vcardreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Line ends as the reader counts them: CRLF, LF and CR alone (UTF-16 input is converted first, so this is a bound).
    const qsizetype lines = bytes.count('\n') + bytes.count('\r') + 1;
    int previous = 0;
    for (const fallback::VCardContact &card : fallback::VCardReader::read(bytes)) {
        if (card.line <= previous
            || (card.line > lines && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"))) {
            std::abort();
        }
        previous = card.line;
    }
    const QString text = QString::fromUtf8(bytes);
    for (const QChar separator : {QChar(), QChar(u';'), QChar(u',')}) {
        if (fallback::VCardReader::splitValue(text, separator).isEmpty()) {
            std::abort();
        }
    }
    QString error;
    const std::optional<fallback::ContactTable> table
        = fallback::ContactFile::parse(bytes, QStringLiteral("fuzz.vcf"), &error);
    if (!table && error.isEmpty()) {
        std::abort();
    }
    return 0;
}
