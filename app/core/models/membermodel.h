// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

#include <QDate>

namespace fallback {

/// The contact roster (通讯录): every person of the emergency organisation,
/// with the groups they sit in and whether their details were verified lately.
class MemberModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DepartmentColumn,
        JobTitleColumn,
        MobileColumn,
        OfficeColumn,
        EmailColumn,
        GroupsColumn,
        BackupColumn,
        VerifiedColumn,
        NoteColumn,
        FamilyNameColumn, ///< 姓: only as entered or imported; vCard N is written from it
        GivenNameColumn, ///< 名
        ColumnCount
    };
    /// Contacts not verified for this many days are highlighted.
    static constexpr int VerificationDays = 180;

    explicit MemberModel(PlanDocument *document, QObject *parent = nullptr);

    /// The day against which verification dates are judged (today by default).
    void setReferenceDate(QDate date);
    /// True when the contact's details were never verified or not lately.
    bool needsVerification(const QVariantMap &record) const;

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
    QString refusalOf(const QVariantMap &record, int column, const QVariant &value) const override;
    bool isRequired(int column) const override { return column == NameColumn; }
    bool dependsOn(const QString &table) const override;
    void clearCaches() override;

private:
    QString groupsOf(qint64 memberId) const;

    QDate m_referenceDate;
    mutable bool m_groupsLoaded = false;
    mutable QHash<qint64, QString> m_groups;
};

} // namespace fallback
