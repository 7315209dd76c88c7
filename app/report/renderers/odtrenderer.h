// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/reportdocument.h"

#include <QByteArray>
#include <QPageLayout>
#include <QString>

namespace fallback::report {

class ReportText;

/// Writes a report as an OpenDocument text file (LibreOffice, Word, WPS):
/// named styles (Heading 1 to 3 with outline levels, so the navigator, a table
/// of contents and PDF bookmarks work), fonts and sizes for Latin and Chinese
/// text alike, tables whose declared columns match their cells with a header
/// row that repeats on every page, the page's running header and "page X of
/// Y" footer, and the figures as embedded pictures. User text is only ever
/// character data.
class OdtRenderer final
{
public:
    OdtRenderer(const ReportDocument &document, const ReportText &text, const QPageLayout &page);
    /// The .odt bytes; empty with \a error set when the package could not be made.
    QByteArray render(QString *error) const;

private:
    QByteArray content() const;
    QByteArray styles() const;
    QByteArray meta() const;
    QByteArray manifest(int figures) const;

    const ReportDocument &m_document;
    const ReportText &m_text;
    const QPageLayout m_page;
};

} // namespace fallback::report
