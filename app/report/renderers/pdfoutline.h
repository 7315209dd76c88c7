// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/formatlibs/formatlibs.h"
#include "report/renderers/pagedrenderer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fallback::report {

/// What Qt's PDF writer has no API for, added with libqpdf: the outline
/// (bookmarks) of the title and headings, opened beside the pages, and the
/// author, subject and language. Returns the new PDF; empty with \a error set
/// (qpdf's words) when \a pdf could not be read or written, or the module
/// that holds libqpdf could not be loaded (see FormatLibs).
QByteArray withOutline(const QByteArray &pdf, const QList<PagedRenderer::Bookmark> &bookmarks,
    const PdfProperties &properties, QString *error);

} // namespace fallback::report
