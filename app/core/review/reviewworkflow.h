// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>

namespace fallback {

class PlanDocument;

/// The life of a post-incident review (DOMAIN.md section 8): created from a
/// run with what the run already tells, then draft, in review, approved. An
/// approved review is read-only until it is reopened. Every step is one undo
/// step; a refused step changes nothing and says why in \a error.
class ReviewWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::ReviewWorkflow)
public:
    /// Creates a draft review of run \a runId, its title, summary, systems,
    /// duration of impact and what went badly filled in from the run, and an
    /// open improvement action for every item that failed. Returns its id.
    static qint64 createFromRun(PlanDocument &document, qint64 runId, QString *error);
    /// Draft to in review; today becomes the review date when none is set.
    static bool submit(PlanDocument &document, qint64 reviewId, const QDate &today, QString *error);
    /// In review to approved, which needs a reviewer and an approver; today
    /// becomes the approval date.
    static bool approve(PlanDocument &document, qint64 reviewId, const QDate &today, QString *error);
    /// Approved back to in review, so that it can be changed again.
    static bool reopen(PlanDocument &document, qint64 reviewId, QString *error);

    static bool isApproved(const PlanDocument &document, qint64 reviewId);
};

} // namespace fallback
