// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/revisioncomparisondialog.h"

#include "document/plandocument.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {
enum TreeColumn { WhatColumn, BeforeColumn, AfterColumn };
constexpr int SectionRole = Qt::UserRole;
constexpr int TableRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
// Edits come in bursts (typing, an undo of many steps); compare once they pause.
constexpr int FollowPlanDelayMs = 400;
// With more records than this, only the sections are unfolded at first.
constexpr int MostRecordsUnfolded = 60;

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end) + QStringLiteral(" \u2026");
}
} // namespace

RevisionComparisonDialog::RevisionComparisonDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("revisionComparisonDialog"));
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("fromCombo"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("toCombo"));
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("differencesTree"));
    m_tree->setColumnCount(3);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("comparisonMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *choices = new QGridLayout;
    choices->addWidget(m_fromLabel, 0, 0);
    choices->addWidget(m_from, 0, 1);
    choices->addWidget(m_toLabel, 1, 0);
    choices->addWidget(m_to, 1, 1);
    choices->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    m_followPlan = new QTimer(this);
    m_followPlan->setSingleShot(true);
    m_followPlan->setInterval(FollowPlanDelayMs);
    connect(m_followPlan, &QTimer::timeout, this, &RevisionComparisonDialog::refresh);
    connect(m_document, &PlanDocument::saved, this, [this] {
        if (fromRevision() == RevisionComparison::CurrentPlan || toRevision() == RevisionComparison::CurrentPlan) {
            m_followPlan->start();
        }
    });
    connect(m_document, &PlanDocument::recordInserted, this, &RevisionComparisonDialog::onRevisionsChanged);
    connect(m_document, &PlanDocument::recordRemoved, this, &RevisionComparisonDialog::onRevisionsChanged);
    connect(m_document, &PlanDocument::recordChanged, this, &RevisionComparisonDialog::onRevisionsChanged);
    connect(m_from, &QComboBox::currentIndexChanged, this, &RevisionComparisonDialog::refresh);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RevisionComparisonDialog::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        while (item && !item->data(WhatColumn, TableRole).isValid()) {
            item = item->parent();
        }
        if (!item) {
            return;
        }
        const QString table = item->data(WhatColumn, TableRole).toString();
        const qint64 id = item->data(WhatColumn, IdRole).toLongLong();
        if (!m_document->store().record(table, id).isEmpty()) {
            Q_EMIT recordActivated(Section(item->data(WhatColumn, SectionRole).toInt()), table, id);
        }
    });

    retranslate();
    fillChoices();
    resize(820, 600);
}

qint64 RevisionComparisonDialog::fromRevision() const
{
    return m_from->currentData().toLongLong();
}

qint64 RevisionComparisonDialog::toRevision() const
{
    return m_to->currentData().toLongLong();
}

void RevisionComparisonDialog::fillChoices()
{
    const qint64 from = fromRevision();
    const qint64 to = toRevision();
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QList<ComparableRevision> revisions = RevisionComparison::revisions(m_document->database());
    for (QComboBox *combo : {m_from, m_to}) {
        combo->clear();
        for (const ComparableRevision &revision : revisions) {
            const QString text = revision.publishedOn.isEmpty()
                ? tr("Revision %1").arg(revision.version)
                : tr("Revision %1 of %2").arg(revision.version, revision.publishedOn);
            combo->addItem(text, revision.id);
            if (!revision.hasSnapshot) {
                // Listed, so that the revision record is complete, but it has nothing to compare.
                combo->setItemText(combo->count() - 1, tr("%1 (no copy of the plan kept)").arg(text));
                if (auto *items = qobject_cast<QStandardItemModel *>(combo->model())) {
                    items->item(combo->count() - 1)->setEnabled(false);
                }
            }
        }
        combo->addItem(tr("The plan as it is now"), RevisionComparison::CurrentPlan);
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
}

void RevisionComparisonDialog::compare(qint64 fromRevision, qint64 toRevision)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setCurrentIndex(m_from->findData(fromRevision));
        m_to->setCurrentIndex(m_to->findData(toRevision));
    }
    refresh();
}

void RevisionComparisonDialog::onRevisionsChanged(const QString &table)
{
    if (table == QLatin1String("revision")) {
        fillChoices();
        refresh();
    }
}

void RevisionComparisonDialog::refresh()
{
    m_followPlan->stop();
    if (m_from->currentIndex() < 0 || m_to->currentIndex() < 0) {
        showDifferences({});
        m_message->setText(tr("Choose the two versions of the plan to compare."));
        m_message->show();
        m_tree->hide();
        return;
    }
    QString error;
    const QList<SectionDifferences> sections
        = RevisionComparison::compareRevisions(m_document->database(), fromRevision(), toRevision(), &error);
    showDifferences(sections);
    if (!error.isEmpty()) {
        m_message->setText(error);
    } else if (sections.isEmpty()) {
        m_message->setText(fromRevision() == toRevision() ? tr("Choose two different versions of the plan.")
                                                          : tr("The two versions of the plan are the same."));
    }
    m_message->setVisible(!error.isEmpty() || sections.isEmpty());
    m_tree->setVisible(error.isEmpty() && !sections.isEmpty());
}

void RevisionComparisonDialog::showDifferences(const QList<SectionDifferences> &sections)
{
    m_tree->clear();
    int records = 0;
    for (const SectionDifferences &section : sections) {
        records += int(section.records.size());
    }
    using Kind = RecordDifference::Kind;
    for (const SectionDifferences &section : sections) {
        QStringList counts;
        if (const int n = section.count(Kind::Added)) {
            counts << tr("%n added", nullptr, n);
        }
        if (const int n = section.count(Kind::Removed)) {
            counts << tr("%n removed", nullptr, n);
        }
        if (const int n = section.count(Kind::Changed)) {
            counts << tr("%n changed", nullptr, n);
        }
        if (const int n = section.count(Kind::Moved)) {
            counts << tr("%n moved", nullptr, n);
        }
        auto *sectionItem = new QTreeWidgetItem(m_tree);
        sectionItem->setText(WhatColumn,
            tr("%1 (%2)").arg(SectionNames::title(section.section), counts.join(tr(", ", "between counts"))));
        sectionItem->setData(WhatColumn, SectionRole, int(section.section));
        QFont bold = sectionItem->font(WhatColumn);
        bold.setBold(true);
        sectionItem->setFont(WhatColumn, bold);
        sectionItem->setFirstColumnSpanned(true);
        for (const RecordDifference &record : section.records) {
            auto *recordItem = new QTreeWidgetItem(sectionItem);
            QString text;
            switch (record.kind) {
            case Kind::Added:
                text = tr("Added: %1 \u201c%2\u201d").arg(record.type, record.label);
                recordItem->setForeground(WhatColumn, QColor(0x1a, 0x7f, 0x37));
                break;
            case Kind::Removed:
                text = tr("Removed: %1 \u201c%2\u201d").arg(record.type, record.label);
                recordItem->setForeground(WhatColumn, QColor(0xb3, 0x26, 0x1e));
                break;
            case Kind::Changed:
                text = tr("Changed: %1 \u201c%2\u201d").arg(record.type, record.label);
                break;
            case Kind::Moved:
                text = tr("Moved: %1 \u201c%2\u201d").arg(record.type, record.label);
                break;
            }
            recordItem->setText(WhatColumn, text);
            recordItem->setToolTip(WhatColumn, text);
            recordItem->setData(WhatColumn, SectionRole, int(section.section));
            recordItem->setData(WhatColumn, TableRole, record.table);
            recordItem->setData(WhatColumn, IdRole, record.id);
            for (const FieldDifference &field : record.fields) {
                auto *fieldItem = new QTreeWidgetItem(recordItem);
                fieldItem->setText(WhatColumn, field.label);
                const QString none = tr("(empty)");
                fieldItem->setText(BeforeColumn, field.oldValue.isEmpty() ? none : firstLine(field.oldValue));
                fieldItem->setText(AfterColumn, field.newValue.isEmpty() ? none : firstLine(field.newValue));
                fieldItem->setToolTip(BeforeColumn, field.oldValue);
                fieldItem->setToolTip(AfterColumn, field.newValue);
            }
            recordItem->setExpanded(records <= MostRecordsUnfolded);
        }
        sectionItem->setExpanded(true);
    }
    m_tree->resizeColumnToContents(WhatColumn);
    m_tree->setColumnWidth(WhatColumn, std::min(m_tree->columnWidth(WhatColumn), 360));
    m_tree->setColumnWidth(BeforeColumn, 220);
}

void RevisionComparisonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillChoices();
        refresh();
    }
    QDialog::changeEvent(event);
}

void RevisionComparisonDialog::retranslate()
{
    setWindowTitle(tr("Compare Revisions"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_tree->setHeaderLabels({tr("What"), tr("Before"), tr("After")});
    m_tree->setToolTip(tr("Double-click a record to show it in the plan"));
    m_tree->setAccessibleName(tr("Differences between the two versions"));
}

} // namespace fallback::ui
