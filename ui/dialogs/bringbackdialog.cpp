// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/bringbackdialog.h"

#include "plan/mergedescription.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fallback::ui {

BringBackDialog::BringBackDialog(
    const MergeOutcome &preview, const QString &copy, const QString &teamPlan, QWidget *parent)
    : QDialog(parent)
    , m_preview(preview.conflicts)
{
    setWindowTitle(tr("Bring Back to Team Plan"));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setText(preview.isEmpty() && preview.conflicts.isEmpty()
            ? tr("Nothing was changed in %1 since it was taken; bringing it back only notes that it came back to "
                 "%2.")
                  .arg(copy, teamPlan)
            : tr("Bringing %1 back into %2 will make these changes there: %3.")
                  .arg(copy, teamPlan, MergeDescription::summary(preview)));
    layout->addWidget(m_summary);

    m_conflicts = new QTreeWidget(this);
    m_conflicts->setObjectName(QStringLiteral("conflictList"));
    m_conflicts->setAccessibleName(tr("Changes made on both sides"));
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setUniformRowHeights(true);
    m_conflicts->setHeaderLabels(
        {tr("Take offline"), tr("Record"), tr("Field"), tr("Offline"), tr("On the server"), tr("Changed by")});
    for (const MergeConflict &conflict : std::as_const(m_preview)) {
        auto *item = new QTreeWidgetItem(m_conflicts);
        const QString what = MergeDescription::conflict(conflict);
        if (conflict.isDecidable()) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(TakeOfflineColumn, Qt::Unchecked);
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setText(TakeOfflineColumn, MergeDescription::decision(conflict));
        }
        item->setText(RecordColumn, MergeDescription::record(conflict));
        item->setText(FieldColumn, MergeDescription::field(conflict));
        switch (conflict.kind) {
        case MergeConflict::Kind::ChangedOnBoth:
            item->setText(OfflineColumn, MergeDescription::value(conflict.offlineValue));
            item->setText(ServerColumn, MergeDescription::value(conflict.serverValue));
            break;
        case MergeConflict::Kind::ChangedOfflineRemovedOnServer:
            item->setText(OfflineColumn, tr("changed"));
            item->setText(ServerColumn, tr("removed"));
            break;
        case MergeConflict::Kind::RemovedOfflineChangedOnServer:
            item->setText(OfflineColumn, tr("removed"));
            item->setText(ServerColumn, tr("changed"));
            break;
        case MergeConflict::Kind::RefersToRemoved:
            item->setText(OfflineColumn, MergeDescription::value(conflict.offlineValue));
            item->setText(ServerColumn, tr("removed"));
            break;
        }
        item->setText(ByColumn, conflict.changedBy);
        for (int column = 0; column < m_conflicts->columnCount(); ++column) {
            item->setToolTip(column, what);
        }
    }
    m_conflicts->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_conflicts->header()->setStretchLastSection(true);
    for (int column = 0; column < m_conflicts->columnCount(); ++column) {
        m_conflicts->resizeColumnToContents(column);
        // Long text is elided and shown whole in the tooltip: it never widens the dialog.
        m_conflicts->setColumnWidth(
            column, qMin(m_conflicts->columnWidth(column), fontMetrics().averageCharWidth() * 30));
    }
    if (!m_preview.isEmpty()) {
        auto *explanation = new QLabel(
            tr("%n change(s) were made both offline and on the server. Tick those where the offline copy is "
               "right; the others keep what the server holds.",
                nullptr, int(m_preview.size())),
            this);
        explanation->setWordWrap(true);
        layout->addWidget(explanation);
        layout->addWidget(m_conflicts, 1);
    } else {
        m_conflicts->hide();
    }
    auto *note = new QLabel(tr("Bringing back happens at once on the server, for everyone who has the plan open; "
                               "Undo cannot take it back. The offline copy is kept, marked as brought back."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_bringBack = buttons->addButton(tr("&Bring Back"), QDialogButtonBox::AcceptRole);
    m_bringBack->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 90), sizeHint().height());
}

OfflineMerge::Decisions BringBackDialog::decisions() const
{
    OfflineMerge::Decisions decisions;
    for (int row = 0; row < m_conflicts->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_conflicts->topLevelItem(row);
        if (row < m_preview.size() && item->checkState(TakeOfflineColumn) == Qt::Checked) {
            decisions.bySide.insert(m_preview.at(row).key(), OfflineMerge::Side::Offline);
        }
    }
    return decisions;
}

} // namespace fallback::ui
