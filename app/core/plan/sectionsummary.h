// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/section.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace fallback {

/// What a section holds, in a few words for the section list: "18" contacts,
/// "8 · 2 high" risks, "1 in progress" runs. \a attention marks a state that
/// wants the coordinator's eye (high risks, a run in progress, a draft review).
struct SectionState
{
    QString text;
    bool attention = false;
};

/// Counts every section of a plan at once, in one statement of counts over
/// small tables, whatever the size of the plan.
class SectionSummary final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::SectionSummary)
public:
    explicit SectionSummary(QSqlDatabase db);

    /// The state of each section that has one (the plan header has none).
    QHash<Section, SectionState> states() const;

private:
    QSqlDatabase m_db;
};

} // namespace fallback
