// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/logging.h"

Q_LOGGING_CATEGORY(lcInterchange, "fallback.core.interchange", QtWarningMsg)
