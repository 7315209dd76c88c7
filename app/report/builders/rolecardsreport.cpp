// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/builders/rolecardsreport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

namespace fallback::report {

namespace {
/// One card's text, as paragraphs with an optional bold label.
struct CardText
{
    QString title;
    QString subtitle;
    QList<QPair<QString, QString>> parts;
};

/// Draws \a card in \a rect, framed by a dashed cutting line; the text
/// shrinks until it fits.
void drawCard(QPainter &painter, const QRectF &rect, const CardText &card)
{
    const qreal mm = rect.width() / RoleCardsReport::CardWidthMm;
    painter.save();
    QPen cut(QColor(0x70, 0x70, 0x70));
    cut.setStyle(Qt::DashLine);
    cut.setWidthF(0.25 * mm);
    painter.setPen(cut);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);

    const QRectF inner = rect.adjusted(4 * mm, 4 * mm, -4 * mm, -4 * mm);
    // The band with the post's name.
    QFont titleFont = painter.font();
    titleFont.setHintingPreference(QFont::PreferNoHinting);
    titleFont.setBold(true);
    titleFont.setPixelSize(std::max(1, int(4.2 * mm)));
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const qreal bandHeight = titleMetrics.height() * 1.5;
    painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), bandHeight + 4 * mm), QColor(0xFD, 0xEC, 0xEA));
    painter.setPen(QColor(0xA0, 0x10, 0x10));
    painter.setFont(titleFont);
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), bandHeight), Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(card.title, Qt::ElideRight, inner.width()));

    const QRectF textArea(
        inner.left(), inner.top() + bandHeight + 2 * mm, inner.width(), inner.height() - bandHeight - 2 * mm);
    QFont body = painter.font();
    body.setHintingPreference(QFont::PreferNoHinting);
    body.setBold(false);
    QFont bold = body;
    bold.setBold(true);
    const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    // From 3.4 mm letters down to 1.8 mm, the largest at which everything fits.
    qreal size = 3.4;
    for (; size > 1.8; size -= 0.1) {
        body.setPixelSize(std::max(1, int(size * mm)));
        bold.setPixelSize(body.pixelSize());
        qreal height = QFontMetricsF(body, painter.device()).boundingRect(textArea, flags, card.subtitle).height()
            + size * mm * 0.6;
        for (const auto &[label, text] : card.parts) {
            height += QFontMetricsF(bold, painter.device()).height();
            height += QFontMetricsF(body, painter.device()).boundingRect(textArea, flags, text).height();
            height += size * mm * 0.4;
        }
        if (height <= textArea.height()) {
            break;
        }
    }
    body.setPixelSize(std::max(1, int(size * mm)));
    bold.setPixelSize(body.pixelSize());
    painter.setPen(Qt::black);
    qreal y = textArea.top();
    const auto place = [&](const QFont &font, const QString &text) {
        painter.setFont(font);
        const QRectF room(textArea.left(), y, textArea.width(), textArea.bottom() - y);
        QRectF used;
        painter.drawText(room, flags, text, &used);
        y += used.height();
    };
    place(body, card.subtitle);
    y += size * mm * 0.6;
    for (const auto &[label, text] : card.parts) {
        if (y >= textArea.bottom()) {
            break;
        }
        place(bold, label);
        place(body, text);
        y += size * mm * 0.4;
    }
    painter.restore();
}
} // namespace

RoleCardsReport::RoleCardsReport(const PlanContentReader &reader, const ReportText &text)
    : ReportBuilder(reader, text, "fallback::report::RoleCardsReport")
{ }

ReportDocument RoleCardsReport::build() const
{
    ReportDocument doc = begin(t(QT_TR_NOOP("Role cards")));
    const QList<content::RoleCard> cards = m_reader.roleCards();
    if (cards.isEmpty()) {
        doc.empty(nothingRecorded());
        return doc;
    }
    QList<CardText> texts;
    for (const content::RoleCard &card : cards) {
        CardText text;
        text.title = card.name;
        const QString holders
            = card.holders.isEmpty() ? t(QT_TR_NOOP("nobody yet")) : card.holders.join(t(QT_TR_NOOP(", ")));
        text.subtitle = card.group.isEmpty()
            ? t(QT_TR_NOOP("Held by: %1")).arg(holders)
            : t(QT_TR_NOOP("%1, %2: %3"))
                  .arg(card.group, label(Vocabulary::Kind::MemberRole, card.holderRole), holders);
        const auto add = [&](const char *heading, const QString &body) {
            if (!body.trimmed().isEmpty()) {
                text.parts.append({t(heading), body.trimmed()});
            }
        };
        add(QT_TR_NOOP("Duties"), card.duties);
        add(QT_TR_NOOP("Before the upgrade"), card.stepsBefore);
        add(QT_TR_NOOP("During the upgrade"), card.stepsDuring);
        add(QT_TR_NOOP("After the upgrade"), card.stepsAfter);
        add(QT_TR_NOOP("Recovery"), card.stepsRecovery);
        add(QT_TR_NOOP("Decisions you may take"), card.decisions);
        QStringList calls;
        for (const content::RoleCardContact &contact : card.contacts) {
            QString line = QStringList {contact.name, contact.phone}.join(QLatin1Char(' ')).trimmed();
            if (!contact.reason.trimmed().isEmpty()) {
                line += t(QT_TR_NOOP(": %1")).arg(contact.reason.trimmed());
            }
            if (!contact.backup.isEmpty()) {
                line += t(QT_TR_NOOP(" (backup %1)"))
                            .arg(QStringList {contact.backup, contact.backupPhone}.join(QLatin1Char(' ')).trimmed());
            }
            calls << line;
        }
        add(QT_TR_NOOP("Whom to call"), calls.join(QLatin1Char('\n')));
        texts.append(text);
    }
    // Two cards to a row, two rows to a page.
    for (qsizetype first = 0; first < texts.size(); first += 2) {
        const CardText left = texts.at(first);
        const std::optional<CardText> right
            = first + 1 < texts.size() ? std::optional<CardText>(texts.at(first + 1)) : std::nullopt;
        Figure row;
        row.widthMm = 2 * CardWidthMm;
        row.heightMm = CardHeightMm;
        row.draw = [left, right](QPainter &painter, const QRectF &rect) {
            const qreal width = rect.width() / 2;
            drawCard(painter, QRectF(rect.left(), rect.top(), width, rect.height()), left);
            if (right) {
                drawCard(painter, QRectF(rect.left() + width, rect.top(), width, rect.height()), *right);
            }
        };
        doc.figure(row);
    }
    return doc;
}

} // namespace fallback::report
