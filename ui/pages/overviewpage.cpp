// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/overviewpage.h"

#include <QColor>
#include <QEvent>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTableView>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {
/// Turns colour names of the decoration role into small swatches.
class SwatchProxyModel final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (role == Qt::DecorationRole && value.typeId() == QMetaType::QString) {
            const QColor colour = QColor::fromString(value.toString());
            if (colour.isValid()) {
                QPixmap swatch(14, 14);
                swatch.fill(colour);
                return swatch;
            }
        }
        return value;
    }
};
} // namespace

OverviewPage::OverviewPage(PlanDocument *document, Section section, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (SectionOverviewModel::Listing listing : SectionOverviewModel::listingsOf(section)) {
        Part part;
        part.model = new SectionOverviewModel(document, listing, this);
        part.caption = new QLabel(this);
        QFont bold = part.caption->font();
        bold.setBold(true);
        part.caption->setFont(bold);
        part.view = new QTableView(this);
        part.view->setTabKeyNavigation(false); // Tab goes on to the next control; arrows move in the table
        auto *proxy = new SwatchProxyModel(part.view);
        proxy->setSourceModel(part.model);
        part.view->setModel(proxy);
        part.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        part.view->setSelectionBehavior(QAbstractItemView::SelectRows);
        part.view->setAlternatingRowColors(true);
        part.view->setWordWrap(false);
        part.view->horizontalHeader()->setStretchLastSection(true);
        part.view->horizontalHeader()->setMaximumSectionSize(280);
        part.view->verticalHeader()->hide();
        part.empty = new QLabel(this);
        part.empty->setEnabled(false);
        layout->addWidget(part.caption);
        layout->addWidget(part.empty);
        layout->addWidget(part.view, 1);
        m_parts.append(part);
    }
    retranslateUi();
    updateEmptyState();
    for (const Part &part : std::as_const(m_parts)) {
        part.view->resizeColumnsToContents();
    }
}

void OverviewPage::refresh()
{
    for (const Part &part : std::as_const(m_parts)) {
        part.model->refresh();
    }
    updateEmptyState();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void OverviewPage::updateEmptyState()
{
    for (const Part &part : std::as_const(m_parts)) {
        const bool empty = part.model->rowCount() == 0;
        part.empty->setVisible(empty);
        part.view->setVisible(!empty);
    }
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void OverviewPage::retranslateUi()
{
    for (const Part &part : std::as_const(m_parts)) {
        part.caption->setText(SectionOverviewModel::caption(part.model->listing()));
        part.empty->setText(tr("Nothing is recorded here yet."));
        part.model->headerDataChanged(Qt::Horizontal, 0, std::max(0, part.model->columnCount() - 1));
    }
}

} // namespace fallback::ui
