// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/contactfile.h"

#include "interchange/textdecoding.h"
#include "interchange/vcardreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fallback {

namespace {

// A contact list of a million people is still far below this; anything larger is not one.
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
// A title or a note above the header row is common in spreadsheets; this many rows are searched.
constexpr qsizetype HeaderSearchRows = 10;

QString fieldValue(const VCardContact &card, ContactField field)
{
    switch (field) {
    case ContactField::Name:
        return card.name;
    case ContactField::PhoneMobile:
        return card.phoneMobile;
    case ContactField::PhoneOffice:
        return card.phoneOffice;
    case ContactField::Email:
        return card.email;
    case ContactField::Department:
        return card.department;
    case ContactField::JobTitle:
        return card.jobTitle;
    case ContactField::Group:
        return card.groups.join(QLatin1String("; "));
    case ContactField::Role:
        return card.roles.join(QLatin1String("; "));
    case ContactField::Note:
        return card.note;
    case ContactField::VerifiedOn:
        return card.verifiedOn;
    case ContactField::FamilyName:
        return card.familyName;
    case ContactField::GivenName:
        return card.givenName;
    case ContactField::Backup:
        return card.backup;
    case ContactField::Uid:
        return card.uid;
    case ContactField::Ignored:
        break;
    }
    return {};
}

ContactTable tableFromCards(const QList<VCardContact> &cards)
{
    ContactTable table;
    table.format = ContactTable::Format::VCard;
    table.mapping.columns = ContactFields::all();
    for (const ContactField field : ContactFields::all()) {
        table.header << ContactFields::label(field);
    }
    table.rows.reserve(cards.size());
    for (const VCardContact &card : cards) {
        CsvRecord row;
        row.line = card.line;
        for (const ContactField field : ContactFields::all()) {
            row.fields << fieldValue(card, field);
        }
        table.rows << row;
    }
    return table;
}

bool isVCardName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard");
}

} // namespace

std::optional<ContactTable> ContactFile::read(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error) {
            *error = tr("The contact file \"%1\" does not exist.").arg(shown);
        }
        return std::nullopt;
    }
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read the contact file \"%1\": %2")
                         .arg(shown, info.isDir() ? tr("it is a folder") : file.errorString());
        }
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        if (error) {
            *error = tr("\"%1\" is too large to be a contact list.").arg(shown);
        }
        return std::nullopt;
    }
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        if (error) {
            *error = tr("Cannot read the contact file \"%1\": %2").arg(shown, file.errorString());
        }
        return std::nullopt;
    }
    return parse(bytes, path, error);
}

std::optional<ContactTable> ContactFile::parse(const QByteArray &bytes, const QString &fileName, QString *error)
{
    const QString shown = QFileInfo(fileName).fileName();
    const auto failed = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    // A vCard is decoded value by value (a fold may even split a character), so it is recognised first.
    const bool vcardName = isVCardName(fileName);
    if (VCardReader::looksLikeVCard(bytes)) {
        const QList<VCardContact> cards = VCardReader::read(bytes);
        if (cards.isEmpty()) {
            return failed(tr("\"%1\" holds no contact card.").arg(shown));
        }
        ContactTable table = tableFromCards(cards);
        table.encoding = textdecoding::isValidUtf8(bytes) ? QStringLiteral("UTF-8") : QString();
        return table;
    }

    const DecodedText decoded = textdecoding::decode(bytes);
    if (!decoded.isText) {
        return failed(tr("\"%1\" is not a text file; contacts can be imported from CSV or vCard files.").arg(shown));
    }
    if (decoded.text.trimmed().isEmpty()) {
        return failed(tr("\"%1\" is empty.").arg(shown));
    }
    if (vcardName) {
        return failed(tr("\"%1\" is not a vCard file: it does not begin with BEGIN:VCARD.").arg(shown));
    }

    CsvDocument csv = csvreader::read(decoded.text);
    ContactTable table;
    table.encoding = decoded.encoding;
    table.separator = csv.separator;
    qsizetype seen = 0;
    qsizetype headerIndex = -1;
    for (qsizetype i = 0; i < csv.records.size() && seen < HeaderSearchRows; ++i) {
        if (csv.records.at(i).isBlank()) {
            continue;
        }
        ++seen;
        if (ContactMapping::automatic(csv.records.at(i).fields).hasName()) {
            headerIndex = i;
            break;
        }
    }
    if (headerIndex < 0) {
        return failed(tr("No column of \"%1\" is headed with a name field; the header row needs a column such "
                         "as \"姓名\" or \"Name\".")
                          .arg(shown));
    }
    const CsvRecord header = csv.records.at(headerIndex);
    table.headerLine = header.line;
    for (const QString &name : header.fields) {
        table.header << name.trimmed();
    }
    table.mapping = ContactMapping::automatic(table.header);
    csv.records.remove(0, headerIndex + 1);
    table.rows = std::move(csv.records);
    return table;
}

} // namespace fallback
