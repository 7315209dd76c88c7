// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/reportdocument.h"

#include <QStringList>

namespace fallback::report {

class ReportText;

/// The number of every block that is a heading ("一、", "（二）", "3.1"), empty
/// for other blocks; every output format numbers the same way.
QStringList headingNumbers(const ReportDocument &document, const ReportText &text);

/// Every heading as printed, number first ("一、总则", "1 Purpose"); empty for
/// other blocks.
QStringList headingTexts(const ReportDocument &document, const ReportText &text);

} // namespace fallback::report
