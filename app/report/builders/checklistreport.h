// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/builders/reportbuilder.h"

#include <QCoreApplication>

namespace fallback::report {

/// An upgrade's checklist on paper, by phase, with boxes to tick and room for
/// handwritten times: for when the workstation itself is down.
class ChecklistReport final : public ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::ChecklistReport)
public:
    ChecklistReport(const PlanContentReader &reader, const ReportText &text);
    ReportDocument build(const content::Upgrade &upgrade) const;
};

} // namespace fallback::report
