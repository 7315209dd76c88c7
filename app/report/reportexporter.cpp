// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportexporter.h"

#include "content/plancontentreader.h"
#include "report/builders/checklistreport.h"
#include "report/builders/communicationsreport.h"
#include "report/builders/drillreport.h"
#include "report/builders/dutyrosterreport.h"
#include "report/builders/planreport.h"
#include "report/builders/reviewreport.h"
#include "report/builders/rolecardsreport.h"
#include "report/builders/rosterreport.h"
#include "report/document/reporttext.h"
#include "report/formatlibs/formatlibs.h"
#include "report/renderers/docxrenderer.h"
#include "report/renderers/htmlrenderer.h"
#include "report/renderers/odtrenderer.h"
#include "storage/outputfile.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>

namespace fallback::report {

QStringList ReportExporter::kindNames()
{
    return {QStringLiteral("plan"), QStringLiteral("review"), QStringLiteral("roster"), QStringLiteral("checklist"),
        QStringLiteral("drill"), QStringLiteral("communications"), QStringLiteral("role-cards"),
        QStringLiteral("duty-roster")};
}

QStringList ReportExporter::formatNames()
{
    return {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("odt"), QStringLiteral("docx")};
}

std::optional<ReportKind> ReportExporter::kindFromName(const QString &name)
{
    const qsizetype index = kindNames().indexOf(name);
    return index < 0 ? std::nullopt : std::optional<ReportKind>(ReportKind(index));
}

std::optional<ReportFormat> ReportExporter::formatFromName(const QString &name)
{
    const qsizetype index = formatNames().indexOf(name);
    return index < 0 ? std::nullopt : std::optional<ReportFormat>(ReportFormat(index));
}

QString ReportExporter::suffix(ReportFormat format)
{
    return formatNames().at(int(format));
}

std::optional<ReportDocument> ReportExporter::build(
    const QSqlDatabase &db, const ReportRequest &request, const ReportText &text, QString *error)
{
    // One read transaction, so that the report shows one state of the plan.
    Transaction snapshot(db);
    const PlanContentReader reader(db);
    auto pick = [&](const QString &table) -> std::optional<qint64> {
        return request.id ? request.id : reader.latestId(table);
    };
    switch (request.kind) {
    case ReportKind::Plan:
        return PlanReport(reader, text).build();
    case ReportKind::Roster:
        return RosterReport(reader, text).build();
    case ReportKind::Communications:
        return CommunicationsReport(reader, text).build();
    case ReportKind::RoleCards:
        return RoleCardsReport(reader, text).build();
    case ReportKind::DutyRoster: {
        const std::optional<qint64> id = pick(QStringLiteral("upgrade"));
        if (!id || !reader.upgrade(*id)) {
            *error = id ? tr("The plan has no upgrade with id %1.").arg(*id) : tr("The plan has no upgrade yet.");
            return std::nullopt;
        }
        return DutyRosterReport(reader, text).build(*id);
    }
    case ReportKind::Review: {
        const std::optional<qint64> id = pick(QStringLiteral("review"));
        const std::optional<content::Review> review = id ? reader.review(*id) : std::nullopt;
        if (!review) {
            *error = id ? tr("The plan has no review with id %1.").arg(*id) : tr("The plan has no review yet.");
            return std::nullopt;
        }
        return ReviewReport(reader, text).build(*review);
    }
    case ReportKind::Checklist: {
        const std::optional<qint64> id = pick(QStringLiteral("upgrade"));
        if (!id) {
            // Before the first upgrade is planned, paper copies of the templates.
            const QList<content::ChecklistTemplate> templates = reader.checklistTemplates();
            if (templates.isEmpty()) {
                *error = tr("The plan has no upgrade and no checklist template yet.");
                return std::nullopt;
            }
            return ChecklistReport(reader, text).buildBlank(templates);
        }
        const std::optional<content::Upgrade> upgrade = reader.upgrade(*id);
        if (!upgrade) {
            *error = tr("The plan has no upgrade with id %1.").arg(*id);
            return std::nullopt;
        }
        return ChecklistReport(reader, text).build(*upgrade);
    }
    case ReportKind::Drill: {
        const std::optional<qint64> id = pick(QStringLiteral("drill"));
        const std::optional<content::Drill> drill = id ? reader.drill(*id) : std::nullopt;
        if (!drill) {
            *error = id ? tr("The plan has no drill with id %1.").arg(*id) : tr("The plan has no drill yet.");
            return std::nullopt;
        }
        return DrillReport(reader, text).build(*drill);
    }
    }
    return std::nullopt;
}

QString ReportExporter::exportToFile(
    const QSqlDatabase &db, const ReportRequest &request, const QString &path, const PagedRenderer::Progress &progress)
{
    const ReportText text(request.language, PlanContentReader(db).timeZone());
    QString error;
    const std::optional<ReportDocument> document = build(db, request, text, &error);
    if (!document) {
        return error;
    }
    QByteArray bytes;
    switch (request.format) {
    case ReportFormat::Pdf: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setTitle(document->title);
        writer.setCreator(QStringLiteral("Fallback " FALLBACK_VERSION_STRING));
        writer.setPageLayout(PagedRenderer::pageLayout(request.pageSize));
        PagedRenderer renderer(*document, text);
        if (renderer.render(&writer, progress) == 0) {
            return tr("The report was cancelled.");
        }
        buffer.close();
        QByteArray withOutline;
        if (!FormatLibs::addOutline(bytes, renderer.bookmarks(),
                {document->title, document->organisation, document->planTitle,
                    text.isChinese() ? QStringLiteral("zh-CN") : QStringLiteral("en")},
                &withOutline, &error)) {
            return tr("The PDF's bookmarks could not be added: %1").arg(error);
        }
        bytes = withOutline;
        break;
    }
    case ReportFormat::Html:
        bytes = HtmlRenderer(*document, text).render();
        break;
    case ReportFormat::Odt:
        bytes = OdtRenderer(*document, text, PagedRenderer::pageLayout(request.pageSize)).render(&error);
        if (bytes.isEmpty()) {
            return tr("The OpenDocument file could not be produced: %1").arg(error);
        }
        break;
    case ReportFormat::Docx:
        bytes = DocxRenderer(*document, text, PagedRenderer::pageLayout(request.pageSize)).render(&error);
        if (bytes.isEmpty()) {
            return tr("The Word document could not be produced: %1").arg(error);
        }
        break;
    }
    return OutputFile::write(path, bytes);
}

} // namespace fallback::report
