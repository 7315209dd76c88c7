// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace fallback {

/// What a column of a contact file holds: a field of the member table, the
/// group the person belongs to, their role in it, or nothing we import.
enum class ContactField {
    Ignored,
    Name,
    PhoneMobile,
    PhoneOffice,
    Email,
    Department,
    JobTitle,
    Group,
    Role,
    Note,
    VerifiedOn,
    FamilyName, ///< 姓, vCard N's first part
    GivenName, ///< 名, vCard N's second part
    Backup, ///< the person who stands in (备岗人员): a name, or a contact's identifier
    Uid, ///< the contact's stable identifier (vCard UID)
};

/// Names of the contact fields: for people, for files in either language,
/// and the header spellings recognised on import.
class ContactFields final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::ContactFields)
public:
    /// Every field except Ignored, in the order of an exported file.
    static const QList<ContactField> &all();
    /// The column of the member table ("phone_mobile"), or "group", "role", "backup"; empty for Ignored.
    static QString key(ContactField field);
    /// Translated label for the interface.
    static QString label(ContactField field);
    /// The header an exported file gives the field in \a language ("zh_CN" or "en").
    /// Every such header is recognised by fromHeader().
    static QString header(ContactField field, const QString &language);
    /// The field a column header names ("手机号", "E-mail", "Job title", ...), ignoring
    /// case, white space, punctuation and remarks in brackets; Ignored when unknown.
    static ContactField fromHeader(QStringView header);

    /// "lead", "deputy" or "member" for a role as people write it (组长, Leader,
    /// 副组长, 成员, ...); "member" for an empty text; empty when not understood.
    static QString roleFromText(QStringView text);
    /// A stored role ("lead") as an exported file writes it in \a language.
    static QString roleText(const QString &role, const QString &language);
    /// A date as spreadsheets write it (2025-03-01, 2025/3/1, 2025.3.1,
    /// 2025年3月1日, 20250301, with or without a time); invalid when not understood.
    static QDate dateFromText(QStringView text);
    /// The name of a person whose file gives only its parts (vCard N without
    /// FN, 姓 and 名 columns): 张 + 伟 as 张伟, Chen + Jianguo as "Jianguo Chen".
    static QString nameFromParts(const QString &family, const QString &given, const QString &additional = {});
    /// A contact's identifier as files write it: "urn:uuid:4a5c…" or the bare
    /// UUID give the UUID in lower case; another text is kept as it is, trimmed.
    static QString identifierFromText(QStringView text);
    /// The identifier as a vCard writes it: a UUID as "urn:uuid:…", another text as it is.
    static QString identifierUri(const QString &uid);
};

} // namespace fallback
