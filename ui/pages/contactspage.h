// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace fallback {
class GroupMemberModel;
class MemberModel;
class PlanDocument;
} // namespace fallback

namespace fallback::ui {

class ElidedLabel;
class RecordTableEditor;

/// The contact roster (通讯录): everyone of the organisation, searchable as
/// you type, with the groups the selected contact sits in.
class ContactsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ContactsPage(PlanDocument *document, QWidget *parent = nullptr);

    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);
    RecordTableEditor *contactsEditor() const { return m_contacts; }
    RecordTableEditor *membershipsEditor() const { return m_memberships; }
    MemberModel *memberModel() const { return m_members; }

Q_SIGNALS:
    void importRequested();
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentContactChanged(qint64 id);
    void markVerified();
    void updateSummary();
    void retranslateUi();

    PlanDocument *m_document;
    MemberModel *m_members;
    GroupMemberModel *m_groupsOfMember;
    RecordTableEditor *m_contacts = nullptr;
    RecordTableEditor *m_memberships = nullptr;
    QLabel *m_summary = nullptr;
    ElidedLabel *m_membershipsLabel = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace fallback::ui
