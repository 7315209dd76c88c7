// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/logging.h"

Q_LOGGING_CATEGORY(lcDocument, "fallback.core.document", QtWarningMsg)
