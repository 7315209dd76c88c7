// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/reportdocument.h"
#include "report/renderers/pagedrenderer.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QSqlDatabase>

#include <optional>

namespace fallback::report {

class ReportText;

enum class ReportKind { Plan, Review, Roster, Checklist, Drill, Communications, RoleCards, DutyRoster };
enum class ReportFormat { Pdf, Html, Odt, Docx };

/// What to produce: which report, of which record, in which format and language.
struct ReportRequest
{
    ReportKind kind = ReportKind::Plan;
    std::optional<qint64> id; ///< review, checklist and duty roster (upgrade), drill; none: the newest
    ReportFormat format = ReportFormat::Pdf;
    QString language = QStringLiteral("en");
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

/// Builds reports from a plan and writes them, all or nothing.
class ReportExporter final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::report::ReportExporter)
public:
    static std::optional<ReportKind> kindFromName(const QString &name);
    static std::optional<ReportFormat> formatFromName(const QString &name);
    static QStringList kindNames();
    static QStringList formatNames();
    static QString suffix(ReportFormat format);

    /// The report as a format-independent document; nullopt with a translated
    /// \a error when the requested record does not exist.
    static std::optional<ReportDocument> build(
        const QSqlDatabase &db, const ReportRequest &request, const ReportText &text, QString *error);

    /// Builds, renders and writes the report to \a path through OutputFile.
    /// Returns an empty string on success, else a translated message; a failed
    /// export leaves no file behind. \a progress may cancel.
    static QString exportToFile(const QSqlDatabase &db, const ReportRequest &request, const QString &path,
        const PagedRenderer::Progress &progress = {});
};

} // namespace fallback::report
