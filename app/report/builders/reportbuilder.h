// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/plancontentreader.h"
#include "report/document/reportdocument.h"
#include "report/document/reporttext.h"

namespace fallback::report {

/// What every report builder shares: the plan it reads, the language it
/// writes, and the running header of its pages.
class ReportBuilder
{
public:
    ReportBuilder(const PlanContentReader &reader, const ReportText &text, const char *context);
    virtual ~ReportBuilder() = default;
    Q_DISABLE_COPY_MOVE(ReportBuilder)

protected:
    /// A string marked with QT_TR_NOOP in the builder, in the report language.
    QString t(const char *source, int n = -1) const { return m_text.translate(m_context, source, n); }
    QString label(Vocabulary::Kind kind, const QString &value) const { return m_text.label(kind, value); }
    /// A document with the plan's running header and the report's title.
    ReportDocument begin(const QString &title) const;
    /// "All times are China Standard Time (Asia/Shanghai)." in the words of the report.
    QString timeZoneNote() const;
    /// The same as a field: "Time zone", "China Standard Time (Asia/Shanghai)".
    QPair<QString, QString> timeZoneField() const;
    /// "Nothing is recorded" in the words of the report.
    QString nothingRecorded() const;
    /// \a text as a paragraph, or the "nothing is recorded" note when it is blank.
    void textOrNothing(ReportDocument &doc, const QString &text) const;
    /// Text for an optional number of minutes.
    QString minutes(const std::optional<int> &value) const;

    const PlanContentReader &m_reader;
    const ReportText &m_text;
    const content::Header m_header;

private:
    const char *m_context;
};

} // namespace fallback::report
