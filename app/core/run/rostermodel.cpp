// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/rostermodel.h"

#include "document/plandocument.h"
#include "document/vocabulary.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace fallback {

namespace {
const QString IdField = QStringLiteral("id");
const QString NameField = QStringLiteral("name");
const QString MobileField = QStringLiteral("phone_mobile");

bool isRosterTable(const QString &table)
{
    return table == QLatin1String("org_group") || table == QLatin1String("group_member")
        || table == QLatin1String("member");
}
} // namespace

RosterModel::RosterModel(PlanDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::recordChanged, this, [this](const QString &table) { onChange(table); });
    connect(document, &PlanDocument::recordInserted, this, [this](const QString &table) { onChange(table); });
    connect(document, &PlanDocument::recordRemoved, this, [this](const QString &table) { onChange(table); });
    // A contact import arrives as thousands of records: read once at the end.
    connect(document, &PlanDocument::bulkChangeStarted, this, [this] {
        m_inBulkChange = true;
        m_changedInBulk = false;
    });
    connect(document, &PlanDocument::bulkChangeFinished, this, [this] {
        m_inBulkChange = false;
        if (m_changedInBulk) {
            reload();
        }
    });
    reload();
}

void RosterModel::onChange(const QString &table)
{
    if (!isRosterTable(table)) {
        return;
    }
    if (m_inBulkChange) {
        m_changedInBulk = true;
        return;
    }
    reload();
}

void RosterModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    const RecordStore &store = m_document->store();
    QHash<qint64, QVariantMap> members;
    for (QVariantMap &member : store.records(QStringLiteral("member"))) {
        members.insert(member.value(IdField).toLongLong(), std::move(member));
    }
    QHash<qint64, QList<QVariantMap>> membershipsOf;
    for (const QVariantMap &membership :
        store.records(QStringLiteral("group_member"), {}, {}, QStringLiteral("escalation_order"))) {
        membershipsOf[membership.value(QStringLiteral("group_id")).toLongLong()].append(membership);
    }
    QHash<qint64, QList<QVariantMap>> groupsUnder; // by parent id, 0 at the top
    QSet<qint64> groupIds;
    const QList<QVariantMap> groups = store.records(QStringLiteral("org_group"), {}, {}, QStringLiteral("position"));
    for (const QVariantMap &group : groups) {
        groupIds.insert(group.value(IdField).toLongLong());
    }
    for (const QVariantMap &group : groups) {
        const qint64 parentId = group.value(QStringLiteral("parent_id")).toLongLong();
        groupsUnder[groupIds.contains(parentId) ? parentId : 0].append(group);
    }

    const auto attach = [this](int node, int parent) {
        QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
        m_nodes[node].parent = parent;
        m_nodes[node].row = int(siblings.size());
        siblings.append(node);
    };
    QSet<qint64> placed; // a guard against a cycle of parents
    std::function<void(qint64, int)> addGroups = [&](qint64 parentId, int parentNode) {
        for (const QVariantMap &group : groupsUnder.value(parentId)) {
            const qint64 groupId = group.value(IdField).toLongLong();
            if (placed.contains(groupId)) {
                continue;
            }
            placed.insert(groupId);
            Node node;
            node.groupId = groupId;
            node.name = group.value(NameField).toString();
            node.detail = group.value(QStringLiteral("duty")).toString();
            const int groupNode = int(m_nodes.size());
            m_nodes.append(node);
            attach(groupNode, parentNode);
            for (const QVariantMap &membership : membershipsOf.value(groupId)) {
                const QVariantMap member = members.value(membership.value(QStringLiteral("member_id")).toLongLong());
                if (member.isEmpty()) {
                    continue;
                }
                Node person;
                person.groupId = groupId;
                person.memberId = member.value(IdField).toLongLong();
                person.name = member.value(NameField).toString();
                const QString title = member.value(QStringLiteral("job_title")).toString().trimmed();
                const QString department = member.value(QStringLiteral("department")).toString().trimmed();
                person.detail = title.isEmpty() || department.isEmpty() ? title + department
                                                                        : tr("%1, %2").arg(title, department);
                person.role = Vocabulary::label(
                    Vocabulary::Kind::MemberRole, membership.value(QStringLiteral("role")).toString());
                person.mobile = member.value(MobileField).toString();
                person.office = member.value(QStringLiteral("phone_office")).toString();
                const QVariant backupId = member.value(QStringLiteral("backup_member_id"));
                if (!backupId.isNull()) {
                    const QVariantMap backup = members.value(backupId.toLongLong());
                    const QString phone = backup.value(MobileField).toString();
                    person.backup = phone.isEmpty() ? backup.value(NameField).toString()
                                                    : tr("%1 (%2)").arg(backup.value(NameField).toString(), phone);
                }
                const int memberNode = int(m_nodes.size());
                m_nodes.append(person);
                attach(memberNode, groupNode);
            }
            addGroups(groupId, groupNode);
        }
    };
    addGroups(0, -1);
    endResetModel();
}

const QList<int> &RosterModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return m_roots;
    }
    return m_nodes.at(int(parent.internalId())).children;
}

QModelIndex RosterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const QList<int> &children = childrenOf(parent);
    if (row >= children.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex RosterModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0) {
        return {};
    }
    return createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(childrenOf(parent).size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node.name;
        case RoleColumn:
            return node.role;
        case MobileColumn:
            return node.mobile;
        case OfficeColumn:
            return node.office;
        case BackupColumn:
            return node.backup;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == NameColumn && !node.detail.isEmpty() ? QVariant(node.detail) : QVariant();
    case GroupIdRole:
        return node.groupId;
    case MemberIdRole:
        return node.memberId;
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Group / contact");
    case RoleColumn:
        return tr("Role");
    case MobileColumn:
        return tr("Mobile");
    case OfficeColumn:
        return tr("Office");
    case BackupColumn:
        return tr("Backup");
    default:
        return {};
    }
}

} // namespace fallback
