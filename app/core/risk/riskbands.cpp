// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/riskbands.h"

#include "document/plandocument.h"
#include "document/vocabulary.h"

namespace fallback {

namespace {
const QString PlanTable = QStringLiteral("plan");
constexpr qint64 PlanRowId = 1;
const QString MediumColumn = QStringLiteral("band_medium_from");
const QString HighColumn = QStringLiteral("band_high_from");
const QString CriticalColumn = QStringLiteral("band_critical_from");
} // namespace

RiskBand BandThresholds::bandOf(int score) const
{
    if (score >= criticalFrom) {
        return RiskBand::Critical;
    }
    if (score >= highFrom) {
        return RiskBand::High;
    }
    return score >= mediumFrom ? RiskBand::Medium : RiskBand::Low;
}

bool BandThresholds::isValid() const
{
    return RiskBands::MinScore <= mediumFrom && mediumFrom < highFrom && highFrom < criticalFrom
        && criticalFrom <= RiskBands::MaxScore;
}

const QList<RiskBand> &RiskBands::all()
{
    static const QList<RiskBand> bands = {RiskBand::Low, RiskBand::Medium, RiskBand::High, RiskBand::Critical};
    return bands;
}

QString RiskBands::name(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return QStringLiteral("low");
    case RiskBand::Medium:
        return QStringLiteral("medium");
    case RiskBand::High:
        return QStringLiteral("high");
    case RiskBand::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString RiskBands::label(RiskBand band)
{
    return Vocabulary::label(Vocabulary::Kind::Criticality, name(band));
}

QString RiskBands::colour(RiskBand band)
{
    // The report's heat map colours (report::bandColour); a test keeps them equal.
    switch (band) {
    case RiskBand::Low:
        return QStringLiteral("#7cc67e");
    case RiskBand::Medium:
        return QStringLiteral("#f7d95c");
    case RiskBand::High:
        return QStringLiteral("#f29b4c");
    case RiskBand::Critical:
        return QStringLiteral("#e04b4b");
    }
    return {};
}

QString RiskBands::textColour(RiskBand band)
{
    // Black reads on all four fills (contrast 5:1 or better, the red included);
    // white would not on the yellow and green.
    Q_UNUSED(band)
    return QStringLiteral("#000000");
}

BandThresholds RiskBands::thresholds(const PlanDocument &document)
{
    const QVariantMap plan = document.store().record(PlanTable, PlanRowId);
    BandThresholds result;
    result.mediumFrom = plan.value(MediumColumn, result.mediumFrom).toInt();
    result.highFrom = plan.value(HighColumn, result.highFrom).toInt();
    result.criticalFrom = plan.value(CriticalColumn, result.criticalFrom).toInt();
    return result;
}

bool RiskBands::setThresholds(PlanDocument &document, const BandThresholds &thresholds)
{
    if (!thresholds.isValid()) {
        return false;
    }
    const RecordKey plan {PlanTable, PlanRowId};
    return document.setRecordValues(
        {{plan, MediumColumn, thresholds.mediumFrom}, {plan, HighColumn, thresholds.highFrom},
            {plan, CriticalColumn, thresholds.criticalFrom}},
        tr("Change risk bands"));
}

QString RiskBands::whyInvalid(const BandThresholds &thresholds)
{
    if (thresholds.isValid()) {
        return {};
    }
    return tr("Each band must start above the one before: medium from %1, high from %2 and critical from %3 are not "
              "in rising order between %4 and %5.")
        .arg(thresholds.mediumFrom)
        .arg(thresholds.highFrom)
        .arg(thresholds.criticalFrom)
        .arg(MinScore)
        .arg(MaxScore);
}

bool RiskBands::isThresholdColumn(const QString &column)
{
    return column == MediumColumn || column == HighColumn || column == CriticalColumn;
}

} // namespace fallback
