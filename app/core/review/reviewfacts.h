// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/plancontent.h"

#include <QDateTime>

#include <optional>

namespace fallback {

/// What a post-incident review can say about a run without anyone typing it
/// (DOMAIN.md section 8): planned against actual time per phase, and the time
/// it took to detect the problem, to stop the upgrade and to restore service.
struct ReviewFacts
{
    struct Phase
    {
        QString phase; ///< before, during, after, recovery
        /// From the earliest planned start to the latest planned end of its items.
        std::optional<qint64> plannedMinutes;
        /// From the moment before its first ticked item that other work was
        /// done (or the run started) to its last ticked item.
        std::optional<qint64> actualMinutes;
        /// The moments actualMinutes runs between, for the review's chart.
        QDateTime actualFrom;
        QDateTime actualTo;
        int items = 0;
        int done = 0;
        int failed = 0;
        int skipped = 0;
    };

    QList<Phase> phases; ///< the phases that have items, in their order
    std::optional<qint64> minutesToDetect; ///< occurred to detected
    std::optional<qint64> minutesToStop; ///< detected to stopped
    std::optional<qint64> minutesToRestore; ///< occurred to restored: how long users went without service

    /// The facts of \a run.
    static ReviewFacts of(const content::Run &run);
};

} // namespace fallback
