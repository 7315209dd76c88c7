// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace fallback {

class PlanFile;

/// The file-level health of a plan, as `fallback check` reports it.
class PlanIntegrity final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::PlanIntegrity)
public:
    /// Runs SQLite's integrity and foreign key checks; each problem found is
    /// one translated line. No problems means the file is sound.
    static QStringList problems(const PlanFile &file);
};

} // namespace fallback
