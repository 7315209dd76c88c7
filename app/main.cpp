// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("fallback"));
    QCoreApplication::setApplicationName(QStringLiteral("fallback"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FALLBACK_VERSION_STRING));
    const QStringList arguments = argumentsOf(argc, argv);

    if (fallback::CommandLine::needsGui(arguments)) {
        // Reports lay out text with fonts: a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QGuiApplication app(argc, argv);
        fallback::Translations::install(fallback::Translations::preferredLanguage());
        return fallback::CommandLine::run(arguments);
    }
    if (fallback::CommandLine::isCommand(arguments) || arguments.size() > 1) {
        // Commands need no display: a core application only.
        QCoreApplication app(argc, argv);
        fallback::Translations::install(fallback::Translations::preferredLanguage());
        return fallback::CommandLine::run(arguments);
    }

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        // Without this check Qt aborts with a long platform plugin message.
        QCoreApplication app(argc, argv);
        fallback::Translations::install(fallback::Translations::preferredLanguage());
        return fallback::CommandLine::reportNoDisplay();
    }
#endif

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Fallback"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.fallback.Fallback"));
    fallback::Translations::install(fallback::Translations::preferredLanguage());

    fallback::ui::MainWindow window;
    const bool opened = arguments.isEmpty() ? window.openDefaultPlan() : window.openPlan(arguments.first());
    if (!opened) {
        window.closePlan(); // shows the welcome page
    }
    if (qEnvironmentVariableIsSet("FALLBACK_QUIT_ON_FIRST_PAINT")) {
        window.installEventFilter(new fallback::FirstPaintProbe(&window));
    }
    window.show();
    return app.exec();
}
