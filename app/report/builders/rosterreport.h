// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/builders/reportbuilder.h"

#include <QCoreApplication>

namespace fallback::report {

/// The contact roster as a call tree: groups in order, people in escalation
/// order with their backups, phone numbers in large print.
class RosterReport final : public ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::RosterReport)
public:
    RosterReport(const PlanContentReader &reader, const ReportText &text);
    ReportDocument build() const;
    /// Appends the roster under \a heading (the plan report's appendix).
    void appendRoster(ReportDocument &document, const QString &heading) const;
};

} // namespace fallback::report
