// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fallback::report {

/// A heading of a paged report and where it landed: an entry of the PDF's outline.
struct OutlineEntry
{
    QString title;
    int level = 1;
    int page = 0;
    qreal topPt = 0;
};

/// The document properties a PDF report carries besides Qt's title and creator.
struct PdfProperties
{
    QString title;
    QString author; ///< the plan's organisation
    QString subject; ///< the plan's title
    QString language; ///< BCP 47: "zh-CN", "en"
};

/// One file of a zip archive.
struct ZipEntry
{
    QString name;
    QByteArray bytes;
    bool compressed = true;
};

/// libqpdf and libzip, with the TLS, crypto and compression libraries they
/// bring, live in a module of their own (fallback_formatlibs) that is loaded
/// the first time a PDF, ODT or DOCX is written: linked into the program,
/// loading them cost every start-up about 15 ms, a sixth of it, for a window
/// that may never write a report.
class FormatLibs final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::FormatLibs)
public:
    /// What Qt's PDF writer has no API for, added to \a pdf with libqpdf:
    /// the outline (bookmarks) of the title and headings, opened beside the
    /// pages, and the author, subject and language. False with \a error set
    /// (qpdf's words) when \a pdf could not be read or written, or the
    /// module could not be loaded.
    static bool addOutline(const QByteArray &pdf, const QList<OutlineEntry> &outline, const PdfProperties &properties,
        QByteArray *result, QString *error);
    /// The zip archive of \a entries, in their order.
    static bool zip(const QList<ZipEntry> &entries, QByteArray *result, QString *error);
};

/// The module's entry points, resolved by these names.
using AddOutlineFunction = bool (*)(const QByteArray &pdf, const QList<OutlineEntry> &outline,
    const PdfProperties &properties, QByteArray &result, QString &error);
using ZipFunction = bool (*)(const QList<ZipEntry> &entries, QByteArray &result, QString &error);
inline constexpr char AddOutlineSymbol[] = "fallback_formatlibs_add_outline";
inline constexpr char ZipSymbol[] = "fallback_formatlibs_zip";

} // namespace fallback::report
