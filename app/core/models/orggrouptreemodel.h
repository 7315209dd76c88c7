// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace fallback {

class PlanDocument;

/// The emergency organisation (应急组织机构) as a tree of groups: the
/// leading group, the office, the working groups and their sub-groups. Names
/// are edited in place; groups move by drag and drop or moveGroup(); every
/// change is one undoable edit.
class OrgGroupTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { GroupIdRole = Qt::UserRole + 1 };

    explicit OrgGroupTreeModel(PlanDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    QModelIndex indexOf(qint64 groupId) const;
    qint64 groupId(const QModelIndex &index) const;

    /// Adds a group under \a parentId (0: top level); returns its id, 0 when refused.
    qint64 addGroup(qint64 parentId);
    /// Moves a group under \a parentId before the child at \a row (-1: last).
    /// Refused (false) when the new parent is the group itself or inside it.
    bool moveGroup(qint64 groupId, qint64 parentId, int row);
    /// Removes a group with its sub-groups and their memberships.
    bool removeGroup(qint64 groupId);
    /// Memberships in the group and its sub-groups (what a delete takes along).
    int membershipCount(qint64 groupId) const;
    /// Ids of the group and everything below it.
    QList<qint64> subtree(qint64 groupId) const;

private:
    struct Node
    {
        qint64 id = 0;
        qint64 parentId = 0;
        QString name;
        QList<qint64> children;
    };
    void reload();
    void onChange(const QString &table);
    const QList<qint64> &childrenOf(qint64 parentId) const;

    PlanDocument *m_document;
    QHash<qint64, Node> m_nodes;
    QList<qint64> m_roots;
};

} // namespace fallback
