// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/builders/reportbuilder.h"

#include <QCoreApplication>

namespace fallback::report {

/// The communications plan on one page, for the wall of the command post:
/// each audience with who tells it (the group, its lead and phone), its
/// channels in the order they are tried with their numbers, and how often;
/// then how often updates go out at each warning level.
class CommunicationsReport final : public ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::CommunicationsReport)
public:
    CommunicationsReport(const PlanContentReader &reader, const ReportText &text);
    ReportDocument build() const;
    /// Appends the audiences and the updates by warning level to \a document,
    /// each under a heading of \a level; 0 for none (the plan report's sub-section).
    void appendCommunications(ReportDocument &document, int level) const;
};

} // namespace fallback::report
