// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/renderers/docxrenderer.h"

#include "report/document/headingnumbers.h"
#include "report/document/reporttext.h"
#include "report/package/xmltext.h"
#include "report/package/zipwriter.h"
#include "report/renderers/htmlrenderer.h"
#include "report/renderers/pagedrenderer.h"
#include "report/renderers/reportstyle.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <functional>

namespace fallback::report {

namespace {

const QLatin1String WordNamespace("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QLatin1String RelationshipNamespace("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QLatin1String PackageRelationships("http://schemas.openxmlformats.org/package/2006/relationships");
const QLatin1String OfficeRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

/// Twentieths of a point, Word's unit of length.
int twips(qreal mm)
{
    return qRound(mm * 1440 / 25.4);
}

/// English Metric Units, DrawingML's unit of length.
qint64 emu(qreal mm)
{
    return qRound64(mm * 36000);
}

/// Half-points, Word's unit of font size.
QString halfPoints(qreal points)
{
    return QString::number(qRound(points * 2));
}

void writeValue(QXmlStreamWriter &xml, const QString &element, const QString &value)
{
    xml.writeEmptyElement(element);
    xml.writeAttribute(QStringLiteral("w:val"), value);
}

void writeWordNamespaces(QXmlStreamWriter &xml)
{
    xml.writeAttribute(QStringLiteral("xmlns:w"), WordNamespace);
    xml.writeAttribute(QStringLiteral("xmlns:r"), RelationshipNamespace);
}

/// A run of text: tabs and line breaks as Word's elements, spaces kept.
void writeRun(QXmlStreamWriter &xml, const QString &raw, bool bold = false, qreal points = 0)
{
    const QString text = xmlCharacters(raw);
    xml.writeStartElement(QStringLiteral("w:r"));
    if (bold || points > 0) {
        xml.writeStartElement(QStringLiteral("w:rPr"));
        if (bold) {
            xml.writeEmptyElement(QStringLiteral("w:b"));
            xml.writeEmptyElement(QStringLiteral("w:bCs"));
        }
        if (points > 0) {
            writeValue(xml, QStringLiteral("w:sz"), halfPoints(points));
            writeValue(xml, QStringLiteral("w:szCs"), halfPoints(points));
        }
        xml.writeEndElement();
    }
    qsizetype from = 0;
    auto flush = [&](qsizetype to) {
        if (to > from) {
            xml.writeStartElement(QStringLiteral("w:t"));
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml.writeCharacters(text.mid(from, to - from));
            xml.writeEndElement();
        }
        from = to + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            flush(i);
            xml.writeEmptyElement(QStringLiteral("w:br"));
        } else if (text.at(i) == QLatin1Char('\t')) {
            flush(i);
            xml.writeEmptyElement(QStringLiteral("w:tab"));
        }
    }
    flush(text.size());
    xml.writeEndElement();
}

/// A paragraph of style \a style; \a runs writes its content.
void writeParagraph(QXmlStreamWriter &xml, const QString &style, const std::function<void()> &runs)
{
    xml.writeStartElement(QStringLiteral("w:p"));
    if (!style.isEmpty()) {
        xml.writeStartElement(QStringLiteral("w:pPr"));
        writeValue(xml, QStringLiteral("w:pStyle"), style);
        xml.writeEndElement();
    }
    if (runs) {
        runs();
    }
    xml.writeEndElement();
}

void writeParagraph(QXmlStreamWriter &xml, const QString &style, const QString &text)
{
    writeParagraph(xml, style, [&] { writeRun(xml, text); });
}

QString headingStyle(int level)
{
    return QStringLiteral("Heading%1").arg(level);
}

QByteArray relationships(const QList<std::pair<QString, QString>> &typeAndTarget, const QStringList &ids)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeAttribute(QStringLiteral("xmlns"), PackageRelationships);
    for (qsizetype i = 0; i < typeAndTarget.size(); ++i) {
        xml.writeEmptyElement(QStringLiteral("Relationship"));
        xml.writeAttribute(QStringLiteral("Id"), ids.at(i));
        xml.writeAttribute(QStringLiteral("Type"), typeAndTarget.at(i).first);
        xml.writeAttribute(QStringLiteral("Target"), typeAndTarget.at(i).second);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QString figureId(int number)
{
    return QStringLiteral("rIdFigure%1").arg(number);
}

} // namespace

DocxRenderer::DocxRenderer(const ReportDocument &document, const ReportText &text, const QPageLayout &page)
    : m_document(document)
    , m_text(text)
    , m_page(page)
{ }

QByteArray DocxRenderer::render(QString *error) const
{
    int figures = 0;
    const QByteArray body = document(&figures);

    QByteArray types;
    {
        QXmlStreamWriter xml(&types);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeStartElement(QStringLiteral("Types"));
        xml.writeAttribute(
            QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        auto defaultType = [&](const char *extension, const char *type) {
            xml.writeEmptyElement(QStringLiteral("Default"));
            xml.writeAttribute(QStringLiteral("Extension"), QLatin1String(extension));
            xml.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        defaultType("rels", "application/vnd.openxmlformats-package.relationships+xml");
        defaultType("xml", "application/xml");
        defaultType("png", "image/png");
        auto part = [&](const char *name, const char *type) {
            xml.writeEmptyElement(QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), QLatin1String(name));
            xml.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        part("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        part("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
        part("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
        part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        part("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    QByteArray app;
    {
        QXmlStreamWriter xml(&app);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeStartElement(QStringLiteral("Properties"));
        xml.writeAttribute(QStringLiteral("xmlns"),
            QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        xml.writeTextElement(QStringLiteral("Application"), QStringLiteral("Fallback " FALLBACK_VERSION_STRING));
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    QList<std::pair<QString, QString>> parts = {
        {OfficeRelationship + QLatin1String("styles"), QStringLiteral("styles.xml")},
        {OfficeRelationship + QLatin1String("header"), QStringLiteral("header1.xml")},
        {OfficeRelationship + QLatin1String("footer"), QStringLiteral("footer1.xml")},
    };
    QStringList ids = {QStringLiteral("rIdStyles"), QStringLiteral("rIdHeader"), QStringLiteral("rIdFooter")};
    for (int figure = 1; figure <= figures; ++figure) {
        parts.append({OfficeRelationship + QLatin1String("image"), QStringLiteral("media/figure%1.png").arg(figure)});
        ids << figureId(figure);
    }

    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), types);
    zip.add(QStringLiteral("_rels/.rels"),
        relationships(
            {{OfficeRelationship + QLatin1String("officeDocument"), QStringLiteral("word/document.xml")},
                {QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                "core-properties"),
                    QStringLiteral("docProps/core.xml")},
                {OfficeRelationship + QLatin1String("extended-properties"), QStringLiteral("docProps/app.xml")}},
            {QStringLiteral("rIdDocument"), QStringLiteral("rIdCore"), QStringLiteral("rIdApp")}));
    zip.add(QStringLiteral("word/document.xml"), body);
    zip.add(QStringLiteral("word/_rels/document.xml.rels"), relationships(parts, ids));
    zip.add(QStringLiteral("word/styles.xml"), styles());
    zip.add(QStringLiteral("word/header1.xml"), header());
    zip.add(QStringLiteral("word/footer1.xml"), footer());
    int figure = 0;
    for (const Block &block : m_document.blocks) {
        if (block.kind == Block::Kind::Figure) {
            zip.add(QStringLiteral("word/media/figure%1.png").arg(++figure), HtmlRenderer::figurePng(block.figure),
                ZipWriter::Compression::Store);
        }
    }
    zip.add(QStringLiteral("docProps/core.xml"), coreProperties());
    zip.add(QStringLiteral("docProps/app.xml"), app);
    return zip.finish(error);
}

QByteArray DocxRenderer::document(int *figures) const
{
    const qreal textWidth = m_page.paintRect(QPageLayout::Millimeter).width();
    const QStringList headings = headingTexts(m_document, m_text);
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("w:document"));
    writeWordNamespaces(xml);
    xml.writeAttribute(QStringLiteral("xmlns:wp"),
        QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"));
    xml.writeAttribute(
        QStringLiteral("xmlns:a"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
    xml.writeAttribute(
        QStringLiteral("xmlns:pic"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    xml.writeStartElement(QStringLiteral("w:body"));

    auto labelled = [&](const QString &style, const QString &label, const QString &value, bool line) {
        writeParagraph(xml, style, [&] {
            writeRun(xml, label, true);
            writeRun(xml, QLatin1Char('\t') + value + (line ? QStringLiteral("\t") : QString()));
        });
    };

    const bool cover = !m_document.coverFields.isEmpty();
    writeParagraph(xml, cover ? QStringLiteral("CoverTitle") : headingStyle(1), m_document.title);
    if (!m_document.subtitle.isEmpty()) {
        writeParagraph(xml, QStringLiteral("Subtitle"), m_document.subtitle);
    }
    for (const auto &[label, value] : m_document.coverFields) {
        labelled(QStringLiteral("Field"), label, value, false);
    }

    int figure = 0;
    for (qsizetype index = 0; index < m_document.blocks.size(); ++index) {
        const Block &block = m_document.blocks.at(index);
        switch (block.kind) {
        case Block::Kind::Heading:
            // The report's title is Heading 1; its sections are 2 and 3.
            writeParagraph(xml, headingStyle(std::min(block.level, 2) + 1), headings.at(index));
            break;
        case Block::Kind::Paragraph:
            for (const QString &line : block.text.split(QLatin1Char('\n'))) {
                writeParagraph(xml, QString(), line);
            }
            break;
        case Block::Kind::Empty:
            writeParagraph(xml, QStringLiteral("Note"), block.text);
            break;
        case Block::Kind::Fields:
            for (const auto &[label, value] : block.fields) {
                labelled(QStringLiteral("Field"), label, value, false);
            }
            break;
        case Block::Kind::Signature:
            for (const auto &[label, value] : block.fields) {
                labelled(QStringLiteral("Signature"), label, value, true);
            }
            break;
        case Block::Kind::Table: {
            const Table &table = block.table;
            if (table.header.isEmpty()) {
                break;
            }
            QList<int> widths;
            for (const qreal share : table.columnShares()) {
                widths << twips(textWidth * share);
            }
            xml.writeStartElement(QStringLiteral("w:tbl"));
            xml.writeStartElement(QStringLiteral("w:tblPr"));
            writeValue(xml, QStringLiteral("w:tblStyle"), QStringLiteral("ReportTable"));
            xml.writeEmptyElement(QStringLiteral("w:tblW"));
            xml.writeAttribute(QStringLiteral("w:w"), QString::number(twips(textWidth)));
            xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
            xml.writeEmptyElement(QStringLiteral("w:tblLayout"));
            xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
            xml.writeEndElement(); // w:tblPr
            xml.writeStartElement(QStringLiteral("w:tblGrid"));
            for (const int width : std::as_const(widths)) {
                xml.writeEmptyElement(QStringLiteral("w:gridCol"));
                xml.writeAttribute(QStringLiteral("w:w"), QString::number(width));
            }
            xml.writeEndElement();
            // The roster's larger print, for phone numbers read in a hurry.
            const qreal points = table.fontScale == 1.0 ? 0 : style::BodyPt * style::TableScale * table.fontScale;
            auto cell = [&](qsizetype column, const QColor &background, const QString &style, const QString &text,
                            bool bold, qreal size) {
                xml.writeStartElement(QStringLiteral("w:tc"));
                xml.writeStartElement(QStringLiteral("w:tcPr"));
                xml.writeEmptyElement(QStringLiteral("w:tcW"));
                xml.writeAttribute(QStringLiteral("w:w"), QString::number(widths.at(column)));
                xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
                if (background.isValid()) {
                    xml.writeEmptyElement(QStringLiteral("w:shd"));
                    xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
                    xml.writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
                    xml.writeAttribute(QStringLiteral("w:fill"), background.name().mid(1).toUpper());
                }
                xml.writeEndElement(); // w:tcPr
                writeParagraph(xml, style, [&] { writeRun(xml, text, bold, size); });
                xml.writeEndElement(); // w:tc
            };
            // The header row repeats at the top of every page the table runs over.
            xml.writeStartElement(QStringLiteral("w:tr"));
            xml.writeStartElement(QStringLiteral("w:trPr"));
            xml.writeEmptyElement(QStringLiteral("w:cantSplit"));
            xml.writeEmptyElement(QStringLiteral("w:tblHeader"));
            xml.writeEndElement();
            for (qsizetype c = 0; c < table.header.size(); ++c) {
                cell(c, style::HeaderFill, QStringLiteral("TableHeading"), table.header.at(c), false, 0);
            }
            xml.writeEndElement(); // w:tr
            for (const QList<TableCell> &row : table.rows) {
                xml.writeStartElement(QStringLiteral("w:tr"));
                if (table.minRowHeightMm > 0) {
                    xml.writeStartElement(QStringLiteral("w:trPr"));
                    xml.writeEmptyElement(QStringLiteral("w:trHeight"));
                    xml.writeAttribute(QStringLiteral("w:val"), QString::number(twips(table.minRowHeightMm)));
                    xml.writeAttribute(QStringLiteral("w:hRule"), QStringLiteral("atLeast"));
                    xml.writeEndElement();
                }
                // Exactly one cell per grid column, whatever the row holds.
                for (qsizetype c = 0; c < table.header.size(); ++c) {
                    const TableCell data = row.value(c);
                    cell(c, data.background, QStringLiteral("TableText"),
                        data.checkbox ? QStringLiteral("☐ ") + data.text : data.text, data.bold, points);
                }
                xml.writeEndElement(); // w:tr
            }
            xml.writeEndElement(); // w:tbl
            // Word joins tables that touch; a paragraph keeps them apart.
            writeParagraph(xml, QStringLiteral("AfterTable"), std::function<void()>());
            break;
        }
        case Block::Kind::Figure: {
            const qreal width = std::min(block.figure.widthMm, textWidth);
            const qreal height = width * block.figure.heightMm / block.figure.widthMm;
            ++figure;
            const QString cx = QString::number(emu(width));
            const QString cy = QString::number(emu(height));
            writeParagraph(xml, QStringLiteral("Figure"), [&] {
                xml.writeStartElement(QStringLiteral("w:r"));
                xml.writeStartElement(QStringLiteral("w:drawing"));
                xml.writeStartElement(QStringLiteral("wp:inline"));
                for (const char *distance : {"distT", "distB", "distL", "distR"}) {
                    xml.writeAttribute(QLatin1String(distance), QStringLiteral("0"));
                }
                xml.writeEmptyElement(QStringLiteral("wp:extent"));
                xml.writeAttribute(QStringLiteral("cx"), cx);
                xml.writeAttribute(QStringLiteral("cy"), cy);
                xml.writeEmptyElement(QStringLiteral("wp:docPr"));
                xml.writeAttribute(QStringLiteral("id"), QString::number(figure));
                xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Figure %1").arg(figure));
                xml.writeStartElement(QStringLiteral("a:graphic"));
                xml.writeStartElement(QStringLiteral("a:graphicData"));
                xml.writeAttribute(
                    QStringLiteral("uri"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
                xml.writeStartElement(QStringLiteral("pic:pic"));
                xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
                xml.writeEmptyElement(QStringLiteral("pic:cNvPr"));
                xml.writeAttribute(QStringLiteral("id"), QString::number(figure));
                xml.writeAttribute(QStringLiteral("name"), QStringLiteral("figure%1.png").arg(figure));
                xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
                xml.writeEndElement(); // pic:nvPicPr
                xml.writeStartElement(QStringLiteral("pic:blipFill"));
                xml.writeEmptyElement(QStringLiteral("a:blip"));
                xml.writeAttribute(QStringLiteral("r:embed"), figureId(figure));
                xml.writeStartElement(QStringLiteral("a:stretch"));
                xml.writeEmptyElement(QStringLiteral("a:fillRect"));
                xml.writeEndElement();
                xml.writeEndElement(); // pic:blipFill
                xml.writeStartElement(QStringLiteral("pic:spPr"));
                xml.writeStartElement(QStringLiteral("a:xfrm"));
                xml.writeEmptyElement(QStringLiteral("a:off"));
                xml.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
                xml.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
                xml.writeEmptyElement(QStringLiteral("a:ext"));
                xml.writeAttribute(QStringLiteral("cx"), cx);
                xml.writeAttribute(QStringLiteral("cy"), cy);
                xml.writeEndElement(); // a:xfrm
                xml.writeStartElement(QStringLiteral("a:prstGeom"));
                xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
                xml.writeEmptyElement(QStringLiteral("a:avLst"));
                xml.writeEndElement();
                xml.writeEndElement(); // pic:spPr
                xml.writeEndElement(); // pic:pic
                xml.writeEndElement(); // a:graphicData
                xml.writeEndElement(); // a:graphic
                xml.writeEndElement(); // wp:inline
                xml.writeEndElement(); // w:drawing
                xml.writeEndElement(); // w:r
            });
            break;
        }
        case Block::Kind::PageBreak:
            writeParagraph(xml, QString(), [&] {
                xml.writeStartElement(QStringLiteral("w:r"));
                xml.writeEmptyElement(QStringLiteral("w:br"));
                xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("page"));
                xml.writeEndElement();
            });
            break;
        }
    }

    // The page: paper, margins, and the running header and footer inside them.
    const QSizeF paper = m_page.fullRect(QPageLayout::Millimeter).size();
    const QMarginsF margins = m_page.margins(QPageLayout::Millimeter);
    xml.writeStartElement(QStringLiteral("w:sectPr"));
    xml.writeEmptyElement(QStringLiteral("w:headerReference"));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("default"));
    xml.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rIdHeader"));
    xml.writeEmptyElement(QStringLiteral("w:footerReference"));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("default"));
    xml.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rIdFooter"));
    xml.writeEmptyElement(QStringLiteral("w:pgSz"));
    xml.writeAttribute(QStringLiteral("w:w"), QString::number(twips(paper.width())));
    xml.writeAttribute(QStringLiteral("w:h"), QString::number(twips(paper.height())));
    xml.writeEmptyElement(QStringLiteral("w:pgMar"));
    xml.writeAttribute(QStringLiteral("w:top"), QString::number(twips(margins.top() + style::RunningMm)));
    xml.writeAttribute(QStringLiteral("w:right"), QString::number(twips(margins.right())));
    xml.writeAttribute(QStringLiteral("w:bottom"), QString::number(twips(margins.bottom() + style::RunningMm)));
    xml.writeAttribute(QStringLiteral("w:left"), QString::number(twips(margins.left())));
    xml.writeAttribute(QStringLiteral("w:header"), QString::number(twips(margins.top())));
    xml.writeAttribute(QStringLiteral("w:footer"), QString::number(twips(margins.bottom())));
    xml.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
    xml.writeEndElement(); // w:sectPr

    xml.writeEndElement(); // w:body
    xml.writeEndElement(); // w:document
    xml.writeEndDocument();
    *figures = figure;
    return bytes;
}

QByteArray DocxRenderer::styles() const
{
    const qreal textWidth = m_page.paintRect(QPageLayout::Millimeter).width();
    const qreal labelWidth = textWidth * style::LabelShare;
    const QString font = PagedRenderer::fontFamily(m_text.language());
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("w:styles"));
    writeWordNamespaces(xml);

    xml.writeStartElement(QStringLiteral("w:docDefaults"));
    xml.writeStartElement(QStringLiteral("w:rPrDefault"));
    xml.writeStartElement(QStringLiteral("w:rPr"));
    xml.writeEmptyElement(QStringLiteral("w:rFonts"));
    // The same family for Latin, East Asian and complex scripts.
    for (const char *script : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) {
        xml.writeAttribute(QLatin1String(script), font);
    }
    writeValue(xml, QStringLiteral("w:sz"), halfPoints(style::BodyPt));
    writeValue(xml, QStringLiteral("w:szCs"), halfPoints(style::BodyPt));
    xml.writeEmptyElement(QStringLiteral("w:lang"));
    xml.writeAttribute(QStringLiteral("w:val"), m_text.isChinese() ? QStringLiteral("zh-CN") : QStringLiteral("en-GB"));
    xml.writeAttribute(QStringLiteral("w:eastAsia"), QStringLiteral("zh-CN"));
    xml.writeEndElement(); // w:rPr
    xml.writeEndElement(); // w:rPrDefault
    xml.writeStartElement(QStringLiteral("w:pPrDefault"));
    xml.writeStartElement(QStringLiteral("w:pPr"));
    xml.writeEmptyElement(QStringLiteral("w:spacing"));
    xml.writeAttribute(QStringLiteral("w:after"), QString::number(twips(2)));
    xml.writeAttribute(QStringLiteral("w:line"), QStringLiteral("300"));
    xml.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // w:docDefaults

    struct Look
    {
        qreal size = 0;
        bool bold = false;
        bool italic = false;
        QColor colour = {};
    };
    // A paragraph style: \a paragraph writes the children of its w:pPr.
    auto paragraphStyle = [&](const QString &id, const QString &name, const QString &basedOn, const Look &look,
                              const std::function<void()> &paragraph, bool isDefault = false) {
        xml.writeStartElement(QStringLiteral("w:style"));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
        if (isDefault) {
            xml.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
        }
        xml.writeAttribute(QStringLiteral("w:styleId"), id);
        writeValue(xml, QStringLiteral("w:name"), name);
        if (!basedOn.isEmpty()) {
            writeValue(xml, QStringLiteral("w:basedOn"), basedOn);
        }
        if (id.startsWith(QLatin1String("Heading"))) {
            writeValue(xml, QStringLiteral("w:next"), QStringLiteral("Normal"));
            writeValue(xml, QStringLiteral("w:uiPriority"), QStringLiteral("9"));
        }
        xml.writeEmptyElement(QStringLiteral("w:qFormat"));
        if (paragraph) {
            xml.writeStartElement(QStringLiteral("w:pPr"));
            paragraph();
            xml.writeEndElement();
        }
        xml.writeStartElement(QStringLiteral("w:rPr"));
        if (look.bold) {
            xml.writeEmptyElement(QStringLiteral("w:b"));
            xml.writeEmptyElement(QStringLiteral("w:bCs"));
        }
        if (look.italic) {
            xml.writeEmptyElement(QStringLiteral("w:i"));
            xml.writeEmptyElement(QStringLiteral("w:iCs"));
        }
        if (look.colour.isValid()) {
            writeValue(xml, QStringLiteral("w:color"), look.colour.name().mid(1).toUpper());
        }
        if (look.size > 0) {
            writeValue(xml, QStringLiteral("w:sz"), halfPoints(look.size));
            writeValue(xml, QStringLiteral("w:szCs"), halfPoints(look.size));
        }
        xml.writeEndElement(); // w:rPr
        xml.writeEndElement(); // w:style
    };
    auto spacing = [&](qreal beforeMm, qreal afterMm) {
        xml.writeEmptyElement(QStringLiteral("w:spacing"));
        xml.writeAttribute(QStringLiteral("w:before"), QString::number(twips(beforeMm)));
        xml.writeAttribute(QStringLiteral("w:after"), QString::number(twips(afterMm)));
    };
    auto tab = [&](const char *kind, qreal positionMm, const char *leader) {
        xml.writeStartElement(QStringLiteral("w:tabs"));
        xml.writeEmptyElement(QStringLiteral("w:tab"));
        xml.writeAttribute(QStringLiteral("w:val"), QLatin1String(kind));
        if (leader) {
            xml.writeAttribute(QStringLiteral("w:leader"), QLatin1String(leader));
        }
        xml.writeAttribute(QStringLiteral("w:pos"), QString::number(twips(positionMm)));
        xml.writeEndElement();
    };
    auto hanging = [&] {
        xml.writeEmptyElement(QStringLiteral("w:ind"));
        xml.writeAttribute(QStringLiteral("w:left"), QString::number(twips(labelWidth)));
        xml.writeAttribute(QStringLiteral("w:hanging"), QString::number(twips(labelWidth)));
    };

    paragraphStyle(QStringLiteral("Normal"), QStringLiteral("Normal"), QString(), {}, {}, true);
    // Word's own heading styles ("heading 1" is its built-in name): the
    // navigation pane, a table of contents and PDF bookmarks come from these.
    const qreal headingSizes[] = {style::TitlePt, style::Heading1Pt, style::Heading2Pt};
    const qreal headingTops[] = {0, 5, 3};
    for (int level = 1; level <= 3; ++level) {
        paragraphStyle(headingStyle(level), QStringLiteral("heading %1").arg(level), QStringLiteral("Normal"),
            {headingSizes[level - 1], true}, [&] {
                xml.writeEmptyElement(QStringLiteral("w:keepNext"));
                xml.writeEmptyElement(QStringLiteral("w:keepLines"));
                spacing(headingTops[level - 1], level == 1 ? 3 : 1.5);
                writeValue(xml, QStringLiteral("w:outlineLvl"), QString::number(level - 1));
            });
    }
    // The cover's title sits a fifth down the page, as in the PDF.
    paragraphStyle(
        QStringLiteral("CoverTitle"), QStringLiteral("Cover Title"), headingStyle(1), {}, [&] { spacing(55, 3); });
    paragraphStyle(QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), QStringLiteral("Normal"),
        {style::SubtitlePt, false, false, style::NoteColour}, [&] { spacing(0, 6); });
    paragraphStyle(QStringLiteral("Note"), QStringLiteral("Note"), QStringLiteral("Normal"),
        {0, false, true, style::NoteColour}, {});
    // "Label<tab>value", the value's lines aligned at the label column.
    paragraphStyle(QStringLiteral("Field"), QStringLiteral("Field"), QStringLiteral("Normal"), {}, [&] {
        spacing(0, 1);
        hanging();
    });
    // "Label<tab>value<tab>" over a line to sign on, to the right margin.
    paragraphStyle(QStringLiteral("Signature"), QStringLiteral("Signature Line"), QStringLiteral("Normal"), {}, [&] {
        tab("right", textWidth, "underscore");
        spacing(8, 0);
        hanging();
    });
    paragraphStyle(QStringLiteral("TableText"), QStringLiteral("Table Text"), QStringLiteral("Normal"),
        {style::BodyPt * style::TableScale}, [&] { spacing(0, 0); });
    paragraphStyle(QStringLiteral("TableHeading"), QStringLiteral("Table Heading"), QStringLiteral("TableText"),
        {0, true}, [&] { xml.writeEmptyElement(QStringLiteral("w:keepNext")); });
    paragraphStyle(QStringLiteral("AfterTable"), QStringLiteral("After Table"), QStringLiteral("Normal"), {2},
        [&] { spacing(0, 2); });
    paragraphStyle(QStringLiteral("Figure"), QStringLiteral("Figure"), QStringLiteral("Normal"), {}, [&] {
        spacing(3, 5);
        writeValue(xml, QStringLiteral("w:jc"), QStringLiteral("center"));
    });
    for (const char *name : {"Header", "Footer"}) {
        paragraphStyle(QLatin1String(name), QString::fromLatin1(name).toLower(), QStringLiteral("Normal"),
            {style::SmallPt, false, false, style::NoteColour}, [&] {
                tab("right", textWidth, nullptr);
                spacing(0, 0);
            });
    }

    // Tables: thin grey rules and a little room around the text.
    xml.writeStartElement(QStringLiteral("w:style"));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("table"));
    xml.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("ReportTable"));
    writeValue(xml, QStringLiteral("w:name"), QStringLiteral("Report Table"));
    xml.writeStartElement(QStringLiteral("w:tblPr"));
    xml.writeStartElement(QStringLiteral("w:tblBorders"));
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        xml.writeEmptyElement(QLatin1String(side));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
        xml.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
        xml.writeAttribute(QStringLiteral("w:space"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("w:color"), style::RuleColour.name().mid(1).toUpper());
    }
    xml.writeEndElement(); // w:tblBorders
    xml.writeStartElement(QStringLiteral("w:tblCellMar"));
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        xml.writeEmptyElement(QLatin1String(side));
        xml.writeAttribute(QStringLiteral("w:w"), QString::number(twips(1.2)));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    }
    xml.writeEndElement(); // w:tblCellMar
    xml.writeEndElement(); // w:tblPr
    xml.writeEndElement(); // w:style

    xml.writeEndElement(); // w:styles
    xml.writeEndDocument();
    return bytes;
}

QByteArray DocxRenderer::header() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("w:hdr"));
    writeWordNamespaces(xml);
    writeParagraph(xml, QStringLiteral("Header"), m_document.planTitle + QLatin1Char('\t') + m_document.classification);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray DocxRenderer::footer() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("w:ftr"));
    writeWordNamespaces(xml);
    writeParagraph(xml, QStringLiteral("Footer"), [&] {
        writeRun(xml, m_document.version + QLatin1Char('\t'));
        for (const QString &piece : style::pageNumberPieces(m_document.pageNumbers)) {
            if (piece == QLatin1String("%1") || piece == QLatin1String("%2")) {
                // Fields Word and LibreOffice fill in on every page.
                xml.writeStartElement(QStringLiteral("w:fldSimple"));
                xml.writeAttribute(QStringLiteral("w:instr"),
                    piece == QLatin1String("%1") ? QStringLiteral(" PAGE ") : QStringLiteral(" NUMPAGES "));
                writeRun(xml, QStringLiteral("1"));
                xml.writeEndElement();
            } else {
                writeRun(xml, piece);
            }
        }
    });
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray DocxRenderer::coreProperties() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("cp:coreProperties"));
    xml.writeAttribute(QStringLiteral("xmlns:cp"),
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    xml.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    xml.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
    xml.writeAttribute(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    xml.writeTextElement(QStringLiteral("dc:title"), xmlCharacters(m_document.title));
    if (!m_document.planTitle.isEmpty()) {
        xml.writeTextElement(QStringLiteral("dc:subject"), xmlCharacters(m_document.planTitle));
    }
    if (!m_document.organisation.isEmpty()) {
        xml.writeTextElement(QStringLiteral("dc:creator"), xmlCharacters(m_document.organisation));
    }
    xml.writeTextElement(
        QStringLiteral("dc:language"), m_text.isChinese() ? QStringLiteral("zh-CN") : QStringLiteral("en-GB"));
    xml.writeStartElement(QStringLiteral("dcterms:created"));
    xml.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
    xml.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace fallback::report
