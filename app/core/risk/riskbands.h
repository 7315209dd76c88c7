// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fallback {

class PlanDocument;

/// The band of a risk score (likelihood × impact, 1–25).
enum class RiskBand { Low, Medium, High, Critical };

/// The scores from which a risk is medium, high and critical: the plan's
/// band_medium_from, band_high_from and band_critical_from.
struct BandThresholds
{
    int mediumFrom = 5;
    int highFrom = 10;
    int criticalFrom = 17;

    /// The band of \a score; thresholds out of order still give an answer.
    RiskBand bandOf(int score) const;
    /// True when 1 ≤ medium < high < critical ≤ 25.
    bool isValid() const;

    friend bool operator==(const BandThresholds &, const BandThresholds &) = default;
};

/// Names, colours and storage of the risk bands, shared by the editor and the
/// reports so that a band looks the same everywhere.
class RiskBands final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::RiskBands)
public:
    static constexpr int MinScore = 1;
    static constexpr int MaxScore = 25;
    /// Likelihood and impact each run from 1 to this.
    static constexpr int ScaleMax = 5;

    /// Every band from low to critical.
    static const QList<RiskBand> &all();
    /// "low", "medium", "high" or "critical" (values of Vocabulary::Kind::Criticality).
    static QString name(RiskBand band);
    /// The translated name, as the reports print it.
    static QString label(RiskBand band);
    /// The fill colour of the band in tables, the heat map and the reports, as "#rrggbb".
    static QString colour(RiskBand band);
    /// A text colour that reads on colour(), as "#rrggbb".
    static QString textColour(RiskBand band);

    /// The plan's thresholds, read from the file.
    static BandThresholds thresholds(const PlanDocument &document);
    /// Stores \a thresholds as one undoable edit. False when they are not
    /// valid, not different, or the plan cannot be changed.
    static bool setThresholds(PlanDocument &document, const BandThresholds &thresholds);
    /// Why \a thresholds cannot be stored, translated; empty when they can.
    static QString whyInvalid(const BandThresholds &thresholds);
    /// True for a column of table "plan" that holds a threshold.
    static bool isThresholdColumn(const QString &column);
};

} // namespace fallback
