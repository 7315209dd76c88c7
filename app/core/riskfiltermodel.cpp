// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskfiltermodel.h"

#include "riskmodel.h"

#include <QRegularExpression>

namespace fallback {

RiskFilterModel::RiskFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void RiskFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_text.clear();
    m_risks = qobject_cast<const RiskModel *>(model);
    if (model) {
        // Connected before the base class connects its own handlers, so that
        // the cache is up to date when a changed row is filtered again.
        m_connections << connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                forgetRows(topLeft.row(), bottomRight.row());
            });
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { forgetRows(first, last); });
        m_connections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_text.clear(); });
    }
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

void RiskFilterModel::clearTextCache()
{
    m_text.clear();
    invalidateFilter();
}

void RiskFilterModel::forgetRows(int first, int last)
{
    if (!m_risks || m_text.isEmpty()) {
        return;
    }
    if (first <= 0 && last >= m_risks->rowCount() - 1) {
        m_text.clear();
        return;
    }
    for (int row = first; row <= last; ++row) {
        m_text.remove(m_risks->idAt(row));
    }
}

const QString &RiskFilterModel::rowText(int sourceRow) const
{
    const qint64 id = m_risks->idAt(sourceRow);
    auto text = m_text.find(id);
    if (text == m_text.end()) {
        QString joined;
        for (int column = 0; column < m_risks->columnCount(); ++column) {
            if (column > 0) {
                joined += QLatin1Char('\n'); // no match spans two cells
            }
            joined += m_risks->index(sourceRow, column).data(filterRole()).toString();
        }
        text = m_text.insert(id, joined);
    }
    return *text;
}

bool RiskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_risks) {
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    if (m_cell) {
        // Read from the record, not through data(): cheap for every row.
        if (m_risks->likelihoodAt(sourceRow) != m_cell->likelihood || m_risks->impactAt(sourceRow) != m_cell->impact) {
            return false;
        }
    }
    const QRegularExpression &expression = filterRegularExpression();
    if (filterKeyColumn() != -1 || expression.pattern().isEmpty()) {
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    return expression.match(rowText(sourceRow)).hasMatch();
}

} // namespace fallback
