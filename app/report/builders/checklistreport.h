// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/builders/reportbuilder.h"

#include <QCoreApplication>

#include <functional>

namespace fallback::report {

/// An upgrade's checklist on paper, by phase, with boxes to tick and room for
/// handwritten times: for when the workstation itself is down.
class ChecklistReport final : public ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::ChecklistReport)
public:
    ChecklistReport(const PlanContentReader &reader, const ReportText &text);
    ReportDocument build(const content::Upgrade &upgrade) const;
    /// The plan's checklist templates as blank paper checklists, for a plan
    /// with no upgrade yet: the window and versions are left to be written in,
    /// and each step is planned relative to the start of the window.
    ReportDocument buildBlank(const QList<content::ChecklistTemplate> &templates) const;

private:
    /// A table per phase under headings of \a level, with \a planned as the
    /// planned time of each item.
    void phaseTables(ReportDocument &doc, const QList<content::ChecklistItem> &items, int level,
        const std::function<QString(const content::ChecklistItem &)> &planned) const;
};

} // namespace fallback::report
