// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace fallback::ui {

/// Shows a long text, wrapped, in at most a few lines, so that one long note
/// never makes its row taller than the rows around it; the whole text is the
/// cell's tooltip.
class ClampedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ClampedTextDelegate(int lines, QObject *parent);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    int m_lines;
};

} // namespace fallback::ui
