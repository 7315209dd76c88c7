// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

namespace fallback::report {

/// One cell of a report table. Text is plain text, never markup.
struct TableCell
{
    QString text;
    QColor background = {};
    bool bold = false;
    /// An empty box to tick by hand, drawn before the text.
    bool checkbox = false;
};

struct Table
{
    QStringList header;
    QList<qreal> widths; ///< relative column widths
    QList<QList<TableCell>> rows;
    qreal fontScale = 1.0; ///< larger print, for the roster's phone numbers
    qreal minRowHeightMm = 0; ///< room for handwriting on the paper checklist

    /// Each column's share of the table's width (together 1), from the
    /// relative widths; a column without one counts as 1.
    QList<qreal> columnShares() const
    {
        qreal total = 0;
        for (qsizetype c = 0; c < header.size(); ++c) {
            total += widths.value(c, 1);
        }
        QList<qreal> shares;
        for (qsizetype c = 0; c < header.size(); ++c) {
            shares << widths.value(c, 1) / total;
        }
        return shares;
    }
};

/// A picture drawn by the report itself (heat map, timeline chart), as vectors
/// in PDF and print, as an embedded image in HTML and ODT.
struct Figure
{
    qreal widthMm = 120;
    qreal heightMm = 80;
    std::function<void(QPainter &, const QRectF &)> draw;
};

struct Block
{
    enum class Kind {
        Heading, ///< numbered section heading; level 1 or 2
        Paragraph,
        Fields, ///< label: value lines
        Table,
        Figure,
        Empty, ///< "nothing is recorded" in place of an empty section
        Signature, ///< sign-off lines
        PageBreak,
    };
    Kind kind = Kind::Paragraph;
    int level = 1;
    bool numbered = true; ///< headings only; an appendix or a roster group is not numbered
    QString text;
    QList<QPair<QString, QString>> fields;
    fallback::report::Table table;
    fallback::report::Figure figure;
};

/// A report independent of its output format.
struct ReportDocument
{
    QString title; ///< of the report, on the cover and in the window of HTML
    QString subtitle;
    QString planTitle, version, classification; ///< in every page header
    QString organisation; ///< the plan's, the author in a file's properties
    QString pageNumbers; ///< "Page %1 of %2" in the words of the report
    QString language; ///< "en" or "zh_CN"
    QList<QPair<QString, QString>> coverFields; ///< e.g. version, effective date
    QList<Block> blocks;

    void heading(int level, const QString &text, bool numbered = true)
    {
        Block block;
        block.kind = Block::Kind::Heading;
        block.level = level;
        block.text = text;
        block.numbered = numbered;
        blocks.append(block);
    }
    void paragraph(const QString &text)
    {
        if (text.trimmed().isEmpty()) {
            return;
        }
        Block block;
        block.kind = Block::Kind::Paragraph;
        block.text = text;
        blocks.append(block);
    }
    void empty(const QString &text)
    {
        Block block;
        block.kind = Block::Kind::Empty;
        block.text = text;
        blocks.append(block);
    }
    void fields(const QList<QPair<QString, QString>> &fields)
    {
        Block block;
        block.kind = Block::Kind::Fields;
        block.fields = fields;
        blocks.append(block);
    }
    void table(const fallback::report::Table &table)
    {
        Block block;
        block.kind = Block::Kind::Table;
        block.table = table;
        blocks.append(block);
    }
    void figure(const fallback::report::Figure &figure)
    {
        Block block;
        block.kind = Block::Kind::Figure;
        block.figure = figure;
        blocks.append(block);
    }
    void signature(const QList<QPair<QString, QString>> &lines)
    {
        Block block;
        block.kind = Block::Kind::Signature;
        block.fields = lines;
        blocks.append(block);
    }
    void pageBreak()
    {
        Block block;
        block.kind = Block::Kind::PageBreak;
        blocks.append(block);
    }
};

} // namespace fallback::report
