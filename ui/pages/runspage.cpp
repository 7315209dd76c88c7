// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/runspage.h"

#include "run/runlistmodel.h"
#include "widgets/recorddelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fallback::ui {

RunsPage::RunsPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
{
    m_model = new RunListModel(document, this);
    m_caption = new QLabel(this);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false); // Tab goes on to the next control; arrows move in the table
    m_view->setObjectName(QStringLiteral("runView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RecordDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RunListModel::UpgradeColumn, QHeaderView::Stretch);
    connect(m_view, &QAbstractItemView::activated, this, &RunsPage::openCurrent);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openConsoleButton"));
    connect(m_openButton, &QPushButton::clicked, this, &RunsPage::openCurrent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunsPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RunsPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsPage::updateState);
    retranslateUi();
    if (m_model->rowCount() > 0) {
        // The newest run is the one people come back to.
        m_view->selectRow(m_model->rowCount() - 1);
    }
    updateState();
}

qint64 RunsPage::currentRun() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool RunsPage::selectRecord(const QString &table, qint64 id)
{
    const int row = table == QLatin1String("run") ? m_model->rowOf(id) : -1;
    if (row < 0) {
        return false;
    }
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void RunsPage::openCurrent()
{
    if (const qint64 run = currentRun(); run != 0) {
        Q_EMIT openConsoleRequested(run);
    }
}

void RunsPage::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    m_openButton->setEnabled(currentRun() != 0);
}

void RunsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RunsPage::retranslateUi()
{
    m_caption->setText(tr("Upgrade runs"));
    m_view->setAccessibleName(m_caption->text());
    m_empty->setText(tr("No upgrade has been run yet. Start a run, live or as a rehearsal, from the Upgrades "
                        "section with \u201cStart Run\u2026\u201d."));
    m_openButton->setText(tr("&Open Console"));
    m_openButton->setToolTip(tr("Open the run console of the selected run (Enter)"));
}

} // namespace fallback::ui
