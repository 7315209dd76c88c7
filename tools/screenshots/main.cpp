// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the application for the user guide: the sample plan in every
// section, the run console and the locator, in each interface language.
#include "console/composeupdatedialog.h"
#include "console/runconsole.h"
#include "dialogs/helpwindow.h"
#include "document/plandocument.h"
#include "mainwindow.h"
#include "plan/sampleplan.h"
#include "plan/translations.h"
#include "run/runsession.h"
#include "storage/sqlquery.h"
#include "window/locator.h"
#include "window/planview.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPainter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace fallback;
using namespace fallback::ui;

namespace {

/// Lets timers (the section states, delayed layouts) run before a picture.
void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(const QPixmap &picture, const QString &path)
{
    if (!picture.save(path, "PNG")) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool picturesOf(const QString &language, const QSize &size, const QString &folder)
{
    Translations::install(language);
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("sample.fallback"));
    if (const QString error = SamplePlan::create(language, plan); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    MainWindow window;
    if (!window.openPlan(plan)) {
        return false;
    }
    window.resize(size);
    window.show();
    settle(400);
    PlanView *view = window.planView();
    bool ok = true;
    for (Section section : SectionNames::all()) {
        view->showSection(section);
        settle();
        ok = save(window.grab(), QStringLiteral("%1/%2.png").arg(folder, HelpWindow::topicOf(section))) && ok;
    }

    // The duty roster of the sample's upgrade, the second tab of its section.
    view->showSection(Section::RoleCards);
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("roleCardTabs"))) {
        tabs->setCurrentIndex(1);
        settle();
        ok = save(window.grab(), folder + QStringLiteral("/duty-roster.png")) && ok;
        tabs->setCurrentIndex(0);
    }

    // The locator over the contacts, finding a name as it is typed.
    view->showSection(Section::Contacts);
    view->showLocator();
    view->locator()->searchEdit()->setText(
        language == QLatin1String("zh_CN") ? QStringLiteral("王") : QStringLiteral("wang"));
    settle();
    QPixmap withLocator = window.grab();
    {
        QPainter painter(&withLocator);
        painter.drawPixmap(window.mapFromGlobal(view->locator()->mapToGlobal(QPoint(0, 0))), view->locator()->grab());
    }
    view->locator()->hide();
    ok = save(withLocator, folder + QStringLiteral("/locator.png")) && ok;

    // The console of the sample's live run: stopped and rolled back, its log complete.
    const qint64 run
        = queryValue(window.document()->database(), QStringLiteral("SELECT min(id) FROM run WHERE kind = 'live'"))
              .toLongLong();
    if (run == 0) {
        std::fprintf(stderr, "the sample has no live run\n");
        return false;
    }
    RunConsole *console = view->openRunConsole(run, false);
    // The clock a quarter of an hour after the run ended, so that the picture
    // is the same each time it is made.
    const QDateTime ended = RunSession::timeOf(
        queryValue(window.document()->database(), QStringLiteral("SELECT ended_at FROM run WHERE id = ?"), {run}));
    console->setClock([ended] { return ended.addSecs(15 * 60); });
    console->resize(size);
    settle(400);
    ok = save(console->grab(), folder + QStringLiteral("/console.png")) && ok;
    // Compose Update for the emergency leadership group, as its sender would.
    console->session()->setActor(
        queryValue(window.document()->database(), QStringLiteral("SELECT name FROM member WHERE id = 3")).toString());
    auto *compose = new ComposeUpdateDialog(console->session(), 1, console);
    compose->resize(std::max(compose->sizeHint().width(), 720), std::max(compose->sizeHint().height(), 560));
    compose->show();
    settle();
    ok = save(compose->grab(), folder + QStringLiteral("/compose-update.png")) && ok;
    delete compose;
    console->close();
    window.closePlan();
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed, and none disturbed
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the user's settings and plans stay as they are
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: fallback_screenshots OUTDIR [WIDTHxHEIGHT]\n");
        return 2;
    }
    QSize size(1024, 640);
    if (arguments.size() > 2) {
        const QStringList parts = arguments.at(2).split(QLatin1Char('x'));
        size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
        if (parts.size() != 2 || size.width() < 640 || size.height() < 400) {
            std::fprintf(stderr, "a size is WIDTHxHEIGHT, at least 640x400\n");
            return 2;
        }
    }
    bool ok = true;
    for (const QString &language : Translations::available()) {
        const QString folder = QStringLiteral("%1/%2/images").arg(arguments.at(1), language);
        if (!QDir().mkpath(folder)) {
            std::fprintf(stderr, "could not make %s\n", qPrintable(folder));
            return 1;
        }
        ok = picturesOf(language, size, folder) && ok;
    }
    return ok ? 0 : 1;
}
