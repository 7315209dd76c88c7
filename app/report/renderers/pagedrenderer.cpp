// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/renderers/pagedrenderer.h"

#include "report/document/headingnumbers.h"
#include "report/document/reporttext.h"
#include "report/renderers/reportstyle.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace fallback::report {

namespace {

enum FontRole {
    BodyFont,
    BoldFont,
    SmallFont,
    NoteFont,
    TitleFont,
    SubtitleFont,
    Heading1Font,
    Heading2Font,
    FontCount
};

struct Op
{
    enum class Kind { Text, Fill, Frame, Line, Checkbox, Picture };
    Kind kind = Kind::Text;
    QRectF rect;
    QString text;
    int font = BodyFont;
    QColor colour = Qt::black;
    const Figure *figure = nullptr;
};
// Op::font is an index into Layout's font table: the role fonts first, then
// the fonts that tables register.

using Page = QList<Op>;

Op makeOp(Op::Kind kind, const QRectF &rect, const QString &text = {}, int font = 0, const QColor &colour = Qt::black,
    const Figure *figure = nullptr)
{
    Op op;
    op.kind = kind;
    op.rect = rect;
    op.text = text;
    op.font = font;
    op.colour = colour;
    op.figure = figure;
    return op;
}

using style::HeaderFill;
using style::NoteColour;
using style::RuleColour;

/// Breaks text into lines and places blocks on pages.
class Layout
{
public:
    Layout(QPaintDevice *device, const QRectF &body, const QString &family)
        : m_device(device)
        , m_body(body)
    {
        const qreal sizes[FontCount] = {style::BodyPt, style::BodyPt, style::SmallPt, style::BodyPt, style::TitlePt,
            style::SubtitlePt, style::Heading1Pt, style::Heading2Pt};
        for (int role = 0; role < FontCount; ++role) {
            QFont font(family);
            font.setPointSizeF(sizes[role]);
            font.setBold(role == BoldFont || role == TitleFont || role == Heading1Font || role == Heading2Font);
            font.setItalic(role == NoteFont);
            // Glyph positions as designed, not hinted to a screen grid: the
            // same layout on every device.
            font.setHintingPreference(QFont::PreferNoHinting);
            // A letter spacing that is not zero makes Qt leave out ligatures:
            // "file" must stay four letters in the PDF's text, or searching for it fails.
            font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
            m_fonts[role] = font;
            m_lineHeight[role] = QFontMetricsF(font, device).lineSpacing();
        }
        newPage();
    }

    qreal mm(qreal value) const { return value * m_device->logicalDpiY() / 25.4; }
    const QFont &font(int id) const { return id < FontCount ? m_fonts[id] : m_extraFonts.at(id - FontCount); }
    qreal lineHeight(int id) const { return id < FontCount ? m_lineHeight[id] : m_extraLineHeight.at(id - FontCount); }
    /// Registers another font (a table's smaller print) and returns its id.
    int addFont(const QFont &font)
    {
        m_extraFonts.append(font);
        m_extraLineHeight.append(QFontMetricsF(font, m_device).lineSpacing());
        return FontCount + int(m_extraFonts.size()) - 1;
    }
    QList<Page> takePages() { return std::move(m_pages); }
    QFont scaled(int role, qreal factor) const
    {
        QFont font = m_fonts[role];
        font.setPointSizeF(font.pointSizeF() * factor);
        return font;
    }

    void newPage()
    {
        m_pages.append(Page());
        m_y = m_body.top();
    }
    bool atPageTop() const { return m_y <= m_body.top() + 0.5; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    void ensureSpace(qreal height)
    {
        if (height > remaining() && !atPageTop()) {
            newPage();
        }
    }
    void advance(qreal height) { m_y += height; }
    qreal y() const { return m_y; }
    int pageIndex() const { return int(m_pages.size()) - 1; }
    const QRectF &body() const { return m_body; }

    void add(const Op &op) { m_pages.last().append(op); }

    /// Lines of \a text in \a width; long words and URLs break anywhere.
    QStringList wrap(const QString &text, const QFont &font, qreal width) const
    {
        QStringList lines;
        const QStringList paragraphs = text.split(QLatin1Char('\n'));
        const QFontMetricsF metrics(font, m_device);
        for (const QString &paragraph : paragraphs) {
            if (metrics.horizontalAdvance(paragraph) <= width) {
                lines << paragraph;
                continue;
            }
            QTextLayout layout(paragraph, font, m_device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
            }
            layout.endLayout();
        }
        return lines;
    }

    /// Places lines of text at the current position, breaking pages between lines.
    void flow(const QStringList &lines, int role, qreal x, qreal width, const QColor &colour = Qt::black)
    {
        const qreal height = m_lineHeight[role];
        for (const QString &line : lines) {
            ensureSpace(height);
            add(makeOp(Op::Kind::Text, QRectF(x, m_y, width, height), line, role, colour));
            m_y += height;
        }
    }

private:
    QPaintDevice *m_device;
    QRectF m_body;
    QFont m_fonts[FontCount];
    qreal m_lineHeight[FontCount] = {};

    QList<QFont> m_extraFonts;
    QList<qreal> m_extraLineHeight;
    QList<Page> m_pages;
    qreal m_y = 0;
};

void layoutTable(Layout &layout, const Table &table, int bodyFont, int boldFont, int headerFont)
{
    const QRectF body = layout.body();
    const qsizetype columns = table.header.size();
    if (columns == 0) {
        return;
    }
    const QList<qreal> shares = table.columnShares();
    QList<qreal> x;
    QList<qreal> w;
    qreal left = body.left();
    for (qsizetype c = 0; c < columns; ++c) {
        const qreal width = body.width() * shares.at(c);
        x << left;
        w << width;
        left += width;
    }
    const qreal pad = layout.mm(1.2);
    const qreal bodyLine = layout.lineHeight(bodyFont);
    const qreal headerLine = layout.lineHeight(headerFont);
    const qreal checkbox = layout.mm(3.2);
    const qreal minHeight = std::max(layout.mm(table.minRowHeightMm), bodyLine + 2 * pad);

    QList<QStringList> headerLines;
    int headerCount = 1;
    for (qsizetype c = 0; c < columns; ++c) {
        headerLines << layout.wrap(table.header.at(c), layout.font(headerFont), w.at(c) - 2 * pad);
        headerCount = std::max(headerCount, int(headerLines.last().size()));
    }
    const qreal headerHeight = headerCount * headerLine + 2 * pad;

    auto placeHeader = [&] {
        const qreal top = layout.y();
        layout.add(
            makeOp(Op::Kind::Fill, QRectF(body.left(), top, body.width(), headerHeight), QString(), 0, HeaderFill));
        for (qsizetype c = 0; c < columns; ++c) {
            for (qsizetype i = 0; i < headerLines.at(c).size(); ++i) {
                layout.add(makeOp(Op::Kind::Text,
                    QRectF(x.at(c) + pad, top + pad + qreal(i) * headerLine, w.at(c) - 2 * pad, headerLine),
                    headerLines.at(c).at(i), headerFont));
            }
            layout.add(makeOp(Op::Kind::Frame, QRectF(x.at(c), top, w.at(c), headerHeight), QString(), 0, RuleColour));
        }
        layout.advance(headerHeight);
    };

    QList<QList<QStringList>> rowLines;
    QList<int> rowCounts;
    rowLines.reserve(table.rows.size());
    for (const QList<TableCell> &row : table.rows) {
        QList<QStringList> lines;
        int count = 1;
        for (qsizetype c = 0; c < columns; ++c) {
            const TableCell cell = row.value(c);
            const qreal inset = cell.checkbox ? checkbox + pad : 0;
            lines << layout.wrap(cell.text, layout.font(cell.bold ? boldFont : bodyFont), w.at(c) - 2 * pad - inset);
            count = std::max(count, int(lines.last().size()));
        }
        rowLines.append(lines);
        rowCounts.append(count);
    }
    const qreal pageRoom = body.height() - headerHeight;
    // The header row stays with the first row (or as much of it as a page holds)
    // and repeats on every page the table continues on.
    const qreal firstRow
        = rowCounts.isEmpty() ? minHeight : std::max(minHeight, rowCounts.first() * bodyLine + 2 * pad);
    layout.ensureSpace(headerHeight + std::min(firstRow, pageRoom));
    placeHeader();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QList<TableCell> &row = table.rows.at(r);
        const QList<QStringList> &lines = rowLines.at(r);
        const int count = rowCounts.at(r);
        int start = 0;
        while (start < count) {
            const int wanted = count - start;
            const qreal wantedHeight = std::max(minHeight, wanted * bodyLine + 2 * pad);
            // A row moves to the next page whole when it fits there; only a row
            // taller than a page is split between pages.
            if (wantedHeight > layout.remaining()
                && (wantedHeight <= pageRoom || layout.remaining() < minHeight + bodyLine)) {
                layout.newPage();
                placeHeader();
            }
            const int fit = std::max(1, int((layout.remaining() - 2 * pad) / bodyLine));
            const int take = std::min(wanted, fit);
            const qreal height = std::max(minHeight, take * bodyLine + 2 * pad);
            const qreal top = layout.y();
            for (qsizetype c = 0; c < columns; ++c) {
                const TableCell cell = row.value(c);
                const QRectF cellRect(x.at(c), top, w.at(c), height);
                if (cell.background.isValid()) {
                    layout.add(makeOp(Op::Kind::Fill, cellRect, QString(), 0, cell.background));
                }
                qreal textLeft = x.at(c) + pad;
                if (cell.checkbox) {
                    if (start == 0) {
                        layout.add(makeOp(Op::Kind::Checkbox,
                            QRectF(textLeft, top + pad + (bodyLine - checkbox) / 2, checkbox, checkbox)));
                    }
                    textLeft += checkbox + pad;
                }
                const int end = std::min(start + take, int(lines.at(c).size()));
                for (int i = start; i < end; ++i) {
                    layout.add(makeOp(Op::Kind::Text,
                        QRectF(
                            textLeft, top + pad + (i - start) * bodyLine, x.at(c) + w.at(c) - pad - textLeft, bodyLine),
                        lines.at(c).at(i), cell.bold ? boldFont : bodyFont));
                }
                layout.add(makeOp(Op::Kind::Frame, cellRect, QString(), 0, RuleColour));
            }
            layout.advance(height);
            start += take;
        }
    }
    layout.advance(layout.mm(3));
}

} // namespace

PagedRenderer::PagedRenderer(const ReportDocument &document, const ReportText &text)
    : m_document(document)
    , m_text(text)
{ }

QPageLayout PagedRenderer::pageLayout(QPageSize::PageSizeId pageSize)
{
    return QPageLayout(QPageSize(pageSize), QPageLayout::Portrait, QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
}

QString PagedRenderer::fontFamily(const QString &language)
{
    // WenQuanYi Zen Hei is TrueType with one code point per glyph, so text
    // copied from the PDF is the text that was written (Noto CJK maps shared
    // glyphs to Kangxi radicals and breaks searching).
    return language.startsWith(QLatin1String("zh")) ? QStringLiteral("WenQuanYi Zen Hei")
                                                    : QStringLiteral("DejaVu Sans");
}

int PagedRenderer::render(QPagedPaintDevice *device, const Progress &progress)
{
    const QPageLayout pageLayout = device->pageLayout();
    const QRectF paintRect = pageLayout.paintRectPixels(device->logicalDpiX());
    const qreal unitsPerMm = device->logicalDpiY() / 25.4;
    // Room for the running header and footer inside the margins.
    const QRectF body(
        0, style::RunningMm * unitsPerMm, paintRect.width(), paintRect.height() - 2 * style::RunningMm * unitsPerMm);
    Layout layout(device, body, fontFamily(m_text.language()));
    const QStringList headings = headingTexts(m_document, m_text);
    const int tableFont = layout.addFont(layout.scaled(BodyFont, style::TableScale));
    const int tableHeaderFont = layout.addFont(layout.scaled(BoldFont, style::TableScale));

    // Title block (the plan's cover page, or the head of other reports).
    const bool cover = !m_document.coverFields.isEmpty();
    if (cover) {
        layout.advance(body.height() * 0.22);
    }
    m_bookmarks.clear();
    // A bookmark's place: points from the top of the paper.
    const qreal marginTopPt = pageLayout.margins(QPageLayout::Point).top();
    const qreal pointsPerUnit = 72.0 / device->logicalDpiY();
    auto bookmark = [&](const QString &title, int level) {
        m_bookmarks.append({title, level, layout.pageIndex(), marginTopPt + layout.y() * pointsPerUnit});
    };
    bookmark(m_document.title, 1);
    layout.flow(
        layout.wrap(m_document.title, layout.font(TitleFont), body.width()), TitleFont, body.left(), body.width());
    if (!m_document.subtitle.isEmpty()) {
        layout.advance(layout.mm(2));
        layout.flow(layout.wrap(m_document.subtitle, layout.font(SubtitleFont), body.width()), SubtitleFont,
            body.left(), body.width(), NoteColour);
    }
    layout.advance(layout.mm(cover ? 14 : 6));
    auto placeFields = [&](const QList<QPair<QString, QString>> &fields) {
        const qreal labelWidth = body.width() * style::LabelShare;
        for (const auto &[label, value] : fields) {
            const QStringList valueLines = layout.wrap(value, layout.font(BodyFont), body.width() - labelWidth);
            const qreal height = std::max<qsizetype>(1, valueLines.size()) * layout.lineHeight(BodyFont);
            layout.ensureSpace(std::min(height, body.height()));
            const qreal top = layout.y();
            layout.add(makeOp(
                Op::Kind::Text, QRectF(body.left(), top, labelWidth, layout.lineHeight(BoldFont)), label, BoldFont));
            layout.flow(valueLines.isEmpty() ? QStringList {QString()} : valueLines, BodyFont, body.left() + labelWidth,
                body.width() - labelWidth);
            layout.advance(layout.mm(1));
        }
    };
    if (cover) {
        // The builder follows the cover fields with the sign-off block and a page break.
        placeFields(m_document.coverFields);
    }

    for (qsizetype index = 0; index < m_document.blocks.size(); ++index) {
        const Block &block = m_document.blocks.at(index);
        switch (block.kind) {
        case Block::Kind::Heading: {
            const int role = block.level <= 1 ? Heading1Font : Heading2Font;
            const QStringList lines = layout.wrap(headings.at(index), layout.font(role), body.width());
            // A heading never ends a page: keep it with three lines of what follows.
            layout.advance(layout.mm(block.level <= 1 ? 5 : 3));
            // Before a table or a figure, keep room for its header and first rows too.
            const Block::Kind next
                = index + 1 < m_document.blocks.size() ? m_document.blocks.at(index + 1).kind : Block::Kind::Paragraph;
            int keep = 3;
            if (next == Block::Kind::Table || next == Block::Kind::Heading) {
                keep = 8;
            } else if (next == Block::Kind::Figure) {
                keep = 12;
            }
            layout.ensureSpace(lines.size() * layout.lineHeight(role) + keep * layout.lineHeight(BodyFont));
            bookmark(headings.at(index), std::min(block.level, 2) + 1);
            layout.flow(lines, role, body.left(), body.width());
            layout.advance(layout.mm(1.5));
            break;
        }
        case Block::Kind::Paragraph:
            layout.flow(
                layout.wrap(block.text, layout.font(BodyFont), body.width()), BodyFont, body.left(), body.width());
            layout.advance(layout.mm(2));
            break;
        case Block::Kind::Empty:
            layout.flow(layout.wrap(block.text, layout.font(NoteFont), body.width()), NoteFont, body.left(),
                body.width(), NoteColour);
            layout.advance(layout.mm(2));
            break;
        case Block::Kind::Fields:
            placeFields(block.fields);
            layout.advance(layout.mm(2));
            break;
        case Block::Kind::Table: {
            int bodyFont = tableFont;
            int boldFont = tableHeaderFont;
            if (block.table.fontScale != 1.0) {
                bodyFont = layout.addFont(layout.scaled(BodyFont, style::TableScale * block.table.fontScale));
                boldFont = layout.addFont(layout.scaled(BoldFont, style::TableScale * block.table.fontScale));
            }
            layoutTable(layout, block.table, bodyFont, boldFont, tableHeaderFont);
            break;
        }
        case Block::Kind::Figure: {
            const qreal width = std::min(layout.mm(block.figure.widthMm), body.width());
            const qreal height = width * block.figure.heightMm / block.figure.widthMm;
            layout.ensureSpace(height);
            layout.add(
                makeOp(Op::Kind::Picture, QRectF(body.left() + (body.width() - width) / 2, layout.y(), width, height),
                    QString(), 0, Qt::black, &block.figure));
            layout.advance(height + layout.mm(4));
            break;
        }
        case Block::Kind::Signature: {
            const qreal rowHeight = layout.mm(14);
            layout.ensureSpace(rowHeight * block.fields.size());
            for (const auto &[label, value] : block.fields) {
                const qreal top = layout.y();
                layout.add(makeOp(Op::Kind::Text,
                    QRectF(
                        body.left(), top + layout.mm(6), body.width() * style::LabelShare, layout.lineHeight(BoldFont)),
                    label, BoldFont));
                layout.add(makeOp(Op::Kind::Text,
                    QRectF(body.left() + body.width() * style::LabelShare, top + layout.mm(6), body.width() * 0.4,
                        layout.lineHeight(BodyFont)),
                    value, BodyFont));
                layout.add(makeOp(Op::Kind::Line,
                    QRectF(body.left() + body.width() * style::LabelShare,
                        top + layout.mm(6) + layout.lineHeight(BodyFont), body.width() * (1 - style::LabelShare), 0),
                    QString(), 0, Qt::black));
                layout.advance(rowHeight);
            }
            break;
        }
        case Block::Kind::PageBreak:
            if (!layout.atPageTop()) {
                layout.newPage();
            }
            break;
        }
        if (progress && index % 8 == 0
            && !progress(int(40 * index / std::max<qsizetype>(1, m_document.blocks.size())))) {
            return 0;
        }
    }

    const QList<Page> pages = layout.takePages();
    QPainter painter;
    if (!painter.begin(device)) {
        return 0;
    }
    const QFont smallFont = layout.font(SmallFont);
    const qreal smallLine = layout.lineHeight(SmallFont);
    for (qsizetype number = 0; number < pages.size(); ++number) {
        if (number > 0) {
            device->newPage();
        }
        // Running header and footer.
        painter.setPen(NoteColour);
        painter.setFont(smallFont);
        const QRectF headerRect(0, 0, paintRect.width(), smallLine);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(smallFont, device).elidedText(m_document.planTitle, Qt::ElideRight, paintRect.width() * 0.7));
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, m_document.classification);
        painter.setPen(QPen(RuleColour, unitsPerMm * 0.2));
        painter.drawLine(QPointF(0, smallLine + unitsPerMm), QPointF(paintRect.width(), smallLine + unitsPerMm));
        const qreal footerTop = paintRect.height() - smallLine;
        painter.drawLine(QPointF(0, footerTop - unitsPerMm), QPointF(paintRect.width(), footerTop - unitsPerMm));
        painter.setPen(NoteColour);
        const QRectF footerRect(0, footerTop, paintRect.width(), smallLine);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, m_document.version);
        painter.drawText(
            footerRect, Qt::AlignRight | Qt::AlignVCenter, m_document.pageNumbers.arg(number + 1).arg(pages.size()));

        int currentFont = -1;
        QColor currentColour;
        for (const Op &op : pages.at(number)) {
            switch (op.kind) {
            case Op::Kind::Text:
                if (op.font != currentFont) {
                    painter.setFont(layout.font(op.font));
                    currentFont = op.font;
                }
                if (op.colour != currentColour) {
                    painter.setPen(op.colour);
                    currentColour = op.colour;
                }
                painter.drawText(op.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, op.text);
                break;
            case Op::Kind::Fill:
                painter.fillRect(op.rect, op.colour);
                break;
            case Op::Kind::Frame:
                painter.setPen(QPen(op.colour, unitsPerMm * 0.15));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(op.rect);
                currentColour = QColor();
                break;
            case Op::Kind::Line:
                painter.setPen(QPen(op.colour, unitsPerMm * 0.2));
                painter.drawLine(op.rect.topLeft(), op.rect.topRight());
                currentColour = QColor();
                break;
            case Op::Kind::Checkbox:
                painter.setPen(QPen(Qt::black, unitsPerMm * 0.25));
                painter.setBrush(Qt::white);
                painter.drawRect(op.rect);
                currentColour = QColor();
                break;
            case Op::Kind::Picture:
                if (op.figure->draw) {
                    painter.save();
                    op.figure->draw(painter, op.rect);
                    painter.restore();
                }
                currentFont = -1;
                currentColour = QColor();
                break;
            }
        }
        if (progress && !progress(40 + int(60 * (number + 1) / pages.size()))) {
            painter.end();
            return 0;
        }
    }
    painter.end();
    return int(pages.size());
}

} // namespace fallback::report
