// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRegularExpression>
#include <QStringList>

namespace fallback::report::style {

// How a report looks, the same in every format: sizes in points.
constexpr qreal BodyPt = 10;
constexpr qreal SmallPt = 8.5; ///< running header and footer
constexpr qreal TitlePt = 24;
constexpr qreal SubtitlePt = 14;
constexpr qreal Heading1Pt = 14;
constexpr qreal Heading2Pt = 11.5;
constexpr qreal TableScale = 0.9; ///< table print relative to the body
/// The body starts this far below the top margin and ends this far above the
/// bottom one: room for the running header and footer.
constexpr qreal RunningMm = 12;
/// A field's label takes this share of the text width, its value the rest.
constexpr qreal LabelShare = 0.3;

inline const QColor RuleColour(0x80, 0x80, 0x80);
inline const QColor HeaderFill(0xE8, 0xEC, 0xF1);
inline const QColor NoteColour(0x60, 0x60, 0x60);

/// "Page %1 of %2" cut around its two numbers: {"Page ", "%1", " of ", "%2"}
/// (empty pieces left out), for formats whose page numbers are fields.
inline QStringList pageNumberPieces(const QString &pattern)
{
    QStringList pieces;
    static const QRegularExpression Number(QStringLiteral("%[12]"));
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : Number.globalMatch(pattern)) {
        if (match.capturedStart() > from) {
            pieces << pattern.mid(from, match.capturedStart() - from);
        }
        pieces << match.captured();
        from = match.capturedEnd();
    }
    if (from < pattern.size()) {
        pieces << pattern.mid(from);
    }
    return pieces;
}

} // namespace fallback::report::style
