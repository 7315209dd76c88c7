// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reportpreview.h"

#include "content/plancontentreader.h"
#include "dialogs/dialoghooks.h"
#include "document/plandocument.h"
#include "report/document/reporttext.h"
#include "report/renderers/pagedrenderer.h"

#include <QPrinter>
#include <QPrintPreviewDialog>

namespace fallback::ui {

std::function<void(const report::ReportRequest &request)> ReportPreview::showHook;

void ReportPreview::show(QWidget *parent, PlanDocument *document, const report::ReportRequest &request)
{
    if (showHook) {
        showHook(request);
        return;
    }
    const report::ReportText text(request.language, PlanContentReader(document->database()).timeZone());
    QString error;
    const std::optional<report::ReportDocument> report
        = report::ReportExporter::build(document->database(), request, text, &error);
    if (!report) {
        DialogHooks::warning(parent, tr("Nothing to print"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::PagedRenderer::pageLayout(request.pageSize));
    printer.setDocName(report->title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print Preview — %1").arg(report->title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&](QPrinter *target) { report::PagedRenderer(*report, text).render(target); });
    preview.exec();
}

} // namespace fallback::ui
