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

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
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

QStringList ContactExport::familyAndGivenName(const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty()) {
        return {QString(), QString()};
    }
    if (!simplified.contains(QLatin1Char(' ')) && isHan(simplified.at(0))) {
        static const QStringList compound = {QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("上官"),
            QStringLiteral("诸葛"), QStringLiteral("东方"), QStringLiteral("皇甫"), QStringLiteral("尉迟"),
            QStringLiteral("公孙"), QStringLiteral("慕容"), QStringLiteral("长孙"), QStringLiteral("宇文"),
            QStringLiteral("司徒"), QStringLiteral("夏侯"), QStringLiteral("令狐"), QStringLiteral("端木"),
            QStringLiteral("西门"), QStringLiteral("南宫"), QStringLiteral("独孤")};
        qsizetype length = 1;
        for (const QString &surname : compound) {
            if (simplified.size() > surname.size() && simplified.startsWith(surname)) {
                length = surname.size();
                break;
            }
        }
        return {simplified.left(length), simplified.mid(length)};
    }
    if (const qsizetype comma = simplified.indexOf(QLatin1Char(',')); comma > 0) {
        return {simplified.left(comma).trimmed(), simplified.mid(comma + 1).trimmed()}; // "Chen, Haoran"
    }
    const qsizetype space = simplified.lastIndexOf(QLatin1Char(' '));
    if (space < 0) {
        return {simplified, QString()};
    }
    return {simplified.mid(space + 1), simplified.left(space)};
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
        ContentLine::append(out, QLatin1String("FN:") + ContentLine::escapedText(m.name));
        const QStringList parts = familyAndGivenName(m.name);
        ContentLine::append(out,
            QLatin1String("N:") + ContentLine::escapedText(parts.at(0)) + QLatin1Char(';')
                + ContentLine::escapedText(parts.at(1)) + QLatin1String(";;;"));
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
