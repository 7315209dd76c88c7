// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window, as a user would, under the offscreen platform.
#include "console/startrundialog.h"
#include "dialogs/contactimportdialog.h"
#include "dialogs/dialoghooks.h"
#include "dialogs/exportreportdialog.h"
#include "dialogs/helpwindow.h"
#include "dialogs/publishrevisiondialog.h"
#include "dialogs/revisioncomparisondialog.h"
#include "document/plandocument.h"
#include "document/section.h"
#include "interchange/planjsonimport.h"
#include "mainwindow.h"
#include "plan/defaultplan.h"
#include "plan/translations.h"
#include "platform/desktoprecentfiles.h"
#include "run/runsession.h"
#include "storage/planfile.h"
#include "storage/sqlquery.h"
#include "testsupport.h"
#include "widgets/messagebar.h"
#include "window/fileopenhandler.h"
#include "window/planview.h"
#include "window/sectionlistdelegate.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace fallback;
using namespace fallback::test;
using namespace fallback::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_warnings;
    int m_counter = 0;

    QString newPlanPath() { return m_dir.filePath(QStringLiteral("gui-%1.fallback").arg(++m_counter)); }

    /// A new plan made from the report fixture (every section filled); empty when it could not be made.
    QString newReportPlan()
    {
        const QString path = newPlanPath();
        return PlanJsonImport::createPlan(fileBytes(testDataPath(QStringLiteral("report-plan-en.json"))), path)
                   .isEmpty()
            ? path
            : QString();
    }

    /// Reads the plan through a connection of its own, as another program would.
    static QVariant stored(const QString &path, const QString &sql)
    {
        auto file = PlanFile::open(path, PlanFile::Access::ReadOnly, nullptr);
        return file ? queryValue(file->database(), sql) : QVariant();
    }

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }

    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    /// One of each dialog the window opens on the plan at \a path; none when
    /// the plan has no upgrade to start a run of.
    static std::vector<std::unique_ptr<QWidget>> everyDialog(PlanDocument *document, const QString &path)
    {
        const qint64 upgradeId = stored(path, QStringLiteral("SELECT MIN(id) FROM upgrade")).toLongLong();
        std::vector<std::unique_ptr<QWidget>> dialogs;
        if (upgradeId > 0) {
            dialogs.emplace_back(new ExportReportDialog(document));
            dialogs.emplace_back(new ContactImportDialog(document));
            dialogs.emplace_back(new PublishRevisionDialog(document));
            dialogs.emplace_back(new RevisionComparisonDialog(document));
            dialogs.emplace_back(new StartRunDialog(document, upgradeId));
        }
        return dialogs;
    }

    /// Presses Tab from \a start, which has the focus, until the focus comes
    /// back to it; what went wrong on the way, each line starting with \a where:
    /// the focus held in a loop that never returns, or a control of \a expected
    /// never reached.
    static QStringList tabCircuitProblems(QWidget *start, const QSet<QWidget *> &expected, const QString &where)
    {
        QSet<QWidget *> reached {start};
        for (int presses = 0; presses < 200; ++presses) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            if (focus == start) {
                QStringList problems;
                for (QWidget *widget : expected) {
                    if (!reached.contains(widget)) {
                        problems << QStringLiteral("%1: Tab never reaches %2 %3")
                                        .arg(where, QLatin1String(widget->metaObject()->className()),
                                            widget->objectName());
                    }
                }
                return problems;
            }
            reached.insert(focus);
        }
        return {QStringLiteral("%1: Tab never comes back (held in %2 %3)")
                    .arg(where, QLatin1String(QApplication::focusWidget()->metaObject()->className()),
                        QApplication::focusWidget()->objectName())};
    }

    /// The controls under \a root that Tab must reach.
    static QSet<QWidget *> tabStops(QWidget *root)
    {
        QSet<QWidget *> stops;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
                && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                && !qobject_cast<QComboBox *>(widget->parentWidget())) {
                stops.insert(widget->focusProxy() ? widget->focusProxy() : widget); // a tab widget's tab bar
            }
        }
        return stops;
    }

    /// The controls under \a root that the keyboard reaches but that a screen
    /// reader would announce with no name, each as "WHERE: class objectName".
    static QStringList namelessControls(QWidget *root, const QString &where)
    {
        QStringList nameless;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled()) {
                continue;
            }
            // The field inside a spin box or a combo box speaks for it: the box has the name.
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                || qobject_cast<QComboBox *>(widget->parentWidget())) {
                continue;
            }
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
                nameless << QStringLiteral("%1: %2 %3")
                                .arg(where, QLatin1String(widget->metaObject()->className()), widget->objectName());
            }
        }
        return nameless;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A home of its own, for the desktop's list of recent files that other tests write too.
        qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        DialogHooks::warningHook = [this](const QString &, const QString &text) { m_warnings << text; };
    }

    void init() { m_warnings.clear(); }

    void editTitleThenUndo()
    {
        const QString path = newPlanPath();
        MainWindow window;
        QVERIFY(window.createPlan(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString original = stored(path, QStringLiteral("SELECT title FROM plan")).toString();
        QCOMPARE(original, QStringLiteral("Program Upgrade Emergency Plan"));

        auto *title = window.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(title);
        QCOMPARE(title->text(), original);
        replaceText(title, QStringLiteral("Core banking database upgrade"));
        QCOMPARE(stored(path, QStringLiteral("SELECT title FROM plan")).toString(),
            QStringLiteral("Core banking database upgrade"));
        QVERIFY(window.windowTitle().contains(QLatin1String("Core banking database upgrade")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("saveStateLabel"))->text().contains(QLatin1String("saved")));

        QAction *undo = action(window, "actionUndo");
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(stored(path, QStringLiteral("SELECT title FROM plan")).toString(), original);
        QCOMPARE(title->text(), original);
        QVERIFY(window.windowTitle().contains(original));

        action(window, "actionRedo")->trigger();
        QCOMPARE(title->text(), QStringLiteral("Core banking database upgrade"));
        QCOMPARE(stored(path, QStringLiteral("SELECT title FROM plan")).toString(), title->text());
    }

    void effectiveDateRejectsWhatIsNotADate()
    {
        const QString path = newPlanPath();
        MainWindow window;
        QVERIFY(window.createPlan(path));
        window.show();
        auto *date = window.findChild<QLineEdit *>(QStringLiteral("effectiveDateEdit"));
        QVERIFY(date);
        replaceText(date, QStringLiteral("2026-12-01"));
        QCOMPARE(
            stored(path, QStringLiteral("SELECT effective_date FROM plan")).toString(), QStringLiteral("2026-12-01"));
        replaceText(date, QStringLiteral("next tuesday"));
        QCOMPARE(
            stored(path, QStringLiteral("SELECT effective_date FROM plan")).toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(date->text(), QStringLiteral("2026-12-01"));
        QVERIFY(window.planView()->messageBar()->text().contains(QLatin1String("next tuesday")));
        QVERIFY(!date->styleSheet().isEmpty()); // marked as rejected
    }

    void aRefusalIsSaidAboveThePageAndTheFieldTakesTheFocus()
    {
        const QString path = newPlanPath();
        MainWindow window;
        QVERIFY(window.createPlan(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        MessageBar *bar = window.planView()->messageBar();
        QVERIFY(bar->isHidden());
        auto *date = window.findChild<QLineEdit *>(QStringLiteral("effectiveDateEdit"));
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("soon"));
        QTest::keyClick(date, Qt::Key_Tab); // leaves the field, as a user does
        QTRY_VERIFY(date->hasFocus()); // back where the value is to be typed again
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Problem);
        QVERIFY(bar->text().contains(QLatin1String("soon")));
        // Above the page, not in the status bar at the window's foot.
        QVERIFY(bar->mapTo(&window, QPoint(0, 0)).y() < date->mapTo(&window, QPoint(0, 0)).y());
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
        if (const QString folder = qEnvironmentVariable("FALLBACK_SCREENSHOT_DIR"); !folder.isEmpty()) {
            window.grab().save(folder + QStringLiteral("/refusal.png"));
        }
        // The message speaks of its page: another section, and it is gone.
        window.planView()->showSection(Section::Contacts);
        QVERIFY(bar->isHidden());
    }

    void scopeSystemsAddAndUndo()
    {
        const QString path = newPlanPath();
        MainWindow window;
        QVERIFY(window.createPlan(path));
        window.show();
        window.planView()->showSection(Section::Scope);
        QWidget *page = window.findChild<QWidget *>(QStringLiteral("page%1").arg(int(Section::Scope)));
        QVERIFY(page && page->isVisible());
        auto *add = page->findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(add && add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(stored(path, QStringLiteral("SELECT COUNT(*) FROM scope_system")).toInt(), 4);
        auto *view = page->findChild<QTableView *>();
        QCOMPARE(view->model()->rowCount(), 4);
        action(window, "actionUndo")->trigger();
        QCOMPARE(stored(path, QStringLiteral("SELECT COUNT(*) FROM scope_system")).toInt(), 3);
        QCOMPARE(view->model()->rowCount(), 3);
    }

    void textTypedInACellIsKeptWhenThePlanCloses()
    {
        const QString path = newPlanPath();
        MainWindow window;
        QVERIFY(window.createPlan(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.planView()->showSection(Section::Scope);
        QWidget *page = window.findChild<QWidget *>(QStringLiteral("page%1").arg(int(Section::Scope)));
        auto *view = page->findChild<QTableView *>();
        const QModelIndex cell = view->model()->index(0, 0);
        view->setCurrentIndex(cell);
        view->edit(cell);
        QWidget *editor = view->indexWidget(cell) ? view->indexWidget(cell) : QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        qobject_cast<QLineEdit *>(editor)->setText(QStringLiteral("Typed, never confirmed"));
        action(window, "actionClose")->trigger();
        QCOMPARE(stored(path, QStringLiteral("SELECT name FROM scope_system WHERE id = 1")).toString(),
            QStringLiteral("Typed, never confirmed"));
    }

    void sectionsListWhatThePlanHolds()
    {
        const QString path = newPlanPath();
        MainWindow window;
        QVERIFY(window.createPlan(path));
        window.show();
        window.planView()->showSection(Section::WarningLevels);
        QWidget *page = window.findChild<QWidget *>(QStringLiteral("page%1").arg(int(Section::WarningLevels)));
        QVERIFY(page);
        auto *view = page->findChild<QTableView *>();
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->model()->rowCount(), 4);
        window.planView()->showSection(Section::Drills);
        page = window.findChild<QWidget *>(QStringLiteral("page%1").arg(int(Section::Drills)));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("noDrillLabel"))->isVisible()); // no drill: a sentence
    }

    void longTextNeverWidensTheWindow()
    {
        const QString path = newReportPlan();
        MainWindow window;
        QVERIFY(window.openPlan(path));
        PlanDocument *document = window.document();
        const QString longText = QStringLiteral("Very long name ").repeated(140); // about 2,100 characters
        QVERIFY(document->setHeader(PlanField::Title, longText));
        for (const auto &[table, column] :
            QList<std::pair<QString, QString>> {{QStringLiteral("member"), QStringLiteral("name")},
                {QStringLiteral("org_group"), QStringLiteral("name")},
                {QStringLiteral("upgrade"), QStringLiteral("name")},
                {QStringLiteral("risk"), QStringLiteral("description")},
                {QStringLiteral("scope_system"), QStringLiteral("name")},
                {QStringLiteral("warning_level"), QStringLiteral("name")},
                {QStringLiteral("measure"), QStringLiteral("title")},
                {QStringLiteral("audience"), QStringLiteral("name")},
                {QStringLiteral("audience_channel"), QStringLiteral("address")}}) {
            const qint64 id
                = queryValue(document->database(), QStringLiteral("SELECT min(id) FROM %1").arg(table)).toLongLong();
            QVERIFY2(document->setRecordValue(table, id, column, longText), qPrintable(table));
        }
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto widthStays = [&window](const QString &where) {
            QCoreApplication::processEvents();
            // The widest visible widget that asks for more than the window has, for the message.
            QStringList culprits;
            const QList<QWidget *> widgets = window.findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                const auto tooWide = [](QWidget *w) { return w->minimumSizeHint().width() > 1280; };
                if (tooWide(widget) && std::none_of(widgets.cbegin(), widgets.cend(), [&](QWidget *child) {
                        return child->parentWidget() == widget && tooWide(child);
                    })) {
                    culprits << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
                            + widget->objectName() + QLatin1Char(' ')
                            + QString::fromLatin1(
                                widget->parentWidget() ? widget->parentWidget()->metaObject()->className() : "")
                            + QLatin1Char(' ') + widget->property("text").toString().left(30);
                }
            }
            const QString culprit = culprits.join(QStringLiteral(", "));
            QVERIFY2(window.width() <= 1280 && window.minimumSizeHint().width() <= 1280,
                qPrintable(QStringLiteral("%1: %2 px wide, at least %3 (%4)")
                               .arg(where)
                               .arg(window.width())
                               .arg(window.minimumSizeHint().width())
                               .arg(culprit)));
        };
        for (Section section : SectionNames::all()) {
            window.planView()->showSection(section);
            // The first record of the page selected, as a user clicking it.
            if (auto *view = window.planView()
                                 ->findChild<QWidget *>(QStringLiteral("page%1").arg(int(section)))
                                 ->findChild<QAbstractItemView *>()) {
                view->setCurrentIndex(view->model()->index(0, 0));
            }
            widthStays(SectionNames::title(section));
        }
        const qint64 first
            = queryValue(document->database(), QStringLiteral("SELECT min(id) FROM member")).toLongLong();
        window.planView()->showRecord(Section::Contacts, QStringLiteral("member"), first);
        widthStays(QStringLiteral("contact selected"));
        QVERIFY(document->removeRecord(QStringLiteral("member"), first, QStringLiteral("Remove")));
        widthStays(QStringLiteral("contact removed"));
    }

    void theSectionListSaysWhatEachSectionHolds()
    {
        const QString path = newReportPlan();
        MainWindow window;
        QVERIFY(window.openPlan(path));
        window.show();
        auto *list = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
        const auto stateOf = [list](Section section) {
            return list->item(int(SectionNames::all().indexOf(section)))
                ->data(SectionListDelegate::StateRole)
                .toString();
        };
        const auto attention = [list](Section section) {
            return list->item(int(SectionNames::all().indexOf(section)))
                ->data(SectionListDelegate::AttentionRole)
                .toBool();
        };
        PlanDocument *document = window.document();
        const auto countOf = [document](const char *table) {
            return queryValue(document->database(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                .toString();
        };
        QCOMPARE(stateOf(Section::Contacts), countOf("member"));
        QCOMPARE(stateOf(Section::WarningLevels), countOf("warning_level"));
        QVERIFY(stateOf(Section::Plan).isEmpty());
        const int high = queryValue(document->database(),
            QStringLiteral(
                "SELECT COUNT(*) FROM risk, plan WHERE risk.likelihood * risk.impact >= plan.band_high_from"))
                             .toInt();
        QVERIFY(high > 0);
        QCOMPARE(stateOf(Section::Risks), QStringLiteral("%1 \u00b7 %2 high").arg(countOf("risk")).arg(high));
        QVERIFY(attention(Section::Risks));

        // It follows the plan: a contact added, a run started.
        QVERIFY(document->addRecord(
            QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("Qian Wei")}}, QStringLiteral("Add")));
        QTRY_COMPARE(stateOf(Section::Contacts), countOf("member"));
        const qint64 upgrade
            = queryValue(document->database(), QStringLiteral("SELECT MIN(id) FROM upgrade")).toLongLong();
        QVERIFY(RunSession::start(document, upgrade, QStringLiteral("rehearsal"), 0, QStringLiteral("Zhao Lei")));
        QTRY_COMPARE(stateOf(Section::Runs), QStringLiteral("1 in progress"));
        QVERIFY(attention(Section::Runs));
        // Name and state fit side by side: the list is wide enough for both.
        for (int row = 0; row < list->count(); ++row) {
            QVERIFY(list->visualItemRect(list->item(row)).right() <= list->viewport()->width());
            QVERIFY(list->sizeHintForRow(row) > 0);
        }
        QVERIFY(list->minimumWidth() >= list->sizeHintForColumn(0));
        window.closePlan();
    }

    void theToolbarOffersTheCommonActionsWithIcons()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar && toolBar->isVisible());
        QStringList names;
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator()) {
                continue;
            }
            names << action->objectName();
            // Drawn, not blank: the theme's icon or ours (the SVG engine is there).
            const QImage image = action->icon().pixmap(QSize(24, 24)).toImage();
            QVERIFY2(!image.isNull(), qPrintable(action->objectName()));
            int drawn = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
                }
            }
            QVERIFY2(drawn > 40, qPrintable(action->objectName()));
            // A button says what it does and its key.
            QVERIFY2(!action->toolTip().contains(QLatin1Char('&')), qPrintable(action->toolTip()));
            if (!action->shortcut().isEmpty()) {
                QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                    qPrintable(action->toolTip()));
            }
        }
        QCOMPARE(names,
            QStringList({QStringLiteral("actionNew"), QStringLiteral("actionOpen"), QStringLiteral("actionUndo"),
                QStringLiteral("actionRedo"), QStringLiteral("actionFind"), QStringLiteral("actionExportReport"),
                QStringLiteral("actionPrintPreview"), QStringLiteral("actionImportContacts"),
                QStringLiteral("actionUserGuide")}));
        QCOMPARE(action(window, "actionFind")->toolTip(), QStringLiteral("Find in Plan (Ctrl+K)"));
        // Undo follows the stack, on the button as in the menu.
        QVERIFY(!action(window, "actionUndo")->isEnabled());

        // Every section has its icon in the list.
        auto *list = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
        for (int row = 0; row < list->count(); ++row) {
            QVERIFY(!list->item(row)->icon().pixmap(QSize(16, 16)).isNull());
        }

        // View > Toolbar hides it, and brings it back.
        QAction *show = action(window, "actionShowToolBar");
        QVERIFY(show && show->isChecked());
        show->trigger();
        QVERIFY(!toolBar->isVisible());
        show->trigger();
        QVERIFY(toolBar->isVisible());

        // Hidden, it stays hidden the next time the program starts.
        show->trigger();
        window.close();
        MainWindow next;
        QVERIFY(next.createPlan(newPlanPath()));
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QVERIFY(!next.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->isVisible());
        action(next, "actionShowToolBar")->trigger();
        next.close();
    }

    void everyControlHasAnAccessibleName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyControlHasAnAccessibleName()
    {
        // What a screen reader says when the focus lands on a control: its
        // own name, its label's or its text; never nothing.
        QFETCH(QString, language);
        Translations::install(language);
        const auto restore = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        const QString path = newReportPlan();
        MainWindow window;
        QVERIFY(window.openPlan(path));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList nameless;
        for (Section section : SectionNames::all()) {
            window.planView()->showSection(section);
            QCoreApplication::processEvents();
            for (const QString &where : namelessControls(&window, SectionNames::title(section))) {
                if (!nameless.contains(where)) {
                    nameless << where;
                }
            }
        }
        if (const QString file = qEnvironmentVariable("FALLBACK_NAMELESS_FILE"); !file.isEmpty()) {
            writeBytes(file, nameless.join(QLatin1Char('\n')).toUtf8());
        }
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
    }

    void everyDialogControlHasAnAccessibleName_data() { everyControlHasAnAccessibleName_data(); }

    void everyDialogControlHasAnAccessibleName()
    {
        QFETCH(QString, language);
        Translations::install(language);
        const auto restore = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        const QString path = newReportPlan();
        MainWindow window;
        QVERIFY(window.openPlan(path));
        const auto dialogs = everyDialog(window.document(), path);
        QVERIFY(!dialogs.empty());
        QStringList nameless;
        // The one guide window of the application.
        HelpWindow *guide = HelpWindow::showTopic(QStringLiteral("contacts"));
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        nameless << namelessControls(guide, QStringLiteral("HelpWindow"));
        guide->close();
        for (const auto &dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            nameless << namelessControls(dialog.get(), QLatin1String(dialog->metaObject()->className()));
            dialog->hide();
        }
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
    }

    void tabReachesEveryControlOfEveryDialog()
    {
        // Keyboard alone in a dialog: Tab goes round every control and comes back.
        const QString path = newReportPlan();
        MainWindow window;
        QVERIFY(window.openPlan(path));
        const auto dialogs = everyDialog(window.document(), path);
        QVERIFY(!dialogs.empty());
        QStringList problems;
        for (const auto &dialog : dialogs) {
            const QString name = QLatin1String(dialog->metaObject()->className());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
            const QSet<QWidget *> expected = tabStops(dialog.get());
            QWidget *start = QApplication::focusWidget();
            QVERIFY2(
                start && dialog->isAncestorOf(start), qPrintable(name + QStringLiteral(": nothing has the focus")));
            problems << tabCircuitProblems(start, expected, name);
            dialog->hide();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void tabReachesEveryControlOfEveryPage()
    {
        // Keyboard alone: from the section list, Tab visits every control of
        // the page and comes back, without being held in a table.
        const QString path = newReportPlan();
        MainWindow window;
        QVERIFY(window.openPlan(path));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
        QStringList problems;
        for (Section section : SectionNames::all()) {
            window.planView()->showSection(section);
            QCoreApplication::processEvents();
            QWidget *page = window.findChild<QWidget *>(QStringLiteral("page%1").arg(int(section)));
            QVERIFY(page);
            const QSet<QWidget *> expected = tabStops(page);
            list->setFocus(Qt::TabFocusReason);
            problems << tabCircuitProblems(list, expected, SectionNames::title(section));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void keyboardMovesBetweenSections()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.planView()->currentSection(), Section::Plan);
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.planView()->currentSection(), Section::Scope);
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.planView()->currentSection(), Section::Revisions);
    }

    void unopenableFileKeepsTheOpenPlan()
    {
        const QString path = newPlanPath();
        MainWindow window;
        QVERIFY(window.createPlan(path));
        const QString junk = m_dir.filePath(QStringLiteral("junk.fallback"));
        QVERIFY(writeBytes(junk, "this is not a plan"));
        QVERIFY(!window.openPlan(junk));
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.first().contains(QLatin1String("not a Fallback plan")));
        QCOMPARE(window.document()->path(), path);
        QCOMPARE(fileBytes(junk), QByteArray("this is not a plan"));
    }

    void droppedPlansOpenEachInAWindowOfItsOwn()
    {
        const QString first = newPlanPath();
        const QString second = newPlanPath();
        const QString dropped = newPlanPath();
        for (const QString &path : {first, second, dropped}) {
            QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        }
        const QString junk = m_dir.filePath(QStringLiteral("dropped-junk.fallback"));
        QVERIFY(writeBytes(junk, "this is not a plan"));
        MainWindow window;
        QVERIFY(window.openPlan(first));
        window.show();

        // Text is not a file: the window does not take it.
        QMimeData text;
        text.setText(QStringLiteral("plan.fallback"));
        QDragEnterEvent textEnter(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &textEnter);
        QVERIFY(!textEnter.isAccepted());

        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(second), QUrl::fromLocalFile(dropped), QUrl::fromLocalFile(junk)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());

        QTRY_COMPARE(window.document() ? window.document()->path() : QString(), second);
        QList<MainWindow *> others;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *other = qobject_cast<MainWindow *>(widget); other && other != &window) {
                others << other;
            }
        }
        const auto closeOthers = qScopeGuard([&others] { qDeleteAll(others); });
        QCOMPARE(others.size(), 2);
        QStringList openedElsewhere;
        for (MainWindow *other : std::as_const(others)) {
            QVERIFY(other->isVisible());
            QVERIFY(other->testAttribute(Qt::WA_DeleteOnClose));
            if (other->document()) {
                openedElsewhere << other->document()->path();
            }
        }
        QCOMPARE(openedElsewhere, QStringList {dropped});
        // The file that is not a plan is refused with a reason, and left as it was.
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.first().contains(QLatin1String("not a Fallback plan")));
        QCOMPARE(fileBytes(junk), QByteArray("this is not a plan"));
    }

    void plansTheSystemAsksToOpenFindTheirWindow()
    {
        // On macOS a double-click in the Finder sends the running program a QFileOpenEvent.
        const FileOpenHandler handler(&MainWindow::openFromSystem);
        const QString first = newPlanPath();
        const QString second = newPlanPath();
        for (const QString &path : {first, second}) {
            QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        }
        MainWindow window;
        QVERIFY(window.openPlan(first));
        window.show();
        const auto mainWindows = [] {
            QList<MainWindow *> windows;
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *mainWindow = qobject_cast<MainWindow *>(widget); mainWindow && mainWindow->isVisible()) {
                    windows << mainWindow;
                }
            }
            return windows;
        };

        QFileOpenEvent again(first);
        QApplication::sendEvent(qApp, &again);
        QCOMPARE(mainWindows().size(), 1); // already open: brought forward, not opened twice

        QFileOpenEvent other(second);
        QApplication::sendEvent(qApp, &other);
        QList<MainWindow *> windows = mainWindows();
        QCOMPARE(windows.size(), 2);
        windows.removeAll(&window);
        const auto closeOther = qScopeGuard([&windows] { qDeleteAll(windows); });
        QCOMPARE(windows.first()->document()->path(), second);
        QCOMPARE(window.document()->path(), first);

        // A window that shows no plan takes the next one.
        windows.first()->closePlan();
        const QString third = newPlanPath();
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), third).isEmpty());
        QFileOpenEvent into(third);
        QApplication::sendEvent(qApp, &into);
        QCOMPARE(mainWindows().size(), 2);
        QCOMPARE(windows.first()->document()->path(), third);
    }

    void planOpenElsewhereIsReadOnly()
    {
        const QString path = newPlanPath();
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        auto writer = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(writer && !writer->isReadOnly());
        MainWindow window;
        QVERIFY(window.openPlan(path));
        window.show();
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QLatin1String("read-only")));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("another")));
        auto *title = window.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(title->isReadOnly());
    }

    void closingLeavesOneSelfContainedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usb.fallback"));
        {
            MainWindow window;
            QVERIFY(window.createPlan(path));
            window.show();
            replaceText(window.findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Copied to USB"));
            action(window, "actionClose")->trigger();
            QVERIFY(!window.document());
            QCOMPARE(entriesOf(dir.path()), QStringList {QStringLiteral("usb.fallback")});
        }
        QCOMPARE(stored(path, QStringLiteral("SELECT title FROM plan")).toString(), QStringLiteral("Copied to USB"));
    }

    void saveCopyThroughTheFileMenu()
    {
        const QString path = newPlanPath();
        const QString copy = m_dir.filePath(QStringLiteral("copy-of-plan.fallback"));
        DialogHooks::saveFileNameHook = [copy](const QString &, const QString &) { return copy; };
        MainWindow window;
        QVERIFY(window.createPlan(path));
        action(window, "actionSaveCopy")->trigger();
        DialogHooks::saveFileNameHook = nullptr;
        QVERIFY(m_warnings.isEmpty());
        QCOMPARE(stored(copy, QStringLiteral("SELECT title FROM plan")).toString(),
            QStringLiteral("Program Upgrade Emergency Plan"));
    }

    void newPlanThroughTheFileMenu()
    {
        const QString path = m_dir.filePath(QStringLiteral("from-menu")); // the suffix is added
        DialogHooks::saveFileNameHook = [path](const QString &, const QString &) { return path; };
        MainWindow window;
        action(window, "actionNew")->trigger();
        DialogHooks::saveFileNameHook = nullptr;
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), path + QLatin1String(".fallback"));
    }

    void interfaceSwitchesLanguageLive()
    {
        const QString path = newPlanPath();
        MainWindow window;
        QVERIFY(window.createPlan(path));
        window.show();
        auto *sections = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
        QVERIFY(sections);
        QCOMPARE(sections->item(0)->text(), QStringLiteral("Plan"));
        Translations::install(QStringLiteral("zh_CN"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(sections->item(0)->text(), QStringLiteral("总则"));
        QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("addButton"))->text(), QStringLiteral("添加(&A)"));
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(sections->item(0)->text(), QStringLiteral("Plan"));
    }

    void openRecentListsOpenedPlans()
    {
        const QString first = newPlanPath();
        const QString second = newPlanPath();
        MainWindow window;
        QVERIFY(window.createPlan(first));
        QVERIFY(window.createPlan(second));
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QStringList texts;
        for (QAction *entry : recent->actions()) {
            texts << entry->text();
        }
        QCOMPARE(texts.value(0), QDir::toNativeSeparators(second));
        QCOMPARE(texts.value(1), QDir::toNativeSeparators(first));
        recent->actions().at(1)->trigger();
        QCOMPARE(window.document()->path(), first);
        // The desktop's own list of recent files has them too, for file choosers and launchers.
        for (const QString &path : {first, second}) {
            QTRY_VERIFY(fileBytes(DesktopRecentFiles::listPath())
                            .contains(QUrl::fromLocalFile(path).toEncoded(QUrl::FullyEncoded)));
        }
        QVERIFY(fileBytes(DesktopRecentFiles::listPath()).contains("application/x-fallback-plan"));
    }

    void exportReportThroughTheDialog()
    {
        const QString path = newPlanPath();
        MainWindow window;
        QVERIFY(window.createPlan(path));
        ExportReportDialog dialog(window.document(), &window);
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
        format->setCurrentIndex(format->findData(int(report::ReportFormat::Html)));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(report::ReportKind::Review)));
        // A new plan has no review: the dialog says so and offers no export.
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
        // It has templates but no upgrade: the checklist is the templates, blank.
        kind->setCurrentIndex(kind->findData(int(report::ReportKind::Checklist)));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
        const QString checklist = m_dir.filePath(QStringLiteral("checklist"));
        DialogHooks::saveFileNameHook = [checklist](const QString &, const QString &) { return checklist; };
        QVERIFY(dialog.exportReport());
        QVERIFY(fileBytes(checklist + QLatin1String(".html")).contains("Standard upgrade checklist"));
        kind->setCurrentIndex(kind->findData(int(report::ReportKind::Plan)));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
        // Enter exports, whatever field has the focus.
        dialog.show();
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isDefault());
        const QString out = m_dir.filePath(QStringLiteral("exported")); // the suffix is added
        DialogHooks::saveFileNameHook = [out](const QString &, const QString &) { return out; };
        QVERIFY(dialog.exportReport());
        DialogHooks::saveFileNameHook = nullptr;
        const QByteArray html = fileBytes(out + QLatin1String(".html"));
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("Program Upgrade Emergency Plan"));
        QVERIFY(m_warnings.isEmpty());
    }

    void exportCalendarThroughTheFileMenu()
    {
        const QString path = newReportPlan();
        MainWindow window;
        QAction *exportCalendar = action(window, "actionExportCalendar");
        QVERIFY(exportCalendar);
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(exportCalendar));
        QVERIFY(!exportCalendar->isEnabled()); // no plan open
        QVERIFY(window.openPlan(path));
        QVERIFY(exportCalendar->isEnabled());

        const QString out = m_dir.filePath(QStringLiteral("calendar")); // the suffix is added
        QString suggested;
        DialogHooks::saveFileNameHook = [&](const QString &, const QString &directory) {
            suggested = directory;
            return out;
        };
        exportCalendar->trigger();
        DialogHooks::saveFileNameHook = nullptr;
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        QVERIFY2(suggested.endsWith(QFileInfo(path).completeBaseName() + QLatin1String(".ics")), qPrintable(suggested));
        const QByteArray ics = fileBytes(out + QLatin1String(".ics"));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        // Read back as a calendar program does: continuation lines joined.
        const QStringList lines = QString::fromUtf8(QByteArray(ics).replace("\r\n ", "")).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 3);
        QVERIFY(lines.contains(QStringLiteral("SUMMARY:Upgrade: Core order database 12 → 15")));
        QVERIFY(lines.contains(QStringLiteral("DTSTART:20261017T140000Z")));
        QVERIFY(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:20260820")));
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Wrote 1 upgrade")), qPrintable(message));
        QVERIFY(message.contains(QDir::toNativeSeparators(out + QLatin1String(".ics"))));

        // A place that cannot be written: a warning, and no file.
        const QString unwritable = m_dir.filePath(QStringLiteral("no/such/folder/calendar.ics"));
        DialogHooks::saveFileNameHook = [&](const QString &, const QString &) { return unwritable; };
        exportCalendar->trigger();
        DialogHooks::saveFileNameHook = nullptr;
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(!QFile::exists(unwritable));

        window.closePlan();
        QVERIFY(!exportCalendar->isEnabled());
    }

    void saveDialogsStartInDocumentsAndRememberTheFolder()
    {
        // The default plan lives in the application's hidden data folder; no dialog may offer it.
        QFile::remove(DefaultPlan::path());
        QSettings().remove(QStringLiteral("files/lastFolder"));
        MainWindow window;
        QVERIFY(window.openDefaultPlan());
        const QString hidden = QFileInfo(DefaultPlan::path()).absolutePath();
        QStringList suggested;
        QString answer;
        DialogHooks::saveFileNameHook = [&](const QString &, const QString &suggestion) {
            suggested << suggestion;
            return answer;
        };
        QAction *exportCalendar = action(window, "actionExportCalendar");
        exportCalendar->trigger(); // cancelled
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString first = QFileInfo(suggested.value(0)).absolutePath();
        QVERIFY2(first != hidden, qPrintable(first));
        QCOMPARE(first, QFileInfo(documents).isDir() ? documents : QDir::homePath());

        // Saved once elsewhere, the next dialog starts there, also after a restart.
        const QString elsewhere = m_dir.filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(elsewhere));
        answer = elsewhere + QStringLiteral("/calendar.ics");
        exportCalendar->trigger();
        answer.clear();
        action(window, "actionSaveCopy")->trigger();
        DialogHooks::saveFileNameHook = nullptr;
        QCOMPARE(suggested.size(), 3);
        QCOMPARE(QFileInfo(suggested.at(2)).absolutePath(), elsewhere);
        QCOMPARE(DialogHooks::lastFolder(), elsewhere);
        window.closePlan();
        QFile::remove(DefaultPlan::path());
    }

    void defaultPlanIsCreatedOnFirstStart()
    {
        QFile::remove(DefaultPlan::path());
        MainWindow window;
        QVERIFY(window.openDefaultPlan());
        QCOMPARE(window.document()->path(), DefaultPlan::path());
        QVERIFY(QFile::exists(DefaultPlan::path()));
        window.closePlan();
        QFile::remove(DefaultPlan::path());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
