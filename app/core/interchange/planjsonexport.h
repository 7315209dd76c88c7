// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>

namespace fallback {

/// Writes a whole plan as the JSON interchange format (docs/file-format.md).
/// The output is canonical: the same plan always gives the same bytes.
class PlanJsonExport final
{
public:
    static constexpr int FormatVersion = 1;
    /// Whether the records' stable identifiers (their uid) are written.
    enum class Identities {
        Keep, ///< a copy of this plan: an import gives the same plan
        Leave, ///< a template for new plans (the sample): each plan made from it gets identifiers of its own
    };
    static QByteArray toJson(const QSqlDatabase &db, Identities identities = Identities::Keep);
};

} // namespace fallback
