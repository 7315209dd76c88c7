// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/vocabulary.h"

#include <QString>

#include <memory>

class QTranslator;

namespace fallback::report {

/// The words of a report in the report's own language, which need not be the
/// interface language: strings are marked with QT_TR_NOOP in the builders and
/// looked up here, in the catalogue of the report language.
class ReportText final
{
public:
    explicit ReportText(const QString &language);
    ~ReportText();
    Q_DISABLE_COPY_MOVE(ReportText)

    QString language() const { return m_language; }
    bool isChinese() const { return m_language.startsWith(QLatin1String("zh")); }

    QString translate(const char *context, const char *source, int n = -1) const;
    /// Label of a stored value of a value list.
    QString label(Vocabulary::Kind kind, const QString &value) const;

    /// "一、" / "1" for top-level sections, "（一）" / "1.1" below them.
    QString sectionNumber(int level, int index, int parentIndex) const;
    /// A stored date (YYYY-MM-DD) or time (ISO 8601, UTC) for print; empty stays empty.
    QString date(const QString &iso) const;
    QString dateTime(const QString &iso) const;
    QString time(const QString &iso) const;

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace fallback::report
