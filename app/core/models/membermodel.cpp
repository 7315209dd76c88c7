// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/membermodel.h"

#include "document/plandocument.h"
#include "models/contactdetails.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>

namespace fallback {

MemberModel::MemberModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("member"),
        {
            {QStringLiteral("name"), FieldKind::Text},
            {QStringLiteral("department"), FieldKind::Text},
            {QStringLiteral("job_title"), FieldKind::Text},
            {QStringLiteral("phone_mobile"), FieldKind::Text},
            {QStringLiteral("phone_office"), FieldKind::Text},
            {QStringLiteral("email"), FieldKind::Text},
            {QStringLiteral("groups"), FieldKind::Computed},
            {QStringLiteral("backup_member_id"), FieldKind::Reference, std::nullopt, QStringLiteral("member"),
                QStringLiteral("name")},
            {QStringLiteral("verified_on"), FieldKind::Date},
            {QStringLiteral("note"), FieldKind::LongText},
            {QStringLiteral("family_name"), FieldKind::Text},
            {QStringLiteral("given_name"), FieldKind::Text},
        },
        parent)
    , m_referenceDate(QDate::currentDate())
{ }

void MemberModel::setReferenceDate(QDate date)
{
    m_referenceDate = date;
    refreshAll();
}

QString MemberModel::fieldLabel(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case DepartmentColumn:
        return tr("Department");
    case JobTitleColumn:
        return tr("Title");
    case MobileColumn:
        return tr("Mobile");
    case OfficeColumn:
        return tr("Office phone");
    case EmailColumn:
        return tr("Email");
    case GroupsColumn:
        return tr("Groups");
    case BackupColumn:
        return tr("Backup");
    case VerifiedColumn:
        return tr("Verified on");
    case NoteColumn:
        return tr("Note");
    case FamilyNameColumn:
        return tr("Family name");
    case GivenNameColumn:
        return tr("Given name");
    default:
        return {};
    }
}

QVariantMap MemberModel::newRecordValues() const
{
    return {{QStringLiteral("name"), tr("New contact")}};
}

QString MemberModel::addCommandText() const
{
    return tr("Add contact");
}

QString MemberModel::removeCommandText(int count) const
{
    return tr("Remove %n contact(s)", nullptr, count);
}

bool MemberModel::needsVerification(const QVariantMap &record) const
{
    const QDate verified = QDate::fromString(record.value(QStringLiteral("verified_on")).toString(), Qt::ISODate);
    return !verified.isValid() || verified.daysTo(m_referenceDate) > VerificationDays;
}

QString MemberModel::groupsOf(qint64 memberId) const
{
    if (!m_groupsLoaded) {
        // All memberships in one query, rather than one per contact shown.
        QSqlQuery query = execQuery(document()->database(),
            QStringLiteral("SELECT gm.member_id, g.name, gm.role FROM group_member gm "
                           "JOIN org_group g ON g.id = gm.group_id ORDER BY g.position, g.id"));
        const QString separator = tr("; ", "between the groups of a contact");
        while (query.next()) {
            QString &groups = m_groups[query.value(0).toLongLong()];
            if (!groups.isEmpty()) {
                groups += separator;
            }
            const QString role = query.value(2).toString();
            groups += role == QLatin1String("member")
                ? query.value(1).toString()
                : tr("%1 (%2)", "a group and the contact's role in it")
                      .arg(query.value(1).toString(), Vocabulary::label(Vocabulary::Kind::MemberRole, role));
        }
        m_groupsLoaded = true;
    }
    return m_groups.value(memberId);
}

QVariant MemberModel::computedValue(const QVariantMap &record, int column) const
{
    if (column == GroupsColumn) {
        return groupsOf(record.value(QStringLiteral("id")).toLongLong());
    }
    return {};
}

QVariant MemberModel::extraData(const QVariantMap &record, int column, int role) const
{
    if (column != VerifiedColumn || !needsVerification(record)) {
        return {};
    }
    switch (role) {
    case Qt::BackgroundRole:
        return QStringLiteral("#ffe0b2");
    case Qt::ForegroundRole:
        return QStringLiteral("#5d2c00");
    case Qt::ToolTipRole:
        return record.value(QStringLiteral("verified_on")).isNull()
            ? tr("These contact details were never verified.")
            : tr("These contact details were last verified more than %n day(s) ago.", nullptr, VerificationDays);
    default:
        return {};
    }
}

QString MemberModel::refusalOf(const QVariantMap &record, int column, const QVariant &value) const
{
    const QString text = value.toString().trimmed();
    switch (column) {
    case NameColumn:
        return text.isEmpty() ? tr("A contact needs a name; the old one is kept.") : QString();
    case MobileColumn:
    case OfficeColumn:
        return text.isEmpty() || ContactDetails::isPhoneNumber(text)
            ? QString()
            : tr("\u201c%1\u201d is not a phone number: use digits, +, spaces, hyphens and parentheses, "
                 "and write an extension as in 010-6552 1234 ext. 12; the old value is kept.")
                  .arg(text);
    case EmailColumn:
        return text.isEmpty() || ContactDetails::isEmailAddress(text)
            ? QString()
            : tr("\u201c%1\u201d is not an e-mail address like name@example.com; the old value is kept.").arg(text);
    case BackupColumn:
        if (!value.isNull() && value.toLongLong() == record.value(QStringLiteral("id")).toLongLong()) {
            return tr("A contact cannot be their own backup; the old value is kept.");
        }
        return {};
    default:
        return RecordTableModel::refusalOf(record, column, value);
    }
}

bool MemberModel::dependsOn(const QString &table) const
{
    return table == QLatin1String("group_member") || table == QLatin1String("org_group")
        || RecordTableModel::dependsOn(table);
}

void MemberModel::clearCaches()
{
    m_groupsLoaded = false;
    m_groups.clear();
}

} // namespace fallback
