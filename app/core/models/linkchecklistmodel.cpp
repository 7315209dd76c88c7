// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/linkchecklistmodel.h"

#include "document/plandocument.h"

#include <QHash>

namespace fallback {

namespace {
const QString IdColumn = QStringLiteral("id");
}

LinkChecklistModel::LinkChecklistModel(PlanDocument *document, Link link, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_link(std::move(link))
{
    connect(m_document, &PlanDocument::recordChanged, this, [this](const QString &table) { onChange(table); });
    connect(m_document, &PlanDocument::recordInserted, this, [this](const QString &table) { onChange(table); });
    connect(m_document, &PlanDocument::recordRemoved, this, [this](const QString &table) { onChange(table); });
    reload();
}

void LinkChecklistModel::setOwner(qint64 ownerId)
{
    m_ownerId = ownerId;
    reload();
}

void LinkChecklistModel::onChange(const QString &table)
{
    if (table == m_link.linkTable || table == m_link.targetTable) {
        reload();
    }
}

void LinkChecklistModel::reload()
{
    // The lists are short (groups, systems); reading them again is simpler
    // and cheaper than tracking each change.
    QHash<qint64, qint64> linkOfTarget;
    if (m_ownerId != 0) {
        for (const QVariantMap &link : m_document->store().records(m_link.linkTable, m_link.ownerColumn, m_ownerId)) {
            linkOfTarget.insert(link.value(m_link.targetColumn).toLongLong(), link.value(IdColumn).toLongLong());
        }
    }
    const QString order = m_document->store().columns(m_link.targetTable).contains(QStringLiteral("position"))
        ? QStringLiteral("position")
        : QString();
    QList<Entry> entries;
    for (const QVariantMap &target : m_document->store().records(m_link.targetTable, {}, {}, order)) {
        const qint64 id = target.value(IdColumn).toLongLong();
        entries.append({id, target.value(m_link.labelColumn).toString(), linkOfTarget.value(id)});
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int LinkChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LinkChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.label;
    case Qt::CheckStateRole:
        return entry.linkId != 0 ? Qt::Checked : Qt::Unchecked;
    case Qt::UserRole:
        return entry.targetId;
    default:
        return {};
    }
}

bool LinkChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || m_ownerId == 0
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const Entry entry = m_entries.at(index.row());
    const bool tick = value.toInt() == Qt::Checked;
    if (tick == (entry.linkId != 0)) {
        return false;
    }
    if (tick) {
        return m_document->addRecord(m_link.linkTable,
                   {{m_link.ownerColumn, m_ownerId}, {m_link.targetColumn, entry.targetId}},
                   tr("Tick %1").arg(entry.label))
            != 0;
    }
    return m_document->removeRecord(m_link.linkTable, entry.linkId, tr("Untick %1").arg(entry.label));
}

Qt::ItemFlags LinkChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractListModel::flags(index);
    if (index.isValid() && m_ownerId != 0 && !m_document->isReadOnly()) {
        result |= Qt::ItemIsUserCheckable;
    }
    return result;
}

QStringList LinkChecklistModel::checkedLabels() const
{
    QStringList labels;
    for (const Entry &entry : m_entries) {
        if (entry.linkId != 0) {
            labels << entry.label;
        }
    }
    return labels;
}

} // namespace fallback
