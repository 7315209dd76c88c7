// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/checklistspage.h"

#include "document/plandocument.h"
#include "upgrade/checklistitemmodel.h"
#include "upgrade/checklistoperations.h"
#include "upgrade/checklisttemplatemodel.h"
#include "widgets/checklistitemdelegate.h"
#include "widgets/recordtableeditor.h"

#include <QBoxLayout>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace fallback::ui {

namespace {
const QString TemplateTable = QStringLiteral("checklist_template");
const QString TemplateItemTable = QStringLiteral("checklist_template_item");

/// Puts \a button in the editor's row of buttons, after Remove.
void addToButtonRow(RecordTableEditor *editor, QWidget *button)
{
    auto *remove = editor->findChild<QWidget *>(QStringLiteral("removeButton"));
    const QLayout *outer = editor->layout();
    for (int i = 0; outer && i < outer->count(); ++i) {
        if (auto *row = qobject_cast<QBoxLayout *>(outer->itemAt(i)->layout()); row && row->indexOf(remove) >= 0) {
            row->insertWidget(row->indexOf(remove) + 1, button);
            return;
        }
    }
    if (auto *column = qobject_cast<QBoxLayout *>(editor->layout())) {
        column->addWidget(button, 0, Qt::AlignRight);
    }
}

/// Makes \a id the current row of \a editor without taking the focus.
void makeCurrent(RecordTableEditor *editor, qint64 id)
{
    const int row = editor->model()->rowOf(id);
    const QModelIndex index = editor->proxy()->mapFromSource(editor->model()->index(row, 0));
    if (index.isValid()) {
        editor->view()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}
} // namespace

ChecklistsPage::ChecklistsPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    const bool readOnly = document->isReadOnly();
    m_templateModel = new ChecklistTemplateModel(document, this);
    m_templates = new RecordTableEditor(m_templateModel, readOnly, this);
    m_templates->setObjectName(QStringLiteral("templateEditor"));
    m_duplicateButton = new QPushButton(this);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateButton"));
    addToButtonRow(m_templates, m_duplicateButton);

    m_itemModel = new ChecklistItemModel(document, ChecklistItemModel::Owner::Template, this);
    m_items = new RecordTableEditor(m_itemModel, readOnly, this);
    m_items->setObjectName(QStringLiteral("templateItemEditor"));
    ChecklistItemDelegate::install(m_items);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("checklistHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *itemsPane = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(itemsPane);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_items, 1);
    itemsLayout->addWidget(m_hint);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_templates);
    splitter->addWidget(itemsPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_templates, &RecordTableEditor::currentRecordChanged, this, &ChecklistsPage::showTemplate);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ChecklistsPage::duplicateTemplate);
    connect(document, &PlanDocument::recordChanged, this, [this](const QString &table, qint64 id) {
        if (table == TemplateTable && id == m_templateId) {
            updateCaption();
        }
    });
    connect(document, &PlanDocument::recordRemoved, this, [this](const QString &table, qint64 id) {
        if (table == TemplateTable && id == m_templateId) {
            showTemplate(0); // until the list picks another one
        }
    });
    connect(m_itemModel, &QAbstractItemModel::modelReset, this, &ChecklistsPage::updateCaption);
    // A duplicate or its undo arrives one row at a time; the caption follows once.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_itemModel, signal, this, [this] {
            if (!m_captionQueued) {
                m_captionQueued = true;
                QTimer::singleShot(0, this, [this] {
                    m_captionQueued = false;
                    updateCaption();
                });
            }
        });
    }
    connect(m_itemModel, &QAbstractItemModel::modelReset, this, &ChecklistsPage::updateCaption);

    retranslateUi();
    if (m_templateModel->rowCount() > 0) {
        makeCurrent(m_templates, m_templateModel->idAt(0));
    } else {
        showTemplate(0);
    }
}

void ChecklistsPage::showTemplate(qint64 id)
{
    if (id != m_templateId || id == 0) {
        m_templateId = id;
        m_items->filterEdit()->clear();
        m_itemModel->setOwnerId(id);
    }
    m_items->setEnabled(id != 0);
    m_duplicateButton->setEnabled(id != 0 && !m_document->isReadOnly());
    updateCaption();
}

void ChecklistsPage::duplicateTemplate()
{
    if (m_templateId == 0) {
        return;
    }
    const qint64 copy = ChecklistOperations::duplicateTemplate(m_document, m_templateId);
    if (copy != 0) {
        makeCurrent(m_templates, copy);
        m_templates->view()->scrollTo(m_templates->view()->currentIndex());
        Q_EMIT message(tr("Template duplicated with its %n item(s).", nullptr, m_itemModel->rowCount()));
    }
}

bool ChecklistsPage::selectRecord(const QString &table, qint64 id)
{
    if (table == TemplateTable) {
        return m_templates->selectRecord(id);
    }
    if (table == TemplateItemTable) {
        const QVariant owner = m_document->store().value(TemplateItemTable, id, QStringLiteral("template_id"));
        if (!owner.isValid() || !m_templates->selectRecord(owner.toLongLong())) {
            return false;
        }
        return m_items->selectRecord(id);
    }
    return false;
}

void ChecklistsPage::updateCaption()
{
    if (m_templateId == 0) {
        m_items->setCaption(tr("Items"));
        return;
    }
    const QString name = m_document->store().value(TemplateTable, m_templateId, QStringLiteral("name")).toString();
    m_items->setCaption(tr("Items of \u201c%1\u201d (%n)", nullptr, m_itemModel->rowCount()).arg(name));
}

void ChecklistsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ChecklistsPage::retranslateUi()
{
    m_templates->setCaption(tr("Checklist templates"));
    m_duplicateButton->setText(tr("D&uplicate"));
    m_duplicateButton->setToolTip(tr("Copy the selected template with all its items"));
    m_hint->setText(tr("Items are listed by phase. Drag them, or use Alt+Up and Alt+Down, to change their order; "
                       "an item moved past the end of its phase joins the next one. Offsets count from the start of "
                       "the upgrade window: \u2212"
                       "1 h is an hour before it."));
    updateCaption();
}

} // namespace fallback::ui
