// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fallback {

/// What a vCard says about one person, in the fields of a plan's contact.
struct VCardContact
{
    int line = 0; ///< physical line (1-based) of the card's BEGIN:VCARD
    QString name, phoneMobile, phoneOffice, email, department, jobTitle, note, verifiedOn;
    QString familyName, givenName; ///< from N
    QString uid; ///< UID, without a urn:uuid: prefix
    QString backup; ///< X-FALLBACK-BACKUP: the identifier of the person who stands in, as Fallback exports it
    QStringList groups; ///< from CATEGORIES
    QStringList roles; ///< lead, deputy or member per group, as Fallback exports them (X-FALLBACK-ROLES)
};

/// Reads vCard 2.1, 3.0 and 4.0 files as phones and mail programs write them:
/// folded lines, QUOTED-PRINTABLE values with soft line breaks, a CHARSET per
/// value (UTF-8 and GBK side by side), TEL and EMAIL with TYPE parameters in
/// every spelling (TYPE=work,voice; TYPE=cell;TYPE=pref; 2.1's bare CELL),
/// tel: URIs, N, FN, ORG, TITLE, NOTE, CATEGORIES and UID.
class VCardReader final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::VCardReader)
public:
    /// True when \a bytes start (after a BOM and white space) with BEGIN:VCARD.
    static bool looksLikeVCard(const QByteArray &bytes);
    /// The cards of \a bytes in file order; properties the plan has no field for are left out.
    static QList<VCardContact> read(const QByteArray &bytes);
    /// Splits \a value on \a separator where it is not escaped and resolves
    /// the escapes \\, \; \, and (unless \a version21) \n.
    static QStringList splitValue(const QString &value, QChar separator, bool version21 = false);
};

} // namespace fallback
