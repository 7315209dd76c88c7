// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fallback::platform {

/// True when \a path lies on a file system mounted read-only (a CD, a
/// write-protected USB stick, a read-only network share), where a plan can
/// only be read whatever its permission bits say.
bool isOnReadOnlyMedium(const QString &path);

} // namespace fallback::platform
