// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/groupmembermodel.h"

#include "document/plandocument.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace fallback {

namespace {
const QString GroupColumn = QStringLiteral("group_id");
const QString MemberColumn = QStringLiteral("member_id");
const QString OrderColumn = QStringLiteral("escalation_order");

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
    for (const auto &[id, name] : document()->store().labels(
             table, QStringLiteral("name"), ofGroup ? QStringLiteral("name") : QStringLiteral("position"))) {
        if (!present.contains(id)) {
            result.append({id, name});
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
    values.insert(OrderColumn, nextEscalationOrder(m_perspective == Perspective::Group ? owner() : otherId));
    return document()->addRecord(table(), values, addCommandText()) != 0;
}

qint64 GroupMemberModel::nextEscalationOrder(qint64 groupId) const
{
    // After the group's last member: a member who left leaves a gap, so the
    // number of members is not the next free place.
    qint64 last = 0;
    for (const QVariantMap &membership : document()->store().records(table(), GroupColumn, groupId)) {
        last = std::max(last, membership.value(OrderColumn).toLongLong());
    }
    return last + 1;
}

bool GroupMemberModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != OtherColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return RecordTableModel::setData(index, value, role);
    }
    // A membership needs both ends, and nobody sits in a group twice.
    const qint64 otherId = value.isNull() ? 0 : value.toLongLong();
    if (otherId == 0) {
        return false;
    }
    for (int row = 0; row < rowCount(); ++row) {
        if (row != index.row() && recordAt(row).value(otherColumn()).toLongLong() == otherId) {
            return false;
        }
    }
    if (m_perspective == Perspective::Group || recordAt(index.row()).value(GroupColumn).toLongLong() == otherId) {
        return RecordTableModel::setData(index, value, role);
    }
    // Seen from a contact, another group means joining it last in its
    // escalation order, as one edit.
    if (document()->store().record(QStringLiteral("org_group"), otherId).isEmpty()) {
        return false;
    }
    const RecordKey key {table(), idAt(index.row())};
    return document()->setRecordValues({{key, GroupColumn, otherId}, {key, OrderColumn, nextEscalationOrder(otherId)}},
        QCoreApplication::translate("fallback::SetRecordValueCommand", "Edit field"));
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
        values.insert(
            OrderColumn, nextEscalationOrder(m_perspective == Perspective::Group ? owner() : others.first().first));
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
    if (m_members.isEmpty()) {
        // The phones of everyone shown, in one query rather than one per row.
        QSqlQuery query = execQuery(document()->database(),
            QStringLiteral("SELECT m.id, m.phone_mobile, m.phone_office FROM member m "
                           "JOIN group_member gm ON gm.member_id = m.id WHERE gm.%1 = ?")
                .arg(ownerColumn()),
            {owner()});
        while (query.next()) {
            m_members.insert(query.value(0).toLongLong(),
                {{QStringLiteral("phone_mobile"), query.value(1)}, {QStringLiteral("phone_office"), query.value(2)}});
        }
    }
    const qint64 id = membership.value(MemberColumn).toLongLong();
    auto cached = m_members.constFind(id);
    if (cached == m_members.constEnd()) {
        // Added to the group (or put in another's place) since the phones were read.
        const QVariantMap member = document()->store().record(QStringLiteral("member"), id);
        cached = m_members.insert(id,
            {{QStringLiteral("phone_mobile"), member.value(QStringLiteral("phone_mobile"))},
                {QStringLiteral("phone_office"), member.value(QStringLiteral("phone_office"))}});
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
