// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/reportdocument.h"

#include <QByteArray>

namespace fallback::report {

class ReportText;

/// Writes a report as one self-contained HTML file: styles inline, figures as
/// data: URIs, nothing fetched from anywhere. Every text is escaped.
class HtmlRenderer final
{
public:
    HtmlRenderer(const ReportDocument &document, const ReportText &text);
    QByteArray render() const;

    /// A figure as PNG bytes, for formats that embed images.
    static QByteArray figurePng(const Figure &figure);

private:
    const ReportDocument &m_document;
    const ReportText &m_text;
};

} // namespace fallback::report
