// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/reportdocument.h"

#include <QByteArray>
#include <QPageLayout>
#include <QString>

namespace fallback::report {

class ReportText;

/// Writes a report as a Word document (Office Open XML, for Word and WPS):
/// Word's own Heading 1 to 3 styles (the navigation pane and a table of
/// contents work), East Asian fonts and language for Chinese text, tables
/// whose header row repeats on every page, the running header and a footer
/// with page numbers as fields, and the figures as pictures. User text is only
/// ever character data.
class DocxRenderer final
{
public:
    DocxRenderer(const ReportDocument &document, const ReportText &text, const QPageLayout &page);
    /// The .docx bytes; empty with \a error set when the package could not be made.
    QByteArray render(QString *error) const;

private:
    QByteArray document(int *figures) const;
    QByteArray styles() const;
    QByteArray header() const;
    QByteArray footer() const;
    QByteArray coreProperties() const;

    const ReportDocument &m_document;
    const ReportText &m_text;
    const QPageLayout m_page;
};

} // namespace fallback::report
