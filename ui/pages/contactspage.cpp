// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/contactspage.h"

#include "document/plandocument.h"
#include "models/groupmembermodel.h"
#include "models/membermodel.h"
#include "widgets/elidedlabel.h"
#include "widgets/recordtableeditor.h"

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fallback::ui {

ContactsPage::ContactsPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_members(new MemberModel(document, this))
    , m_groupsOfMember(new GroupMemberModel(document, GroupMemberModel::Perspective::Member, this))
{
    const bool readOnly = document->isReadOnly();
    m_contacts = new RecordTableEditor(m_members, readOnly, this);
    m_contacts->setObjectName(QStringLiteral("contactsEditor"));
    m_memberships = new RecordTableEditor(m_groupsOfMember, readOnly, this);
    m_memberships->setObjectName(QStringLiteral("membershipsEditor"));
    m_memberships->setFilterVisible(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("contactsSummary"));
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("markVerifiedButton"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importContactsButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportContactsButton"));
    m_import->setEnabled(!readOnly);
    connect(m_verify, &QPushButton::clicked, this, &ContactsPage::markVerified);
    connect(m_import, &QPushButton::clicked, this, &ContactsPage::importRequested);
    connect(m_export, &QPushButton::clicked, this, &ContactsPage::exportRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_verify);
    top->addWidget(m_import);
    top->addWidget(m_export);

    m_membershipsLabel = new ElidedLabel(this);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_membershipsLabel);
    lowerLayout->addWidget(m_memberships);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_contacts);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_contacts, &RecordTableEditor::currentRecordChanged, this, &ContactsPage::onCurrentContactChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_members, signal, this, &ContactsPage::updateSummary);
    }
    connect(m_members, &QAbstractItemModel::dataChanged, this, &ContactsPage::updateSummary);
    connect(m_members, &QAbstractItemModel::modelReset, this, &ContactsPage::updateSummary);
    retranslateUi();
    onCurrentContactChanged(0);
}

bool ContactsPage::selectRecord(const QString &table, qint64 id)
{
    if (table == QLatin1String("member")) {
        return m_contacts->selectRecord(id);
    }
    return false;
}

void ContactsPage::onCurrentContactChanged(qint64 id)
{
    m_groupsOfMember->setOwner(id);
    const int row = m_members->rowOf(id);
    const QString name = row < 0 ? QString() : m_members->recordAt(row).value(QStringLiteral("name")).toString();
    m_membershipsLabel->setFullText(
        row < 0 ? tr("Select a contact to see the groups they sit in.") : tr("Groups of %1:").arg(name));
    m_memberships->setEnabled(row >= 0);
}

void ContactsPage::markVerified()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QList<RecordChange> changes;
    for (qint64 id : m_contacts->selectedIds()) {
        changes.append({{QStringLiteral("member"), id}, QStringLiteral("verified_on"), today});
    }
    if (!changes.isEmpty()) {
        m_document->setRecordValues(changes, tr("Mark %n contact(s) verified", nullptr, int(changes.size())));
    }
}

void ContactsPage::updateSummary()
{
    int unverified = 0;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        if (m_members->needsVerification(m_members->recordAt(row))) {
            ++unverified;
        }
    }
    QString text = tr("%n contact(s)", nullptr, m_members->rowCount());
    if (unverified > 0) {
        text += QStringLiteral(" · ")
            + tr("%n not verified in the last %1 days (highlighted)", nullptr, unverified)
                  .arg(MemberModel::VerificationDays);
    }
    m_summary->setText(text);
}

void ContactsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ContactsPage::retranslateUi()
{
    m_contacts->setAccessibleTitle(tr("Contacts"));
    m_memberships->setAccessibleTitle(tr("Groups of the selected contact"));
    m_verify->setText(tr("Mark &Verified Today"));
    m_verify->setToolTip(tr("Record that the selected contacts' details were checked today"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Import contacts from a CSV or vCard file"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Export the roster as CSV or vCard"));
    updateSummary();
    onCurrentContactChanged(m_groupsOfMember->owner());
}

} // namespace fallback::ui
