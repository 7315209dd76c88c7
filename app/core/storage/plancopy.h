// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace fallback {

/// Copies a whole plan from one database to another, whatever their engines:
/// a file plan onto a team server, a team plan into its offline copy.
class PlanCopy final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::PlanCopy)
public:
    /// Replaces every record of the plan in \a target by those of \a source,
    /// ids and stable identifiers kept, so that both export alike. Runs in the
    /// transaction that the caller has begun on \a target; \a source is read
    /// as one consistent state.
    static bool copyRecords(const QSqlDatabase &source, const QSqlDatabase &target, QString *error);
};

} // namespace fallback
