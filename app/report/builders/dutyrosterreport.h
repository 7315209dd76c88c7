// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/builders/reportbuilder.h"

#include <QCoreApplication>

namespace fallback::report {

/// The duty roster (值班表) of one upgrade's window: who is on duty in each
/// group and when, with their phones and backups, and what the roster still
/// lacks (gaps, people on two shifts at once, overlong stretches).
class DutyRosterReport final : public ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::DutyRosterReport)
public:
    DutyRosterReport(const PlanContentReader &reader, const ReportText &text);
    ReportDocument build(qint64 upgradeId) const;
};

} // namespace fallback::report
