// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "fallback.core.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDocument, "fallback.core.document", QtWarningMsg)
Q_LOGGING_CATEGORY(lcInterchange, "fallback.core.interchange", QtWarningMsg)
