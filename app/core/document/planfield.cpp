// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/planfield.h"

namespace fallback {

QString planFieldColumn(PlanField field)
{
    switch (field) {
    case PlanField::Title:
        return QStringLiteral("title");
    case PlanField::Organisation:
        return QStringLiteral("organisation");
    case PlanField::Version:
        return QStringLiteral("version");
    case PlanField::Classification:
        return QStringLiteral("classification");
    case PlanField::EffectiveDate:
        return QStringLiteral("effective_date");
    case PlanField::TimeZone:
        return QStringLiteral("time_zone");
    case PlanField::Purpose:
        return QStringLiteral("purpose");
    case PlanField::ScopeNote:
        return QStringLiteral("scope_note");
    case PlanField::Interpretation:
        return QStringLiteral("interpretation");
    case PlanField::Precedence:
        return QStringLiteral("precedence");
    case PlanField::Supplementary:
        return QStringLiteral("supplementary");
    case PlanField::WarningTerms:
        return QStringLiteral("warning_terms");
    case PlanField::Aftermath:
        return QStringLiteral("aftermath");
    case PlanField::DutyMaxHours:
        return QStringLiteral("duty_max_hours");
    }
    return {};
}

const QList<PlanField> &allPlanFields()
{
    static const QList<PlanField> fields = {
        PlanField::Title,
        PlanField::Organisation,
        PlanField::Version,
        PlanField::Classification,
        PlanField::EffectiveDate,
        PlanField::TimeZone,
        PlanField::Purpose,
        PlanField::ScopeNote,
        PlanField::WarningTerms,
        PlanField::Aftermath,
        PlanField::Interpretation,
        PlanField::Precedence,
        PlanField::Supplementary,
    };
    return fields;
}

} // namespace fallback
