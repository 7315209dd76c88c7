// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A plan at the scale the plan-editor issue names (5,000 contacts, 2,000
// risks, 10,000 checklist items): how long each section takes to open and
// paint, how long a filter keystroke takes, how long a keystroke of search
// across the plan (Ctrl+K) takes, and how much memory the app uses.
// Usage: scale_bench [rounds]   (needs a display; run-benchmarks.sh starts Xvfb)
#include "benchmarkplan.h"
#include "document/plandocument.h"
#include "document/section.h"
#include "interchange/planjsonimport.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "widgets/recordtableeditor.h"
#include "window/locator.h"
#include "window/planview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace fallback;
using fallback::ui::RecordTableEditor;
using namespace fallback::bench;

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The largest editable table on the current page.
RecordTableEditor *largestEditor(QWidget *page)
{
    RecordTableEditor *largest = nullptr;
    for (RecordTableEditor *editor : page->findChildren<RecordTableEditor *>()) {
        if (editor->isVisible() && editor->filterEdit()->isVisible()
            && (!largest || editor->proxy()->sourceModel()->rowCount() > largest->proxy()->sourceModel()->rowCount())) {
            largest = editor;
        }
    }
    return largest;
}

long statusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix(key);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

/// Search across the plan (Ctrl+K) as the coordinator uses it: the locator
/// opened after a change (the plan's text read again), then each keystroke
/// of a few searches typed and erased, up to the list painted.
void measureSearch(ui::PlanView *view)
{
    QElapsedTimer timer;
    timer.start();
    view->showLocator();
    ui::Locator *locator = view->locator();
    locator->repaint();
    QCoreApplication::processEvents();
    std::printf("search (Ctrl+K): opening the locator, reading %d records: %.1f ms\n",
        Contacts + Risks + TemplateItems + UpgradeItems, elapsedMs(timer));
    QLineEdit *edit = locator->searchEdit();
    QList<double> times;
    for (const QString &typed : {QStringLiteral("wang 17"), QStringLiteral("step 42"), QStringLiteral("+86 139"),
             QStringLiteral("component 5"), QStringLiteral("no such words")}) {
        edit->clear();
        for (const QChar c : typed) {
            timer.restart();
            edit->insert(QString(c));
            locator->repaint();
            QCoreApplication::processEvents();
            times << elapsedMs(timer);
        }
        for (qsizetype i = 0; i < typed.size(); ++i) {
            timer.restart();
            edit->backspace();
            locator->repaint();
            QCoreApplication::processEvents();
            times << elapsedMs(timer);
        }
    }
    locator->hide();
    std::sort(times.begin(), times.end());
    std::printf("search keystrokes: %lld, median %.1f ms, 90th percentile %.1f ms, worst %.1f ms (target 50)\n",
        static_cast<long long>(times.size()), times.at(times.size() / 2), times.at(times.size() * 9 / 10),
        times.last());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scale.fallback"));
    QElapsedTimer timer;
    timer.start();
    if (!fillPlan(path)) {
        std::fprintf(stderr, "could not build the plan\n");
        return 1;
    }
    std::printf("scale plan: %d contacts, %d risks, %d checklist items, built in %.0f ms\n", Contacts, Risks,
        TemplateItems + UpgradeItems, elapsedMs(timer));

    for (int round = 1; round <= rounds; ++round) {
        QString error;
        auto document = PlanDocument::open(path, PlanFile::Access::ReadWrite, &error);
        if (!document) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        auto view = std::make_unique<ui::PlanView>(document.get());
        view->resize(1280, 800);
        view->show();
        QCoreApplication::processEvents();
        std::printf("\nround %d: opening each section (build + first paint), ms\n", round);
        double worst = 0;
        for (Section section : SectionNames::all()) {
            timer.restart();
            view->showSection(section);
            view->repaint();
            QCoreApplication::processEvents();
            const double ms = elapsedMs(timer);
            worst = std::max(worst, ms);
            std::printf("  %-26s %7.1f\n", qPrintable(SectionNames::title(section)), ms);
        }
        std::printf("  worst section: %.1f ms (target 100)\n", worst);

        std::printf("filter keystrokes (type \"wang 1\" then erase), ms per keystroke\n");
        for (Section section : {Section::Contacts, Section::Risks, Section::Checklists, Section::Upgrades}) {
            view->showSection(section);
            QCoreApplication::processEvents();
            RecordTableEditor *editor = largestEditor(view.get());
            if (!editor) {
                continue;
            }
            QLineEdit *filter = editor->filterEdit();
            QList<double> times;
            const QString typed = QStringLiteral("wang 1");
            for (const QChar c : typed) {
                timer.restart();
                filter->insert(QString(c));
                view->repaint();
                QCoreApplication::processEvents();
                times << elapsedMs(timer);
            }
            for (qsizetype i = 0; i < typed.size(); ++i) {
                timer.restart();
                filter->backspace();
                view->repaint();
                QCoreApplication::processEvents();
                times << elapsedMs(timer);
            }
            std::sort(times.begin(), times.end());
            std::printf("  %-26s rows %6d  median %6.1f  worst %6.1f (target 50)\n",
                qPrintable(SectionNames::title(section)), editor->proxy()->sourceModel()->rowCount(),
                times.at(times.size() / 2), times.last());
        }
        measureSearch(view.get());
        std::printf("memory: resident %ld MB, peak %ld MB (target 200)\n", statusKb("VmRSS:") / 1024,
            statusKb("VmHWM:") / 1024);
    }
    return 0;
}
