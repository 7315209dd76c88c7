// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/renderers/pagedrenderer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fallback::report {

/// The document properties a PDF report carries besides Qt's title and creator.
struct PdfProperties
{
    QString title;
    QString author; ///< the plan's organisation
    QString subject; ///< the plan's title
    QString language; ///< BCP 47: "zh-CN", "en"
};

/// What Qt's PDF writer has no API for, added with libqpdf: the outline
/// (bookmarks) of the title and headings, opened beside the pages, and the
/// author, subject and language. Returns the new PDF; empty with \a error set
/// (qpdf's words) when \a pdf could not be read or written.
QByteArray withOutline(const QByteArray &pdf, const QList<PagedRenderer::Bookmark> &bookmarks,
    const PdfProperties &properties, QString *error);

} // namespace fallback::report
