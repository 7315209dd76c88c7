// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "plan/defaultplan.h"
#include "plan/translations.h"
#include "storage/connectioninfo.h"
#include "storage/earlyintegritycheck.h"
#include "window/fileopenhandler.h"

#include <QApplication>
#include <QDir>
#include <QFile>

#include <csignal>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

/// Qt warns on stderr when XDG_RUNTIME_DIR is unset (as it is for root in a
/// console) and then uses a folder in /tmp; a command's stderr is for its own
/// one-line messages, so that folder is named here, as Qt would, without the noise.
void quietRuntimeDirectory()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        return;
    }
    const QString directory = QDir::tempPath() + QLatin1String("/runtime-") + QString::number(::getuid());
    if (QDir().mkpath(directory)) {
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(directory));
    }
#endif
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // A reader that goes away (a FIFO, "| head") is a write error to report, not a reason to die.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("fallback"));
    QCoreApplication::setApplicationName(QStringLiteral("fallback"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FALLBACK_VERSION_STRING));
    const QStringList arguments = argumentsOf(argc, argv);

    if (fallback::CommandLine::needsGui(arguments)) {
        // Reports lay out text with fonts: a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        quietRuntimeDirectory();
        QGuiApplication app(argc, argv);
        fallback::Translations::install(fallback::Translations::preferredLanguage());
        return fallback::CommandLine::run(arguments);
    }
    if (fallback::CommandLine::isCommand(arguments)) {
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

    // "fallback CONNINFO --plan NAME": a plan of a team database.
    const bool teamPlan = !arguments.isEmpty() && fallback::ConnectionInfo::looksLikeConnection(arguments.first());
    QString teamPlanName;
    for (qsizetype i = 1; teamPlan && i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--plan") && i + 1 < arguments.size()) {
            teamPlanName = arguments.at(i + 1);
        } else if (arguments.at(i).startsWith(QLatin1String("--plan="))) {
            teamPlanName = arguments.at(i).mid(7);
        }
    }

    // The plan's quick check runs while Qt connects to the display and the window is built.
    if (!teamPlan) {
        fallback::EarlyIntegrityCheck::start(arguments.isEmpty() ? fallback::DefaultPlan::path() : arguments.first());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Fallback"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.fallback.Fallback"));
    fallback::Translations::install(fallback::Translations::preferredLanguage());

    // Plans the system asks to open later (macOS: the Finder, the Dock).
    const fallback::ui::FileOpenHandler fileOpenHandler(&fallback::ui::MainWindow::openFromSystem);
    fallback::ui::MainWindow window;
    const bool opened = arguments.isEmpty() ? window.openDefaultPlan()
        : teamPlan                          ? window.openTeamPlan(arguments.first(), teamPlanName)
                                            : window.openPlan(arguments.first());
    if (!opened) {
        window.closePlan(); // shows the welcome page
    }
    if (qEnvironmentVariableIsSet("FALLBACK_QUIT_ON_FIRST_PAINT")) {
        window.installEventFilter(new fallback::FirstPaintProbe(&window));
    }
    window.show();
    // Several files (from a file manager, "Open with"): a window for each.
    for (const QString &path : teamPlan ? QStringList() : arguments.mid(1)) {
        fallback::ui::MainWindow::openInNewWindow(path);
    }
    return app.exec();
}
