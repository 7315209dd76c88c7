// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/renderers/odtrenderer.h"

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

const char *const MimeType = "application/vnd.oasis.opendocument.text";

QString mm(qreal value)
{
    return QString::number(value, 'f', 2) + QLatin1String("mm");
}

QString pt(qreal value)
{
    return QString::number(value, 'f', 1) + QLatin1String("pt");
}

void writeNamespaces(QXmlStreamWriter &xml)
{
    static const char *const Namespaces[][2] = {
        {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
        {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
        {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
        {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
        {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
        {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
        {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
        {"xlink", "http://www.w3.org/1999/xlink"},
        {"dc", "http://purl.org/dc/elements/1.1/"},
        {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    };
    for (const auto &[prefix, uri] : Namespaces) {
        xml.writeAttribute(QLatin1String("xmlns:") + QLatin1String(prefix), QLatin1String(uri));
    }
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
}

/// Character data as ODF keeps it: runs of spaces as text:s, tabs and line
/// breaks as their elements (a plain space run would collapse to one).
void writeText(QXmlStreamWriter &xml, const QString &raw)
{
    const QString text = xmlCharacters(raw);
    QString run;
    bool atStart = true;
    auto flush = [&] {
        if (!run.isEmpty()) {
            xml.writeCharacters(run);
            run.clear();
            atStart = false;
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            flush();
            xml.writeEmptyElement(
                c == QLatin1Char('\n') ? QStringLiteral("text:line-break") : QStringLiteral("text:tab"));
            atStart = true;
        } else if (c == QLatin1Char(' ')) {
            qsizetype end = i;
            while (end < text.size() && text.at(end) == QLatin1Char(' ')) {
                ++end;
            }
            qsizetype spaces = end - i;
            if (!atStart) {
                run += c;
                --spaces;
            }
            if (spaces > 0) {
                flush();
                xml.writeEmptyElement(QStringLiteral("text:s"));
                if (spaces > 1) {
                    xml.writeAttribute(QStringLiteral("text:c"), QString::number(spaces));
                }
            }
            atStart = false;
            i = end - 1;
        } else {
            run += c;
        }
    }
    flush();
}

void writeParagraph(QXmlStreamWriter &xml, const QString &style, const QString &text)
{
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), style);
    writeText(xml, text);
    xml.writeEndElement();
}

/// Font, size and weight for Latin, Chinese and complex scripts alike: without
/// the -asian properties LibreOffice prints Chinese headings in body size.
void writeTextProperties(QXmlStreamWriter &xml, const QString &font, qreal size, bool bold = false, bool italic = false,
    const QColor &colour = {})
{
    xml.writeEmptyElement(QStringLiteral("style:text-properties"));
    if (!font.isEmpty()) {
        for (const char *script : {"style:font-name", "style:font-name-asian", "style:font-name-complex"}) {
            xml.writeAttribute(QLatin1String(script), font);
        }
    }
    if (size > 0) {
        for (const char *script : {"fo:font-size", "style:font-size-asian", "style:font-size-complex"}) {
            xml.writeAttribute(QLatin1String(script), pt(size));
        }
    }
    if (bold) {
        for (const char *script : {"fo:font-weight", "style:font-weight-asian", "style:font-weight-complex"}) {
            xml.writeAttribute(QLatin1String(script), QStringLiteral("bold"));
        }
    }
    if (italic) {
        for (const char *script : {"fo:font-style", "style:font-style-asian", "style:font-style-complex"}) {
            xml.writeAttribute(QLatin1String(script), QStringLiteral("italic"));
        }
    }
    if (colour.isValid()) {
        xml.writeAttribute(QStringLiteral("fo:color"), colour.name());
    }
}

/// Opens a named or automatic style; the caller writes its properties and closes it.
void startStyle(QXmlStreamWriter &xml, const QString &name, const char *family, const QString &parent = {},
    const QString &displayName = {})
{
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), name);
    if (!displayName.isEmpty()) {
        xml.writeAttribute(QStringLiteral("style:display-name"), displayName);
    }
    xml.writeAttribute(QStringLiteral("style:family"), QLatin1String(family));
    if (!parent.isEmpty()) {
        xml.writeAttribute(QStringLiteral("style:parent-style-name"), parent);
    }
}

QString headingStyle(int outlineLevel)
{
    return QStringLiteral("Heading_20_%1").arg(outlineLevel);
}

QString cellStyle(const QColor &background)
{
    return background.isValid() ? QStringLiteral("Cell_") + background.name().mid(1) : QStringLiteral("Cell");
}

QString tableTextStyle(qreal scale)
{
    return scale == 1.0 ? QStringLiteral("Table_20_Contents") : QStringLiteral("TableText_%1").arg(qRound(scale * 100));
}

} // namespace

OdtRenderer::OdtRenderer(const ReportDocument &document, const ReportText &text, const QPageLayout &page)
    : m_document(document)
    , m_text(text)
    , m_page(page)
{ }

QByteArray OdtRenderer::render(QString *error) const
{
    ZipWriter zip;
    // The first entry, uncompressed: how programs tell an ODF file from any zip.
    zip.add(QStringLiteral("mimetype"), MimeType, ZipWriter::Compression::Store);
    zip.add(QStringLiteral("content.xml"), content());
    zip.add(QStringLiteral("styles.xml"), styles());
    zip.add(QStringLiteral("meta.xml"), meta());
    int figures = 0;
    for (const Block &block : m_document.blocks) {
        if (block.kind == Block::Kind::Figure) {
            // PNG is compressed already.
            zip.add(QStringLiteral("Pictures/figure%1.png").arg(++figures), HtmlRenderer::figurePng(block.figure),
                ZipWriter::Compression::Store);
        }
    }
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifest(figures));
    return zip.finish(error);
}

QByteArray OdtRenderer::content() const
{
    const qreal textWidth = m_page.paintRect(QPageLayout::Millimeter).width();
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-content"));
    writeNamespaces(xml);

    // Automatic styles first: every table's column widths, the cell colours and
    // print sizes the document uses.
    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    QList<QColor> backgrounds;
    QList<qreal> scales;
    int tableNumber = 0;
    for (const Block &block : m_document.blocks) {
        if (block.kind != Block::Kind::Table || block.table.header.isEmpty()) {
            continue;
        }
        const Table &table = block.table;
        const QString name = QStringLiteral("Table%1").arg(++tableNumber);
        startStyle(xml, name, "table");
        xml.writeEmptyElement(QStringLiteral("style:table-properties"));
        xml.writeAttribute(QStringLiteral("style:width"), mm(textWidth));
        xml.writeAttribute(QStringLiteral("table:align"), QStringLiteral("left"));
        xml.writeAttribute(QStringLiteral("fo:margin-top"), mm(1));
        xml.writeAttribute(QStringLiteral("fo:margin-bottom"), mm(4));
        xml.writeEndElement();
        const QList<qreal> shares = table.columnShares();
        for (qsizetype c = 0; c < shares.size(); ++c) {
            startStyle(xml, QStringLiteral("%1.C%2").arg(name).arg(c + 1), "table-column");
            xml.writeEmptyElement(QStringLiteral("style:table-column-properties"));
            xml.writeAttribute(QStringLiteral("style:column-width"), mm(textWidth * shares.at(c)));
            xml.writeEndElement();
        }
        if (table.minRowHeightMm > 0) {
            startStyle(xml, name + QStringLiteral(".R"), "table-row");
            xml.writeEmptyElement(QStringLiteral("style:table-row-properties"));
            xml.writeAttribute(QStringLiteral("style:min-row-height"), mm(table.minRowHeightMm));
            xml.writeEndElement();
        }
        if (!scales.contains(table.fontScale)) {
            scales << table.fontScale;
        }
        for (const QList<TableCell> &row : table.rows) {
            for (const TableCell &cell : row) {
                if (cell.background.isValid() && !backgrounds.contains(cell.background)) {
                    backgrounds << cell.background;
                }
            }
        }
    }
    // Plain cells, header cells, then every colour a cell has.
    backgrounds.removeAll(style::HeaderFill);
    backgrounds.prepend(style::HeaderFill);
    backgrounds.prepend(QColor());
    for (const QColor &background : backgrounds) {
        startStyle(xml, cellStyle(background), "table-cell");
        xml.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
        xml.writeAttribute(QStringLiteral("fo:border"), QStringLiteral("0.5pt solid ") + style::RuleColour.name());
        xml.writeAttribute(QStringLiteral("fo:padding"), mm(1.2));
        if (background.isValid()) {
            xml.writeAttribute(QStringLiteral("fo:background-color"), background.name());
        }
        xml.writeEndElement();
    }
    for (const qreal scale : std::as_const(scales)) {
        if (scale != 1.0) {
            startStyle(xml, tableTextStyle(scale), "paragraph", tableTextStyle(1.0));
            writeTextProperties(xml, QString(), style::BodyPt * style::TableScale * scale);
            xml.writeEndElement();
        }
    }
    // The cover's title sits a fifth down the page, as in the PDF.
    startStyle(xml, QStringLiteral("CoverTitle"), "paragraph", headingStyle(1));
    xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), mm(55));
    xml.writeEndElement();
    startStyle(xml, QStringLiteral("PageBreak"), "paragraph", QStringLiteral("Standard"));
    xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    xml.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
    xml.writeEndElement();
    startStyle(xml, QStringLiteral("FigureFrame"), "graphic");
    xml.writeEmptyElement(QStringLiteral("style:graphic-properties"));
    xml.writeAttribute(QStringLiteral("style:vertical-pos"), QStringLiteral("top"));
    xml.writeAttribute(QStringLiteral("style:vertical-rel"), QStringLiteral("baseline"));
    xml.writeEndElement();
    xml.writeEndElement(); // office:automatic-styles

    xml.writeStartElement(QStringLiteral("office:body"));
    xml.writeStartElement(QStringLiteral("office:text"));

    auto heading = [&](int outlineLevel, const QString &text, const QString &style) {
        xml.writeStartElement(QStringLiteral("text:h"));
        xml.writeAttribute(QStringLiteral("text:style-name"), style);
        xml.writeAttribute(QStringLiteral("text:outline-level"), QString::number(outlineLevel));
        writeText(xml, text);
        xml.writeEndElement();
    };
    auto labelled = [&](const QString &style, const QString &label, const QString &value, bool line) {
        xml.writeStartElement(QStringLiteral("text:p"));
        xml.writeAttribute(QStringLiteral("text:style-name"), style);
        xml.writeStartElement(QStringLiteral("text:span"));
        xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Label"));
        writeText(xml, label);
        xml.writeEndElement();
        xml.writeEmptyElement(QStringLiteral("text:tab"));
        writeText(xml, value);
        if (line) {
            xml.writeEmptyElement(QStringLiteral("text:tab"));
        }
        xml.writeEndElement();
    };

    const bool cover = !m_document.coverFields.isEmpty();
    heading(1, m_document.title, cover ? QStringLiteral("CoverTitle") : headingStyle(1));
    if (!m_document.subtitle.isEmpty()) {
        writeParagraph(xml, QStringLiteral("Subtitle"), m_document.subtitle);
    }
    for (const auto &[label, value] : m_document.coverFields) {
        labelled(QStringLiteral("Field"), label, value, false);
    }

    const QStringList headings = headingTexts(m_document, m_text);
    tableNumber = 0;
    int figureNumber = 0;
    for (qsizetype index = 0; index < m_document.blocks.size(); ++index) {
        const Block &block = m_document.blocks.at(index);
        switch (block.kind) {
        case Block::Kind::Heading:
            // The report's title is level 1; its sections are 2 and 3.
            heading(std::min(block.level, 2) + 1, headings.at(index), headingStyle(std::min(block.level, 2) + 1));
            break;
        case Block::Kind::Paragraph:
            for (const QString &line : block.text.split(QLatin1Char('\n'))) {
                writeParagraph(xml, QStringLiteral("Text_20_body"), line);
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
            const QString name = QStringLiteral("Table%1").arg(++tableNumber);
            xml.writeStartElement(QStringLiteral("table:table"));
            xml.writeAttribute(QStringLiteral("table:name"), name);
            xml.writeAttribute(QStringLiteral("table:style-name"), name);
            for (qsizetype c = 0; c < table.header.size(); ++c) {
                xml.writeEmptyElement(QStringLiteral("table:table-column"));
                xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("%1.C%2").arg(name).arg(c + 1));
            }
            // Repeated at the top of every page the table runs over.
            xml.writeStartElement(QStringLiteral("table:table-header-rows"));
            xml.writeStartElement(QStringLiteral("table:table-row"));
            for (const QString &title : table.header) {
                xml.writeStartElement(QStringLiteral("table:table-cell"));
                xml.writeAttribute(QStringLiteral("table:style-name"), cellStyle(style::HeaderFill));
                xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
                writeParagraph(xml, QStringLiteral("Table_20_Heading"), title);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement(); // table:table-header-rows
            for (const QList<TableCell> &row : table.rows) {
                xml.writeStartElement(QStringLiteral("table:table-row"));
                if (table.minRowHeightMm > 0) {
                    xml.writeAttribute(QStringLiteral("table:style-name"), name + QStringLiteral(".R"));
                }
                // Exactly one cell per declared column, whatever the row holds.
                for (qsizetype c = 0; c < table.header.size(); ++c) {
                    const TableCell cell = row.value(c);
                    xml.writeStartElement(QStringLiteral("table:table-cell"));
                    xml.writeAttribute(QStringLiteral("table:style-name"), cellStyle(cell.background));
                    xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
                    xml.writeStartElement(QStringLiteral("text:p"));
                    xml.writeAttribute(QStringLiteral("text:style-name"), tableTextStyle(table.fontScale));
                    if (cell.bold) {
                        xml.writeStartElement(QStringLiteral("text:span"));
                        xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Label"));
                    }
                    // A box to tick by hand.
                    writeText(xml, cell.checkbox ? QStringLiteral("☐ ") + cell.text : cell.text);
                    if (cell.bold) {
                        xml.writeEndElement();
                    }
                    xml.writeEndElement(); // text:p
                    xml.writeEndElement(); // table:table-cell
                }
                xml.writeEndElement(); // table:table-row
            }
            xml.writeEndElement(); // table:table
            break;
        }
        case Block::Kind::Figure: {
            const qreal width = std::min(block.figure.widthMm, textWidth);
            const qreal height = width * block.figure.heightMm / block.figure.widthMm;
            xml.writeStartElement(QStringLiteral("text:p"));
            xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Figure"));
            xml.writeStartElement(QStringLiteral("draw:frame"));
            xml.writeAttribute(QStringLiteral("draw:style-name"), QStringLiteral("FigureFrame"));
            xml.writeAttribute(QStringLiteral("draw:name"), QStringLiteral("Figure%1").arg(++figureNumber));
            xml.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
            xml.writeAttribute(QStringLiteral("svg:width"), mm(width));
            xml.writeAttribute(QStringLiteral("svg:height"), mm(height));
            xml.writeEmptyElement(QStringLiteral("draw:image"));
            xml.writeAttribute(QStringLiteral("xlink:href"), QStringLiteral("Pictures/figure%1.png").arg(figureNumber));
            xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
            xml.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
            xml.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
            xml.writeEndElement(); // draw:frame
            xml.writeEndElement(); // text:p
            break;
        }
        case Block::Kind::PageBreak:
            xml.writeEmptyElement(QStringLiteral("text:p"));
            xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("PageBreak"));
            break;
        }
    }
    xml.writeEndElement(); // office:text
    xml.writeEndElement(); // office:body
    xml.writeEndElement(); // office:document-content
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtRenderer::styles() const
{
    const QRectF text = m_page.paintRect(QPageLayout::Millimeter);
    const QSizeF paper = m_page.fullRect(QPageLayout::Millimeter).size();
    const QMarginsF pageMargins = m_page.margins(QPageLayout::Millimeter);
    const QString font = PagedRenderer::fontFamily(m_text.language());
    const qreal labelWidth = text.width() * style::LabelShare;

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-styles"));
    writeNamespaces(xml);

    xml.writeStartElement(QStringLiteral("office:font-face-decls"));
    xml.writeEmptyElement(QStringLiteral("style:font-face"));
    xml.writeAttribute(QStringLiteral("style:name"), font);
    xml.writeAttribute(QStringLiteral("svg:font-family"), QLatin1Char('\'') + font + QLatin1Char('\''));
    xml.writeAttribute(QStringLiteral("style:font-family-generic"), QStringLiteral("swiss"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("office:styles"));
    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    writeTextProperties(xml, font, style::BodyPt);
    // Latin text in the report's language, Chinese text always as Chinese.
    xml.writeAttribute(QStringLiteral("fo:language"), m_text.isChinese() ? QStringLiteral("zh") : QStringLiteral("en"));
    xml.writeAttribute(QStringLiteral("fo:country"), m_text.isChinese() ? QStringLiteral("CN") : QStringLiteral("GB"));
    xml.writeAttribute(QStringLiteral("style:language-asian"), QStringLiteral("zh"));
    xml.writeAttribute(QStringLiteral("style:country-asian"), QStringLiteral("CN"));
    xml.writeEndElement(); // style:default-style

    // A paragraph style: \a paragraph writes the attributes and children of its
    // paragraph properties, \a characters its text properties.
    auto paragraphStyle = [&](const QString &name, const QString &display, const QString &parent, int outlineLevel,
                              const std::function<void()> &paragraph, const std::function<void()> &characters) {
        startStyle(xml, name, "paragraph", parent, display);
        xml.writeAttribute(QStringLiteral("style:class"), QStringLiteral("text"));
        if (outlineLevel > 0) {
            xml.writeAttribute(QStringLiteral("style:default-outline-level"), QString::number(outlineLevel));
        }
        xml.writeStartElement(QStringLiteral("style:paragraph-properties"));
        if (paragraph) {
            paragraph();
        }
        xml.writeEndElement();
        if (characters) {
            characters();
        }
        xml.writeEndElement();
    };
    auto margins = [&](qreal top, qreal bottom) {
        xml.writeAttribute(QStringLiteral("fo:margin-top"), mm(top));
        xml.writeAttribute(QStringLiteral("fo:margin-bottom"), mm(bottom));
    };
    auto hanging = [&] {
        xml.writeAttribute(QStringLiteral("fo:margin-left"), mm(labelWidth));
        xml.writeAttribute(QStringLiteral("fo:text-indent"), mm(-labelWidth));
    };
    auto rightTab = [&](qreal position, const QString &leader) {
        xml.writeStartElement(QStringLiteral("style:tab-stops"));
        xml.writeEmptyElement(QStringLiteral("style:tab-stop"));
        xml.writeAttribute(QStringLiteral("style:position"), mm(position));
        xml.writeAttribute(QStringLiteral("style:type"), QStringLiteral("right"));
        if (!leader.isEmpty()) {
            xml.writeAttribute(QStringLiteral("style:leader-style"), QStringLiteral("solid"));
            xml.writeAttribute(QStringLiteral("style:leader-text"), leader);
        }
        xml.writeEndElement();
    };

    paragraphStyle(QStringLiteral("Standard"), QString(), QString(), 0, {}, {});
    paragraphStyle(QStringLiteral("Text_20_body"), QStringLiteral("Text body"), QStringLiteral("Standard"), 0,
        [&] {
            margins(0, 2);
            xml.writeAttribute(QStringLiteral("fo:line-height"), QStringLiteral("130%"));
        },
        {});
    // Headings: the navigator, a table of contents and exported bookmarks come from these.
    paragraphStyle(
        QStringLiteral("Heading"), QString(), QStringLiteral("Standard"), 0,
        [&] { xml.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always")); },
        [&] { writeTextProperties(xml, QString(), 0, true); });
    const qreal headingSizes[] = {style::TitlePt, style::Heading1Pt, style::Heading2Pt};
    const qreal headingTops[] = {0, 5, 3};
    for (int level = 1; level <= 3; ++level) {
        paragraphStyle(
            headingStyle(level), QStringLiteral("Heading %1").arg(level), QStringLiteral("Heading"), level,
            [&] { margins(headingTops[level - 1], level == 1 ? 3 : 1.5); },
            [&] { writeTextProperties(xml, QString(), headingSizes[level - 1], true); });
    }
    paragraphStyle(
        QStringLiteral("Subtitle"), QString(), QStringLiteral("Standard"), 0, [&] { margins(0, 6); },
        [&] { writeTextProperties(xml, QString(), style::SubtitlePt, false, false, style::NoteColour); });
    paragraphStyle(QStringLiteral("Note"), QString(), QStringLiteral("Text_20_body"), 0, {},
        [&] { writeTextProperties(xml, QString(), 0, false, true, style::NoteColour); });
    // "Label<tab>value", the value's lines aligned at the label column.
    paragraphStyle(QStringLiteral("Field"), QString(), QStringLiteral("Standard"), 0,
        [&] {
            margins(0, 1);
            hanging();
        },
        {});
    // "Label<tab>value<tab>" over a line to sign on, to the right margin
    // (tab stops are measured from the indent).
    paragraphStyle(QStringLiteral("Signature"), QString(), QStringLiteral("Standard"), 0,
        [&] {
            margins(8, 0);
            hanging();
            rightTab(text.width() - labelWidth, QStringLiteral("_"));
        },
        {});
    paragraphStyle(QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"), QStringLiteral("Standard"), 0,
        {}, [&] { writeTextProperties(xml, QString(), style::BodyPt * style::TableScale); });
    paragraphStyle(QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"),
        QStringLiteral("Table_20_Contents"), 0, {}, [&] { writeTextProperties(xml, QString(), 0, true); });
    paragraphStyle(QStringLiteral("Figure"), QString(), QStringLiteral("Standard"), 0,
        [&] {
            margins(3, 5);
            xml.writeAttribute(QStringLiteral("fo:text-align"), QStringLiteral("center"));
        },
        {});
    for (const char *name : {"Header", "Footer"}) {
        paragraphStyle(
            QLatin1String(name), QString(), QStringLiteral("Standard"), 0, [&] { rightTab(text.width(), QString()); },
            [&] { writeTextProperties(xml, QString(), style::SmallPt, false, false, style::NoteColour); });
    }
    startStyle(xml, QStringLiteral("Label"), "text");
    writeTextProperties(xml, QString(), 0, true);
    xml.writeEndElement();
    xml.writeEndElement(); // office:styles

    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    xml.writeStartElement(QStringLiteral("style:page-layout"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Page"));
    xml.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
    xml.writeAttribute(QStringLiteral("fo:page-width"), mm(paper.width()));
    xml.writeAttribute(QStringLiteral("fo:page-height"), mm(paper.height()));
    xml.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), mm(pageMargins.top()));
    xml.writeAttribute(QStringLiteral("fo:margin-bottom"), mm(pageMargins.bottom()));
    xml.writeAttribute(QStringLiteral("fo:margin-left"), mm(pageMargins.left()));
    xml.writeAttribute(QStringLiteral("fo:margin-right"), mm(pageMargins.right()));
    for (const char *part : {"style:header-style", "style:footer-style"}) {
        xml.writeStartElement(QLatin1String(part));
        xml.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
        xml.writeAttribute(QStringLiteral("fo:min-height"), mm(0));
        xml.writeAttribute(part[6] == 'h' ? QStringLiteral("fo:margin-bottom") : QStringLiteral("fo:margin-top"),
            mm(style::RunningMm - 5));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // style:page-layout
    xml.writeEndElement(); // office:automatic-styles

    xml.writeStartElement(QStringLiteral("office:master-styles"));
    xml.writeStartElement(QStringLiteral("style:master-page"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("Page"));
    xml.writeStartElement(QStringLiteral("style:header"));
    writeParagraph(xml, QStringLiteral("Header"), m_document.planTitle + QLatin1Char('\t') + m_document.classification);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("style:footer"));
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Footer"));
    writeText(xml, m_document.version + QLatin1Char('\t'));
    for (const QString &piece : style::pageNumberPieces(m_document.pageNumbers)) {
        if (piece == QLatin1String("%1")) {
            xml.writeStartElement(QStringLiteral("text:page-number"));
            xml.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
            xml.writeCharacters(QStringLiteral("1"));
            xml.writeEndElement();
        } else if (piece == QLatin1String("%2")) {
            xml.writeTextElement(QStringLiteral("text:page-count"), QStringLiteral("1"));
        } else {
            writeText(xml, piece);
        }
    }
    xml.writeEndElement(); // text:p
    xml.writeEndElement(); // style:footer
    xml.writeEndElement(); // style:master-page
    xml.writeEndElement(); // office:master-styles
    xml.writeEndElement(); // office:document-styles
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtRenderer::meta() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-meta"));
    writeNamespaces(xml);
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Fallback " FALLBACK_VERSION_STRING));
    xml.writeTextElement(QStringLiteral("dc:title"), xmlCharacters(m_document.title));
    if (!m_document.planTitle.isEmpty()) {
        xml.writeTextElement(QStringLiteral("dc:subject"), xmlCharacters(m_document.planTitle));
    }
    if (!m_document.organisation.isEmpty()) {
        xml.writeTextElement(QStringLiteral("meta:initial-creator"), xmlCharacters(m_document.organisation));
        xml.writeTextElement(QStringLiteral("dc:creator"), xmlCharacters(m_document.organisation));
    }
    xml.writeTextElement(
        QStringLiteral("dc:language"), m_text.isChinese() ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    xml.writeTextElement(QStringLiteral("meta:creation-date"), now);
    xml.writeTextElement(QStringLiteral("dc:date"), now);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtRenderer::manifest(int figures) const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeAttribute(
        QStringLiteral("xmlns:manifest"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
    auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        if (path == QLatin1String("/")) {
            xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        }
        xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    entry(QStringLiteral("/"), QLatin1String(MimeType));
    for (const char *part : {"content.xml", "styles.xml", "meta.xml"}) {
        entry(QLatin1String(part), QStringLiteral("text/xml"));
    }
    for (int figure = 1; figure <= figures; ++figure) {
        entry(QStringLiteral("Pictures/figure%1.png").arg(figure), QStringLiteral("image/png"));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace fallback::report
