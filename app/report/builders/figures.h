// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/plancontent.h"
#include "report/document/reportdocument.h"

#include <QColor>

#include <optional>

namespace fallback::report {

class ReportText;

/// The colour of a risk band ("low" … "critical") in every report.
QColor bandColour(const QString &band);

/// The 5x5 likelihood x impact heat map: risks counted per cell, cells in
/// their band colours.
Figure heatMapFigure(const QList<content::Risk> &risks, const content::Header &header, const ReportText &text);

/// Planned against actual time per phase, with the decisions of the run
/// (stop, rollback, restored, ended) marked; nullopt when there is nothing to draw.
std::optional<Figure> timelineFigure(const content::Upgrade &upgrade, const content::Run &run, const ReportText &text);

} // namespace fallback::report
