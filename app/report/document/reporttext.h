// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/textcatalogue.h"
#include "document/vocabulary.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace fallback::report {

/// The words of a report in the report's own language, which need not be the
/// interface language: strings are marked with QT_TR_NOOP in the builders and
/// looked up here, in the catalogue of the report language.
class ReportText final
{
public:
    /// Words in \a language, times in \a zone (the plan's).
    ReportText(const QString &language, const QTimeZone &zone);
    ~ReportText();
    Q_DISABLE_COPY_MOVE(ReportText)

    QString language() const { return m_catalogue.language(); }
    QTimeZone timeZone() const { return m_zone; }
    /// The zone as a reader knows it: "China Standard Time (Asia/Shanghai)", "中国标准时间（Asia/Shanghai）".
    QString timeZoneName() const;
    bool isChinese() const { return m_catalogue.isChinese(); }

    QString translate(const char *context, const char *source, int n = -1) const
    {
        return m_catalogue.translate(context, source, n);
    }
    /// Label of a stored value of a value list.
    QString label(Vocabulary::Kind kind, const QString &value) const { return m_catalogue.label(kind, value); }

    /// "一、" / "1" for top-level sections, "（一）" / "1.1" below them.
    QString sectionNumber(int level, int index, int parentIndex) const;
    /// A stored date (YYYY-MM-DD) or time (ISO 8601, UTC) for print, times in
    /// the plan's zone; empty stays empty.
    QString date(const QString &iso) const;
    QString dateTime(const QString &iso) const;
    QString time(const QString &iso) const;
    /// A moment as the plan's clock shows it.
    QDateTime inZone(const QDateTime &moment) const { return moment.toTimeZone(m_zone); }

private:
    QTimeZone m_zone;
    TextCatalogue m_catalogue;
};

} // namespace fallback::report
