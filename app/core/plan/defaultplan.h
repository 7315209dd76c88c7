// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fallback {

/// The plan that opens when no plan is named: one per user, in the user's
/// data folder, created from the built-in template on first start.
class DefaultPlan final
{
public:
    static QString path();
    /// Creates the default plan from the template of \a language unless it
    /// exists; returns an empty string or a translated error.
    static QString ensureExists(const QString &language);
};

} // namespace fallback
