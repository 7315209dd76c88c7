// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/builders/reportbuilder.h"

#include <QCoreApplication>

namespace fallback::report {

/// The post-incident review for the manager: facts, impact, the timeline with
/// planned against actual, causes, actions, lessons and the sign-off.
class ReviewReport final : public ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::ReviewReport)
public:
    ReviewReport(const PlanContentReader &reader, const ReportText &text);
    ReportDocument build(const content::Review &review) const;

private:
    void section(ReportDocument &doc, const QString &heading, const QString &text) const;
    /// The status updates sent during \a run, and the gaps between them.
    void appendUpdates(ReportDocument &doc, const content::Run &run) const;
};

} // namespace fallback::report
