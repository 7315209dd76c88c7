// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace fallback {
class GroupMemberModel;
class OrgGroupTreeModel;
class PlanDocument;
} // namespace fallback

namespace fallback::ui {

class ElidedLabel;
class RecordTableEditor;
class RecordTextBinding;

/// The emergency organisation (应急组织机构): the tree of groups, and for the
/// selected group its duty and its members in escalation order.
class OrganisationPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OrganisationPage(PlanDocument *document, QWidget *parent = nullptr);

    /// Shows a group (org_group) or a membership (group_member).
    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);
    void commitPending();
    QTreeView *groupTree() const { return m_tree; }
    RecordTableEditor *membersEditor() const { return m_members; }
    QPlainTextEdit *dutyEdit() const { return m_duty; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 currentGroup() const;
    void selectGroup(qint64 id);
    void onCurrentGroupChanged();
    void addGroup(bool asChild);
    void removeGroup();
    void addMember();
    void updateCandidates();
    void ensureCandidates();
    void updateButtons();
    void retranslateUi();

    PlanDocument *m_document;
    OrgGroupTreeModel *m_groups;
    GroupMemberModel *m_memberships;
    QTreeView *m_tree = nullptr;
    QPushButton *m_addGroup = nullptr;
    QPushButton *m_addChild = nullptr;
    QPushButton *m_removeGroup = nullptr;
    ElidedLabel *m_groupTitle = nullptr;
    QLabel *m_dutyLabel = nullptr;
    QPlainTextEdit *m_duty = nullptr;
    RecordTextBinding *m_dutyBinding = nullptr;
    QLabel *m_membersLabel = nullptr;
    RecordTableEditor *m_members = nullptr;
    QComboBox *m_candidates = nullptr;
    QPushButton *m_addMember = nullptr;
    qint64 m_shownGroup = 0;
    bool m_candidatesStale = true;
};

} // namespace fallback::ui
