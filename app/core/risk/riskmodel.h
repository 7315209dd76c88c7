// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"
#include "risk/riskbands.h"

namespace fallback {

/// The risk register (风险评估): each risk with its category, likelihood and
/// impact (1–5), score (likelihood × impact) and band under the plan's
/// thresholds, measures, owner group and status.
class RiskModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        DescriptionColumn,
        CategoryColumn,
        CauseColumn,
        LikelihoodColumn,
        ImpactColumn,
        ScoreColumn,
        BandColumn,
        PreventionColumn,
        ContingencyColumn,
        OwnerColumn,
        StatusColumn,
        ColumnCount
    };

    explicit RiskModel(PlanDocument *document, QObject *parent = nullptr);

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Likelihood of the risk in \a row (1–5; 0 for no such row).
    int likelihoodAt(int row) const;
    /// Impact of the risk in \a row (1–5; 0 for no such row).
    int impactAt(int row) const;
    int scoreAt(int row) const { return likelihoodAt(row) * impactAt(row); }
    RiskBand bandAt(int row) const { return m_thresholds.bandOf(scoreAt(row)); }
    /// The plan's band thresholds, as last read.
    const BandThresholds &thresholds() const { return m_thresholds; }
    /// Shows every cell again: band and status names after the interface
    /// language changed.
    void refresh() { refreshAll(); }

Q_SIGNALS:
    /// The plan's band thresholds changed (an edit, undo or redo).
    void thresholdsChanged();
    /// \a value was not stored in \a index (a likelihood of 6, say); the
    /// cell keeps its value.
    void valueRefused(const QModelIndex &index, const QVariant &value);

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;

private:
    void readThresholds();

    BandThresholds m_thresholds;
};

} // namespace fallback
