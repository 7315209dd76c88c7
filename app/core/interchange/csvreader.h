// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fallback {

/// One record of a CSV file and the physical line (1-based) it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    /// True when every field is empty or white space (Excel writes ",,,," rows).
    bool isBlank() const;
};

/// The records of a CSV text and the separator they were split on.
struct CsvDocument
{
    QChar separator = QLatin1Char(',');
    QList<CsvRecord> records;
};

/// Reads CSV as spreadsheets write it (RFC 4180 and the usual liberties):
/// comma, semicolon or tab separators; quoted fields holding separators,
/// doubled quotes and line breaks; CRLF, LF or CR line ends; a quote after
/// leading spaces still opens a quoted field. Nothing is rejected: an
/// unterminated quote runs to the end of the text.
namespace csvreader {

/// Splits \a text, detecting the separator. Excel's "sep=;" first line is
/// honoured and not returned as a record.
CsvDocument read(QStringView text);

/// Splits \a text on \a separator; at most \a maxRecords records when it is not negative.
QList<CsvRecord> read(QStringView text, QChar separator, qsizetype maxRecords = -1);

/// The separator among comma, semicolon and tab that splits the first records
/// of \a text most consistently into more than one field; comma when none does.
QChar detectSeparator(QStringView text);

} // namespace csvreader

} // namespace fallback
