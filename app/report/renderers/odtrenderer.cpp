// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/renderers/odtrenderer.h"

#include "report/document/headingnumbers.h"
#include "report/document/reporttext.h"
#include "report/renderers/htmlrenderer.h"
#include "report/renderers/pagedrenderer.h"

#include <QBuffer>
#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>

namespace fallback::report {

OdtRenderer::OdtRenderer(const ReportDocument &document, const ReportText &text)
    : m_document(document)
    , m_text(text)
{ }

QByteArray OdtRenderer::render(QString *error) const
{
    QTextDocument document;
    QFont base(PagedRenderer::fontFamily(m_text.language()));
    base.setPointSizeF(10.5);
    document.setDefaultFont(base);
    document.setMetaInformation(QTextDocument::DocumentTitle, m_document.title);
    QTextCursor cursor(&document);

    QTextCharFormat body;
    body.setFontFamilies({base.family()});
    body.setFontPointSize(10.5);
    QTextCharFormat bold = body;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat note = body;
    note.setFontItalic(true);
    note.setForeground(QColor(0x60, 0x60, 0x60));
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(6);

    auto heading = [&](const QString &text, qreal size, int level) {
        QTextBlockFormat format;
        format.setHeadingLevel(level);
        format.setTopMargin(level <= 1 ? 14 : 10);
        format.setBottomMargin(4);
        QTextCharFormat chars = bold;
        chars.setFontPointSize(size);
        cursor.insertBlock(format, chars);
        cursor.insertText(text, chars);
    };
    auto fields = [&](const QList<QPair<QString, QString>> &lines) {
        for (const auto &[label, value] : lines) {
            cursor.insertBlock(paragraph, body);
            cursor.insertText(label + QStringLiteral(": "), bold);
            cursor.insertText(value, body);
        }
    };

    cursor.setBlockFormat(paragraph);
    cursor.insertText(m_document.planTitle + QStringLiteral("    ") + m_document.classification, note);
    heading(m_document.title, 22, 1);
    if (!m_document.subtitle.isEmpty()) {
        cursor.insertBlock(paragraph, body);
        QTextCharFormat subtitle = body;
        subtitle.setFontPointSize(13);
        cursor.insertText(m_document.subtitle, subtitle);
    }
    fields(m_document.coverFields);

    const QStringList numbers = headingNumbers(m_document, m_text);
    int figureNumber = 0;
    for (qsizetype index = 0; index < m_document.blocks.size(); ++index) {
        const Block &block = m_document.blocks.at(index);
        switch (block.kind) {
        case Block::Kind::Heading: {
            QString number = numbers.at(index);
            if (!number.isEmpty() && !m_text.isChinese()) {
                number += QLatin1Char(' ');
            }
            heading(number + block.text, block.level <= 1 ? 14 : 11.5, block.level + 1);
            break;
        }
        case Block::Kind::Paragraph:
            for (const QString &line : block.text.split(QLatin1Char('\n'))) {
                cursor.insertBlock(paragraph, body);
                cursor.insertText(line, body);
            }
            break;
        case Block::Kind::Empty:
            cursor.insertBlock(paragraph, note);
            cursor.insertText(block.text, note);
            break;
        case Block::Kind::Fields:
        case Block::Kind::Signature:
            fields(block.fields);
            break;
        case Block::Kind::Table: {
            const Table &table = block.table;
            const int columns = int(table.header.size());
            if (columns == 0) {
                break;
            }
            QTextTableFormat format;
            format.setHeaderRowCount(1);
            format.setCellPadding(3);
            format.setCellSpacing(0);
            format.setBorder(0.5);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderCollapse(true);
            // Widths in points of an A4 text column: Qt writes percentages into
            // ODF as values that LibreOffice and Word do not read as such.
            constexpr qreal TextWidthPt = 170 * 72 / 25.4;
            format.setWidth(QTextLength(QTextLength::FixedLength, TextWidthPt));
            qreal total = 0;
            for (int c = 0; c < columns; ++c) {
                total += table.widths.value(c, 1);
            }
            QList<QTextLength> widths;
            for (int c = 0; c < columns; ++c) {
                widths << QTextLength(QTextLength::FixedLength, TextWidthPt * table.widths.value(c, 1) / total);
            }
            format.setColumnWidthConstraints(widths);
            cursor.movePosition(QTextCursor::End);
            QTextTable *textTable = cursor.insertTable(int(table.rows.size()) + 1, columns, format);
            QTextCharFormat cellChars = body;
            cellChars.setFontPointSize(9.5 * table.fontScale);
            QTextCharFormat headerChars = bold;
            headerChars.setFontPointSize(9.5);
            for (int c = 0; c < columns; ++c) {
                QTextTableCell cell = textTable->cellAt(0, c);
                QTextCharFormat background = cell.format();
                background.setBackground(QColor(0xE8, 0xEC, 0xF1));
                cell.setFormat(background);
                cell.firstCursorPosition().insertText(table.header.at(c), headerChars);
            }
            for (int r = 0; r < table.rows.size(); ++r) {
                const QList<TableCell> &row = table.rows.at(r);
                for (int c = 0; c < columns; ++c) {
                    const TableCell data = row.value(c);
                    QTextTableCell cell = textTable->cellAt(r + 1, c);
                    if (data.background.isValid()) {
                        QTextCharFormat background = cell.format();
                        background.setBackground(data.background);
                        cell.setFormat(background);
                    }
                    QTextCharFormat chars = data.bold ? headerChars : cellChars;
                    if (data.bold) {
                        chars.setFontPointSize(9.5 * table.fontScale);
                    }
                    cell.firstCursorPosition().insertText(
                        (data.checkbox ? QStringLiteral("☐ ") : QString()) + data.text, chars);
                }
            }
            cursor.movePosition(QTextCursor::End);
            break;
        }
        case Block::Kind::Figure: {
            const QImage image = QImage::fromData(HtmlRenderer::figurePng(block.figure), "PNG");
            const QUrl name(QStringLiteral("figure%1.png").arg(++figureNumber));
            document.addResource(QTextDocument::ImageResource, name, image);
            QTextImageFormat picture;
            picture.setName(name.toString());
            // Points on the page: the figure's size in millimetres.
            picture.setWidth(block.figure.widthMm * 72 / 25.4);
            picture.setHeight(block.figure.heightMm * 72 / 25.4);
            cursor.insertBlock(paragraph, body);
            cursor.insertImage(picture);
            break;
        }
        case Block::Kind::PageBreak: {
            QTextBlockFormat breakFormat = paragraph;
            breakFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
            cursor.insertBlock(breakFormat, body);
            break;
        }
        }
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "ODF");
    if (!writer.write(&document)) {
        if (error) {
            *error = QStringLiteral("ODF");
        }
        return {};
    }
    return bytes;
}

} // namespace fallback::report
