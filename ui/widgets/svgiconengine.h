// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIconEngine>

#include <memory>

class QSvgRenderer;

namespace fallback::ui {

/// Draws one of the application's own SVG icons. The file is read when the
/// icon is first drawn, not when the window is built (Qt's SVG icon engine
/// reads every file as its icon is made, and again to draw it), and each
/// size drawn is kept in the pixmap cache.
class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &path);
    ~SvgIconEngine() override;

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QString m_path;
    /// Read on first use; the pixmaps drawn are shared through the pixmap cache.
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace fallback::ui
