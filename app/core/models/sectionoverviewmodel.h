// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/section.h"
#include "document/vocabulary.h"

#include <QSqlQueryModel>

#include <optional>

namespace fallback {

class PlanDocument;

/// A read-only listing of what a plan holds in one part of a section, for the
/// sections whose editors are not built yet.
class SectionOverviewModel final : public QSqlQueryModel
{
    Q_OBJECT
public:
    enum class Listing {
        Groups,
        Members,
        WarningLevels,
        Risks,
        Measures,
        Resources,
        ChecklistItems,
        Upgrades,
        Runs,
        Reviews,
        Drills,
        Revisions,
    };

    SectionOverviewModel(PlanDocument *document, Listing listing, QObject *parent = nullptr);

    /// The listings shown on the page of \a section (none for editable sections).
    static QList<Listing> listingsOf(Section section);
    /// Translated caption of a listing.
    static QString caption(Listing listing);

    Listing listing() const { return m_listing; }
    /// Runs the query again, after the plan changed.
    void refresh();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        const char *label;
        std::optional<Vocabulary::Kind> vocabulary = std::nullopt;
    };
    QList<Column> columns() const;
    QString sql() const;

    PlanDocument *m_document;
    Listing m_listing;
    QList<Column> m_columns; ///< built once; data() reads it for every cell
};

} // namespace fallback
