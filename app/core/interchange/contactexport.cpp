// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/contactexport.h"

#include "content/plancontentreader.h"
#include "interchange/contactfield.h"
#include "interchange/contentline.h"
#include "storage/outputfile.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace fallback {

namespace {

struct ExportedContact
{
    content::Member member;
    QStringList groups;
    QStringList roles;
};

/// Everyone once, in roster order, with their groups and roles.
QList<ExportedContact> contactsOf(const QSqlDatabase &db)
{
    const PlanContentReader reader(db);
    QList<ExportedContact> contacts;
    QHash<qint64, qsizetype> indexById;
    for (const content::Group &group : reader.groups()) {
        for (const content::GroupMembership &membership : group.members) {
            auto found = indexById.constFind(membership.member.id);
            if (found == indexById.constEnd()) {
                found = indexById.insert(membership.member.id, contacts.size());
                contacts.append({membership.member, {}, {}});
            }
            contacts[*found].groups << group.name;
            contacts[*found].roles << membership.role;
        }
    }
    for (const content::Member &member : reader.members()) {
        if (!indexById.contains(member.id)) {
            contacts.append({member, {}, {}});
        }
    }
    return contacts;
}

QString csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char(';'))
        || value.contains(QLatin1Char('\t')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')) || value != value.trimmed();
    if (!quote) {
        return value;
    }
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// A UUID as a URI (urn:uuid:…); an identifier that is no UUID (a card
/// imported from elsewhere may have any text) as text.
void appendIdentifier(QByteArray &out, const char *property, const QString &uid)
{
    const QString uri = ContactFields::identifierUri(uid);
    const QString value = uri == uid ? QString(QLatin1String(";VALUE=text:") + ContentLine::escapedText(uid))
                                     : QString(QLatin1Char(':') + uri);
    ContentLine::append(out, QLatin1String(property) + value);
}

} // namespace

std::optional<ContactExport::Format> ContactExport::formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("csv")) {
        return Format::Csv;
    }
    if (lower == QLatin1String("vcf") || lower == QLatin1String("vcard")) {
        return Format::VCard;
    }
    return std::nullopt;
}

std::optional<ContactExport::Format> ContactExport::formatFromFileName(const QString &fileName)
{
    return formatFromName(QFileInfo(fileName).suffix());
}

QByteArray ContactExport::toCsv(const QSqlDatabase &db, const QString &language)
{
    QByteArray out("\xEF\xBB\xBF");
    QStringList header;
    for (const ContactField field : ContactFields::all()) {
        header << csvField(ContactFields::header(field, language));
    }
    out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const ExportedContact &contact : contactsOf(db)) {
        const content::Member &m = contact.member;
        QStringList roles;
        for (const QString &role : contact.roles) {
            roles << ContactFields::roleText(role, language);
        }
        QStringList fields;
        for (const ContactField field : ContactFields::all()) {
            QString value;
            switch (field) {
            case ContactField::Name:
                value = m.name;
                break;
            case ContactField::Department:
                value = m.department;
                break;
            case ContactField::JobTitle:
                value = m.jobTitle;
                break;
            case ContactField::PhoneMobile:
                value = m.phoneMobile;
                break;
            case ContactField::PhoneOffice:
                value = m.phoneOffice;
                break;
            case ContactField::Email:
                value = m.email;
                break;
            case ContactField::Group:
                value = contact.groups.join(QLatin1String("; "));
                break;
            case ContactField::Role:
                value = roles.join(QLatin1String("; "));
                break;
            case ContactField::VerifiedOn:
                value = m.verifiedOn;
                break;
            case ContactField::FamilyName:
                value = m.familyName;
                break;
            case ContactField::GivenName:
                value = m.givenName;
                break;
            case ContactField::Backup:
                value = m.backupName;
                break;
            case ContactField::Uid:
                value = m.uid;
                break;
            case ContactField::Note:
                value = m.note;
                break;
            case ContactField::Ignored:
                break;
            }
            fields << csvField(value);
        }
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

QByteArray ContactExport::toVCard(const QSqlDatabase &db)
{
    QByteArray out;
    for (const ExportedContact &contact : contactsOf(db)) {
        const content::Member &m = contact.member;
        ContentLine::append(out, QStringLiteral("BEGIN:VCARD"));
        ContentLine::append(out, QStringLiteral("VERSION:4.0"));
        appendIdentifier(out, "UID", m.uid);
        ContentLine::append(out, QLatin1String("FN:") + ContentLine::escapedText(m.name));
        // vCard 4.0 needs no N; one guessed from FN would be wrong for every
        // name not written family name last (or, in Chinese, first).
        if (!m.familyName.isEmpty() || !m.givenName.isEmpty()) {
            ContentLine::append(out,
                QLatin1String("N:") + ContentLine::escapedText(m.familyName) + QLatin1Char(';')
                    + ContentLine::escapedText(m.givenName) + QLatin1String(";;;"));
        }
        if (!m.department.isEmpty()) {
            ContentLine::append(out, QLatin1String("ORG:") + ContentLine::escapedText(m.department));
        }
        if (!m.jobTitle.isEmpty()) {
            ContentLine::append(out, QLatin1String("TITLE:") + ContentLine::escapedText(m.jobTitle));
        }
        if (!m.phoneMobile.isEmpty()) {
            ContentLine::append(out, QLatin1String("TEL;TYPE=cell:") + ContentLine::escapedText(m.phoneMobile));
        }
        if (!m.phoneOffice.isEmpty()) {
            ContentLine::append(out, QLatin1String("TEL;TYPE=work:") + ContentLine::escapedText(m.phoneOffice));
        }
        if (!m.email.isEmpty()) {
            ContentLine::append(out, QLatin1String("EMAIL:") + ContentLine::escapedText(m.email));
        }
        if (!contact.groups.isEmpty()) {
            QStringList groups;
            for (const QString &group : contact.groups) {
                groups << ContentLine::escapedText(group);
            }
            ContentLine::append(out, QLatin1String("CATEGORIES:") + groups.join(QLatin1Char(',')));
            ContentLine::append(out, QLatin1String("X-FALLBACK-ROLES:") + contact.roles.join(QLatin1Char(',')));
        }
        if (!m.backupUid.isEmpty()) {
            appendIdentifier(out, "X-FALLBACK-BACKUP", m.backupUid);
        }
        if (!m.verifiedOn.isEmpty()) {
            ContentLine::append(out, QLatin1String("X-FALLBACK-VERIFIED:") + ContentLine::escapedText(m.verifiedOn));
        }
        if (!m.note.isEmpty()) {
            ContentLine::append(out, QLatin1String("NOTE:") + ContentLine::escapedText(m.note));
        }
        ContentLine::append(out, QStringLiteral("END:VCARD"));
    }
    return out;
}

QString ContactExport::exportToFile(const QSqlDatabase &db, Format format, const QString &path, const QString &language)
{
    const QByteArray bytes = format == Format::Csv ? toCsv(db, language) : toVCard(db);
    return OutputFile::write(path, bytes);
}

} // namespace fallback
