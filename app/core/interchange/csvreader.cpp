// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/csvreader.h"

#include <QHash>

namespace fallback {

bool CsvRecord::isBlank() const
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

namespace csvreader {

namespace {

constexpr char16_t Quote = u'"';
constexpr qsizetype SampleRecords = 20;

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

/// Consumes the line end at \a i (CRLF counts as one) and returns the index after it.
qsizetype skipLineEnd(QStringView text, qsizetype i)
{
    if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
        return i + 2;
    }
    return i + 1;
}

/// Reads the "sep=X" line that Excel understands; returns the separator or a null QChar.
QChar excelSeparatorLine(QStringView text, qsizetype *next)
{
    if (text.size() < 5 || !text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive)) {
        return {};
    }
    if (text.size() > 5 && !isLineEnd(text[5].unicode())) {
        return {};
    }
    *next = text.size() > 5 ? skipLineEnd(text, 5) : 5;
    return text[4];
}

} // namespace

QList<CsvRecord> read(QStringView text, QChar separator, qsizetype maxRecords)
{
    QList<CsvRecord> records;
    const char16_t sep = separator.unicode();
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    QString field;
    while (i < n && (maxRecords < 0 || records.size() < maxRecords)) {
        CsvRecord record;
        record.line = line;
        while (true) {
            field.clear();
            // A quote opens a quoted field, also after spaces that some writers put after the separator.
            qsizetype start = i;
            while (start < n && text[start] == u' ' && sep != u' ') {
                ++start;
            }
            if (start < n && text[start] == Quote) {
                i = start + 1;
                while (i < n) {
                    const char16_t c = text[i].unicode();
                    if (c == Quote) {
                        if (i + 1 < n && text[i + 1] == Quote) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (isLineEnd(c)) {
                        field += QLatin1Char('\n');
                        i = skipLineEnd(text, i);
                        ++line;
                        continue;
                    }
                    field += QChar(c);
                    ++i;
                }
                // Text between the closing quote and the separator is kept, as spreadsheets do.
                while (i < n && text[i] != sep && !isLineEnd(text[i].unicode())) {
                    field += text[i];
                    ++i;
                }
            } else {
                const qsizetype from = i;
                while (i < n && text[i] != sep && !isLineEnd(text[i].unicode())) {
                    ++i;
                }
                field = text.mid(from, i - from).toString();
            }
            record.fields << field;
            if (i < n && text[i] == sep) {
                ++i;
                continue;
            }
            if (i < n) {
                i = skipLineEnd(text, i);
                ++line;
            }
            break;
        }
        records << record;
    }
    return records;
}

QChar detectSeparator(QStringView text)
{
    qsizetype start = 0;
    if (const QChar declared = excelSeparatorLine(text, &start); !declared.isNull()) {
        return declared;
    }
    const QStringView sample = text.mid(start);
    QChar best = QLatin1Char(',');
    qsizetype bestAgreeing = 0;
    qsizetype bestFields = 0;
    for (const QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        // The field count most records share (a title row above the header does not count).
        QHash<qsizetype, qsizetype> counts;
        for (const CsvRecord &record : read(sample, candidate, SampleRecords)) {
            if (!record.isBlank() && record.fields.size() > 1) {
                ++counts[record.fields.size()];
            }
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > bestAgreeing || (it.value() == bestAgreeing && it.key() > bestFields)) {
                best = candidate;
                bestAgreeing = it.value();
                bestFields = it.key();
            }
        }
    }
    return best;
}

CsvDocument read(QStringView text)
{
    CsvDocument document;
    qsizetype start = 0;
    int firstLine = 1;
    if (const QChar declared = excelSeparatorLine(text, &start); !declared.isNull()) {
        document.separator = declared;
        firstLine = 2;
    } else {
        document.separator = detectSeparator(text);
    }
    document.records = read(text.mid(start), document.separator);
    if (firstLine != 1) {
        for (CsvRecord &record : document.records) {
            record.line += firstLine - 1;
        }
    }
    return document;
}

} // namespace csvreader

} // namespace fallback
