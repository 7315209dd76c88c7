// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of the start-up benchmark: a bare QApplication with an empty
// QMainWindow that quits once it has painted, as fallback does under
// FALLBACK_QUIT_ON_FIRST_PAINT.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {
class QuitOnFirstPaint final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            // The monotonic clock is shared by all processes: the benchmark
            // subtracts its own reading taken just before it started us.
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf("first-paint-ns %lld\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            watched->removeEventFilter(this);
        }
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1180, 760);
    window.installEventFilter(new QuitOnFirstPaint(&window));
    window.show();
    return app.exec();
}
