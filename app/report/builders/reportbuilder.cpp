// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/builders/reportbuilder.h"

namespace fallback::report {

namespace {
// A variable, not a literal, so that lupdate takes the strings from QT_TRANSLATE_NOOP.
constexpr const char *Context = "fallback::report::ReportBuilder";
} // namespace

ReportBuilder::ReportBuilder(const PlanContentReader &reader, const ReportText &text, const char *context)
    : m_reader(reader)
    , m_text(text)
    , m_header(reader.header())
    , m_context(context)
{ }

ReportDocument ReportBuilder::begin(const QString &title) const
{
    ReportDocument document;
    document.title = title;
    document.planTitle = m_header.title;
    document.classification = m_header.classification;
    document.organisation = m_header.organisation;
    document.pageNumbers
        = m_text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::ReportBuilder", "Page %1 of %2"));
    document.language = m_text.language();
    // Context, not the literal: lupdate takes translate("literal", NOOP(...)) for
    // a call it cannot read and leaves the text out of the catalogue.
    document.version = m_header.version.isEmpty()
        ? QString()
        : m_text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::ReportBuilder", "Version %1"))
              .arg(m_header.version);
    return document;
}

QString ReportBuilder::timeZoneNote() const
{
    return m_text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::ReportBuilder", "All times are %1."))
        .arg(m_text.timeZoneName());
}

QPair<QString, QString> ReportBuilder::timeZoneField() const
{
    return {m_text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::ReportBuilder", "Time zone")),
        m_text.timeZoneName()};
}

QString ReportBuilder::nothingRecorded() const
{
    return m_text.translate(
        Context, QT_TRANSLATE_NOOP("fallback::report::ReportBuilder", "Nothing is recorded in this section."));
}

void ReportBuilder::textOrNothing(ReportDocument &doc, const QString &text) const
{
    if (text.trimmed().isEmpty()) {
        doc.empty(nothingRecorded());
    } else {
        doc.paragraph(text);
    }
}

QString ReportBuilder::minutes(const std::optional<int> &value) const
{
    if (!value) {
        return QStringLiteral("—");
    }
    // Two weeks of preparation read better as days than as 20160 minutes.
    const int total = *value;
    if (total >= 24 * 60) {
        return m_text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::ReportBuilder", "%1 d %2 h"))
            .arg(total / (24 * 60))
            .arg((total / 60) % 24);
    }
    if (total >= 60) {
        return m_text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::ReportBuilder", "%1 h %2 min"))
            .arg(total / 60)
            .arg(total % 60);
    }
    return m_text.translate(Context, QT_TRANSLATE_NOOP("fallback::report::ReportBuilder", "%1 min")).arg(total);
}

} // namespace fallback::report
