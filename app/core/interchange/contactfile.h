// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/contactmapping.h"
#include "interchange/csvreader.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fallback {

/// A contact file as a table: its header, its rows with the line each starts
/// on, and the mapping its header suggests. A vCard file becomes a table with
/// one column per contact field.
struct ContactTable
{
    enum class Format { Csv, VCard };

    Format format = Format::Csv;
    QString encoding; ///< as textdecoding names it
    QChar separator; ///< CSV only
    int headerLine = 0; ///< CSV only: the line of the header row
    QStringList header;
    QList<CsvRecord> rows;
    ContactMapping mapping; ///< suggested by the header
};

/// Reads contact files: CSV (comma, semicolon or tab; UTF-8 with or without
/// BOM, GBK/GB18030, UTF-16 with BOM) and vCard 2.1, 3.0 and 4.0.
class ContactFile final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::ContactFile)
public:
    /// Reads the file at \a path; nullopt and a translated sentence in \a error
    /// when it is missing, unreadable, empty, not text, or has no column of names.
    static std::optional<ContactTable> read(const QString &path, QString *error);
    /// The same for bytes already read; \a fileName names the file in messages
    /// and its extension helps to tell vCard from CSV.
    static std::optional<ContactTable> parse(const QByteArray &bytes, const QString &fileName, QString *error);
};

} // namespace fallback
