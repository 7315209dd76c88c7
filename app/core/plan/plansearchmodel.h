// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plansearch.h"

#include <QAbstractListModel>

namespace fallback {

class PlanDocument;

/// The hits of a search across the plan, best first, for the locator (Ctrl+K).
///
/// The plan's text is read at the first search or refresh(), and again at
/// the first one after the plan changed, so that editing costs nothing while
/// nobody searches; the locator refreshes as it opens, before the first key.
class PlanSearchModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        DetailRole = Qt::UserRole + 1,
        SectionRole,
        TableRole,
        IdRole,
    };

    explicit PlanSearchModel(const PlanDocument *document, QObject *parent = nullptr);

    /// Shows the records that hold every word of \a text (nothing when empty).
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    /// Reads the plan again and runs the query again when the plan changed
    /// since it last ran.
    void refresh();
    /// Has the next search or refresh() read the plan again: the labels of
    /// stored values (statuses, phases) are in the interface language.
    void invalidate() { m_stale = true; }
    /// How many records match, of which rowCount() are shown.
    int totalCount() const { return m_total; }
    SearchHit hitAt(int row) const { return m_hits.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void search();

    PlanSearch m_search;
    bool m_stale = true;
    QString m_query;
    QList<SearchHit> m_hits;
    int m_total = 0;
};

} // namespace fallback
