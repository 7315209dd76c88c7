// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fallback {

/// The sections of a plan, in the order of the paper template (DOMAIN.md).
enum class Section {
    Plan,
    Scope,
    Organisation,
    Contacts,
    WarningLevels,
    Risks,
    Measures,
    Communications,
    RoleCards,
    Checklists,
    Upgrades,
    Runs,
    Reviews,
    Drills,
    Revisions,
};

/// Translated names of the sections.
class SectionNames final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::SectionNames)
public:
    static const QList<Section> &all();
    static QString title(Section section);
};

} // namespace fallback
