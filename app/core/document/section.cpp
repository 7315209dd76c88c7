// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/section.h"

namespace fallback {

const QList<Section> &SectionNames::all()
{
    static const QList<Section> sections = {
        Section::Plan,
        Section::Scope,
        Section::Organisation,
        Section::Contacts,
        Section::WarningLevels,
        Section::Risks,
        Section::Measures,
        Section::Communications,
        Section::RoleCards,
        Section::Checklists,
        Section::Upgrades,
        Section::Runs,
        Section::Reviews,
        Section::Drills,
        Section::Revisions,
    };
    return sections;
}

QString SectionNames::title(Section section)
{
    switch (section) {
    case Section::Plan:
        return tr("Plan");
    case Section::Scope:
        return tr("Scope");
    case Section::Organisation:
        return tr("Organisation");
    case Section::Contacts:
        return tr("Contacts");
    case Section::WarningLevels:
        return tr("Warning levels");
    case Section::Risks:
        return tr("Risks");
    case Section::Measures:
        return tr("Measures and resources");
    case Section::Communications:
        return tr("Communications");
    case Section::RoleCards:
        return tr("Role cards and duty");
    case Section::Checklists:
        return tr("Checklists");
    case Section::Upgrades:
        return tr("Upgrades");
    case Section::Runs:
        return tr("Runs");
    case Section::Reviews:
        return tr("Reviews");
    case Section::Drills:
        return tr("Drills");
    case Section::Revisions:
        return tr("Revisions");
    }
    return {};
}

} // namespace fallback
