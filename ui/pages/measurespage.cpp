// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/measurespage.h"

#include "document/plandocument.h"
#include "models/measuremodel.h"
#include "models/resourcemodel.h"
#include "widgets/recordtableeditor.h"

#include <QEvent>
#include <QSplitter>
#include <QVBoxLayout>

namespace fallback::ui {

MeasuresPage::MeasuresPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
{
    m_measures = new RecordTableEditor(new MeasureModel(document, this), document->isReadOnly(), this);
    m_measures->setObjectName(QStringLiteral("measuresEditor"));
    m_resources = new RecordTableEditor(new ResourceModel(document, this), document->isReadOnly(), this);
    m_resources->setObjectName(QStringLiteral("resourcesEditor"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_measures);
    splitter->addWidget(m_resources);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    retranslateUi();
}

bool MeasuresPage::selectRecord(const QString &table, qint64 id)
{
    if (table == QLatin1String("measure")) {
        return m_measures->selectRecord(id);
    }
    if (table == QLatin1String("resource")) {
        return m_resources->selectRecord(id);
    }
    return false;
}

void MeasuresPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void MeasuresPage::retranslateUi()
{
    m_measures->setCaption(tr("Measures: technical, business, personnel and recovery"));
    m_resources->setCaption(tr("Emergency resources"));
}

} // namespace fallback::ui
