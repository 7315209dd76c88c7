// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/reportdocument.h"
#include "report/formatlibs/formatlibs.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>

#include <functional>

class QPagedPaintDevice;

namespace fallback::report {

class ReportText;

/// Lays a report out on pages and paints it, for PDF and for printing. Text is
/// broken into lines once, by our own pagination rather than QTextDocument's,
/// which is far too slow for tables of thousands of rows; every page gets the
/// running header and "page X of Y".
class PagedRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::PagedRenderer)
public:
    using Progress = std::function<bool(int percent)>;

    PagedRenderer(const ReportDocument &document, const ReportText &text);

    /// Paints onto \a device (a QPdfWriter or a QPrinter whose page layout is
    /// already set). Returns the number of pages, 0 when \a progress cancelled.
    int render(QPagedPaintDevice *device, const Progress &progress = {});

    /// Where the title (level 1) and a heading (2 and 3) was placed: page
    /// index and points from the top of the paper, for the PDF's outline.
    using Bookmark = OutlineEntry;
    /// The bookmarks of the last render().
    const QList<Bookmark> &bookmarks() const { return m_bookmarks; }

    /// The page every report is laid out on, for PDF and printer alike.
    static QPageLayout pageLayout(QPageSize::PageSizeId pageSize);

    /// The font family of the report language; its glyphs are embedded in PDFs.
    static QString fontFamily(const QString &language);

private:
    const ReportDocument &m_document;
    const ReportText &m_text;
    QList<Bookmark> m_bookmarks;
};

} // namespace fallback::report
