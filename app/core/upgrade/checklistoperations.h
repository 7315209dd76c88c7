// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace fallback {

class PlanDocument;

/// Edits of checklists and upgrades that touch several records; each is one
/// transaction and one undo step.
class ChecklistOperations final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::ChecklistOperations)
public:
    /// Copies a template with all its items as "Copy of <name>"; returns the
    /// copy's id, 0 when nothing was copied.
    static qint64 duplicateTemplate(PlanDocument *document, qint64 templateId);

    static int templateItemCount(const PlanDocument *document, qint64 templateId);
    static int upgradeItemCount(const PlanDocument *document, qint64 upgradeId);

    /// Makes the upgrade's own checklist a copy of the template's items; items
    /// the upgrade had are replaced. Later edits of either leave the other alone.
    static bool instantiateChecklist(PlanDocument *document, qint64 upgradeId, qint64 templateId);

    /// Why \a start and \a end cannot be a window (the end comes first); empty when they can.
    /// Either may be unset. The message names the times on \a zone's clock (the plan's).
    /// How long the upgrade's window should be by its checklist: the end of
    /// the last "during" item (its offset from the start plus its duration),
    /// in minutes; 0 when the checklist does not say.
    static qint64 plannedWindowMinutes(const PlanDocument *document, qint64 upgradeId);
    static QString windowProblem(const QDateTime &start, const QDateTime &end, const QTimeZone &zone);
    /// Sets the planned window. Refuses an end before the start, with the reason in \a refusal.
    static bool setUpgradeWindow(
        PlanDocument *document, qint64 upgradeId, const QDateTime &start, const QDateTime &end, QString *refusal);
};

} // namespace fallback
