// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/vcardreader.h"

#include "interchange/contactfield.h"
#include "interchange/textdecoding.h"

#include <algorithm>

namespace fallback {

namespace {

struct Parameter
{
    QByteArray name; ///< upper case
    QByteArray value;
};

struct Property
{
    QByteArray name; ///< upper case, without the "item1." group
    QList<Parameter> parameters;
    QByteArray value; ///< raw bytes, still encoded

    QByteArray parameter(const QByteArray &key) const
    {
        for (const Parameter &p : parameters) {
            if (p.name == key) {
                return p.value;
            }
        }
        return {};
    }

    /// Every TYPE value in lower case: TYPE=work,voice and TYPE=work;TYPE=voice and 2.1's bare WORK alike.
    QList<QByteArray> types() const
    {
        QList<QByteArray> result;
        for (const Parameter &p : parameters) {
            if (p.name == "TYPE") {
                for (const QByteArray &type : p.value.split(',')) {
                    result << type.trimmed().toLower();
                }
            }
        }
        return result;
    }

    bool isPreferred() const { return types().contains("pref") || !parameter("PREF").isEmpty(); }
};

struct Card
{
    int line = 0;
    bool version21 = false;
    QList<Property> properties;
};

QByteArray withoutQuotes(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.mid(1, value.size() - 2);
    }
    return value;
}

/// Splits at \a separator outside double quotes.
QList<QByteArray> splitOutsideQuotes(QByteArrayView text, char separator)
{
    QList<QByteArray> parts;
    bool quoted = false;
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '"') {
            quoted = !quoted;
        } else if (text[i] == separator && !quoted) {
            parts << text.sliced(from, i - from).toByteArray();
            from = i + 1;
        }
    }
    parts << text.sliced(from).toByteArray();
    return parts;
}

/// "item1.TEL;TYPE=cell:+86 138..." into name, parameters and raw value; false for a line that is no property.
bool parseProperty(const QByteArray &line, Property *property)
{
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"') {
            quoted = !quoted;
        } else if (line[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0) {
        return false;
    }
    const QList<QByteArray> head = splitOutsideQuotes(QByteArrayView(line).first(colon), ';');
    QByteArray name = head.first().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0) {
        name = name.mid(dot + 1);
    }
    if (name.isEmpty()) {
        return false;
    }
    property->name = name;
    property->parameters.clear();
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray token = head.at(i).trimmed();
        if (token.isEmpty()) {
            continue;
        }
        const qsizetype equals = token.indexOf('=');
        if (equals > 0) {
            property->parameters.append({token.left(equals).trimmed().toUpper(), withoutQuotes(token.mid(equals + 1))});
            continue;
        }
        // vCard 2.1 names bare values: TEL;CELL;PREF:..., NOTE;QUOTED-PRINTABLE:...
        const QByteArray upper = token.toUpper();
        const bool isEncoding = upper == "QUOTED-PRINTABLE" || upper == "BASE64" || upper == "8BIT" || upper == "7BIT";
        property->parameters.append({isEncoding ? QByteArray("ENCODING") : QByteArray("TYPE"), token});
    }
    property->value = line.mid(colon + 1);
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray &text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '=' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            bytes.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            bytes.append(text[i]);
        }
    }
    return bytes;
}

bool isQuotedPrintable(const QByteArray &logicalLine)
{
    const qsizetype colon = logicalLine.indexOf(':');
    return colon > 0 && logicalLine.left(colon).toUpper().contains("QUOTED-PRINTABLE");
}

/// The value as text, or a null string for binary values (photos, sounds, keys).
QString decodedValue(const Property &property)
{
    const QByteArray encoding = property.parameter("ENCODING").toUpper();
    if (encoding == "B" || encoding == "BASE64") {
        return {};
    }
    const QByteArray raw = encoding == "QUOTED-PRINTABLE" ? decodeQuotedPrintable(property.value) : property.value;
    QString text = textdecoding::decodeAs(raw, property.parameter("CHARSET"));
    // Quoted-printable values carry the writer's line ends (=0D=0A); the plan keeps LF only.
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

/// One text value with its escapes resolved.
QString textValue(const Property &property, bool version21)
{
    return VCardReader::splitValue(decodedValue(property), QChar(), version21).value(0).trimmed();
}

/// "tel:+86-10-6552-1234;ext=12" as a number a person dials.
QString phoneFromValue(QString value)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        value = value.mid(4);
        const QStringList parts = value.split(QLatin1Char(';'));
        value = parts.first();
        for (const QString &part : parts.mid(1)) {
            if (part.startsWith(QLatin1String("ext="), Qt::CaseInsensitive)) {
                value += QLatin1String(" ext. ") + part.mid(4);
            }
        }
    }
    return value.trimmed();
}

/// A mainland mobile number (11 digits from 1), with or without +86.
bool looksLikeMobile(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    if (digits.startsWith(QLatin1String("0086"))) {
        digits = digits.mid(4);
    } else if (digits.startsWith(QLatin1String("86")) && digits.size() == 13) {
        digits = digits.mid(2);
    }
    return digits.size() == 11 && digits.startsWith(QLatin1Char('1'));
}

struct Phone
{
    QString number;
    QList<QByteArray> types;
    bool preferred = false;
    qsizetype order = 0; ///< position in the card, so that leftovers keep the card's order
};

QString typeLabel(const QList<QByteArray> &types)
{
    QStringList labels;
    for (const QByteArray &type : types) {
        if (!type.isEmpty() && type != "pref" && type != "voice" && type != "internet" && type != "x400") {
            labels << QString::fromLatin1(type);
        }
    }
    return labels.join(QLatin1Char(','));
}

VCardContact contactFromCard(const Card &card)
{
    VCardContact contact;
    contact.line = card.line;
    const bool v21 = card.version21;
    QString fromN;
    QList<Phone> phones;
    QList<Phone> emails;
    QStringList notes;
    for (const Property &property : card.properties) {
        const QByteArray &name = property.name;
        if (name == "FN") {
            if (contact.name.isEmpty()) {
                contact.name = textValue(property, v21);
            }
        } else if (name == "N") {
            if (fromN.isEmpty()) {
                const QStringList parts = VCardReader::splitValue(decodedValue(property), QLatin1Char(';'), v21);
                fromN = ContactFields::nameFromParts(
                    parts.value(0).trimmed(), parts.value(1).trimmed(), parts.value(2).trimmed());
                contact.familyName = parts.value(0).trimmed();
                contact.givenName = parts.value(1).trimmed();
            }
        } else if (name == "UID") {
            contact.uid = ContactFields::identifierFromText(textValue(property, v21));
        } else if (name == "X-FALLBACK-BACKUP") {
            contact.backup = ContactFields::identifierFromText(textValue(property, v21));
        } else if (name == "TEL") {
            const QString number = phoneFromValue(textValue(property, v21));
            if (!number.isEmpty()) {
                phones.append({number, property.types(), property.isPreferred(), phones.size()});
            }
        } else if (name == "EMAIL") {
            const QString address = textValue(property, v21);
            if (!address.isEmpty()) {
                emails.append({address, property.types(), property.isPreferred(), emails.size()});
            }
        } else if (name == "ORG") {
            // ORG:Company;Department;Unit: the plan wants the department, so the
            // company is dropped when units follow it.
            QStringList units;
            for (const QString &part : VCardReader::splitValue(decodedValue(property), QLatin1Char(';'), v21)) {
                if (!part.trimmed().isEmpty()) {
                    units << part.trimmed();
                }
            }
            if (contact.department.isEmpty() && !units.isEmpty()) {
                contact.department = units.size() == 1 ? units.first() : units.mid(1).join(QLatin1String(" / "));
            }
        } else if (name == "TITLE") {
            if (contact.jobTitle.isEmpty()) {
                contact.jobTitle = textValue(property, v21);
            }
        } else if (name == "NOTE") {
            const QString note = VCardReader::splitValue(decodedValue(property), QChar(), v21).value(0).trimmed();
            if (!note.isEmpty()) {
                notes << note;
            }
        } else if (name == "CATEGORIES" || name == "X-FALLBACK-ROLES") {
            QStringList values = VCardReader::splitValue(decodedValue(property), QLatin1Char(','), v21);
            QStringList &target = name == "CATEGORIES" ? contact.groups : contact.roles;
            for (const QString &value : values) {
                if (name == "X-FALLBACK-ROLES" || !value.trimmed().isEmpty()) {
                    target << value.trimmed();
                }
            }
        } else if (name == "X-FALLBACK-VERIFIED") {
            contact.verifiedOn = textValue(property, v21);
        }
    }
    if (contact.name.isEmpty()) {
        contact.name = fromN;
    }

    // Preferred numbers first; then each number to the field its type names,
    // untyped ones (and home numbers) by their look; what finds no field is kept in the note.
    const auto preferredFirst = [](const Phone &a, const Phone &b) { return a.preferred && !b.preferred; };
    std::stable_sort(phones.begin(), phones.end(), preferredFirst);
    QList<Phone> untyped;
    QList<Phone> leftover;
    for (const Phone &phone : std::as_const(phones)) {
        const auto has = [&phone](const char *type) { return phone.types.contains(QByteArray(type)); };
        const bool mobile = has("cell") || has("mobile") || has("iphone") || has("cellular");
        const bool other = has("fax") || has("pager") || has("modem") || has("bbs") || has("isdn") || has("textphone");
        if (mobile) {
            if (contact.phoneMobile.isEmpty()) {
                contact.phoneMobile = phone.number;
            } else {
                leftover << phone;
            }
        } else if (other) {
            leftover << phone;
        } else if (has("work")) {
            if (contact.phoneOffice.isEmpty()) {
                contact.phoneOffice = phone.number;
            } else {
                leftover << phone;
            }
        } else {
            untyped << phone;
        }
    }
    for (const Phone &phone : std::as_const(untyped)) {
        const bool mobile = looksLikeMobile(phone.number);
        if (mobile && contact.phoneMobile.isEmpty()) {
            contact.phoneMobile = phone.number;
        } else if (!mobile && contact.phoneOffice.isEmpty()) {
            contact.phoneOffice = phone.number;
        } else {
            leftover << phone;
        }
    }
    std::sort(leftover.begin(), leftover.end(), [](const Phone &a, const Phone &b) { return a.order < b.order; });
    QStringList extras;
    for (const Phone &phone : std::as_const(leftover)) {
        const QString label = typeLabel(phone.types);
        extras << (label.isEmpty() ? VCardReader::tr("Other phone: %1").arg(phone.number)
                                   : VCardReader::tr("Other phone: %1 (%2)").arg(phone.number, label));
    }
    std::stable_sort(emails.begin(), emails.end(), preferredFirst);
    for (const Phone &email : std::as_const(emails)) {
        if (contact.email.isEmpty()) {
            contact.email = email.number;
        } else {
            extras << VCardReader::tr("Other email: %1").arg(email.number);
        }
    }
    notes << extras;
    contact.note = notes.join(QLatin1Char('\n'));
    return contact;
}

/// The bytes with a UTF-8 BOM removed and UTF-16 or UTF-32 turned into UTF-8,
/// so that the reader works on bytes, value by value, in any case.
QByteArray normalisedBytes(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        return bytes.mid(3);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return textdecoding::decode(bytes).text.toUtf8();
    }
    return bytes;
}

} // namespace

bool VCardReader::looksLikeVCard(const QByteArray &bytes)
{
    const QByteArray text = normalisedBytes(bytes.left(4096)).trimmed();
    return text.left(11).toUpper() == "BEGIN:VCARD";
}

QStringList VCardReader::splitValue(const QString &value, QChar separator, bool version21)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(i + 1);
            if (next == QLatin1Char('\\') || next == QLatin1Char(';') || next == QLatin1Char(',')) {
                current += next;
                ++i;
                continue;
            }
            if (!version21 && (next == QLatin1Char('n') || next == QLatin1Char('N'))) {
                current += QLatin1Char('\n');
                ++i;
                continue;
            }
        }
        if (!separator.isNull() && c == separator) {
            parts << current;
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current;
    return parts;
}

QList<VCardContact> VCardReader::read(const QByteArray &input)
{
    const QByteArray bytes = normalisedBytes(input);
    QList<VCardContact> contacts;
    Card card;
    int depth = 0; // 1 inside a card; more inside a card nested in it (2.1 AGENT), which is skipped

    const auto handle = [&](const QByteArray &line, int lineNumber) {
        Property property;
        if (!parseProperty(line, &property)) {
            return;
        }
        const QByteArray value = property.value.trimmed().toUpper();
        if (property.name == "BEGIN" && value == "VCARD") {
            if (depth++ == 0) {
                card = Card();
                card.line = lineNumber;
            }
            return;
        }
        if (property.name == "END" && value == "VCARD") {
            if (depth > 0 && --depth == 0) {
                contacts << contactFromCard(card);
            }
            return;
        }
        if (depth != 1) {
            return;
        }
        if (property.name == "VERSION") {
            card.version21 = value == "2.1";
        }
        card.properties << property;
    };

    QByteArray logical;
    int logicalLine = 0;
    int lineNumber = 0;
    qsizetype pos = 0;
    const qsizetype size = bytes.size();
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && bytes[end] != '\n' && bytes[end] != '\r') {
            ++end;
        }
        const QByteArrayView physical = QByteArrayView(bytes).sliced(pos, end - pos);
        ++lineNumber;
        pos = end;
        if (pos < size) {
            pos += (bytes[pos] == '\r' && pos + 1 < size && bytes[pos + 1] == '\n') ? 2 : 1;
        }

        if (!logical.isEmpty() && logical.endsWith('=') && isQuotedPrintable(logical)) {
            logical.chop(1); // a quoted-printable soft line break
            logical += physical.trimmed();
            continue;
        }
        if (!logical.isEmpty() && !physical.isEmpty() && (physical[0] == ' ' || physical[0] == '\t')) {
            // A folded line: 2.1 keeps the white space, 3.0 and 4.0 drop one character of it.
            logical += card.version21 && depth == 1 ? physical : physical.sliced(1);
            continue;
        }
        if (!logical.isEmpty()) {
            handle(logical, logicalLine);
        }
        logical = physical.toByteArray();
        logicalLine = lineNumber;
    }
    if (!logical.isEmpty()) {
        handle(logical, logicalLine);
    }
    if (depth > 0) {
        contacts << contactFromCard(card); // the file ended before END:VCARD
    }
    return contacts;
}

} // namespace fallback
