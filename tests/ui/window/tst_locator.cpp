// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Search across the plan (Ctrl+K) in the real main window, from the keyboard:
// every kind of record is found by what it shows and opens in its section.
#include "document/plandocument.h"
#include "mainwindow.h"
#include "plan/plansearch.h"
#include "plan/plansearchmodel.h"
#include "plan/sampleplan.h"
#include "plan/translations.h"
#include "storage/sqlquery.h"
#include "widgets/recordtableeditor.h"
#include "window/locator.h"
#include "window/planview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fallback;
using namespace fallback::ui;

class TestLocator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    void openSample(const QString &language)
    {
        m_window.reset();
        Translations::install(language);
        const QString path = m_dir.filePath(QStringLiteral("sample-%1.fallback").arg(language));
        QFile::remove(path);
        QCOMPARE(SamplePlan::create(language, path), QString());
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openPlan(path));
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    /// Presses Ctrl+K where the focus is, as a user would.
    Locator *pressCtrlK()
    {
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(focus, Qt::Key_K, Qt::ControlModifier);
        Locator *locator = m_window->planView()->locator();
        return locator && locator->isVisible() ? locator : nullptr;
    }

    void type(Locator *locator, const QString &text)
    {
        QLineEdit *edit = locator->searchEdit();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        for (const QString &word : text.split(QLatin1Char(' '))) {
            if (edit->cursorPosition() > 0) {
                QTest::keyClick(edit, Qt::Key_Space);
            }
            bool latin = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
            if (latin) {
                QTest::keyClicks(edit, word);
            } else {
                // Chinese comes from an input method, a word at a time.
                QInputMethodEvent commit;
                commit.setCommitString(word);
                QApplication::sendEvent(edit, &commit);
            }
        }
    }

    /// The row of the hit on (table, id) in the locator's list, or -1.
    static int rowOf(Locator *locator, const QString &table, qint64 id)
    {
        const QAbstractItemModel *model = locator->resultView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(PlanSearchModel::TableRole).toString() == table
                && index.data(PlanSearchModel::IdRole).toLongLong() == id) {
                return row;
            }
        }
        return -1;
    }

    Section currentSection() const { return m_window->planView()->currentSection(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aContactIsFoundByPhoneAndOpenedWithEnter()
    {
        openSample(QStringLiteral("en"));
        const auto [id, name, mobile] = [this] {
            QSqlQuery query = execQuery(m_window->document()->database(),
                QStringLiteral("SELECT id, name, phone_mobile FROM member WHERE phone_mobile <> '' ORDER BY id DESC "
                               "LIMIT 1"));
            query.next();
            return std::tuple(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString());
        }();
        Locator *locator = pressCtrlK();
        QVERIFY2(locator, "Ctrl+K opens the locator");
        QVERIFY(locator->searchEdit()->hasFocus());
        QVERIFY(locator->statusText().contains(QLatin1String("Enter opens the record")));

        // The last four digits of the mobile number, as someone reads them off a phone.
        const QString digits = QString(mobile).remove(QLatin1Char(' ')).right(4);
        type(locator, digits);
        const int row = rowOf(locator, QStringLiteral("member"), id);
        QVERIFY2(row >= 0, qPrintable(digits));
        QVERIFY(locator->statusText().contains(QLatin1String("match")));
        // Down to the contact, then Enter, without leaving the field.
        for (int step = 0; step < row; ++step) {
            QTest::keyClick(locator->searchEdit(), Qt::Key_Down);
        }
        QCOMPARE(locator->resultView()->currentIndex().row(), row);
        QVERIFY(locator->searchEdit()->hasFocus());
        QTest::keyClick(locator->searchEdit(), Qt::Key_Return);
        QVERIFY(!locator->isVisible());
        QCOMPARE(currentSection(), Section::Contacts);
        auto *editor = m_window->findChild<RecordTableEditor *>(QStringLiteral("contactsEditor"));
        QVERIFY(editor);
        QTableView *table = editor->view();
        QVERIFY(table->isVisible() && table->hasFocus());
        QCOMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), name);

        // Ctrl+K again keeps what was typed, selected, so typing replaces it.
        locator = pressCtrlK();
        QVERIFY(locator);
        QCOMPARE(locator->searchEdit()->selectedText(), digits);
        QTest::keyClick(locator->searchEdit(), Qt::Key_Escape);
        QVERIFY(!locator->isVisible());
        QCOMPARE(currentSection(), Section::Contacts);
    }

    void everyKindOfRecordOpensInItsSection_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "zh_CN"}) {
            QTest::newRow(language) << QString::fromLatin1(language);
        }
    }

    void everyKindOfRecordOpensInItsSection()
    {
        QFETCH(QString, language);
        openSample(language);
        // The newest record of each kind, found by the start of a text it shows.
        const struct
        {
            const char *table;
            const char *text;
            Section section;
        } kinds[] = {
            {"reference", "title", Section::Plan},
            {"scope_system", "name", Section::Scope},
            {"org_group", "name", Section::Organisation},
            {"member", "name", Section::Contacts},
            {"warning_level", "name", Section::WarningLevels},
            {"risk", "description", Section::Risks},
            {"risk_category", "name", Section::Risks},
            {"measure", "title", Section::Measures},
            {"resource", "name", Section::Measures},
            {"audience", "name", Section::Communications},
            {"audience_channel", "address", Section::Communications},
            {"message_template", "body", Section::Communications},
            {"role_card", "name", Section::RoleCards},
            {"duty_shift", "(SELECT name FROM member WHERE member.id = duty_shift.member_id)", Section::RoleCards},
            {"checklist_template", "name", Section::Checklists},
            {"checklist_template_item", "text", Section::Checklists},
            {"upgrade", "name", Section::Upgrades},
            {"upgrade_item", "text", Section::Upgrades},
            {"run", "(SELECT name FROM upgrade WHERE upgrade.id = run.upgrade_id)", Section::Runs},
            {"review", "title", Section::Reviews},
            {"review_action", "text", Section::Reviews},
            {"drill", "findings", Section::Drills},
            {"drill_action", "text", Section::Drills},
            {"revision", "summary", Section::Revisions},
        };
        for (const auto &kind : kinds) {
            const QString table = QString::fromLatin1(kind.table);
            QSqlQuery query = execQuery(m_window->document()->database(),
                QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id DESC LIMIT 1").arg(QLatin1String(kind.text), table));
            QVERIFY2(query.next(), kind.table);
            const qint64 id = query.value(0).toLongLong();
            const QString typed = query.value(1).toString().simplified().left(24);
            QVERIFY2(!typed.isEmpty(), kind.table);

            Locator *locator = pressCtrlK();
            QVERIFY2(locator, kind.table);
            type(locator, typed);
            const int row = rowOf(locator, table, id);
            QVERIFY2(row >= 0, qPrintable(QStringLiteral("\"%1\" did not find %2 %3").arg(typed, table).arg(id)));
            locator->resultView()->setCurrentIndex(locator->resultView()->model()->index(row, 0));
            QTest::keyClick(locator->searchEdit(), Qt::Key_Return);
            QVERIFY(!locator->isVisible());
            QCOMPARE(currentSection(), kind.section);
            // The record is selected where the keyboard is: the focus is on
            // the table (or field) that holds it, in the page shown.
            QWidget *focus = QApplication::focusWidget();
            QWidget *page = m_window->findChild<QWidget *>(QStringLiteral("page%1").arg(int(kind.section)));
            QVERIFY2(page && page->isVisible(), kind.table);
            QVERIFY2(focus && page->isAncestorOf(focus) && focus->isVisible(), kind.table);
            // and the row selected there shows the text typed.
            auto *view = qobject_cast<QAbstractItemView *>(focus);
            QVERIFY2(view && view->currentIndex().isValid(), kind.table);
            QStringList shown;
            const QModelIndex current = view->currentIndex();
            for (int column = 0; column < view->model()->columnCount(current.parent()); ++column) {
                shown << current.siblingAtColumn(column).data().toString().simplified();
            }
            QVERIFY2(shown.join(QLatin1Char('\n')).contains(typed),
                qPrintable(QStringLiteral("%1: \"%2\" not in %3").arg(table, typed, shown.join(QLatin1String(" | ")))));
        }
    }

    void sayWhenNothingMatches()
    {
        openSample(QStringLiteral("zh_CN"));
        Locator *locator = pressCtrlK();
        QVERIFY(locator);
        type(locator, QStringLiteral("数据库"));
        QVERIFY(locator->resultView()->model()->rowCount() > 0);
        type(locator, QStringLiteral("数据库 不存在的词"));
        QCOMPARE(locator->resultView()->model()->rowCount(), 0);
        QVERIFY2(locator->statusText().contains(QStringLiteral("不存在的词")), qPrintable(locator->statusText()));
        // Enter on nothing opens nothing and leaves the locator open.
        const Section before = currentSection();
        QTest::keyClick(locator->searchEdit(), Qt::Key_Return);
        QVERIFY(locator->isVisible());
        QCOMPARE(currentSection(), before);
        QTest::keyClick(locator->searchEdit(), Qt::Key_Escape);
        Translations::install(QStringLiteral("en"));
    }

    void hitsSpeakTheInterfaceLanguage()
    {
        openSample(QStringLiteral("en"));
        const QString upgrade
            = queryValue(m_window->document()->database(), QStringLiteral("SELECT name FROM upgrade LIMIT 1"))
                  .toString();
        const auto detailOfUpgrade = [this, &upgrade] {
            m_window->planView()->showLocator(); // as Edit > Find in Plan does
            Locator *locator = m_window->planView()->locator();
            type(locator, upgrade.left(20));
            const int row = rowOf(locator, QStringLiteral("upgrade"),
                queryValue(m_window->document()->database(), QStringLiteral("SELECT min(id) FROM upgrade"))
                    .toLongLong());
            const QString detail = row < 0
                ? QString()
                : locator->resultView()->model()->index(row, 0).data(PlanSearchModel::DetailRole).toString();
            QTest::keyClick(locator->searchEdit(), Qt::Key_Escape);
            return detail;
        };
        QVERIFY2(detailOfUpgrade().contains(QLatin1String("Rolled back")), "the upgrade's status, in English");
        Translations::install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // the windows hear of the change
        const QString chinese = detailOfUpgrade();
        QVERIFY2(chinese.contains(QStringLiteral("已回退")), qPrintable(chinese));
        Translations::install(QStringLiteral("en"));
    }

    void findsWhatWasJustAdded()
    {
        openSample(QStringLiteral("en"));
        Locator *locator = pressCtrlK();
        QVERIFY(locator);
        type(locator, QStringLiteral("Okapi"));
        QCOMPARE(locator->resultView()->model()->rowCount(), 0);
        QTest::keyClick(locator->searchEdit(), Qt::Key_Escape);
        const qint64 id = m_window->document()->addRecord(QStringLiteral("scope_system"),
            {{QStringLiteral("name"), QStringLiteral("Okapi message queue")}}, QStringLiteral("add"));
        locator = pressCtrlK();
        QVERIFY(locator);
        QCOMPARE(locator->resultView()->model()->rowCount(), 1); // the same text, searched again
        QCOMPARE(rowOf(locator, QStringLiteral("scope_system"), id), 0);
        QTest::keyClick(locator->searchEdit(), Qt::Key_Return);
        QCOMPARE(currentSection(), Section::Scope);
    }
};

QTEST_MAIN(TestLocator)
#include "tst_locator.moc"
