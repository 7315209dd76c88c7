// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/mergedescription.h"

#include "revision/revisioncomparison.h"

namespace fallback {

QString MergeDescription::record(const MergeConflict &conflict)
{
    const QString type = RevisionComparison::recordType(conflict.table);
    const QString label = conflict.label.size() > 60 ? conflict.label.left(59) + QChar(0x2026) : conflict.label;
    return label.isEmpty() ? tr("%1 #%2").arg(type).arg(conflict.id) : tr("%1 \u201c%2\u201d").arg(type, label);
}

QString MergeDescription::field(const MergeConflict &conflict)
{
    return conflict.column.isEmpty() ? QString() : RevisionComparison::fieldName(conflict.table, conflict.column);
}

QString MergeDescription::value(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? tr("(empty)") : tr("\u201c%1\u201d").arg(text);
}

QString MergeDescription::conflict(const MergeConflict &conflict)
{
    const QString who = conflict.changedBy.isEmpty() ? tr("someone") : conflict.changedBy;
    switch (conflict.kind) {
    case MergeConflict::Kind::ChangedOnBoth:
        return tr("%1, %2: %3 offline, %4 on the server (changed by %5).")
            .arg(record(conflict), field(conflict), value(conflict.offlineValue), value(conflict.serverValue), who);
    case MergeConflict::Kind::ChangedOfflineRemovedOnServer:
        return tr("%1 was changed offline and removed on the server.").arg(record(conflict));
    case MergeConflict::Kind::RemovedOfflineChangedOnServer:
        return tr("%1 was removed offline, and changed or added to on the server (by %2).").arg(record(conflict), who);
    case MergeConflict::Kind::RefersToRemoved:
        return tr("%1, %2: names a record that was removed on the server.").arg(record(conflict), field(conflict));
    }
    return {};
}

QString MergeDescription::decision(const MergeConflict &conflict)
{
    if (!conflict.isDecidable()) {
        return tr("left out");
    }
    switch (conflict.kind) {
    case MergeConflict::Kind::ChangedOnBoth:
        return conflict.tookOffline ? tr("took the offline value") : tr("kept the server's value");
    case MergeConflict::Kind::ChangedOfflineRemovedOnServer:
        return conflict.tookOffline ? tr("put back as changed offline") : tr("left removed");
    case MergeConflict::Kind::RemovedOfflineChangedOnServer:
        return conflict.tookOffline ? tr("removed") : tr("kept as on the server");
    case MergeConflict::Kind::RefersToRemoved:
        break;
    }
    return {};
}

QString MergeDescription::summary(const MergeOutcome &outcome)
{
    return tr("%n record(s) added", nullptr, outcome.addedRecords) + tr(", ")
        + tr("%n field(s) changed", nullptr, outcome.changedFields) + tr(", ")
        + tr("%n record(s) removed", nullptr, outcome.removedRecords);
}

} // namespace fallback
