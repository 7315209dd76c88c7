// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/sectionlistdelegate.h"

#include <QPainter>

namespace fallback::ui {

int SectionListDelegate::gap(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.horizontalAdvance(QLatin1Char('M')) * 2;
}

void SectionListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QString state = index.data(StateRole).toString();
    if (state.isEmpty()) {
        return;
    }
    const bool selected = option.state & QStyle::State_Selected;
    const bool attention = index.data(AttentionRole).toBool();
    QColor colour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    if (attention && !selected) {
        colour = QColor(0xb3, 0x26, 0x1e); // readable on a light list, as the readiness panel's red
    }
    painter->save();
    painter->setPen(colour);
    QFont font = option.font;
    font.setBold(attention);
    painter->setFont(font);
    const QRect area = option.rect.adjusted(0, 0, -option.fontMetrics.horizontalAdvance(QLatin1Char(' ')), 0);
    painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, state);
    painter->restore();
}

QSize SectionListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString state = index.data(StateRole).toString();
    if (!state.isEmpty()) {
        QFont bold = option.font;
        bold.setBold(true);
        size.rwidth() += gap(option) + QFontMetrics(bold).horizontalAdvance(state);
    }
    return size;
}

} // namespace fallback::ui
