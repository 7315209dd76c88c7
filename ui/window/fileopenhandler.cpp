// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/fileopenhandler.h"

#include <QCoreApplication>
#include <QFileOpenEvent>

namespace fallback::ui {

FileOpenHandler::FileOpenHandler(std::function<void(const QString &)> open, QObject *parent)
    : QObject(parent)
    , m_open(std::move(open))
{
    qApp->installEventFilter(this);
}

bool FileOpenHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen && watched == qApp) {
        const QString path = static_cast<QFileOpenEvent *>(event)->file();
        if (!path.isEmpty()) {
            m_open(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fallback::ui
