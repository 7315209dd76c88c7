// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupmembermodel.h"

#include "plandocument.h"

#include <QSet>

namespace fallback {

namespace {
const QString GroupColumn = QStringLiteral("group_id");
const QString MemberColumn = QStringLiteral("member_id");

RecordTableModel::Field otherField(GroupMemberModel::Perspective perspective)
{
    if (perspective == GroupMemberModel::Perspective::Group) {
        return {MemberColumn, RecordTableModel::FieldKind::Reference, std::nullopt, QStringLiteral("member"),
            QStringLiteral("name")};
    }
    return {GroupColumn, RecordTableModel::FieldKind::Reference, std::nullopt, QStringLiteral("org_group"),
        QStringLiteral("name")};
}
} // namespace

GroupMemberModel::GroupMemberModel(PlanDocument *document, Perspective perspective, QObject *parent)
    : RecordTableModel(document, QStringLiteral("group_member"),
        {
            otherField(perspective),
            {QStringLiteral("role"), FieldKind::Choice, Vocabulary::Kind::MemberRole},
            {QStringLiteral("phone_mobile"), FieldKind::Computed},
            {QStringLiteral("phone_office"), FieldKind::Computed},
        },
        parent)
    , m_perspective(perspective)
{
    // The escalation order is the group's; seen from a contact it cannot be changed.
    setUserOrderable(perspective == Perspective::Group);
    setScope(ownerColumn(), 0);
}

QString GroupMemberModel::otherColumn() const
{
    return m_perspective == Perspective::Group ? MemberColumn : GroupColumn;
}

QString GroupMemberModel::ownerColumn() const
{
    return m_perspective == Perspective::Group ? GroupColumn : MemberColumn;
}

void GroupMemberModel::setOwner(qint64 id)
{
    setScope(ownerColumn(), id);
}

QList<QPair<qint64, QString>> GroupMemberModel::candidates() const
{
    QSet<qint64> present;
    for (int row = 0; row < rowCount(); ++row) {
        present.insert(recordAt(row).value(otherColumn()).toLongLong());
    }
    const bool ofGroup = m_perspective == Perspective::Group;
    const QString table = ofGroup ? QStringLiteral("member") : QStringLiteral("org_group");
    QList<QPair<qint64, QString>> result;
    for (const QVariantMap &record :
        document()->store().records(table, {}, {}, ofGroup ? QStringLiteral("name") : QStringLiteral("position"))) {
        const qint64 id = record.value(QStringLiteral("id")).toLongLong();
        if (!present.contains(id)) {
            result.append({id, record.value(QStringLiteral("name")).toString()});
        }
    }
    return result;
}

bool GroupMemberModel::addMembership(qint64 otherId)
{
    if (owner() == 0 || otherId == 0) {
        return false;
    }
    for (int row = 0; row < rowCount(); ++row) {
        if (recordAt(row).value(otherColumn()).toLongLong() == otherId) {
            return false;
        }
    }
    QVariantMap values = newRecordValues();
    values.insert(ownerColumn(), owner());
    values.insert(otherColumn(), otherId);
    if (m_perspective == Perspective::Group) {
        values.insert(QStringLiteral("escalation_order"), rowCount() + 1);
    }
    return document()->addRecord(table(), values, addCommandText()) != 0;
}

QString GroupMemberModel::fieldLabel(int column) const
{
    switch (column) {
    case OtherColumn:
        return m_perspective == Perspective::Group ? tr("Member") : tr("Group");
    case RoleColumn:
        return tr("Role");
    case MobileColumn:
        return tr("Mobile");
    case OfficeColumn:
        return tr("Office phone");
    default:
        return {};
    }
}

QVariantMap GroupMemberModel::newRecordValues() const
{
    // A row needs both ends of the link; the first candidate stands in until
    // the user picks another one.
    const QList<QPair<qint64, QString>> others = candidates();
    QVariantMap values {{QStringLiteral("role"), QStringLiteral("member")}};
    if (!others.isEmpty()) {
        values.insert(otherColumn(), others.first().first);
    }
    return values;
}

QString GroupMemberModel::addCommandText() const
{
    return m_perspective == Perspective::Group ? tr("Add member to group") : tr("Add contact to group");
}

QString GroupMemberModel::removeCommandText(int count) const
{
    return tr("Remove %n membership(s)", nullptr, count);
}

QVariantMap GroupMemberModel::memberOf(const QVariantMap &membership) const
{
    const qint64 id = membership.value(MemberColumn).toLongLong();
    auto cached = m_members.constFind(id);
    if (cached == m_members.constEnd()) {
        cached = m_members.insert(id, document()->store().record(QStringLiteral("member"), id));
    }
    return *cached;
}

QVariant GroupMemberModel::computedValue(const QVariantMap &record, int column) const
{
    switch (column) {
    case MobileColumn:
        return memberOf(record).value(QStringLiteral("phone_mobile"));
    case OfficeColumn:
        return memberOf(record).value(QStringLiteral("phone_office"));
    default:
        return {};
    }
}

bool GroupMemberModel::dependsOn(const QString &table) const
{
    return table == QLatin1String("member") || RecordTableModel::dependsOn(table);
}

void GroupMemberModel::clearCaches()
{
    m_members.clear();
}

} // namespace fallback
