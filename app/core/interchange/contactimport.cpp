// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/contactimport.h"

#include "document/plandocument.h"
#include "interchange/logging.h"
#include "models/contactdetails.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QSet>
#include <QUuid>

namespace fallback {

namespace {

const QString GroupTable = QStringLiteral("org_group");
const QString MemberTable = QStringLiteral("member");
const QString MembershipTable = QStringLiteral("group_member");
/// Longer identifiers are no identifiers; vCard UIDs in the wild are URIs well below this.
constexpr qsizetype MaxUidLength = 255;

/// \a text without white space at its ends and with every run of white space
/// inside as one space; \a text itself (no copy) when it is that already,
/// as nearly every cell of a spreadsheet is.
QString simplifiedText(const QString &text)
{
    bool previousSpace = true; // white space at the start needs simplifying
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (previousSpace || c != QLatin1Char(' ')) {
                return text.simplified();
            }
            previousSpace = true;
        } else {
            previousSpace = false;
        }
    }
    return previousSpace && !text.isEmpty() ? text.simplified() : text;
}

/// A person's name as compared for duplicates: case and runs of white space do not count.
QString nameKey(const QString &name)
{
    return simplifiedText(name).toCaseFolded();
}

/// A phone number as compared for duplicates: "+86 138 0013 8000" and
/// "138-0013-8000" are one number, as are "+86 10 6552 1234" and "010-65521234".
QString phoneKey(const QString &phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits += QChar(u'0' + c.digitValue());
        }
    }
    const QString trimmed = phone.trimmed();
    bool international = false;
    if (digits.startsWith(QLatin1String("0086"))) {
        digits.remove(0, 4);
        international = true;
    } else if (trimmed.startsWith(QLatin1Char('+')) && digits.startsWith(QLatin1String("86"))) {
        digits.remove(0, 2);
        international = true;
    }
    const bool mobile = digits.size() == 11 && digits.startsWith(QLatin1Char('1'));
    if (international && !mobile && !digits.startsWith(QLatin1Char('0'))) {
        digits.prepend(QLatin1Char('0')); // the trunk prefix that a caller inside China dials
    }
    return digits;
}

struct Person
{
    qint64 id = 0;
    int line = 0; ///< 0 for a contact already in the plan
    QString mobile, office, email; ///< as keys
};

bool samePerson(const Person &a, const Person &b)
{
    if (!a.mobile.isEmpty() && a.mobile == b.mobile) {
        return true;
    }
    if (!a.office.isEmpty() && a.office == b.office) {
        return true;
    }
    // Without a phone number on either side, the email decides (two empty ones agree).
    return a.mobile.isEmpty() && a.office.isEmpty() && b.mobile.isEmpty() && b.office.isEmpty() && a.email == b.email;
}

/// The values of one row, after the mapping.
struct RowValues
{
    QString name, phoneMobile, phoneOffice, email, department, jobTitle, verifiedOn, role;
    QString familyName, givenName, backup, uid;
    QStringList notes, groups;
};

/// "技术支持组; 运维保障组", also with full-width semicolons, 、 or line breaks between the names.
QStringList splitList(const QString &text)
{
    QStringList items;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const char16_t c = i < text.size() ? text.at(i).unicode() : u';';
        if (c == u';' || c == u'；' || c == u'、' || c == u'\n') {
            if (const QString item = simplifiedText(text.mid(from, i - from)); !item.isEmpty()) {
                items << item;
            }
            from = i + 1;
        }
    }
    return items;
}

RowValues valuesOf(const CsvRecord &record, const ContactMapping &mapping)
{
    RowValues values;
    QStringList roles;
    const auto setFirst = [](QString &target, const QString &value) {
        if (target.isEmpty()) {
            target = value;
        }
    };
    for (qsizetype column = 0; column < record.fields.size(); ++column) {
        const ContactField field = mapping.field(column);
        if (field == ContactField::Ignored) {
            continue;
        }
        const QString &cell = record.fields.at(column);
        // A note keeps its lines; groups and roles may be one per line.
        const bool lines = field == ContactField::Note || field == ContactField::Group || field == ContactField::Role;
        const QString raw = lines ? cell.trimmed() : simplifiedText(cell);
        if (raw.isEmpty()) {
            continue;
        }
        switch (field) {
        case ContactField::Name:
            setFirst(values.name, raw);
            break;
        case ContactField::PhoneMobile:
            setFirst(values.phoneMobile, raw);
            break;
        case ContactField::PhoneOffice:
            setFirst(values.phoneOffice, raw);
            break;
        case ContactField::Email:
            setFirst(values.email, raw);
            break;
        case ContactField::Department:
            setFirst(values.department, raw);
            break;
        case ContactField::JobTitle:
            setFirst(values.jobTitle, raw);
            break;
        case ContactField::VerifiedOn:
            setFirst(values.verifiedOn, raw);
            break;
        case ContactField::Role:
            setFirst(values.role, raw);
            break;
        case ContactField::FamilyName:
            setFirst(values.familyName, raw);
            break;
        case ContactField::GivenName:
            setFirst(values.givenName, raw);
            break;
        case ContactField::Backup:
            setFirst(values.backup, raw);
            break;
        case ContactField::Uid:
            setFirst(values.uid, ContactFields::identifierFromText(raw));
            break;
        case ContactField::Note:
            values.notes << raw;
            break;
        case ContactField::Group:
            for (const QString &group : splitList(raw)) {
                if (!values.groups.contains(group)) {
                    values.groups << group;
                }
            }
            break;
        case ContactField::Ignored:
            break;
        }
    }
    return values;
}

/// What the plan already holds, read once per import.
struct Existing
{
    QHash<QString, qint64> groupByName; ///< name key -> the first group (in tree order) of that name
    int topLevelPosition = 0;
    QHash<QString, QList<Person>> peopleByName;
    QHash<QString, Person> peopleByUid;
    QSet<QPair<qint64, qint64>> memberships; ///< (group, member)
    QHash<qint64, int> lastEscalation; ///< group -> highest escalation_order

    explicit Existing(const QSqlDatabase &db)
    {
        QSqlQuery groups = execQuery(db,
            QStringLiteral("SELECT id, parent_id, position, name FROM org_group "
                           "ORDER BY parent_id IS NOT NULL, position, id"));
        while (groups.next()) {
            const QString key = nameKey(groups.value(3).toString());
            if (!key.isEmpty() && !groupByName.contains(key)) {
                groupByName.insert(key, groups.value(0).toLongLong());
            }
            if (groups.value(1).isNull()) {
                topLevelPosition = qMax(topLevelPosition, groups.value(2).toInt());
            }
        }
        QSqlQuery members
            = execQuery(db, QStringLiteral("SELECT id, name, phone_mobile, phone_office, email, uid FROM member"));
        while (members.next()) {
            peopleByUid.insert(members.value(5).toString(), {members.value(0).toLongLong(), 0, {}, {}, {}});
            peopleByName[nameKey(members.value(1).toString())].append(
                {members.value(0).toLongLong(), 0, phoneKey(members.value(2).toString()),
                    phoneKey(members.value(3).toString()), members.value(4).toString().trimmed().toCaseFolded()});
        }
        QSqlQuery links
            = execQuery(db, QStringLiteral("SELECT group_id, member_id, escalation_order FROM group_member"));
        while (links.next()) {
            const qint64 group = links.value(0).toLongLong();
            memberships.insert({group, links.value(1).toLongLong()});
            lastEscalation[group] = qMax(lastEscalation.value(group), links.value(2).toInt());
        }
    }
};

/// A text for a NOT NULL column: a null QString would be bound as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

qsizetype ContactImportPlan::count(ContactImportIssue::Kind kind) const
{
    return std::count_if(
        issues.cbegin(), issues.cend(), [kind](const ContactImportIssue &i) { return i.kind == kind; });
}

ContactImportPlan ContactImport::prepare(
    const PlanDocument &document, const ContactTable &table, const ContactMapping &mapping)
{
    ContactImportPlan plan;
    Existing existing(document.database());
    existing.peopleByName.reserve(existing.peopleByName.size() + table.rows.size());
    qint64 nextGroup = document.nextId(GroupTable);
    qint64 nextMember = document.nextId(MemberTable);
    qint64 nextMembership = document.nextId(MembershipTable);
    RecordBatch groups {GroupTable,
        {QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("position"), QStringLiteral("name"),
            QStringLiteral("duty")},
        {}};
    RecordBatch members {MemberTable,
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("department"), QStringLiteral("job_title"),
            QStringLiteral("phone_office"), QStringLiteral("phone_mobile"), QStringLiteral("email"),
            QStringLiteral("verified_on"), QStringLiteral("note"), QStringLiteral("uid"), QStringLiteral("family_name"),
            QStringLiteral("given_name"), QStringLiteral("backup_member_id")},
        {}};
    constexpr qsizetype BackupValue = 12; // the index of backup_member_id in a member row
    RecordBatch memberships {MembershipTable,
        {QStringLiteral("id"), QStringLiteral("group_id"), QStringLiteral("member_id"), QStringLiteral("role"),
            QStringLiteral("escalation_order")},
        {}};
    members.rows.reserve(table.rows.size());
    memberships.rows.reserve(table.rows.size());

    const auto issue = [&plan](ContactImportIssue::Kind kind, int line, const QString &message) {
        plan.issues.append({kind, line, message});
    };
    struct PendingBackup
    {
        qsizetype row; ///< in the member batch
        int line;
        qint64 memberId;
        QString text; ///< a name or an identifier
    };
    QList<PendingBackup> backups;
    QHash<QString, qint64> groupIdByText; // a file names the same few groups again and again
    QHash<QString, QString> roleByText;
    const auto groupId = [&](const QString &name) {
        if (const auto known = groupIdByText.constFind(name); known != groupIdByText.constEnd()) {
            return *known;
        }
        const QString key = nameKey(name);
        if (const auto found = existing.groupByName.constFind(key); found != existing.groupByName.constEnd()) {
            groupIdByText.insert(name, *found);
            return *found;
        }
        const qint64 id = nextGroup++;
        groups.rows.append({id, QVariant(), ++existing.topLevelPosition, name, text(QString())});
        existing.groupByName.insert(key, id);
        groupIdByText.insert(name, id);
        ++plan.newGroups;
        return id;
    };
    // Adds the person to the groups they are not yet in; returns the names of those groups.
    const auto join = [&](qint64 memberId, const QStringList &groupNames, const QStringList &roles) {
        QStringList joined;
        for (qsizetype i = 0; i < groupNames.size(); ++i) {
            const qint64 group = groupId(groupNames.at(i));
            if (existing.memberships.contains({group, memberId})) {
                continue;
            }
            existing.memberships.insert({group, memberId});
            const int order = ++existing.lastEscalation[group];
            memberships.rows.append({nextMembership++, group, memberId,
                roles.size() == groupNames.size() ? roles.at(i) : roles.value(0), order});
            ++plan.newMemberships;
            joined << groupNames.at(i);
        }
        return joined;
    };

    for (const CsvRecord &record : table.rows) {
        if (record.isBlank()) {
            continue; // spreadsheets end with empty rows; nobody misses them
        }
        RowValues values = valuesOf(record, mapping);
        if (values.name.isEmpty()) {
            values.name = ContactFields::nameFromParts(values.familyName, values.givenName);
        }
        if (values.name.isEmpty()) {
            issue(ContactImportIssue::Kind::Skipped, record.line, tr("skipped: the row has no name"));
            continue;
        }

        QVariant verifiedOn;
        if (!values.verifiedOn.isEmpty()) {
            const QDate date = ContactFields::dateFromText(values.verifiedOn);
            if (date.isValid()) {
                verifiedOn = date.toString(Qt::ISODate);
            } else {
                issue(ContactImportIssue::Kind::Warning, record.line,
                    tr("the date \"%1\" is not understood and was left empty").arg(values.verifiedOn));
            }
        }
        // The same rules as the roster: a value that is no number or address is left out, not stored.
        const auto checkPhone = [&](QString &phone, const QString &what) {
            if (!phone.isEmpty() && !ContactDetails::isPhoneNumber(phone)) {
                issue(ContactImportIssue::Kind::Warning, record.line,
                    tr("the %1 \"%2\" is not a phone number and was left empty").arg(what, phone));
                phone.clear();
            }
        };
        checkPhone(values.phoneMobile, tr("mobile number"));
        checkPhone(values.phoneOffice, tr("office phone"));
        if (!values.email.isEmpty() && !ContactDetails::isEmailAddress(values.email)) {
            issue(ContactImportIssue::Kind::Warning, record.line,
                tr("the e-mail address \"%1\" is not an address and was left empty").arg(values.email));
            values.email.clear();
        }
        QStringList roles;
        for (const QString &text : splitList(values.role)) {
            auto cached = roleByText.constFind(text);
            if (cached == roleByText.constEnd()) {
                cached = roleByText.insert(text, ContactFields::roleFromText(text));
            }
            QString role = *cached;
            if (role.isEmpty()) {
                issue(ContactImportIssue::Kind::Warning, record.line,
                    tr("the role \"%1\" is not understood; imported as a member").arg(text));
                role = QStringLiteral("member");
            }
            roles << role;
        }
        if (roles.isEmpty()) {
            roles << QStringLiteral("member");
        }

        Person person {
            0, record.line, phoneKey(values.phoneMobile), phoneKey(values.phoneOffice), values.email.toCaseFolded()};
        if (values.uid.size() > MaxUidLength) {
            issue(ContactImportIssue::Kind::Warning, record.line,
                tr("the identifier is longer than %1 characters; the contact was given a new one").arg(MaxUidLength));
            values.uid.clear();
        }
        // The same identifier is the same person, whatever the name now says;
        // else the same name with the same number.
        QList<Person> &namesakes = existing.peopleByName[nameKey(values.name)];
        std::optional<Person> same;
        if (const auto known = existing.peopleByUid.constFind(values.uid);
            !values.uid.isEmpty() && known != existing.peopleByUid.constEnd()) {
            same = *known;
        } else if (const auto found = std::find_if(namesakes.cbegin(), namesakes.cend(),
                       [&person](const Person &p) { return samePerson(p, person); });
                   found != namesakes.cend()) {
            same = *found;
        }
        if (same) {
            const QStringList joined = join(same->id, values.groups, roles);
            QString message;
            if (same->line == 0) {
                message = joined.isEmpty() ? tr("not imported: %1 is already in the plan").arg(values.name)
                                           : tr("not imported: %1 is already in the plan; added to %2")
                                                 .arg(values.name, joined.join(QLatin1String(", ")));
            } else {
                message = joined.isEmpty()
                    ? tr("not imported: %1 is already on line %2").arg(values.name).arg(same->line)
                    : tr("not imported: %1 is already on line %2; added to %3")
                          .arg(values.name)
                          .arg(same->line)
                          .arg(joined.join(QLatin1String(", ")));
            }
            issue(ContactImportIssue::Kind::Duplicate, record.line, message);
            continue;
        }

        person.id = nextMember++;
        namesakes.append(person);
        // An identifier from the file names the same person in the next
        // export; a new one is made here, so that a redo adds the same record.
        if (values.uid.isEmpty()) {
            values.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        existing.peopleByUid.insert(values.uid, person);
        if (!values.backup.isEmpty()) {
            backups.append({members.rows.size(), record.line, person.id, values.backup});
        }
        members.rows.append(
            {person.id, text(values.name), text(values.department), text(values.jobTitle), text(values.phoneOffice),
                text(values.phoneMobile), text(values.email), verifiedOn, text(values.notes.join(QLatin1Char('\n'))),
                values.uid, text(values.familyName), text(values.givenName), QVariant()});
        ++plan.newMembers;
        join(person.id, values.groups, roles);
    }
    // Backups last: a backup may be named before their own row (mutual backups are common).
    for (const PendingBackup &backup : std::as_const(backups)) {
        qint64 backupId = 0;
        if (const auto known = existing.peopleByUid.constFind(ContactFields::identifierFromText(backup.text));
            known != existing.peopleByUid.constEnd()) {
            backupId = known->id;
        } else {
            const QList<Person> candidates = existing.peopleByName.value(nameKey(backup.text));
            if (candidates.size() > 1) {
                issue(ContactImportIssue::Kind::Warning, backup.line,
                    tr("the backup person \"%1\" names more than one contact; left empty").arg(backup.text));
                continue;
            }
            if (candidates.isEmpty()) {
                issue(ContactImportIssue::Kind::Warning, backup.line,
                    tr("the backup person \"%1\" is neither in the plan nor in the file; left empty").arg(backup.text));
                continue;
            }
            backupId = candidates.first().id;
        }
        if (backupId == backup.memberId) {
            issue(ContactImportIssue::Kind::Warning, backup.line,
                tr("a contact cannot be their own backup; the backup was left empty"));
            continue;
        }
        members.rows[backup.row][BackupValue] = backupId;
    }
    std::stable_sort(plan.issues.begin(), plan.issues.end(),
        [](const ContactImportIssue &a, const ContactImportIssue &b) { return a.line < b.line; });
    for (RecordBatch *batch : {&groups, &members, &memberships}) {
        if (!batch->rows.isEmpty()) {
            plan.batches.append(std::move(*batch));
        }
    }
    return plan;
}

bool ContactImport::apply(PlanDocument &document, const ContactImportPlan &plan, QString *error)
{
    if (plan.changesNothing()) {
        return true;
    }
    QString failure;
    const QMetaObject::Connection connection = QObject::connect(
        &document, &PlanDocument::writeFailed, &document, [&failure](const QString &message) { failure = message; });
    const bool ok = document.addRecords(plan.batches, tr("Import %n contact(s)", nullptr, plan.newMembers));
    QObject::disconnect(connection);
    if (!ok) {
        qCInfo(lcInterchange) << "contact import failed:" << failure;
        if (error) {
            *error = failure.isEmpty() ? tr("The contacts could not be added to the plan.") : failure;
        }
    }
    return ok;
}

QString ContactImport::summary(const ContactImportPlan &plan)
{
    return tr("imported %1, skipped %2, duplicates %3")
        .arg(plan.newMembers)
        .arg(plan.count(ContactImportIssue::Kind::Skipped))
        .arg(plan.count(ContactImportIssue::Kind::Duplicate));
}

} // namespace fallback
