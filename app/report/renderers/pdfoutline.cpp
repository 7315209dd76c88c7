// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/renderers/pdfoutline.h"

namespace fallback::report {

QByteArray withOutline(const QByteArray &pdf, const QList<PagedRenderer::Bookmark> &bookmarks,
    const PdfProperties &properties, QString *error)
{
    QByteArray result;
    return FormatLibs::addOutline(pdf, bookmarks, properties, &result, error) ? result : QByteArray();
}

} // namespace fallback::report
