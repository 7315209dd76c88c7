// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewfacts.h"

#include "upgrademodel.h"

#include <algorithm>
#include <limits>

namespace fallback {

namespace {

const QStringList PhaseOrder
    = {QStringLiteral("before"), QStringLiteral("during"), QStringLiteral("after"), QStringLiteral("recovery")};

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
    QDateTime previousEnd = timeOf(run.startedAt);
    for (const QString &phaseName : PhaseOrder) {
        Phase phase {phaseName, std::nullopt, std::nullopt};
        qint64 plannedFrom = std::numeric_limits<qint64>::max();
        qint64 plannedTo = std::numeric_limits<qint64>::min();
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
            if (ticked.isValid() && (!lastTick.isValid() || ticked > lastTick)) {
                lastTick = ticked;
            }
        }
        if (phase.items == 0) {
            continue;
        }
        if (plannedFrom <= plannedTo) {
            phase.plannedMinutes = plannedTo - plannedFrom;
        }
        if (lastTick.isValid()) {
            phase.actualMinutes = minutesBetween(previousEnd, lastTick);
            previousEnd = lastTick;
        }
        facts.phases.append(phase);
    }

    QHash<QString, QDateTime> moments;
    for (const content::Milestone &milestone : run.milestones) {
        moments.insert(milestone.kind, timeOf(milestone.at));
    }
    const QDateTime occurred = moments.value(QStringLiteral("occurred"));
    const QDateTime detected = moments.value(QStringLiteral("detected"));
    facts.minutesToDetect = minutesBetween(occurred, detected);
    facts.minutesToStop = minutesBetween(detected, moments.value(QStringLiteral("stopped")));
    facts.minutesToRestore
        = minutesBetween(occurred.isValid() ? occurred : detected, moments.value(QStringLiteral("restored")));
    return facts;
}

} // namespace fallback
