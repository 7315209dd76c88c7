// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through encoding detection, the CSV reader and
// the contact table built from it. Beyond not crashing, each record must start
// on a later line than the one before it, within the text.
#include "interchange/contactfile.h"
#include "interchange/csvreader.h"
#include "interchange/textdecoding.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const fallback::DecodedText decoded = fallback::textdecoding::decode(bytes);
    const qsizetype lines = decoded.text.count(QLatin1Char('\n')) + decoded.text.count(QLatin1Char('\r')) + 1;
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        int previous = 0;
        for (const fallback::CsvRecord &record : fallback::csvreader::read(decoded.text, separator)) {
            if (record.line <= previous || record.line > lines || record.fields.isEmpty()) {
                std::abort();
            }
            previous = record.line;
        }
    }
    const fallback::CsvDocument document = fallback::csvreader::read(decoded.text);
    if (document.separator.isNull()) {
        std::abort();
    }
    QString error;
    const std::optional<fallback::ContactTable> table
        = fallback::ContactFile::parse(bytes, QStringLiteral("fuzz.csv"), &error);
    if (!table && error.isEmpty()) {
        std::abort(); // a refusal always says why
    }
    return 0;
}
