// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// Whom the holder of one role card calls, in order, and when: each with
/// their phones and their backup, as the card prints them.
class RoleCardContactModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { ContactColumn, ReasonColumn, PhoneColumn, BackupColumn, ColumnCount };

    explicit RoleCardContactModel(PlanDocument *document, QObject *parent = nullptr);

    /// Shows the contacts of role card \a id; 0 shows none.
    void setRoleCardId(qint64 id);
    qint64 roleCardId() const { return scopeValue().toLongLong(); }

protected:
    QString fieldLabel(int column) const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariantMap newRecordValues() const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    bool dependsOn(const QString &table) const override;
    QString refusalOf(const QVariantMap &record, int column, const QVariant &value) const override;
};

} // namespace fallback
