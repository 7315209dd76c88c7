// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/revisionspage.h"

#include "dialogs/dialoghooks.h"
#include "dialogs/publishrevisiondialog.h"
#include "dialogs/revisioncomparisondialog.h"
#include "document/plandocument.h"
#include "revision/revisionmodel.h"
#include "revision/revisionpublisher.h"
#include "widgets/recorddelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fallback::ui {

namespace {
constexpr int RefusalShownMs = 8000;

/// Tables whose changes can open or close an action waiting for a revision.
bool affectsOpenActions(const QString &table)
{
    return table == QLatin1String("review_action") || table == QLatin1String("drill_action")
        || table == QLatin1String("review") || table == QLatin1String("drill") || table == QLatin1String("revision");
}
} // namespace

RevisionsPage::RevisionsPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RevisionModel(document, this))
{
    m_caption = new QLabel(this);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false); // Tab goes on to the next control; arrows move in the table
    m_view->setObjectName(QStringLiteral("revisionsView"));
    m_view->setModel(m_model);
    auto *delegate = new RecordDelegate(m_view);
    m_view->setItemDelegate(delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(RevisionModel::SummaryColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusalMessage"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("QLabel { color: #a00000; }"));
    m_refusal->hide();
    auto *refusalTimer = new QTimer(this);
    refusalTimer->setSingleShot(true);
    refusalTimer->setInterval(RefusalShownMs);
    connect(refusalTimer, &QTimer::timeout, m_refusal, &QLabel::hide);
    connect(delegate, &RecordDelegate::refused, this, [this, refusalTimer](const QString &message) {
        m_refusal->setText(message);
        m_refusal->show();
        refusalTimer->start();
    });

    m_openActions = new QLabel(this);
    m_openActions->setObjectName(QStringLiteral("openActionsLabel"));
    m_openActions->setWordWrap(true);

    m_publishButton = new QPushButton(this);
    m_publishButton->setObjectName(QStringLiteral("publishRevisionButton"));
    m_compareButton = new QPushButton(this);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    connect(m_publishButton, &QPushButton::clicked, this, &RevisionsPage::publishRevision);
    connect(m_compareButton, &QPushButton::clicked, this, &RevisionsPage::compareRevisions);
    connect(m_removeButton, &QPushButton::clicked, this, &RevisionsPage::removeSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_caption);
    buttons->addStretch();
    buttons->addWidget(m_publishButton);
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(m_openActions);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RevisionsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RevisionsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RevisionsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RevisionsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RevisionsPage::updateButtons);
    const auto followActions = [this](const QString &table) {
        if (affectsOpenActions(table)) {
            updateOpenActions();
        }
    };
    connect(m_document, &PlanDocument::recordInserted, this, followActions);
    connect(m_document, &PlanDocument::recordRemoved, this, followActions);
    connect(m_document, &PlanDocument::recordChanged, this, followActions);

    retranslateUi();
    m_view->resizeColumnsToContents();
    updateButtons();
}

bool RevisionsPage::selectRecord(const QString &table, qint64 id)
{
    const int row = table == QLatin1String("revision") ? m_model->rowOf(id) : -1;
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

QList<int> RevisionsPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

qint64 RevisionsPage::publishRevision()
{
    if (m_document->isReadOnly()) {
        return 0;
    }
    const qint64 id = PublishRevisionDialog::publishRevision(m_document, this);
    if (id != 0) {
        selectRecord(QStringLiteral("revision"), id);
    }
    return id;
}

RevisionComparisonDialog *RevisionsPage::compareRevisions()
{
    // Two selected revisions: the older against the newer. One: it against
    // the plan now. None: the latest that kept a copy against the plan now.
    QList<qint64> chosen;
    for (int row : selectedRows()) {
        if (m_model->hasSnapshot(row)) {
            chosen << m_model->idAt(row);
        }
    }
    if (chosen.isEmpty()) {
        for (int row = m_model->rowCount() - 1; row >= 0 && chosen.isEmpty(); --row) {
            if (m_model->hasSnapshot(row)) {
                chosen << m_model->idAt(row);
            }
        }
    }
    if (!m_comparison) {
        m_comparison = new RevisionComparisonDialog(m_document, this);
        m_comparison->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_comparison, &RevisionComparisonDialog::recordActivated, this, &RevisionsPage::recordActivated);
    }
    const qint64 from = chosen.value(0, RevisionComparison::CurrentPlan);
    const qint64 to = chosen.size() > 1 ? chosen.last() : RevisionComparison::CurrentPlan;
    m_comparison->compare(from, to);
    m_comparison->show();
    m_comparison->raise();
    m_comparison->activateWindow();
    return m_comparison;
}

bool RevisionsPage::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || m_document->isReadOnly()) {
        return false;
    }
    QStringList versions;
    for (int row : rows) {
        versions << m_model->index(row, RevisionModel::VersionColumn).data().toString();
    }
    const QString question = tr("Remove revision %1 from the revision record? The copy of the plan kept with it "
                                "goes too, and the actions it addressed count as open again.",
        nullptr, int(rows.size()))
                                 .arg(versions.join(tr(", ", "between versions")));
    if (!DialogHooks::confirm(this, tr("Remove Revision"), question)) {
        return false;
    }
    return m_model->removeRecords(rows);
}

void RevisionsPage::updateButtons()
{
    const bool readOnly = m_document->isReadOnly();
    bool anyCopy = false;
    for (int row = 0; row < m_model->rowCount() && !anyCopy; ++row) {
        anyCopy = m_model->hasSnapshot(row);
    }
    m_publishButton->setEnabled(!readOnly);
    m_compareButton->setEnabled(anyCopy);
    m_compareButton->setToolTip(anyCopy ? tr("What changed between two revisions, or since a revision")
                                        : tr("Revisions published here keep a copy of the plan to compare; "
                                             "none has been published yet."));
    m_removeButton->setEnabled(!readOnly && m_view->selectionModel()->hasSelection());
}

void RevisionsPage::updateOpenActions()
{
    const int open = int(RevisionPublisher(m_document).openActions().size());
    m_openActions->setText(open == 0
            ? tr("No action from a review or drill is waiting for a revision.")
            : tr("%n action(s) from reviews and drills still open and not addressed by a revision; "
                 "Publish Revision lists them.",
                nullptr, open));
}

void RevisionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RevisionsPage::retranslateUi()
{
    m_caption->setText(tr("Revision record"));
    m_view->setAccessibleName(m_caption->text());
    m_hint->setText(tr("Revise the plan periodically and whenever new risks appear. Each published revision "
                       "keeps a copy of the plan as it was, so that any two can be compared."));
    m_publishButton->setText(tr("&Publish Revision\u2026"));
    m_publishButton->setToolTip(m_document->isReadOnly() ? m_document->file().readOnlyMessage() : QString());
    m_compareButton->setText(tr("&Compare\u2026"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("Remove the selected revisions from the record"));
    updateButtons();
    updateOpenActions();
}

} // namespace fallback::ui
