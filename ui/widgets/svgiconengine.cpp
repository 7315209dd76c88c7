// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/svgiconengine.h"

#include <QApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace fallback::ui {

SvgIconEngine::SvgIconEngine(const QString &path)
    : m_path(path)
{ }

SvgIconEngine::~SvgIconEngine() = default;

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : qApp->devicePixelRatio();
    QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    drawn.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, drawn);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    if (size.isEmpty()) {
        return {};
    }
    const QString key
        = QStringLiteral("fallback-svg:%1:%2x%3:%4").arg(m_path).arg(size.width()).arg(size.height()).arg(int(mode));
    QPixmap cached;
    if (QPixmapCache::find(key, &cached)) {
        return cached;
    }
    if (!m_renderer) {
        m_renderer = std::make_unique<QSvgRenderer>(m_path);
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (m_renderer->isValid()) {
        QPainter painter(&image);
        // Square icons centred in what was asked for, as the theme's are.
        const int side = std::min(size.width(), size.height());
        m_renderer->render(&painter, QRectF((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side));
    }
    QPixmap drawn = QPixmap::fromImage(image);
    if (mode == QIcon::Disabled) {
        // Greyed as the style greys every other icon.
        QStyleOption option;
        option.palette = QApplication::palette();
        drawn = QApplication::style()->generatedIconPixmap(QIcon::Disabled, drawn, &option);
    }
    QPixmapCache::insert(key, drawn);
    return drawn;
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size; // drawn at any size
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_path);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("FallbackSvgIconEngine");
}

} // namespace fallback::ui
