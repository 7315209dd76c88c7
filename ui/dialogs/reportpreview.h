// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportexporter.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

/// Print preview of a report, painted by the same renderer as its PDF; the
/// user prints from there.
class ReportPreview final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::ui::ReportPreview)
public:
    static void show(QWidget *parent, PlanDocument *document, const report::ReportRequest &request);

    /// Test hook: when set, it is told the request instead of a preview being shown.
    static std::function<void(const report::ReportRequest &request)> showHook;
};

} // namespace fallback::ui
