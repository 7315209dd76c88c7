// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/builders/reportbuilder.h"

#include <QCoreApplication>

namespace fallback::report {

/// The whole emergency plan, in the order of the paper template, with the
/// contact roster as appendix.
class PlanReport final : public ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::PlanReport)
public:
    PlanReport(const PlanContentReader &reader, const ReportText &text);
    ReportDocument build() const;

private:
    QString offsetText(const std::optional<int> &offsetMinutes) const;
};

} // namespace fallback::report
