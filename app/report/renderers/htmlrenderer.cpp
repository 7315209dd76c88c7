// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/renderers/htmlrenderer.h"

#include "report/document/headingnumbers.h"
#include "report/document/reporttext.h"
#include "report/renderers/pagedrenderer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace fallback::report {

namespace {
QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

const char *const StyleSheet = R"(
body { font-family: %1, sans-serif; font-size: 10.5pt; color: #111; max-width: 190mm; margin: 12mm auto; line-height: 1.45; }
.running { display: flex; justify-content: space-between; color: #666; font-size: 8.5pt; border-bottom: 1px solid #999; margin-bottom: 8mm; }
h1.title { font-size: 22pt; margin: 0 0 2mm; }
p.subtitle { font-size: 13pt; color: #555; margin: 0 0 6mm; }
h2 { font-size: 14pt; margin: 7mm 0 2mm; page-break-after: avoid; }
h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; page-break-after: avoid; }
p { margin: 0 0 2.5mm; overflow-wrap: anywhere; }
p.empty { color: #666; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 4mm; font-size: 9.5pt; }
th, td { border: 1px solid #888; padding: 1.2mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead { display: table-header-group; }
th { background: #E8ECF1; }
table.fields td { border: none; padding: 0.6mm 2mm 0.6mm 0; }
table.fields td.label { font-weight: bold; width: 30%; }
table.signature td { border: none; padding: 6mm 2mm 0 0; }
table.signature td.line { border-bottom: 1px solid #000; width: 70%; }
span.box { display: inline-block; width: 3.2mm; height: 3.2mm; border: 1px solid #000; margin-right: 1.5mm; vertical-align: -0.4mm; }
figure { margin: 3mm 0 5mm; text-align: center; }
figure img { max-width: 100%; }
.pagebreak { page-break-after: always; }
@media print { body { margin: 0; max-width: none; } }
)";
} // namespace

HtmlRenderer::HtmlRenderer(const ReportDocument &document, const ReportText &text)
    : m_document(document)
    , m_text(text)
{ }

QByteArray HtmlRenderer::figurePng(const Figure &figure)
{
    // 150 dots per inch: sharp on paper and on screen, small in the file.
    const qreal dotsPerMm = 150 / 25.4;
    QImage image(QSize(int(figure.widthMm * dotsPerMm), int(figure.heightMm * dotsPerMm)), QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(dotsPerMm * 1000));
    image.setDotsPerMeterY(int(dotsPerMm * 1000));
    if (figure.draw) {
        QPainter painter(&image);
        figure.draw(painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray HtmlRenderer::render() const
{
    const QStringList headings = headingTexts(m_document, m_text);
    QString html;
    html.reserve(1 << 20);
    const QString language = m_text.isChinese() ? QStringLiteral("zh-CN") : QStringLiteral("en");
    const QString family = QLatin1Char('"') + PagedRenderer::fontFamily(m_text.language()) + QLatin1Char('"')
        + QStringLiteral(", \"Noto Sans CJK SC\", \"DejaVu Sans\"");
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
                           "<style>%3</style>\n</head>\n<body>\n")
                .arg(language, escaped(m_document.title), QString::fromLatin1(StyleSheet).arg(family));
    html += QStringLiteral("<div class=\"running\"><span>%1</span><span>%2</span><span>%3</span></div>\n")
                .arg(escaped(m_document.planTitle), escaped(m_document.version), escaped(m_document.classification));
    html += QStringLiteral("<h1 class=\"title\">%1</h1>\n").arg(escaped(m_document.title));
    if (!m_document.subtitle.isEmpty()) {
        html += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(escaped(m_document.subtitle));
    }
    auto fieldsTable = [&](const QList<QPair<QString, QString>> &fields) {
        html += QLatin1String("<table class=\"fields\">\n");
        for (const auto &[label, value] : fields) {
            html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>\n")
                        .arg(escaped(label), escaped(value));
        }
        html += QLatin1String("</table>\n");
    };
    if (!m_document.coverFields.isEmpty()) {
        fieldsTable(m_document.coverFields);
    }
    for (qsizetype index = 0; index < m_document.blocks.size(); ++index) {
        const Block &block = m_document.blocks.at(index);
        switch (block.kind) {
        case Block::Kind::Heading: {
            const QString tag = block.level <= 1 ? QStringLiteral("h2") : QStringLiteral("h3");
            html += QStringLiteral("<%1>%2</%1>\n").arg(tag, escaped(headings.at(index)));
            break;
        }
        case Block::Kind::Paragraph:
            html += QStringLiteral("<p>%1</p>\n").arg(escaped(block.text));
            break;
        case Block::Kind::Empty:
            html += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(escaped(block.text));
            break;
        case Block::Kind::Fields:
            fieldsTable(block.fields);
            break;
        case Block::Kind::Table: {
            const Table &table = block.table;
            html += QLatin1String("<table>\n<thead><tr>");
            const QList<qreal> shares = table.columnShares();
            for (qsizetype c = 0; c < table.header.size(); ++c) {
                html += QStringLiteral("<th style=\"width:%1%\">%2</th>")
                            .arg(qRound(100 * shares.at(c)))
                            .arg(escaped(table.header.at(c)));
            }
            html += QLatin1String("</tr></thead>\n<tbody>\n");
            const QString rowStyle = table.minRowHeightMm > 0
                ? QStringLiteral(" style=\"height:%1mm\"").arg(table.minRowHeightMm)
                : QString();
            const QString fontStyle = table.fontScale != 1.0
                ? QStringLiteral(" style=\"font-size:%1pt\"").arg(9.5 * table.fontScale, 0, 'f', 1)
                : QString();
            for (const QList<TableCell> &row : table.rows) {
                html += QStringLiteral("<tr%1>").arg(rowStyle);
                for (qsizetype c = 0; c < table.header.size(); ++c) {
                    const TableCell cell = row.value(c);
                    QString style;
                    if (cell.background.isValid()) {
                        style += QStringLiteral("background:%1;").arg(cell.background.name());
                    }
                    if (cell.bold) {
                        style += QLatin1String("font-weight:bold;");
                    }
                    html += style.isEmpty() ? QStringLiteral("<td%1>").arg(fontStyle)
                                            : QStringLiteral("<td style=\"%1\">").arg(style);
                    if (cell.checkbox) {
                        html += QLatin1String("<span class=\"box\"></span>");
                    }
                    html += escaped(cell.text);
                    html += QLatin1String("</td>");
                }
                html += QLatin1String("</tr>\n");
            }
            html += QLatin1String("</tbody>\n</table>\n");
            break;
        }
        case Block::Kind::Figure:
            html += QStringLiteral(
                "<figure><img alt=\"\" style=\"width:%1mm\" src=\"data:image/png;base64,%2\"></figure>\n")
                        .arg(block.figure.widthMm)
                        .arg(QString::fromLatin1(figurePng(block.figure).toBase64()));
            break;
        case Block::Kind::Signature:
            html += QLatin1String("<table class=\"signature\">\n");
            for (const auto &[label, value] : block.fields) {
                html += QStringLiteral("<tr><td><b>%1</b></td><td class=\"line\">%2</td></tr>\n")
                            .arg(escaped(label), escaped(value));
            }
            html += QLatin1String("</table>\n");
            break;
        case Block::Kind::PageBreak:
            html += QLatin1String("<div class=\"pagebreak\"></div>\n");
            break;
        }
    }
    html += QLatin1String("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace fallback::report
