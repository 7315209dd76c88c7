// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/riskfiltermodel.h"

#include "risk/riskmodel.h"

namespace fallback {

RiskFilterModel::RiskFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void RiskFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_risks = qobject_cast<const RiskModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RiskFilterModel::setCell(std::optional<RiskCell> cell)
{
    if (cell == m_cell) {
        return;
    }
    m_cell = cell;
    invalidateFilter();
    Q_EMIT cellChanged();
}

bool RiskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The cell is read from the record, not through data(): cheap for every row.
    if (m_cell && m_risks
        && (m_risks->likelihoodAt(sourceRow) != m_cell->likelihood || m_risks->impactAt(sourceRow) != m_cell->impact)) {
        return false;
    }
    // The text: one cached text per row (RecordTableModel::SearchTextRole)
    // when the filter is set up as RecordTableEditor does.
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace fallback
