// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plansearchmodel.h"

#include "document/plandocument.h"

namespace fallback {

namespace {
/// More hits than anyone reads in a list that narrows with every keystroke.
constexpr int ShownHits = 50;
} // namespace

PlanSearchModel::PlanSearchModel(const PlanDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_search(document)
{
    // A change only marks the text read as stale: it is read again at the
    // next search, not at every edit.
    const auto changed = [this] { m_stale = true; };
    connect(document, &PlanDocument::recordInserted, this, changed);
    connect(document, &PlanDocument::recordRemoved, this, changed);
    connect(document, &PlanDocument::recordChanged, this, changed);
    connect(document, &PlanDocument::bulkChangeFinished, this, changed);
}

void PlanSearchModel::setQuery(const QString &text)
{
    if (text == m_query && !m_stale) {
        return;
    }
    m_query = text;
    search();
}

void PlanSearchModel::refresh()
{
    if (m_stale) {
        search();
    }
}

void PlanSearchModel::search()
{
    if (m_stale) {
        m_search.reload();
        m_stale = false;
    }
    beginResetModel();
    m_hits = m_search.find(m_query, ShownHits, &m_total);
    endResetModel();
}

int PlanSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant PlanSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
        return hit.detail.isEmpty() ? hit.title : hit.title + QLatin1Char('\n') + hit.detail;
    case DetailRole:
        return hit.detail;
    case SectionRole:
        return int(hit.section);
    case TableRole:
        return hit.table;
    case IdRole:
        return hit.id;
    default:
        return {};
    }
}

} // namespace fallback
