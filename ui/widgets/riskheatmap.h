// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risk/riskfiltermodel.h"

#include <QWidget>

#include <array>
#include <optional>

namespace fallback {
class RiskModel;
}

namespace fallback::ui {

/// The 5×5 heat map of the risk register: likelihood upwards, impact to the
/// right, each cell in its band colour with the number of risks in it. A click
/// (or Space / Enter on the cell chosen with the arrow keys) selects a cell;
/// the same again clears it. It follows the model as risks change.
class RiskHeatMap final : public QWidget
{
    Q_OBJECT
public:
    explicit RiskHeatMap(RiskModel *model, QWidget *parent = nullptr);

    /// Number of risks with this likelihood and impact.
    int count(RiskCell cell) const;
    std::optional<RiskCell> selectedCell() const { return m_selected; }
    void setSelectedCell(std::optional<RiskCell> cell);
    /// The cell the arrow keys are on.
    RiskCell currentCell() const { return m_current; }
    /// Where \a cell is drawn, in widget coordinates.
    QRect cellRect(RiskCell cell) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectedCellChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry
    {
        QRect grid;
        int cell = 0;
    };
    Geometry geometry() const;
    std::optional<RiskCell> cellAt(const QPoint &pos) const;
    void toggle(RiskCell cell);
    void setCurrentCell(RiskCell cell);
    void countsChanged();
    void recount() const;
    QString describe(RiskCell cell) const;
    void updateAccessibleText();

    RiskModel *m_model;
    std::optional<RiskCell> m_selected;
    RiskCell m_current {1, 1};
    /// [likelihood - 1][impact - 1], counted when next needed: a batch of
    /// changes (an undo that restores many risks) is counted once.
    mutable std::array<std::array<int, 5>, 5> m_counts {};
    mutable bool m_countsStale = true;
};

} // namespace fallback::ui
