// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/reportdocument.h"

#include <QByteArray>
#include <QString>

namespace fallback::report {

class ReportText;

/// Writes a report as an OpenDocument text file (opens in LibreOffice and Word)
/// through Qt's ODF writer. The document is built block by block with a text
/// cursor, never from HTML, so no user text is ever interpreted as markup.
class OdtRenderer final
{
public:
    OdtRenderer(const ReportDocument &document, const ReportText &text);
    /// The .odt bytes; empty with \a error set when Qt could not write them.
    QByteArray render(QString *error) const;

private:
    const ReportDocument &m_document;
    const ReportText &m_text;
};

} // namespace fallback::report
