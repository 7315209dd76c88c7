// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/riskmodel.h"

#include "document/plandocument.h"

namespace fallback {

namespace {
const QString LikelihoodKey = QStringLiteral("likelihood");
const QString ImpactKey = QStringLiteral("impact");

int scoreOf(const QVariantMap &record)
{
    return record.value(LikelihoodKey).toInt() * record.value(ImpactKey).toInt();
}
} // namespace

RiskModel::RiskModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("risk"),
        {
            {QStringLiteral("description"), FieldKind::LongText},
            {QStringLiteral("category_id"), FieldKind::Reference, std::nullopt, QStringLiteral("risk_category"),
                QStringLiteral("name")},
            {QStringLiteral("cause"), FieldKind::LongText},
            {LikelihoodKey, FieldKind::Integer, std::nullopt, {}, {}, 1, RiskBands::ScaleMax},
            {ImpactKey, FieldKind::Integer, std::nullopt, {}, {}, 1, RiskBands::ScaleMax},
            {QStringLiteral("score"), FieldKind::Computed},
            {QStringLiteral("band"), FieldKind::Computed},
            {QStringLiteral("prevention"), FieldKind::LongText},
            {QStringLiteral("contingency"), FieldKind::LongText},
            {QStringLiteral("owner_group_id"), FieldKind::Reference, std::nullopt, QStringLiteral("org_group"),
                QStringLiteral("name")},
            {QStringLiteral("status"), FieldKind::Choice, Vocabulary::Kind::RiskStatus},
        },
        parent)
    , m_thresholds(RiskBands::thresholds(*document))
{
    // The thresholds live in the plan row; an edit of them (or its undo)
    // rebands every risk.
    connect(document, &PlanDocument::recordChanged, this, [this](const QString &table, qint64, const QString &column) {
        if (table == QLatin1String("plan") && RiskBands::isThresholdColumn(column)) {
            readThresholds();
        }
    });
    connect(document, &PlanDocument::headerChanged, this, &RiskModel::readThresholds);
}

void RiskModel::readThresholds()
{
    const BandThresholds thresholds = RiskBands::thresholds(*document());
    if (thresholds == m_thresholds) {
        return;
    }
    m_thresholds = thresholds;
    refreshAll(); // the band of every risk, and whatever the base class derived from it
    Q_EMIT thresholdsChanged();
}

bool RiskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (RecordTableModel::setData(index, value, role)) {
        return true;
    }
    if (role == Qt::EditRole && (flags(index) & Qt::ItemIsEditable)) {
        Q_EMIT valueRefused(index, value);
    }
    return false;
}

int RiskModel::likelihoodAt(int row) const
{
    return recordAt(row).value(LikelihoodKey).toInt();
}

int RiskModel::impactAt(int row) const
{
    return recordAt(row).value(ImpactKey).toInt();
}

QString RiskModel::fieldLabel(int column) const
{
    switch (column) {
    case DescriptionColumn:
        return tr("Risk");
    case CategoryColumn:
        return tr("Category");
    case CauseColumn:
        return tr("Cause");
    case LikelihoodColumn:
        return tr("Likelihood");
    case ImpactColumn:
        return tr("Impact");
    case ScoreColumn:
        return tr("Score");
    case BandColumn:
        return tr("Band");
    case PreventionColumn:
        return tr("Preventive measure");
    case ContingencyColumn:
        return tr("Contingency");
    case OwnerColumn:
        return tr("Owner group");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QVariantMap RiskModel::newRecordValues() const
{
    return {{QStringLiteral("description"), tr("New risk")}};
}

QString RiskModel::addCommandText() const
{
    return tr("Add risk");
}

QString RiskModel::removeCommandText(int count) const
{
    return tr("Remove %n risk(s)", nullptr, count);
}

QVariant RiskModel::computedValue(const QVariantMap &record, int column) const
{
    switch (column) {
    case ScoreColumn:
        return scoreOf(record);
    case BandColumn:
        return RiskBands::label(m_thresholds.bandOf(scoreOf(record)));
    default:
        return {};
    }
}

QVariant RiskModel::extraData(const QVariantMap &record, int column, int role) const
{
    if (role == Qt::TextAlignmentRole
        && (column == LikelihoodColumn || column == ImpactColumn || column == ScoreColumn)) {
        return QVariant(Qt::AlignCenter);
    }
    if (column != ScoreColumn && column != BandColumn) {
        return {};
    }
    const int score = scoreOf(record);
    const RiskBand band = m_thresholds.bandOf(score);
    switch (role) {
    case Qt::BackgroundRole:
        return RiskBands::colour(band);
    case Qt::ForegroundRole:
        return RiskBands::textColour(band);
    case SortRole:
        return score; // bands in their order, not their names' alphabetical one
    case Qt::ToolTipRole:
        return tr("Likelihood %1 × impact %2 = %3: %4")
            .arg(record.value(LikelihoodKey).toInt())
            .arg(record.value(ImpactKey).toInt())
            .arg(score)
            .arg(RiskBands::label(band));
    default:
        return {};
    }
}

} // namespace fallback
