// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace fallback {

/// Merge ids of undo commands (QUndoCommand::id()); one per kind of edit that
/// merges consecutive pushes.
enum UndoCommandId {
    SetPlanFieldCommandId = 1,
};

} // namespace fallback
