// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace fallback {

class PlanDocument;

/// The call roster (呼叫树) for the run console: the groups of the emergency
/// organisation in their order, each with its members in escalation order
/// (role, mobile and office phones, and the backup to call when they do not
/// answer), then its sub-groups. Read-only; follows the plan's changes.
class RosterModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, MobileColumn, OfficeColumn, BackupColumn, ColumnCount };
    enum Role {
        /// The org_group id of a group row, the group of a member row.
        GroupIdRole = Qt::UserRole + 1,
        /// The member id of a member row; 0 on a group row.
        MemberIdRole,
    };

    explicit RosterModel(PlanDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the roster again.
    void reload();

private:
    struct Node
    {
        qint64 groupId = 0;
        qint64 memberId = 0; ///< 0 for a group
        int parent = -1; ///< index in m_nodes; -1 at the top
        int row = 0; ///< place among its parent's children
        QList<int> children;
        QString name;
        QString detail; ///< a group's duty, a member's title and department
        QString role;
        QString mobile;
        QString office;
        QString backup;
    };
    void onChange(const QString &table);
    const QList<int> &childrenOf(const QModelIndex &parent) const;

    PlanDocument *m_document;
    QList<Node> m_nodes;
    QList<int> m_roots;
    bool m_inBulkChange = false;
    bool m_changedInBulk = false;
};

} // namespace fallback
