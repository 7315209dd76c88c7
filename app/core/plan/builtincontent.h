// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fallback {

class PlanDocument;

/// Brings parts of the built-in template into a plan made before they
/// existed (a plan of schema 5 has no communications plan and no role
/// cards), each as one undoable edit, in the plan's language.
class BuiltInContent final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::BuiltInContent)
public:
    struct Outcome
    {
        bool added = false;
        /// What was added, or why nothing was; translated.
        QString message;
    };

    /// A plan without audiences gets the built-in audiences, their channels
    /// (numbers to fill in) and every message template; a plan with audiences
    /// gets the templates for every audience it lacks.
    static Outcome addCommunications(PlanDocument *document);
    /// Adds the built-in role cards of the key posts whose names the plan
    /// does not use yet.
    static Outcome addRoleCards(PlanDocument *document);
};

} // namespace fallback
