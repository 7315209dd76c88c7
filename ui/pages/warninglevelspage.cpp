// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/warninglevelspage.h"

#include "document/plandocument.h"
#include "models/linkchecklistmodel.h"
#include "models/warninglevelmodel.h"
#include "widgets/recordtableeditor.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

namespace fallback::ui {

WarningLevelsPage::WarningLevelsPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new WarningLevelModel(document, this))
    , m_groups(new LinkChecklistModel(document,
          {QStringLiteral("warning_level_group"), QStringLiteral("warning_level_id"), QStringLiteral("group_id"),
              QStringLiteral("org_group"), QStringLiteral("name")},
          this))
{
    m_levels = new RecordTableEditor(m_model, document->isReadOnly(), this);
    m_levels->setObjectName(QStringLiteral("levelsEditor"));
    m_levels->setFilterVisible(false);
    m_groupsLabel = new QLabel(this);
    m_groupsLabel->setWordWrap(true);
    m_groupsView = new QListView(this);
    m_groupsView->setObjectName(QStringLiteral("notifiedGroups"));
    m_groupsView->setModel(m_groups);
    m_groupsLabel->setBuddy(m_groupsView);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_groupsLabel);
    sideLayout->addWidget(m_groupsView);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_levels);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_levels, &RecordTableEditor::currentRecordChanged, this, &WarningLevelsPage::onCurrentLevelChanged);
    retranslateUi();
    m_levels->selectRecord(m_model->idAt(0));
}

bool WarningLevelsPage::selectRecord(const QString &table, qint64 id)
{
    return table == QLatin1String("warning_level") && m_levels->selectRecord(id);
}

void WarningLevelsPage::onCurrentLevelChanged(qint64 id)
{
    m_groups->setOwner(id);
    const int row = m_model->rowOf(id);
    m_groupsLabel->setText(row < 0
            ? tr("Select a level to choose the groups it notifies.")
            : tr("Groups notified at %1:").arg(m_model->recordAt(row).value(QStringLiteral("name")).toString()));
    m_groupsView->setAccessibleName(m_groupsLabel->text());
}

void WarningLevelsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void WarningLevelsPage::retranslateUi()
{
    m_levels->setCaption(tr("Warning levels, most severe first"));
    onCurrentLevelChanged(m_groups->owner());
}

} // namespace fallback::ui
