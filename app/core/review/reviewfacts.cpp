// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewfacts.h"

#include "document/vocabulary.h"
#include "upgrade/upgrademodel.h"

#include <algorithm>
#include <limits>

namespace fallback {

namespace {

QDateTime timeOf(const QString &stored)
{
    return UpgradeModel::windowTime(stored);
}

std::optional<qint64> minutesBetween(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return std::nullopt;
    }
    return from.secsTo(to) / 60;
}

} // namespace

ReviewFacts ReviewFacts::of(const content::Run &run)
{
    ReviewFacts facts;
    // Every moment work was done, to find when each phase could begin: phases
    // overlap when an upgrade is stopped and rolled back.
    QList<QDateTime> moments {timeOf(run.startedAt)};
    for (const content::RunItem &item : run.items) {
        moments << timeOf(item.tickedAt);
    }
    moments.removeIf([](const QDateTime &time) { return !time.isValid(); });
    std::sort(moments.begin(), moments.end());

    for (const QString &phaseName : Vocabulary::values(Vocabulary::Kind::Phase)) {
        Phase phase;
        phase.phase = phaseName;
        qint64 plannedFrom = std::numeric_limits<qint64>::max();
        qint64 plannedTo = std::numeric_limits<qint64>::min();
        QDateTime firstTick;
        QDateTime lastTick;
        for (const content::RunItem &item : run.items) {
            if (item.phase != phaseName) {
                continue;
            }
            ++phase.items;
            phase.done += item.status == QLatin1String("done") ? 1 : 0;
            phase.failed += item.status == QLatin1String("failed") ? 1 : 0;
            phase.skipped += item.status == QLatin1String("skipped") ? 1 : 0;
            if (item.plannedOffsetMinutes) {
                plannedFrom = std::min<qint64>(plannedFrom, *item.plannedOffsetMinutes);
                plannedTo = std::max<qint64>(
                    plannedTo, qint64(*item.plannedOffsetMinutes) + item.plannedDurationMinutes.value_or(0));
            }
            const QDateTime ticked = timeOf(item.tickedAt);
            if (ticked.isValid()) {
                firstTick = !firstTick.isValid() || ticked < firstTick ? ticked : firstTick;
                lastTick = !lastTick.isValid() || ticked > lastTick ? ticked : lastTick;
            }
        }
        if (phase.items == 0) {
            continue;
        }
        if (plannedFrom <= plannedTo) {
            phase.plannedMinutes = plannedTo - plannedFrom;
        }
        if (firstTick.isValid()) {
            // The phase began when the work before its first item was done.
            const auto before = std::lower_bound(moments.cbegin(), moments.cend(), firstTick);
            const QDateTime began = before == moments.cbegin() ? firstTick : *std::prev(before);
            phase.actualMinutes = minutesBetween(began, lastTick);
            if (phase.actualMinutes) {
                phase.actualFrom = began;
                phase.actualTo = lastTick;
            }
        }
        facts.phases.append(phase);
    }

    QHash<QString, QDateTime> milestones;
    for (const content::Milestone &milestone : run.milestones) {
        milestones.insert(milestone.kind, timeOf(milestone.at));
    }
    const QDateTime occurred = milestones.value(QStringLiteral("occurred"));
    const QDateTime detected = milestones.value(QStringLiteral("detected"));
    facts.minutesToDetect = minutesBetween(occurred, detected);
    facts.minutesToStop = minutesBetween(detected, milestones.value(QStringLiteral("stopped")));
    facts.minutesToRestore
        = minutesBetween(occurred.isValid() ? occurred : detected, milestones.value(QStringLiteral("restored")));
    return facts;
}

} // namespace fallback
