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
    static QByteArray toJson(const QSqlDatabase &db);
};

} // namespace fallback
