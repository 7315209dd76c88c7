// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// Memberships (group_member): seen from a group, its members in escalation
/// order with their roles and phones; seen from a contact, the groups they
/// sit in.
class GroupMemberModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum class Perspective { Group, Member };
    /// Columns seen from a group; seen from a member the first one is the group.
    enum Column { OtherColumn, RoleColumn, MobileColumn, OfficeColumn, ColumnCount };

    GroupMemberModel(PlanDocument *document, Perspective perspective, QObject *parent = nullptr);

    /// Refuses an empty or duplicate contact (group); seen from a contact,
    /// another group puts the contact last in that group's escalation order.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Shows the memberships of one group or one contact (0: none).
    void setOwner(qint64 id);
    qint64 owner() const { return scopeValue().toLongLong(); }
    /// Adds \a otherId (a contact for a group, a group for a contact) as one
    /// undoable edit; false when it is already there.
    bool addMembership(qint64 otherId);
    /// The contacts or groups that could still be added: [id, label] pairs.
    QList<QPair<qint64, QString>> candidates() const;

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    bool dependsOn(const QString &table) const override;
    void clearCaches() override;

private:
    QString otherColumn() const;
    QString ownerColumn() const;
    QVariantMap memberOf(const QVariantMap &membership) const;
    /// The escalation order that puts a new member last in \a groupId.
    qint64 nextEscalationOrder(qint64 groupId) const;

    Perspective m_perspective;
    mutable QHash<qint64, QVariantMap> m_members;
};

} // namespace fallback
