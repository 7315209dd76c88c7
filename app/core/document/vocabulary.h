// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace fallback {

/// The fixed value lists of the schema (CHECK constraints) and their
/// translated labels, shared by models, editors and reports.
class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::Vocabulary)
public:
    enum class Kind {
        SystemType,
        Criticality,
        ReferenceKind,
        MemberRole,
        RiskStatus,
        MeasureType,
        ResourceType,
        Phase,
        UpgradeStatus,
        RunKind,
        RunStatus,
        ReviewStatus,
        DrillScenario,
        DrillResult,
        ActionStatus,
        ItemStatus,
        RunEventKind,
        RunDecision,
        MilestoneKind,
        /// Every channel of the communications plan.
        Channel,
        /// The channels a message template is written for.
        MessageChannel,
        /// The moments of a run a message template is written for.
        MessageOccasion,
        /// The languages a message template is written in.
        MessageLanguage,
    };

    /// Stored values of \a kind in display order.
    static QStringList values(Kind kind);
    /// Translated label of a stored value; unknown values are shown as stored.
    static QString label(Kind kind, const QString &value);
    /// The untranslated label (context "fallback::Vocabulary"), for output in
    /// a language other than the interface's; nullptr for an unknown value.
    static const char *sourceLabel(Kind kind, const QString &value);
};

} // namespace fallback
