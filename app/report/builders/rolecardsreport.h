// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/builders/reportbuilder.h"

#include <QCoreApplication>

namespace fallback::report {

/// The role cards of the key posts (应急处置卡) to print and cut out: four
/// cards of about A6 to an A4 page, two to a row, each framed by a dashed
/// cutting line, in the report's language. A card gives the post, who holds
/// it now, its duties, its first steps per phase, the decisions it may take
/// and whom it calls, with phones and backups. Its text shrinks to fit.
class RoleCardsReport final : public ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::RoleCardsReport)
public:
    RoleCardsReport(const PlanContentReader &reader, const ReportText &text);
    ReportDocument build() const;

    /// Width and height of one card in millimetres.
    static constexpr qreal CardWidthMm = 87;
    static constexpr qreal CardHeightMm = 108;
};

} // namespace fallback::report
