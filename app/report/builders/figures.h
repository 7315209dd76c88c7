// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/plancontent.h"
#include "report/document/reportdocument.h"

#include <QColor>

#include <algorithm>
#include <limits>
#include <optional>

namespace fallback {
struct ReviewFacts;
}

namespace fallback::report {

class ReportText;

/// The colour of a risk band ("low" … "critical") in every report.
QColor bandColour(const QString &band);

/// The 5x5 likelihood x impact heat map: risks counted per cell, cells in
/// their band colours.
Figure heatMapFigure(const QList<content::Risk> &risks, const content::Header &header, const ReportText &text);

/// A span of time in seconds since the epoch; empty until something is added.
struct TimeSpan
{
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    bool valid() const { return from <= to; }
    void add(qint64 a, qint64 b)
    {
        from = std::min(from, a);
        to = std::max(to, b);
    }
};

/// What the review's timeline draws for each phase (before, during, after,
/// recovery): the planned span of its items from the window's start, and the
/// actual span the review's table measures (ReviewFacts), never another one.
struct TimelineSpans
{
    QList<TimeSpan> planned = QList<TimeSpan>(4);
    QList<TimeSpan> actual = QList<TimeSpan>(4);
};
TimelineSpans timelineSpans(const content::Upgrade &upgrade, const content::Run &run, const ReviewFacts &facts);

/// The lane (0 the lowest, next to the chart) of each label, given its left
/// and right edge and in order of its left edge: a label goes into the lowest
/// lane where it keeps \a gap from the label before it, so that labels of
/// decisions close in time never overlap.
QList<int> labelLanes(const QList<std::pair<qreal, qreal>> &extents, qreal gap);

/// Planned against actual time per phase, with the decisions of the run
/// (stop, rollback, restored, ended) marked; nullopt when there is nothing to draw.
std::optional<Figure> timelineFigure(
    const content::Upgrade &upgrade, const content::Run &run, const ReviewFacts &facts, const ReportText &text);

} // namespace fallback::report
