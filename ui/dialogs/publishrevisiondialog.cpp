// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/publishrevisiondialog.h"

#include "document/plandocument.h"
#include "document/vocabulary.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {
enum ActionColumn { TextColumn, SourceColumn, OwnerColumn, DueColumn, StatusColumn, ActionColumnCount };
constexpr int TableRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

PublishRevisionDialog::PublishRevisionDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_publisher(document)
{
    setObjectName(QStringLiteral("publishRevisionDialog"));
    const RevisionDraft suggested = m_publisher.suggestedDraft();

    m_version = new QLineEdit(suggested.version, this);
    m_version->setObjectName(QStringLiteral("versionEdit"));
    m_date = new QDateEdit(suggested.publishedOn, this);
    m_date->setObjectName(QStringLiteral("publishedOnEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_author = new QLineEdit(suggested.author, this);
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 5 + 12);
    m_approver = new QLineEdit(suggested.approver, this);
    m_approver->setObjectName(QStringLiteral("approverEdit"));

    m_versionLabel = new QLabel(this);
    m_versionLabel->setBuddy(m_version);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date);
    m_authorLabel = new QLabel(this);
    m_authorLabel->setBuddy(m_author);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setBuddy(m_summary);
    m_approverLabel = new QLabel(this);
    m_approverLabel->setBuddy(m_approver);
    auto *form = new QFormLayout;
    form->addRow(m_versionLabel, m_version);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_authorLabel, m_author);
    form->addRow(m_summaryLabel, m_summary);
    form->addRow(m_approverLabel, m_approver);

    m_actionsLabel = new QLabel(this);
    m_actionsLabel->setWordWrap(true);
    m_actions = new QTreeWidget(this);
    m_actions->setObjectName(QStringLiteral("openActionsList"));
    m_actions->setColumnCount(ActionColumnCount);
    m_actions->setRootIsDecorated(false);
    m_actions->setAlternatingRowColors(true);
    m_actions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionsLabel->setBuddy(m_actions);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #a00000; }"));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_publishButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_publishButton->setDefault(true);
    m_publishButton->setEnabled(!document->isReadOnly());
    // Accepting goes through publish(), which keeps the dialog open on a problem.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PublishRevisionDialog::publish);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_actionsLabel);
    layout->addWidget(m_actions, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    fillActions();
    retranslate();
    resize(860, 560);
    m_version->setFocus();
    m_version->selectAll();
}

qint64 PublishRevisionDialog::publishRevision(PlanDocument *document, QWidget *parent)
{
    PublishRevisionDialog dialog(document, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.publishedRevision() : 0;
}

void PublishRevisionDialog::fillActions()
{
    m_openActions = m_publisher.openActions();
    m_actions->clear();
    for (const OpenAction &action : std::as_const(m_openActions)) {
        auto *item = new QTreeWidgetItem(m_actions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(TextColumn, Qt::Unchecked);
        item->setData(TextColumn, TableRole, action.key.table);
        item->setData(TextColumn, IdRole, action.key.id);
        item->setText(TextColumn, action.text.section(QLatin1Char('\n'), 0, 0));
        item->setToolTip(TextColumn, action.text);
        item->setText(SourceColumn, action.source);
        item->setToolTip(SourceColumn, action.source);
        item->setText(OwnerColumn, action.owner);
        item->setText(DueColumn, action.dueOn);
    }
    m_actions->setVisible(!m_openActions.isEmpty());
    // The action's text matters most; the rest are short.
    const int character = m_actions->fontMetrics().averageCharWidth();
    m_actions->header()->resizeSection(TextColumn, character * 42);
    m_actions->header()->resizeSection(SourceColumn, character * 26);
    m_actions->header()->resizeSection(OwnerColumn, character * 16);
    m_actions->header()->resizeSection(DueColumn, character * 15);
}

RevisionDraft PublishRevisionDialog::draft() const
{
    RevisionDraft result;
    result.version = m_version->text();
    result.publishedOn = m_date->date();
    result.author = m_author->text();
    result.summary = m_summary->toPlainText();
    result.approver = m_approver->text();
    for (int row = 0; row < m_actions->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_actions->topLevelItem(row);
        if (item->checkState(TextColumn) == Qt::Checked) {
            result.addressedActions.append(
                {item->data(TextColumn, TableRole).toString(), item->data(TextColumn, IdRole).toLongLong()});
        }
    }
    return result;
}

bool PublishRevisionDialog::publish()
{
    QString error;
    m_published = m_publisher.publish(draft(), &error);
    if (m_published == 0) {
        m_problem->setText(error);
        m_problem->show();
        return false;
    }
    accept();
    return true;
}

void PublishRevisionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PublishRevisionDialog::retranslate()
{
    setWindowTitle(tr("Publish Revision"));
    m_versionLabel->setText(tr("&Version:"));
    m_dateLabel->setText(tr("Published &on:"));
    m_authorLabel->setText(tr("&Author:"));
    m_summaryLabel->setText(tr("&What changed:"));
    m_approverLabel->setText(tr("Approved &by:"));
    m_summary->setPlaceholderText(tr("What this revision changes in the plan, and why"));
    m_actionsLabel->setText(m_openActions.isEmpty()
            ? tr("No action from a review or drill is waiting for a revision.")
            : tr("Actions from reviews and drills that are still open: tick those this revision ad&dresses."));
    m_actions->setHeaderLabels({tr("Action"), tr("From"), tr("Owner"), tr("Due"), tr("Status")});
    m_actions->setAccessibleName(tr("Open actions from reviews and drills"));
    for (int row = 0; row < m_actions->topLevelItemCount(); ++row) {
        m_actions->topLevelItem(row)->setText(
            StatusColumn, Vocabulary::label(Vocabulary::Kind::ActionStatus, m_openActions.at(row).status));
    }
    m_publishButton->setText(tr("&Publish"));
    m_publishButton->setToolTip(m_document->isReadOnly() ? m_document->file().readOnlyMessage() : QString());
}

} // namespace fallback::ui
