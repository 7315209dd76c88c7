// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/builders/figures.h"

#include "report/document/reporttext.h"
#include "review/reviewfacts.h"
#include "risk/riskbands.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>
#include <limits>

namespace fallback::report {

namespace {
constexpr const char *Context = "fallback::report::Figures";

/// The painter's font at \a pixels, unhinted so that it scales with the figure.
QFont figureFont(const QPainter &painter, qreal pixels)
{
    QFont font = painter.font();
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPixelSize(std::max(1, int(pixels)));
    return font;
}
} // namespace

QColor bandColour(const QString &band)
{
    // The editor's heat map and register use the same colours (RiskBands).
    for (RiskBand known : {RiskBand::Critical, RiskBand::High, RiskBand::Medium}) {
        if (band == RiskBands::name(known)) {
            return QColor(RiskBands::colour(known));
        }
    }
    return QColor(RiskBands::colour(RiskBand::Low));
}

Figure heatMapFigure(const QList<content::Risk> &risks, const content::Header &header, const ReportText &text)
{
    std::array<std::array<int, 5>, 5> counts {}; // [likelihood - 1][impact - 1]
    for (const content::Risk &risk : risks) {
        if (risk.likelihood >= 1 && risk.likelihood <= 5 && risk.impact >= 1 && risk.impact <= 5) {
            ++counts[risk.likelihood - 1][risk.impact - 1];
        }
    }
    const QString likelihood = text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::Figures", "Likelihood"));
    const QString impact = text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::Figures", "Impact"));
    QStringList legend;
    for (const QString &band :
        {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")}) {
        legend << text.label(Vocabulary::Kind::Criticality, band);
    }
    Figure figure;
    figure.widthMm = 120;
    figure.heightMm = 100;
    figure.draw = [counts, header, likelihood, impact, legend](QPainter &painter, const QRectF &area) {
        const qreal unit = area.width() / 12.0; // the grid is 5 units of 12 wide, axes and legend the rest
        const QRectF grid(area.left() + 1.6 * unit, area.top() + 0.2 * unit, 8.5 * unit, 6.6 * unit);
        const qreal cellW = grid.width() / 5;
        const qreal cellH = grid.height() / 5;
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font = figureFont(painter, cellH * 0.32);
        for (int l = 1; l <= 5; ++l) {
            for (int i = 1; i <= 5; ++i) {
                const QRectF cell(grid.left() + (i - 1) * cellW, grid.bottom() - l * cellH, cellW, cellH);
                painter.fillRect(cell, bandColour(header.band(l * i)));
                painter.setPen(QPen(Qt::white, unit * 0.06));
                painter.drawRect(cell);
                const int count = counts[l - 1][i - 1];
                if (count > 0) {
                    font.setBold(true);
                    painter.setFont(font);
                    painter.setPen(Qt::black);
                    painter.drawText(cell, Qt::AlignCenter, QString::number(count));
                }
            }
        }
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(Qt::black);
        for (int n = 1; n <= 5; ++n) {
            painter.drawText(QRectF(grid.left() - 0.6 * unit, grid.bottom() - n * cellH, 0.5 * unit, cellH),
                Qt::AlignRight | Qt::AlignVCenter, QString::number(n));
            painter.drawText(QRectF(grid.left() + (n - 1) * cellW, grid.bottom() + 0.1 * unit, cellW, 0.6 * unit),
                Qt::AlignCenter, QString::number(n));
        }
        painter.drawText(QRectF(grid.left(), grid.bottom() + 0.7 * unit, grid.width(), 0.7 * unit), Qt::AlignCenter,
            impact + QStringLiteral(" →"));
        painter.save();
        painter.translate(area.left() + 0.5 * unit, grid.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-grid.height() / 2, -0.5 * unit, grid.height(), unit), Qt::AlignCenter,
            likelihood + QStringLiteral(" →"));
        painter.restore();
        // Legend in the band colours.
        const QList<QString> bands
            = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")};
        qreal y = grid.top();
        for (int b = 0; b < 4; ++b) {
            const QRectF swatch(grid.right() + 0.4 * unit, y + 0.15 * unit, 0.45 * unit, 0.45 * unit);
            painter.fillRect(swatch, bandColour(bands.at(b)));
            painter.drawText(QRectF(swatch.right() + 0.2 * unit, y, 1.6 * unit, 0.75 * unit),
                Qt::AlignLeft | Qt::AlignVCenter, legend.at(b));
            y += 0.8 * unit;
        }
    };
    return figure;
}

TimelineSpans timelineSpans(const content::Upgrade &upgrade, const content::Run &run, const ReviewFacts &facts)
{
    const QStringList phases = Vocabulary::values(Vocabulary::Kind::Phase);
    TimelineSpans spans;
    const QDateTime windowStart = QDateTime::fromString(upgrade.windowStart, Qt::ISODate);
    if (windowStart.isValid()) {
        const qint64 origin = windowStart.toSecsSinceEpoch();
        // The run's own copy of the plan, as the table's planned time is measured.
        for (const content::RunItem &item : run.items) {
            const qsizetype phase = phases.indexOf(item.phase);
            if (phase >= 0 && item.plannedOffsetMinutes) {
                const qint64 start = origin + qint64(*item.plannedOffsetMinutes) * 60;
                spans.planned[phase].add(start, start + qint64(item.plannedDurationMinutes.value_or(0)) * 60);
            }
        }
    }
    for (const ReviewFacts::Phase &phase : facts.phases) {
        const qsizetype index = phases.indexOf(phase.phase);
        if (index >= 0 && phase.actualMinutes) {
            spans.actual[index].add(phase.actualFrom.toSecsSinceEpoch(), phase.actualTo.toSecsSinceEpoch());
        }
    }
    return spans;
}

QList<int> labelLanes(const QList<std::pair<qreal, qreal>> &extents, qreal gap)
{
    QList<qreal> laneEnds; // the right edge of the last label in each lane
    QList<int> lanes;
    for (const auto &[left, right] : extents) {
        int lane = 0;
        while (lane < laneEnds.size() && left < laneEnds.at(lane) + gap) {
            ++lane;
        }
        if (lane == laneEnds.size()) {
            laneEnds.append(right);
        } else {
            laneEnds[lane] = right;
        }
        lanes.append(lane);
    }
    return lanes;
}

std::optional<Figure> timelineFigure(
    const content::Upgrade &upgrade, const content::Run &run, const ReviewFacts &facts, const ReportText &text)
{
    const QDateTime windowStart = QDateTime::fromString(upgrade.windowStart, Qt::ISODate);
    if (!windowStart.isValid()) {
        return std::nullopt;
    }
    const QStringList phases = Vocabulary::values(Vocabulary::Kind::Phase);
    const TimelineSpans spans = timelineSpans(upgrade, run, facts);
    const QList<TimeSpan> &planned = spans.planned;
    const QList<TimeSpan> &actual = spans.actual;
    const qint64 origin = windowStart.toSecsSinceEpoch();
    struct Marker
    {
        qint64 at;
        QString label;
    };
    QList<Marker> markers;
    for (const content::RunEvent &event : run.events) {
        const QDateTime at = QDateTime::fromString(event.at, Qt::ISODate);
        if (event.kind == QLatin1String("decision") && at.isValid() && event.decision != QLatin1String("level")) {
            QString label;
            if (event.decision == QLatin1String("stop")) {
                label = text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::Figures", "STOP"));
            } else if (event.decision == QLatin1String("rollback")) {
                label = text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::Figures", "Rollback"));
            } else if (event.decision == QLatin1String("restored")) {
                label = text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::Figures", "Restored"));
            } else {
                label = text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::Figures", "Ended"));
            }
            markers.append({at.toSecsSinceEpoch(), label});
        }
    }
    std::stable_sort(markers.begin(), markers.end(), [](const Marker &a, const Marker &b) { return a.at < b.at; });
    // The chart shows the window day: planned work weeks ahead is clipped to it.
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (int p = 0; p < 4; ++p) {
        for (const TimeSpan &span : {planned.at(p), actual.at(p)}) {
            if (span.valid()) {
                from = std::min(from, span.from);
                to = std::max(to, span.to);
            }
        }
    }
    for (const Marker &marker : std::as_const(markers)) {
        from = std::min(from, marker.at);
        to = std::max(to, marker.at);
    }
    if (from >= to) {
        return std::nullopt;
    }
    // The chart covers the day of the window: planned work far ahead and times
    // recorded far later are clipped, so a wrong date cannot make it endless.
    const qint64 windowEnd = std::max(origin, QDateTime::fromString(upgrade.windowEnd, Qt::ISODate).toSecsSinceEpoch());
    from = std::max(from, origin - 6 * 3600);
    to = std::min(to, windowEnd + 18 * 3600);
    to = std::max(to, from + 3600);

    QStringList phaseNames;
    for (const QString &phase : phases) {
        phaseNames << text.label(Vocabulary::Kind::Phase, phase);
    }
    const QString plannedLabel = text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::Figures", "Planned"));
    const QString actualLabel = text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::Figures", "Actual"));
    const QTimeZone zone = text.timeZone(); // the figure is drawn later, by value
    Figure figure;
    figure.widthMm = 170;
    figure.heightMm = 85;
    figure.draw = [=](QPainter &painter, const QRectF &area) {
        const qreal unit = area.height() / 10.0;
        const qreal chartLeft = area.left() + 2.8 * unit;
        const qreal chartWidth = area.width() - 3.2 * unit;
        const auto xIn = [&](qint64 t) {
            return chartLeft + chartWidth * qreal(std::clamp(t, from, to) - from) / qreal(to - from);
        };
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font = figureFont(painter, unit * 0.42);
        painter.setFont(font);
        // The decisions' labels, each in the lowest lane above the chart where
        // it overlaps no other; the chart starts below the lanes they need.
        const QFontMetricsF metrics(font, painter.device());
        QList<std::pair<qreal, qreal>> extents;
        for (const Marker &marker : markers) {
            const qreal left = xIn(marker.at) + 0.1 * unit;
            extents.append({left, left + metrics.horizontalAdvance(marker.label)});
        }
        const QList<int> lanes = labelLanes(extents, 0.3 * unit);
        const int laneCount = lanes.isEmpty() ? 1 : *std::max_element(lanes.cbegin(), lanes.cend()) + 1;
        const qreal laneHeight = 0.55 * unit;
        const qreal labelsHeight = 0.45 * unit + laneCount * laneHeight;
        const QRectF chart(chartLeft, area.top() + labelsHeight, chartWidth, 8.2 * unit - labelsHeight);
        const auto xOf = xIn;
        // Hour grid.
        painter.setPen(QPen(QColor(0xD0, 0xD0, 0xD0), unit * 0.03));
        // Lines on the full hours of the plan's clock (a zone may be half an hour off UTC).
        const qint64 offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(from));
        const qint64 step = (to - from) > 12 * 3600 ? 3 * 3600 : 3600; // at most 16 lines over 48 hours
        const qint64 firstHour = ((from + offset) / step + 1) * step - offset;
        for (qint64 t = firstHour; t <= to; t += step) {
            painter.setPen(QPen(QColor(0xD0, 0xD0, 0xD0), unit * 0.03));
            painter.drawLine(QPointF(xOf(t), chart.top()), QPointF(xOf(t), chart.bottom()));
            painter.setPen(Qt::black);
            painter.drawText(QRectF(xOf(t) - unit, chart.bottom() + 0.1 * unit, 2 * unit, 0.6 * unit), Qt::AlignCenter,
                QDateTime::fromSecsSinceEpoch(t).toTimeZone(zone).toString(QStringLiteral("HH:mm")));
        }
        const qreal rowH = chart.height() / 4;
        for (int p = 0; p < 4; ++p) {
            const qreal top = chart.top() + p * rowH;
            painter.setPen(Qt::black);
            painter.drawText(
                QRectF(area.left(), top, 2.6 * unit, rowH), Qt::AlignRight | Qt::AlignVCenter, phaseNames.at(p));
            if (planned.at(p).valid()) {
                painter.fillRect(
                    QRectF(xOf(planned.at(p).from), top + rowH * 0.15,
                        std::max(unit * 0.08, xOf(planned.at(p).to) - xOf(planned.at(p).from)), rowH * 0.3),
                    QColor(0x7F, 0x9C, 0xC4));
            }
            if (actual.at(p).valid()) {
                painter.fillRect(QRectF(xOf(actual.at(p).from), top + rowH * 0.52,
                                     std::max(unit * 0.08, xOf(actual.at(p).to) - xOf(actual.at(p).from)), rowH * 0.3),
                    QColor(0xE8, 0x8A, 0x3C));
            }
        }
        // Each decision: a line from its label down through the chart; the
        // labels go on top, on white, so that no line runs through a word.
        const auto baselineOf = [&](qsizetype i) { return chart.top() - 0.2 * unit - lanes.at(i) * laneHeight; };
        painter.setPen(QPen(QColor(0xC0, 0x00, 0x00), unit * 0.06, Qt::DashLine));
        for (qsizetype i = 0; i < markers.size(); ++i) {
            const qreal x = xOf(markers.at(i).at);
            painter.drawLine(QPointF(x, baselineOf(i) - metrics.ascent()), QPointF(x, chart.bottom()));
        }
        painter.setPen(QColor(0xC0, 0x00, 0x00));
        for (qsizetype i = 0; i < markers.size(); ++i) {
            const QRectF box(extents.at(i).first, baselineOf(i) - metrics.ascent(),
                extents.at(i).second - extents.at(i).first, metrics.ascent() + metrics.descent());
            painter.fillRect(box.adjusted(-0.05 * unit, 0, 0.05 * unit, 0), Qt::white);
            painter.drawText(QPointF(extents.at(i).first, baselineOf(i)), markers.at(i).label);
        }
        // Legend.
        const qreal ly = chart.bottom() + 1.0 * unit;
        painter.fillRect(QRectF(chart.left(), ly + 0.15 * unit, 0.8 * unit, 0.35 * unit), QColor(0x7F, 0x9C, 0xC4));
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(chart.left() + unit, ly, 4 * unit, 0.65 * unit), Qt::AlignLeft | Qt::AlignVCenter, plannedLabel);
        painter.fillRect(
            QRectF(chart.left() + 5 * unit, ly + 0.15 * unit, 0.8 * unit, 0.35 * unit), QColor(0xE8, 0x8A, 0x3C));
        painter.drawText(
            QRectF(chart.left() + 6 * unit, ly, 4 * unit, 0.65 * unit), Qt::AlignLeft | Qt::AlignVCenter, actualLabel);
    };
    return figure;
}

} // namespace fallback::report
