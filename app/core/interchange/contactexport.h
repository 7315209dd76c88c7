// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace fallback {

/// Writes the plan's contacts as CSV (for spreadsheets) or vCard 4.0 (for
/// phones and mail programs), in roster order: groups depth-first, each in
/// escalation order, then the people who belong to no group. Both formats
/// import again into the same contacts, groups and roles.
class ContactExport final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::ContactExport)
public:
    enum class Format { Csv, VCard };

    /// "csv" or "vcf" (also "vcard").
    static std::optional<Format> formatFromName(const QString &name);
    /// The format a file name's extension (.csv, .vcf, .vcard) names.
    static std::optional<Format> formatFromFileName(const QString &fileName);

    /// UTF-8 with BOM (Excel needs it to read Chinese), CRLF, fields quoted
    /// where needed, headers in \a language ("zh_CN" or "en"), groups as "A; B"
    /// and roles in the same order.
    static QByteArray toCsv(const QSqlDatabase &db, const QString &language);
    /// vCard 4.0: CRLF, lines folded at 75 octets, UID, FN, N (when the plan
    /// holds the name's parts), ORG (department), TITLE, TEL;TYPE=cell /
    /// TYPE=work, EMAIL, CATEGORIES (groups), NOTE, and X-FALLBACK-ROLES,
    /// X-FALLBACK-BACKUP (the backup's UID) and X-FALLBACK-VERIFIED for what
    /// vCard has no property for.
    static QByteArray toVCard(const QSqlDatabase &db);

    /// Writes the contacts to \a path (through QSaveFile); an empty string on
    /// success, else a translated message.
    static QString exportToFile(const QSqlDatabase &db, Format format, const QString &path, const QString &language);
};

} // namespace fallback
