// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/builders/reportbuilder.h"

#include <QCoreApplication>

namespace fallback::report {

/// One drill: scenario, participants, result, findings and follow-up actions.
class DrillReport final : public ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::DrillReport)
public:
    DrillReport(const PlanContentReader &reader, const ReportText &text);
    ReportDocument build(const content::Drill &drill) const;
};

} // namespace fallback::report
