// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/riskheatmap.h"

#include "risk/riskbands.h"
#include "risk/riskmodel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace fallback::ui {

namespace {
constexpr int Scale = RiskBands::ScaleMax;
} // namespace

RiskHeatMap::RiskHeatMap(RiskModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RiskHeatMap::countsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RiskHeatMap::countsChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, &RiskHeatMap::countsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &RiskHeatMap::countsChanged);
    connect(model, &RiskModel::thresholdsChanged, this, &RiskHeatMap::countsChanged);
    updateAccessibleText();
}

void RiskHeatMap::countsChanged()
{
    // Counted, and described to assistive technology, at the next paint.
    m_countsStale = true;
    update();
}

void RiskHeatMap::recount() const
{
    if (!m_countsStale) {
        return;
    }
    for (auto &row : m_counts) {
        row.fill(0);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int likelihood = m_model->likelihoodAt(row);
        const int impact = m_model->impactAt(row);
        if (likelihood >= 1 && likelihood <= Scale && impact >= 1 && impact <= Scale) {
            ++m_counts[likelihood - 1][impact - 1];
        }
    }
    m_countsStale = false;
}

int RiskHeatMap::count(RiskCell cell) const
{
    if (cell.likelihood < 1 || cell.likelihood > Scale || cell.impact < 1 || cell.impact > Scale) {
        return 0;
    }
    recount();
    return m_counts[cell.likelihood - 1][cell.impact - 1];
}

void RiskHeatMap::setSelectedCell(std::optional<RiskCell> cell)
{
    if (cell == m_selected) {
        return;
    }
    m_selected = cell;
    if (cell) {
        m_current = *cell;
    }
    update();
    updateAccessibleText();
    Q_EMIT selectedCellChanged();
}

void RiskHeatMap::toggle(RiskCell cell)
{
    setCurrentCell(cell);
    setSelectedCell(m_selected == cell ? std::nullopt : std::optional<RiskCell>(cell));
}

void RiskHeatMap::setCurrentCell(RiskCell cell)
{
    cell.likelihood = std::clamp(cell.likelihood, 1, Scale);
    cell.impact = std::clamp(cell.impact, 1, Scale);
    if (cell == m_current) {
        return;
    }
    m_current = cell;
    update();
    updateAccessibleText();
}

QSize RiskHeatMap::sizeHint() const
{
    const int cell = fontMetrics().height() * 3;
    const int margin = fontMetrics().height() * 3;
    return {margin + Scale * cell + 4, Scale * cell + margin + 4};
}

QSize RiskHeatMap::minimumSizeHint() const
{
    const int cell = fontMetrics().height() * 2;
    const int margin = fontMetrics().height() * 3;
    return {margin + Scale * cell + 4, Scale * cell + margin + 4};
}

RiskHeatMap::Geometry RiskHeatMap::geometry() const
{
    // Left of the grid: the likelihood title (turned) and numbers; below it:
    // the impact numbers and title.
    const int line = fontMetrics().height();
    const int left = line * 3;
    const int bottom = line * 3;
    const int available = std::min(width() - left - 4, height() - bottom - 4);
    Geometry g;
    g.cell = std::max(8, available / Scale);
    const int side = g.cell * Scale;
    // Centred in the width that is left, at the top.
    const int x = left + std::max(0, (width() - left - side) / 2);
    g.grid = QRect(x, 2, side, side);
    return g;
}

QRect RiskHeatMap::cellRect(RiskCell cell) const
{
    const Geometry g = geometry();
    return {
        g.grid.left() + (cell.impact - 1) * g.cell, g.grid.top() + (Scale - cell.likelihood) * g.cell, g.cell, g.cell};
}

std::optional<RiskCell> RiskHeatMap::cellAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (!g.grid.contains(pos)) {
        return std::nullopt;
    }
    const int impact = (pos.x() - g.grid.left()) / g.cell + 1;
    const int likelihood = Scale - (pos.y() - g.grid.top()) / g.cell;
    return RiskCell {std::clamp(likelihood, 1, Scale), std::clamp(impact, 1, Scale)};
}

void RiskHeatMap::paintEvent(QPaintEvent *)
{
    if (m_countsStale) {
        recount();
        updateAccessibleText();
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const Geometry g = geometry();
    const BandThresholds &thresholds = m_model->thresholds();

    QFont countFont = font();
    countFont.setBold(true);
    countFont.setPixelSize(std::max(9, g.cell * 2 / 5));
    for (int likelihood = 1; likelihood <= Scale; ++likelihood) {
        for (int impact = 1; impact <= Scale; ++impact) {
            const RiskCell cell {likelihood, impact};
            const QRect rect = cellRect(cell);
            const RiskBand band = thresholds.bandOf(likelihood * impact);
            painter.fillRect(rect, QColor(RiskBands::colour(band)));
            const int n = m_counts[likelihood - 1][impact - 1];
            if (n > 0) {
                painter.setFont(countFont);
                painter.setPen(QColor(RiskBands::textColour(band)));
                painter.drawText(rect, Qt::AlignCenter, QString::number(n));
            }
        }
    }
    // White rules between the cells, as in the report.
    painter.setPen(QPen(Qt::white, 2));
    for (int i = 0; i <= Scale; ++i) {
        painter.drawLine(g.grid.left() + i * g.cell, g.grid.top(), g.grid.left() + i * g.cell, g.grid.bottom() + 1);
        painter.drawLine(g.grid.left(), g.grid.top() + i * g.cell, g.grid.right() + 1, g.grid.top() + i * g.cell);
    }
    if (m_selected) {
        // The chosen cell: a thick dark frame, inside the cell so that it
        // reads on every band colour.
        painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 4));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(*m_selected).adjusted(3, 3, -3, -3));
    }
    if (hasFocus()) {
        QPen focusPen(QColor(0x20, 0x20, 0x20), 1, Qt::DashLine);
        painter.setPen(focusPen);
        painter.drawRect(cellRect(m_current).adjusted(7, 7, -8, -8));
    }

    // Axes: numbers beside and below the grid, the titles beyond them.
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(font());
    const int line = fontMetrics().height();
    for (int n = 1; n <= Scale; ++n) {
        const QRect row = cellRect({n, 1});
        painter.drawText(QRect(g.grid.left() - line * 3 / 2, row.top(), line, row.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(n));
        const QRect column = cellRect({1, n});
        painter.drawText(
            QRect(column.left(), g.grid.bottom() + 2, column.width(), line), Qt::AlignCenter, QString::number(n));
    }
    painter.drawText(QRect(g.grid.left(), g.grid.bottom() + 2 + line, g.grid.width(), line * 3 / 2), Qt::AlignCenter,
        tr("Impact →"));
    painter.save();
    painter.translate(g.grid.left() - line * 2, g.grid.center().y());
    painter.rotate(-90);
    painter.drawText(
        QRect(-g.grid.height() / 2, -line, g.grid.height(), line * 3 / 2), Qt::AlignCenter, tr("Likelihood →"));
    painter.restore();
}

QString RiskHeatMap::describe(RiskCell cell) const
{
    const int score = cell.likelihood * cell.impact;
    return tr("Likelihood %1 × impact %2 = %3 (%4): %n risk(s)", nullptr, count(cell))
        .arg(cell.likelihood)
        .arg(cell.impact)
        .arg(score)
        .arg(RiskBands::label(m_model->thresholds().bandOf(score)));
}

void RiskHeatMap::updateAccessibleText()
{
    setAccessibleName(tr("Risk heat map"));
    QString description = describe(m_current);
    if (m_selected) {
        description += QLatin1Char(' ')
            + tr("The register shows only likelihood %1 × impact %2.")
                  .arg(m_selected->likelihood)
                  .arg(m_selected->impact);
    }
    setAccessibleDescription(description);
}

bool RiskHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const std::optional<RiskCell> cell = cellAt(help->pos())) {
            const QString hint
                = m_selected == cell ? tr("Click to show all risks again.") : tr("Click to show only these risks.");
            QToolTip::showText(help->globalPos(), describe(*cell) + QLatin1Char('\n') + hint, this, cellRect(*cell));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void RiskHeatMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const std::optional<RiskCell> cell = cellAt(event->position().toPoint())) {
            toggle(*cell);
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void RiskHeatMap::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentCell({m_current.likelihood, m_current.impact - 1});
        break;
    case Qt::Key_Right:
        setCurrentCell({m_current.likelihood, m_current.impact + 1});
        break;
    case Qt::Key_Up:
        setCurrentCell({m_current.likelihood + 1, m_current.impact});
        break;
    case Qt::Key_Down:
        setCurrentCell({m_current.likelihood - 1, m_current.impact});
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Select:
        toggle(m_current);
        break;
    case Qt::Key_Escape:
        if (!m_selected) {
            QWidget::keyPressEvent(event);
            return;
        }
        setSelectedCell(std::nullopt);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RiskHeatMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update();
    } else if (event->type() == QEvent::FontChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace fallback::ui
