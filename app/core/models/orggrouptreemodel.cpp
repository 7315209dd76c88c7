// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/orggrouptreemodel.h"

#include "document/plandocument.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace fallback {

namespace {
const QString GroupTable = QStringLiteral("org_group");
const QString GroupIdsMimeType = QStringLiteral("application/x-fallback-group-id");
} // namespace

OrgGroupTreeModel::OrgGroupTreeModel(PlanDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(
        m_document, &PlanDocument::recordChanged, this, [this](const QString &table, qint64 id, const QString &column) {
            // The tree shows names and places; a duty changes nothing in it.
            if (table == GroupTable && column == QLatin1String("name") && m_nodes.contains(id)) {
                m_nodes[id].name = m_document->store().value(GroupTable, id, column).toString();
                const QModelIndex index = indexOf(id);
                Q_EMIT dataChanged(index, index);
            } else if (column != QLatin1String("duty")) {
                onChange(table);
            }
        });
    connect(m_document, &PlanDocument::recordInserted, this, [this](const QString &table) { onChange(table); });
    connect(m_document, &PlanDocument::recordRemoved, this, [this](const QString &table) { onChange(table); });
    reload();
}

void OrgGroupTreeModel::onChange(const QString &table)
{
    if (table == GroupTable) {
        reload();
    }
}

void OrgGroupTreeModel::reload()
{
    // An organisation has tens of groups; reading them again after a change
    // keeps the tree exactly as stored, moves and cascades included.
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    const QList<QVariantMap> records = m_document->store().records(GroupTable, {}, {}, QStringLiteral("position"));
    for (const QVariantMap &record : records) {
        Node node;
        node.id = record.value(QStringLiteral("id")).toLongLong();
        node.parentId = record.value(QStringLiteral("parent_id")).toLongLong();
        node.name = record.value(QStringLiteral("name")).toString();
        m_nodes.insert(node.id, node);
    }
    for (const QVariantMap &record : records) {
        const qint64 id = record.value(QStringLiteral("id")).toLongLong();
        const qint64 parentId = m_nodes.value(id).parentId;
        if (parentId != 0 && m_nodes.contains(parentId)) {
            m_nodes[parentId].children.append(id);
        } else {
            m_roots.append(id);
        }
    }
    endResetModel();
}

const QList<qint64> &OrgGroupTreeModel::childrenOf(qint64 parentId) const
{
    if (parentId == 0) {
        return m_roots;
    }
    static const QList<qint64> none;
    auto node = m_nodes.constFind(parentId);
    return node == m_nodes.constEnd() ? none : node->children;
}

qint64 OrgGroupTreeModel::groupId(const QModelIndex &index) const
{
    return index.isValid() ? qint64(index.internalId()) : 0;
}

QModelIndex OrgGroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const QList<qint64> &children = childrenOf(groupId(parent));
    if (column != 0 || row < 0 || row >= children.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex OrgGroupTreeModel::parent(const QModelIndex &child) const
{
    const qint64 parentId = m_nodes.value(groupId(child)).parentId;
    if (parentId == 0 || !m_nodes.contains(parentId)) {
        return {};
    }
    return indexOf(parentId);
}

QModelIndex OrgGroupTreeModel::indexOf(qint64 id) const
{
    if (!m_nodes.contains(id)) {
        return {};
    }
    const qint64 parentId = m_nodes.value(id).parentId;
    const int row = int(childrenOf(m_nodes.contains(parentId) ? parentId : 0).indexOf(id));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(id));
}

int OrgGroupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(childrenOf(groupId(parent)).size());
}

int OrgGroupTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant OrgGroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_nodes.value(groupId(index)).name;
    case GroupIdRole:
        return groupId(index);
    default:
        return {};
    }
}

bool OrgGroupTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const QString name = value.toString().trimmed();
    if (name.isEmpty()) {
        return false; // a group needs a name
    }
    return m_document->setRecordValue(GroupTable, groupId(index), QStringLiteral("name"), name);
}

Qt::ItemFlags OrgGroupTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractItemModel::flags(index);
    if (m_document->isReadOnly()) {
        return result;
    }
    result |= Qt::ItemIsDropEnabled;
    if (index.isValid()) {
        result |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    }
    return result;
}

QVariant OrgGroupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return tr("Group");
    }
    return {};
}

Qt::DropActions OrgGroupTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList OrgGroupTreeModel::mimeTypes() const
{
    return {GroupIdsMimeType};
}

QMimeData *OrgGroupTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty()) {
        return nullptr;
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << groupId(indexes.first());
    auto *mime = new QMimeData;
    mime->setData(GroupIdsMimeType, encoded);
    return mime;
}

bool OrgGroupTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    Q_UNUSED(column)
    if (action != Qt::MoveAction || !data || !data->hasFormat(GroupIdsMimeType)) {
        return false;
    }
    QDataStream stream(data->data(GroupIdsMimeType));
    qint64 id = 0;
    stream >> id;
    if (stream.status() == QDataStream::Ok) {
        moveGroup(id, groupId(parent), row);
    }
    return false; // the move is an edit of its own; the view removes nothing
}

QList<qint64> OrgGroupTreeModel::subtree(qint64 groupId) const
{
    QList<qint64> ids;
    if (!m_nodes.contains(groupId)) {
        return ids;
    }
    ids << groupId;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        ids << m_nodes.value(ids.at(i)).children;
    }
    return ids;
}

qint64 OrgGroupTreeModel::addGroup(qint64 parentId)
{
    // After the last sibling: groups that moved away leave gaps in the
    // positions, so the number of siblings is not the next free place.
    const QList<qint64> &siblings = childrenOf(parentId);
    const qint64 position = siblings.isEmpty()
        ? 1
        : m_document->store().value(GroupTable, siblings.last(), QStringLiteral("position")).toLongLong() + 1;
    QVariantMap values {{QStringLiteral("name"), tr("New group")}, {QStringLiteral("position"), position}};
    if (parentId != 0) {
        values.insert(QStringLiteral("parent_id"), parentId);
    }
    return m_document->addRecord(GroupTable, values, tr("Add group"));
}

bool OrgGroupTreeModel::moveGroup(qint64 id, qint64 parentId, int row)
{
    if (!m_nodes.contains(id) || (parentId != 0 && !m_nodes.contains(parentId)) || subtree(id).contains(parentId)
        || m_document->isReadOnly()) {
        return false;
    }
    QList<qint64> siblings = childrenOf(parentId);
    const qsizetype from = siblings.indexOf(id);
    int target = row < 0 || row > siblings.size() ? int(siblings.size()) : row;
    if (from >= 0) {
        siblings.removeAt(from);
        if (from < target) {
            --target;
        }
    }
    siblings.insert(target, id);
    QList<RecordChange> changes;
    const QVariant parentValue = parentId == 0 ? QVariant() : QVariant(parentId);
    if (m_nodes.value(id).parentId != parentId) {
        changes.append({{GroupTable, id}, QStringLiteral("parent_id"), parentValue});
    }
    for (int i = 0; i < siblings.size(); ++i) {
        changes.append({{GroupTable, siblings.at(i)}, QStringLiteral("position"), i + 1});
    }
    return m_document->setRecordValues(changes, tr("Move group"));
}

bool OrgGroupTreeModel::removeGroup(qint64 id)
{
    if (!m_nodes.contains(id)) {
        return false;
    }
    return m_document->removeRecord(GroupTable, id, tr("Remove group %1").arg(m_nodes.value(id).name));
}

int OrgGroupTreeModel::membershipCount(qint64 id) const
{
    int count = 0;
    for (qint64 group : subtree(id)) {
        count += int(
            m_document->store().records(QStringLiteral("group_member"), QStringLiteral("group_id"), group).size());
    }
    return count;
}

} // namespace fallback
