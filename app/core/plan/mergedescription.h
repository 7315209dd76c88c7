// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/offlinemerge.h"

#include <QCoreApplication>
#include <QString>

namespace fallback {

/// Bringing an offline copy back, in the words of the plan: what kind of
/// record, which field, what each side holds.
class MergeDescription final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::MergeDescription)
public:
    /// "Contact “Zhang San”", or "Run event #42" for a record without a name.
    static QString record(const MergeConflict &conflict);
    /// The translated name of the conflict's field; empty for a whole record.
    static QString field(const MergeConflict &conflict);
    /// A field's value as the user typed it; "(empty)" for nothing.
    static QString value(const QVariant &value);
    /// What happened on each side, in one sentence.
    static QString conflict(const MergeConflict &conflict);
    /// Which side was kept, in a few words.
    static QString decision(const MergeConflict &conflict);
    /// "3 records added, 5 fields changed, 1 record removed".
    static QString summary(const MergeOutcome &outcome);
};

} // namespace fallback
