// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/clampedtextdelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace fallback::ui {

ClampedTextDelegate::ClampedTextDelegate(int lines, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_lines(lines)
{ }

QSize ClampedTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int margins = 2 * 3; // as QCommonStyle pads a text cell
    size.setHeight(std::min(size.height(), option.fontMetrics.lineSpacing() * m_lines + margins));
    return size;
}

bool ClampedTextDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.data(Qt::ToolTipRole).isNull()) {
        const QString text = index.data(Qt::DisplayRole).toString();
        if (!text.isEmpty()) {
            QToolTip::showText(event->globalPos(), text, view, view->visualRect(index));
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace fallback::ui
