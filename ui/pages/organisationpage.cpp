// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/organisationpage.h"

#include "dialogs/dialoghooks.h"
#include "document/plandocument.h"
#include "models/groupmembermodel.h"
#include "models/orggrouptreemodel.h"
#include "widgets/elidedlabel.h"
#include "widgets/recordtableeditor.h"
#include "widgets/recordtextbinding.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

namespace fallback::ui {

OrganisationPage::OrganisationPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_groups(new OrgGroupTreeModel(document, this))
    , m_memberships(new GroupMemberModel(document, GroupMemberModel::Perspective::Group, this))
{
    const bool readOnly = document->isReadOnly();

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("groupTree"));
    m_tree->setModel(m_groups);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setDragEnabled(!readOnly);
    m_tree->setAcceptDrops(!readOnly);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop : QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->expandAll();

    m_addGroup = new QPushButton(this);
    m_addGroup->setObjectName(QStringLiteral("addGroupButton"));
    m_addChild = new QPushButton(this);
    m_addChild->setObjectName(QStringLiteral("addSubGroupButton"));
    m_removeGroup = new QPushButton(this);
    m_removeGroup->setObjectName(QStringLiteral("removeGroupButton"));
    connect(m_addGroup, &QPushButton::clicked, this, [this] { addGroup(false); });
    connect(m_addChild, &QPushButton::clicked, this, [this] { addGroup(true); });
    connect(m_removeGroup, &QPushButton::clicked, this, &OrganisationPage::removeGroup);
    auto *removeAction = new QAction(m_tree);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &OrganisationPage::removeGroup);
    auto *addAction = new QAction(m_tree);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    connect(addAction, &QAction::triggered, this, [this] { addGroup(false); });
    m_tree->addActions({addAction, removeAction});

    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_addGroup);
    treeButtons->addWidget(m_addChild);
    treeButtons->addWidget(m_removeGroup);
    treeButtons->addStretch();
    auto *treeSide = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addLayout(treeButtons);
    treeLayout->addWidget(m_tree);

    m_groupTitle = new ElidedLabel(this);
    QFont titleFont = m_groupTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_groupTitle->setFont(titleFont);
    m_dutyLabel = new QLabel(this);
    m_duty = new QPlainTextEdit(this);
    m_duty->setObjectName(QStringLiteral("dutyEdit"));
    m_duty->setTabChangesFocus(true);
    m_duty->setMaximumHeight(m_duty->fontMetrics().lineSpacing() * 7);
    m_dutyLabel->setBuddy(m_duty);
    m_dutyBinding = new RecordTextBinding(document, QStringLiteral("org_group"), QStringLiteral("duty"), m_duty);

    m_membersLabel = new QLabel(this);
    m_members = new RecordTableEditor(m_memberships, readOnly, this);
    m_members->setFilterVisible(false);
    // Members are added by name below; the table's own Add would pick anyone.
    if (auto *add = m_members->findChild<QPushButton *>(QStringLiteral("addButton"))) {
        add->hide();
    }
    m_candidates = new QComboBox(this);
    m_candidates->setObjectName(QStringLiteral("memberCandidates"));
    m_candidates->setEditable(true);
    m_candidates->setInsertPolicy(QComboBox::NoInsert);
    m_candidates->completer()->setFilterMode(Qt::MatchContains);
    m_candidates->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_candidates->setMinimumContentsLength(24);
    // Sized by that length, not by measuring every name of a large roster.
    m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addMember = new QPushButton(this);
    m_addMember->setObjectName(QStringLiteral("addMemberButton"));
    connect(m_addMember, &QPushButton::clicked, this, &OrganisationPage::addMember);
    connect(m_candidates->lineEdit(), &QLineEdit::returnPressed, this, &OrganisationPage::addMember);
    m_candidates->installEventFilter(this);
    m_candidates->lineEdit()->installEventFilter(this);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_candidates, 1);
    addRow->addWidget(m_addMember);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_groupTitle);
    detailLayout->addWidget(m_dutyLabel);
    detailLayout->addWidget(m_duty);
    detailLayout->addWidget(m_membersLabel);
    detailLayout->addLayout(addRow);
    detailLayout->addWidget(m_members, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(treeSide);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({260, 600});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &OrganisationPage::onCurrentGroupChanged);
    // The tree is read again after each change of a group; keep the place.
    connect(m_groups, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_shownGroup = currentGroup(); });
    connect(m_groups, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        selectGroup(m_shownGroup);
    });
    connect(m_memberships, &QAbstractItemModel::rowsInserted, this, &OrganisationPage::updateCandidates);
    connect(m_memberships, &QAbstractItemModel::rowsRemoved, this, &OrganisationPage::updateCandidates);
    connect(m_memberships, &QAbstractItemModel::modelReset, this, &OrganisationPage::updateCandidates);
    retranslateUi();
    selectGroup(m_groups->groupId(m_groups->index(0, 0)));
    onCurrentGroupChanged();
}

qint64 OrganisationPage::currentGroup() const
{
    return m_groups->groupId(m_tree->currentIndex());
}

void OrganisationPage::selectGroup(qint64 id)
{
    const QModelIndex index = m_groups->indexOf(id);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    } else {
        onCurrentGroupChanged();
    }
}

bool OrganisationPage::selectRecord(const QString &table, qint64 id)
{
    if (table == QLatin1String("org_group")) {
        if (!m_groups->indexOf(id).isValid()) {
            return false;
        }
        selectGroup(id);
        m_tree->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (table == QLatin1String("group_member")) {
        const qint64 group = m_document->store().value(table, id, QStringLiteral("group_id")).toLongLong();
        selectGroup(group);
        return m_members->selectRecord(id);
    }
    return false;
}

void OrganisationPage::onCurrentGroupChanged()
{
    const qint64 id = currentGroup();
    m_dutyBinding->setRecord(id);
    if (m_memberships->owner() != id) {
        m_memberships->setOwner(id); // its reset refreshes the candidates
    }
    m_groupTitle->setFullText(id == 0 ? tr("No group selected") : m_groups->data(m_tree->currentIndex()).toString());
    updateButtons();
}

void OrganisationPage::updateCandidates()
{
    // Built when the user turns to the box, not every time a group is shown.
    m_candidatesStale = true;
    updateButtons();
}

void OrganisationPage::ensureCandidates()
{
    if (!m_candidatesStale) {
        return;
    }
    m_candidatesStale = false;
    // The roster may hold thousands of contacts: the list is built off-screen
    // in one go and handed to the combo box, not added item by item.
    const QString typed = m_candidates->currentText();
    auto *list = new QStandardItemModel(m_candidates);
    const QList<QPair<qint64, QString>> candidates = m_memberships->candidates();
    QList<QStandardItem *> items;
    items.reserve(candidates.size());
    for (const auto &[id, name] : candidates) {
        auto *item = new QStandardItem(name);
        item->setData(id, Qt::UserRole);
        items << item;
    }
    list->invisibleRootItem()->appendRows(items);
    m_candidates->setModel(list); // deletes the previous list, which it owns
    m_candidates->setCurrentIndex(-1);
    m_candidates->setEditText(typed);
}

bool OrganisationPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_candidates || watched == m_candidates->lineEdit())
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress)) {
        ensureCandidates();
    }
    return QWidget::eventFilter(watched, event);
}

void OrganisationPage::updateButtons()
{
    const bool readOnly = m_document->isReadOnly();
    const bool hasGroup = currentGroup() != 0;
    m_addGroup->setEnabled(!readOnly);
    m_addChild->setEnabled(!readOnly && hasGroup);
    m_removeGroup->setEnabled(!readOnly && hasGroup);
    m_candidates->setEnabled(!readOnly && hasGroup);
    m_addMember->setEnabled(!readOnly && hasGroup);
}

void OrganisationPage::addGroup(bool asChild)
{
    const qint64 parentId = asChild ? currentGroup() : m_groups->groupId(m_tree->currentIndex().parent());
    const qint64 id = m_groups->addGroup(parentId);
    if (id != 0) {
        selectGroup(id);
        m_tree->edit(m_groups->indexOf(id));
    }
}

void OrganisationPage::removeGroup()
{
    const qint64 id = currentGroup();
    if (id == 0 || m_document->isReadOnly()) {
        return;
    }
    const int memberships = m_groups->membershipCount(id);
    const int subGroups = int(m_groups->subtree(id).size()) - 1;
    if (memberships > 0 || subGroups > 0) {
        const QString name = m_groups->data(m_groups->indexOf(id)).toString();
        QString question = tr("Remove the group \"%1\"?").arg(name);
        if (subGroups > 0) {
            question += QLatin1Char(' ') + tr("Its %n sub-group(s) will be removed too.", nullptr, subGroups);
        }
        if (memberships > 0) {
            question += QLatin1Char(' ')
                + tr("%n membership(s) will end; the contacts stay in the roster.", nullptr, memberships);
        }
        question += QLatin1Char(' ') + tr("You can undo this with Edit > Undo.");
        if (!DialogHooks::confirm(this, tr("Remove Group"), question)) {
            return;
        }
    }
    m_groups->removeGroup(id);
}

void OrganisationPage::addMember()
{
    ensureCandidates();
    qint64 memberId = 0;
    const QString typed = m_candidates->currentText().trimmed();
    const int exact = m_candidates->findText(typed, Qt::MatchFixedString);
    if (exact >= 0) {
        memberId = m_candidates->itemData(exact).toLongLong();
    }
    if (memberId == 0) {
        m_candidates->lineEdit()->selectAll();
        QToolTip::showText(m_candidates->mapToGlobal(QPoint(0, m_candidates->height())),
            typed.isEmpty() ? tr("Type or pick the name of a contact from the roster.")
                            : tr("No contact named \"%1\" can be added to this group.").arg(typed),
            m_candidates);
        return;
    }
    if (m_memberships->addMembership(memberId)) {
        m_candidates->setEditText(QString());
        m_members->selectRecord(m_memberships->idAt(m_memberships->rowCount() - 1));
    }
}

void OrganisationPage::commitPending()
{
    m_dutyBinding->commit();
}

void OrganisationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void OrganisationPage::retranslateUi()
{
    m_addGroup->setText(tr("Add &Group"));
    m_addGroup->setToolTip(tr("Add a group beside the selected one (Insert)"));
    m_addChild->setText(tr("Add &Sub-group"));
    m_removeGroup->setText(tr("Remove"));
    m_removeGroup->setToolTip(tr("Remove the selected group (Delete)"));
    m_dutyLabel->setText(tr("&Duties of this group:"));
    m_membersLabel->setText(tr("Members in escalation order (drag, or Alt+Up / Alt+Down, to reorder):"));
    m_members->setAccessibleTitle(tr("Members in escalation order"));
    m_candidates->lineEdit()->setPlaceholderText(tr("Type a contact's name"));
    m_candidates->setAccessibleName(tr("Contact to add to the group"));
    m_tree->setAccessibleName(tr("Groups"));
    m_addMember->setText(tr("Add to Group"));
    if (currentGroup() == 0) {
        m_groupTitle->setFullText(tr("No group selected"));
    }
}

} // namespace fallback::ui
