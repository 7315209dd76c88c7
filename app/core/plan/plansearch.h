// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/section.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace fallback {

class PlanDocument;

/// One record that a search found: where it lives and how to name it.
struct SearchHit
{
    Section section = Section::Plan;
    QString table;
    qint64 id = 0;
    /// What the record is called: a contact's name, a risk's description.
    QString title;
    /// Where it belongs: a contact's job and department, an item's upgrade.
    QString detail;
};

/// Search across the whole plan (Ctrl+K): contacts, groups, risks, checklist
/// items, upgrades, runs, reviews, drills and the rest, by any text they show.
///
/// The plan's text is read once into memory, folded (case, full-width forms),
/// so that a keystroke is a scan of memory and not a query: the plan of
/// 5,000 contacts, 2,000 risks and 10,000 items takes a few milliseconds.
/// Nothing is read until reload(), which reads it again after the plan changed.
class PlanSearch final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::PlanSearch)
public:
    explicit PlanSearch(const PlanDocument *document);

    /// Reads the text of every record.
    void reload();
    /// How many records can be found.
    qsizetype recordCount() const { return m_entries.size(); }

    /// The records whose text holds every word of \a text, best first: a
    /// title that starts with the text, then titles that hold every word,
    /// then records that hold them anywhere; in section order within each.
    /// At most \a limit hits; \a total, when given, gets how many there are.
    QList<SearchHit> find(const QString &text, int limit = 50, int *total = nullptr) const;

    /// Case-folded and width-folded text, as find() compares it.
    static QString folded(const QString &text);

private:
    struct Entry
    {
        SearchHit hit;
        /// The folded title, a line break, then every other folded text.
        QString text;
        qsizetype titleLength = 0;
    };
    void add(Section section, const QString &table, qint64 id, const QString &title, const QString &detail,
        const QStringList &more);

    const PlanDocument *m_document;
    std::vector<Entry> m_entries;
};

} // namespace fallback
