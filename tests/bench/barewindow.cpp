// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of the start-up benchmark: a bare QApplication with an empty
// QMainWindow that quits once it has painted, as fallback does under
// FALLBACK_QUIT_ON_FIRST_PAINT, with the same probe.
#include "firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1180, 760);
    window.installEventFilter(new fallback::FirstPaintProbe(&window));
    window.show();
    return app.exec();
}
