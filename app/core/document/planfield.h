// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace fallback {

/// The editable fields of the plan header (总则).
enum class PlanField {
    Title,
    Organisation,
    Version,
    Classification,
    EffectiveDate,
    TimeZone, ///< an IANA id ("Asia/Shanghai"): the clock the plan's times are shown on
    Purpose,
    ScopeNote,
    Interpretation,
    WarningTerms, ///< how a warning is issued, changed and lifted
    Aftermath, ///< the review after an emergency, commendation and reward
    Precedence,
    Supplementary,
    DutyMaxHours, ///< the longest stretch one person may be on duty (值班), in hours
};

/// The column of table "plan" that stores \a field.
QString planFieldColumn(PlanField field);
/// Every header field in form order.
const QList<PlanField> &allPlanFields();

} // namespace fallback
