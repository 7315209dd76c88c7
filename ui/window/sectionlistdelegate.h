// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace fallback::ui {

/// Draws a section of the section list as its name with what it holds beside
/// it, right-aligned and quieter ("Contacts  18", "Runs  1 in progress"); a
/// state that wants attention is in the highlight colour of warnings.
class SectionListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// The item role that holds the state text, and the one that marks it as wanting attention.
    static constexpr int StateRole = Qt::UserRole + 1;
    static constexpr int AttentionRole = Qt::UserRole + 2;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    /// Space between the name and the state.
    static int gap(const QStyleOptionViewItem &option);
};

} // namespace fallback::ui
