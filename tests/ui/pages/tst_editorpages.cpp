// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the plan editor pages (organisation, contacts, warning levels,
// measures) with mouse and keyboard, as a user would, under the offscreen
// platform; what reached the file is read back through a connection of its own.
#include "dialogs/dialoghooks.h"
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "mainwindow.h"
#include "models/membermodel.h"
#include "models/orggrouptreemodel.h"
#include "models/recordtablemodel.h"
#include "pages/contactspage.h"
#include "pages/measurespage.h"
#include "pages/organisationpage.h"
#include "pages/warninglevelspage.h"
#include "plan/translations.h"
#include "storage/planfile.h"
#include "storage/sqlquery.h"
#include "testsupport.h"
#include "widgets/recordtableeditor.h"
#include "window/planview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace fallback;
using namespace fallback::test;
using namespace fallback::ui;

class TestEditorPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document;
    QStringList m_questions;
    bool m_answer = false;

    /// Reads a plan through a connection of its own, as another program would.
    static QVariant storedIn(const QString &path, const QString &sql, const QVariantList &values = {})
    {
        auto file = PlanFile::open(path, PlanFile::Access::ReadOnly, nullptr);
        return file ? queryValue(file->database(), sql, values) : QVariant();
    }

    QVariant stored(const QString &sql, const QVariantList &values = {}) const { return storedIn(m_path, sql, values); }

    qint64 memberId(const QString &name) const
    {
        return stored(QStringLiteral("SELECT id FROM member WHERE name = ?"), {name}).toLongLong();
    }

    int undoSteps() const { return m_document->undoStack()->count(); }

    static bool showAndActivate(QWidget *widget)
    {
        widget->resize(1100, 750);
        widget->show();
        widget->activateWindow();
        return QTest::qWaitForWindowActive(widget);
    }

    static void clickRow(QAbstractItemView *view, int row, int column, Qt::KeyboardModifiers modifiers = {})
    {
        const QRect cell = view->visualRect(view->model()->index(row, column));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, cell.center());
    }

    static int rowWithText(const QAbstractItemModel *model, int column, const QString &text)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, column).data().toString() == text) {
                return row;
            }
        }
        return -1;
    }

    static QStringList column(const QAbstractItemModel *model, int column)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row) {
            values << model->index(row, column).data().toString();
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        DialogHooks::confirmHook = [this](const QString &, const QString &text) {
            m_questions << text;
            return m_answer;
        };
        DialogHooks::warningHook = [](const QString &, const QString &text) { QFAIL(qPrintable(text)); };
    }

    void cleanupTestCase()
    {
        DialogHooks::confirmHook = nullptr;
        DialogHooks::warningHook = nullptr;
    }

    void init()
    {
        static int counter = 0;
        m_path = m_dir.filePath(QStringLiteral("pages-%1.fallback").arg(++counter));
        QCOMPARE(PlanJsonImport::createPlan(fileBytes(testDataPath(QStringLiteral("report-plan-en.json"))), m_path),
            QString());
        m_document = PlanDocument::open(m_path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
        m_questions.clear();
        m_answer = false;
    }

    void cleanup() { m_document.reset(); }

    // --- Organisation ---------------------------------------------------------

    void addGroupThenNameItAndTypeItsDuty()
    {
        OrganisationPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("groupTree"));
        auto *add = page.findChild<QPushButton *>(QStringLiteral("addGroupButton"));
        auto *duty = page.findChild<QPlainTextEdit *>(QStringLiteral("dutyEdit"));
        QVERIFY(tree && add && duty);
        QVERIFY(add->isEnabled());

        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM org_group")).toInt(), 9);
        const qint64 added = stored(QStringLiteral("SELECT MAX(id) FROM org_group")).toLongLong();
        QCOMPARE(tree->currentIndex().data(OrgGroupTreeModel::GroupIdRole).toLongLong(), added);
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("New group"));

        // The name is open for typing straight away.
        auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(nameEditor);
        QTest::keyClicks(nameEditor, QStringLiteral("Night shift group"));
        QTest::keyClick(nameEditor, Qt::Key_Return); // the delegate commits once the editor has seen the key
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM org_group WHERE id = ?"), {added}).toString(),
            QStringLiteral("Night shift group"));
        QCOMPARE(tree->currentIndex().data(OrgGroupTreeModel::GroupIdRole).toLongLong(), added);

        QVERIFY(duty->isEnabled());
        QCOMPARE(duty->toPlainText(), QString());
        QTest::mouseClick(duty->viewport(), Qt::LeftButton);
        QVERIFY(duty->hasFocus());
        const QString text = QStringLiteral("Watches the systems overnight and calls the command.");
        QTest::keyClicks(duty, text);
        QTest::keyClick(duty, Qt::Key_Tab); // moves on; the text is kept without waiting
        QVERIFY(!duty->hasFocus());
        QCOMPARE(stored(QStringLiteral("SELECT duty FROM org_group WHERE id = ?"), {added}).toString(), text);

        // Undo takes the duty back out of the editor too, and redo puts it back.
        m_document->undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("SELECT duty FROM org_group WHERE id = ?"), {added}).toString(), QString());
        QCOMPARE(duty->toPlainText(), QString());
        QVERIFY(m_document->undoStack()->canRedo());
        m_document->undoStack()->redo();
        QCOMPARE(stored(QStringLiteral("SELECT duty FROM org_group WHERE id = ?"), {added}).toString(), text);
        QCOMPARE(duty->toPlainText(), text);
        QCOMPARE(stored(QStringLiteral("SELECT name FROM org_group WHERE id = ?"), {added}).toString(),
            QStringLiteral("Night shift group"));
    }

    void dutyOfAnotherGroupIsShownWhenSelected()
    {
        OrganisationPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        auto *duty = page.findChild<QPlainTextEdit *>(QStringLiteral("dutyEdit"));
        QVERIFY(page.selectRecord(QStringLiteral("org_group"), 4));
        QCOMPARE(duty->toPlainText(), stored(QStringLiteral("SELECT duty FROM org_group WHERE id = 4")).toString());
        QCOMPARE(page.membersEditor()->view()->model()->rowCount(), 3);
        QVERIFY(!page.selectRecord(QStringLiteral("org_group"), 999));
    }

    void removingAGroupWithMembersAsksFirst()
    {
        OrganisationPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("groupTree"));
        auto *remove = page.findChild<QPushButton *>(QStringLiteral("removeGroupButton"));
        QVERIFY(tree && remove);
        QVERIFY(page.selectRecord(QStringLiteral("org_group"), 3));
        const int steps = undoSteps();

        // Answered no, from the keyboard: nothing changes.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.first().contains(QLatin1String("\"Technical support group\"")),
            qPrintable(m_questions.first()));
        QVERIFY(m_questions.first().contains(QLatin1String("4 membership")));
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM org_group WHERE id = 3")).toInt(), 1);
        QCOMPARE(undoSteps(), steps);

        // Answered yes: the group goes, with its memberships.
        m_answer = true;
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_questions.size(), 2);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM org_group WHERE id = 3")).toInt(), 0);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM group_member WHERE group_id = 3")).toInt(), 0);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM member")).toInt(), 14);
        QCOMPARE(undoSteps(), steps + 1);
        QVERIFY(!page.selectRecord(QStringLiteral("org_group"), 3));

        m_document->undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM group_member WHERE group_id = 3")).toInt(), 4);
        QVERIFY(page.selectRecord(QStringLiteral("org_group"), 3));
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Technical support group"));
        QCOMPARE(page.membersEditor()->view()->model()->rowCount(), 4);
    }

    void removingAnEmptyGroupDoesNotAsk()
    {
        OrganisationPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addGroupButton")), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // keep the name
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM org_group")).toInt(), 9);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("removeGroupButton")), Qt::LeftButton);
        QVERIFY(m_questions.isEmpty());
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM org_group")).toInt(), 8);
    }

    void addContactToGroupByName()
    {
        OrganisationPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        QVERIFY(page.selectRecord(QStringLiteral("org_group"), 3));
        auto *candidates = page.findChild<QComboBox *>(QStringLiteral("memberCandidates"));
        auto *addMember = page.findChild<QPushButton *>(QStringLiteral("addMemberButton"));
        QVERIFY(candidates && addMember);
        QVERIFY(candidates->isEnabled() && addMember->isEnabled());
        QTest::mouseClick(candidates->lineEdit(), Qt::LeftButton);
        QCOMPARE(candidates->count(), 10); // everyone not yet in the group
        QVERIFY(candidates->findText(QStringLiteral("Wu Lei")) >= 0);
        QCOMPARE(candidates->findText(QStringLiteral("Li Na")), -1);
        QTableView *members = page.membersEditor()->view();
        QCOMPARE(members->model()->rowCount(), 4);
        const int steps = undoSteps();

        // A name that is not in the roster adds nobody.
        QTest::keyClicks(candidates->lineEdit(), QStringLiteral("Nobody Known"));
        candidates->completer()->popup()->hide();
        QTest::mouseClick(addMember, Qt::LeftButton);
        QCOMPARE(undoSteps(), steps);
        QCOMPARE(members->model()->rowCount(), 4);

        QTest::mouseClick(candidates->lineEdit(), Qt::LeftButton);
        candidates->lineEdit()->selectAll();
        QTest::keyClicks(candidates->lineEdit(), QStringLiteral("wu lei"));
        candidates->completer()->popup()->hide();
        QTest::mouseClick(addMember, Qt::LeftButton);
        QCOMPARE(undoSteps(), steps + 1);
        const qint64 wuLei = memberId(QStringLiteral("Wu Lei"));
        QCOMPARE(
            stored(QStringLiteral("SELECT escalation_order FROM group_member WHERE group_id = 3 AND member_id = ?"),
                {wuLei})
                .toInt(),
            5);
        QCOMPARE(members->model()->rowCount(), 5);
        QCOMPARE(members->model()->index(4, 0).data().toString(), QStringLiteral("Wu Lei"));
        const qint64 membership
            = stored(QStringLiteral("SELECT id FROM group_member WHERE group_id = 3 AND member_id = ?"), {wuLei})
                  .toLongLong();
        QCOMPARE(page.membersEditor()->selectedIds(), QList<qint64> {membership});
        QCOMPARE(members->model()->index(4, 2).data().toString(), QStringLiteral("+86 186 0010 4408")); // his mobile
        QCOMPARE(candidates->currentText(), QString());
        QTest::mouseClick(candidates->lineEdit(), Qt::LeftButton);
        QCOMPARE(candidates->findText(QStringLiteral("Wu Lei")), -1); // no longer offered
        QCOMPARE(candidates->count(), 9);

        m_document->undoStack()->undo();
        QCOMPARE(members->model()->rowCount(), 4);
        QTest::mouseClick(candidates->lineEdit(), Qt::LeftButton);
        QVERIFY(candidates->findText(QStringLiteral("Wu Lei")) >= 0);
    }

    void membersReorderWithAltArrows()
    {
        OrganisationPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        QVERIFY(page.selectRecord(QStringLiteral("org_group"), 3));
        QTableView *members = page.membersEditor()->view();
        clickRow(members, 3, 0);
        QTest::keyClick(members, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(column(members->model(), 0),
            (QStringList {QStringLiteral("Wang Jianguo"), QStringLiteral("Li Na"),
                QStringLiteral("O'Brien <b>&amp;</b>"), QStringLiteral("Chen Hao")}));
        QCOMPARE(
            stored(QStringLiteral("SELECT escalation_order FROM group_member WHERE group_id = 3 AND member_id = 14"))
                .toInt(),
            3);
        // Still selected: a second press moves it again.
        QTest::keyClick(members, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(members->model()->index(1, 0).data().toString(), QStringLiteral("O'Brien <b>&amp;</b>"));
    }

    // --- Contacts -------------------------------------------------------------

    void typingInTheFilterNarrowsTheRoster()
    {
        ContactsPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        auto *editor = page.findChild<RecordTableEditor *>(QStringLiteral("contactsEditor"));
        QVERIFY(editor);
        auto *filter = editor->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QVERIFY(filter && filter->isVisible());
        QAbstractItemModel *shown = editor->view()->model();
        QCOMPARE(shown->rowCount(), 14);

        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("zhao"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, MemberModel::NameColumn).data().toString(), QStringLiteral("Zhao Guoqiang"));

        // Contacts are found by the groups they sit in, too.
        filter->selectAll();
        QTest::keyClicks(filter, QStringLiteral("Publicity"));
        QStringList names = column(shown, MemberModel::NameColumn);
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("Ma Lin"), QStringLiteral("Xu Jing")}));

        filter->selectAll();
        QTest::keyClick(filter, Qt::Key_Backspace);
        QCOMPARE(shown->rowCount(), 14);
    }

    void addContactThenEditTheName()
    {
        ContactsPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        RecordTableEditor *editor = page.contactsEditor();
        auto *add = editor->findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(add && add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM member")).toInt(), 15);
        const qint64 added = stored(QStringLiteral("SELECT MAX(id) FROM member")).toLongLong();
        QCOMPARE(stored(QStringLiteral("SELECT name FROM member WHERE id = ?"), {added}).toString(),
            QStringLiteral("New contact"));
        QTableView *view = editor->view();
        QCOMPARE(view->model()->rowCount(), 15);
        const QModelIndex current = view->currentIndex();
        QCOMPARE(current.data(RecordTableModel::RecordIdRole).toLongLong(), added);

        // The name cell is open for typing.
        auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(nameEditor);
        QTest::keyClicks(nameEditor, QStringLiteral("Qian Wei"));
        QTest::keyClick(nameEditor, Qt::Key_Return); // the delegate commits once the editor has seen the key
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM member WHERE id = ?"), {added}).toString(),
            QStringLiteral("Qian Wei"));

        // Another cell through the view's model, as the delegate writes it.
        const QModelIndex title = current.siblingAtColumn(MemberModel::JobTitleColumn);
        QVERIFY(view->model()->setData(title, QStringLiteral("On-call engineer")));
        QCOMPARE(stored(QStringLiteral("SELECT job_title FROM member WHERE id = ?"), {added}).toString(),
            QStringLiteral("On-call engineer"));
        QVERIFY(!view->model()->setData(current.siblingAtColumn(MemberModel::VerifiedColumn), QStringLiteral("soon")));
        QVERIFY(stored(QStringLiteral("SELECT verified_on FROM member WHERE id = ?"), {added}).isNull());
        // Never verified: highlighted.
        QVERIFY(current.siblingAtColumn(MemberModel::VerifiedColumn).data(Qt::BackgroundRole).isValid());
    }

    void typedDateThatIsNoDateIsRefusedVisibly()
    {
        ContactsPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        RecordTableEditor *editor = page.contactsEditor();
        QTableView *view = editor->view();
        const QModelIndex verified = view->model()->index(0, MemberModel::VerifiedColumn);
        const qint64 id = verified.data(RecordTableModel::RecordIdRole).toLongLong();
        const QVariant before = stored(QStringLiteral("SELECT verified_on FROM member WHERE id = ?"), {id});
        QVERIFY(editor->refusalLabel()->isHidden());
        view->setCurrentIndex(verified);
        view->edit(verified);
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell);
        cell->selectAll();
        QTest::keyClicks(cell, QStringLiteral("next Tuesday"));
        QTest::keyClick(cell, Qt::Key_Return);
        // The refusal stays on screen after the key that ended the edit, and the date is kept.
        QTRY_VERIFY(!editor->refusalLabel()->isHidden());
        QVERIFY(editor->refusalLabel()->text().contains(QStringLiteral("YYYY-MM-DD")));
        QCOMPARE(stored(QStringLiteral("SELECT verified_on FROM member WHERE id = ?"), {id}), before);
    }

    /// The names the backup cell offers for the contact of \a row, as its editor shows them.
    static QStringList offeredBackups(RecordTableEditor *editor, int row)
    {
        QTableView *view = editor->view();
        const QModelIndex cell = view->model()->index(row, MemberModel::BackupColumn);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QStringList names;
        for (int i = 0; combo && i < combo->count(); ++i) {
            names << combo->itemText(i);
        }
        if (combo) {
            QTest::keyClick(combo, Qt::Key_Escape);
        }
        return names;
    }

    void backupIsChosenFromTheOtherContactsInNameOrder()
    {
        ContactsPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        RecordTableEditor *editor = page.contactsEditor();
        QTableView *view = editor->view();
        const QString own = view->model()->index(0, MemberModel::NameColumn).data().toString();
        const QString removed = view->model()->index(1, MemberModel::NameColumn).data().toString();
        QVERIFY(offeredBackups(editor, 0).contains(removed));

        // A contact removed from the roster is no longer offered, nor is the contact themselves.
        clickRow(view, 1, MemberModel::NameColumn);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM member WHERE name = ?"), {removed}).toInt(), 0);
        QStringList offered = offeredBackups(editor, 0);
        QCOMPARE(offered.value(0), QStringLiteral("(none)"));
        offered.removeFirst();
        QVERIFY(!offered.contains(removed));
        QVERIFY(!offered.contains(own));
        QVERIFY(!offered.contains(QString()));
        QCOMPARE(offered.size(), stored(QStringLiteral("SELECT COUNT(*) FROM member")).toInt() - 1);
        QStringList sorted = offered;
        std::sort(sorted.begin(), sorted.end(),
            [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(offered, sorted);

        // Given anyway (a stale editor, a script), the own id is refused with the reason.
        const QModelIndex backup = view->model()->index(0, MemberModel::BackupColumn);
        const qint64 ownId = backup.data(RecordTableModel::RecordIdRole).toLongLong();
        QVERIFY(!view->model()->setData(backup, ownId));
        QVERIFY(backup.data(RecordTableModel::RefusalRole).toString().contains(QStringLiteral("own backup")));
        QVERIFY(stored(QStringLiteral("SELECT backup_member_id FROM member WHERE id = ?"), {ownId}).isNull());
    }

    void backupsAreOfferedInPinyinOrderInChinese()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        ContactsPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        RecordTableEditor *editor = page.contactsEditor();
        for (const QString &name :
            {QStringLiteral("张伟"), QStringLiteral("阿明"), QStringLiteral("王芳"), QStringLiteral("李娜")}) {
            QVERIFY(m_document->addRecord(QStringLiteral("member"), {{QStringLiteral("name"), name}}, QString()));
        }
        QStringList chinese;
        for (const QString &name : offeredBackups(editor, 0)) {
            if (name.at(0).script() == QChar::Script_Han) {
                chinese << name;
            }
        }
        // A (阿), L (李), W (王), Z (张): the order of their pinyin, not of their code points.
        QCOMPARE(chinese,
            (QStringList {
                QStringLiteral("阿明"), QStringLiteral("李娜"), QStringLiteral("王芳"), QStringLiteral("张伟")}));
    }

    void contactDetailsAreCheckedWhereTheyAreTyped_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty name") << int(MemberModel::NameColumn) << QStringLiteral("  ")
                                    << QStringLiteral("needs a name");
        QTest::newRow("mobile of letters") << int(MemberModel::MobileColumn) << QStringLiteral("abc-not-a-phone")
                                           << QStringLiteral("not a phone number");
        QTest::newRow("office of two digits")
            << int(MemberModel::OfficeColumn) << QStringLiteral("12") << QStringLiteral("not a phone number");
        QTest::newRow("email without @") << int(MemberModel::EmailColumn) << QStringLiteral("not-an-email")
                                         << QStringLiteral("not an e-mail address");
        QTest::newRow("email with a space") << int(MemberModel::EmailColumn) << QStringLiteral("a b@example.com")
                                            << QStringLiteral("not an e-mail address");
    }

    void contactDetailsAreCheckedWhereTheyAreTyped()
    {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        ContactsPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        RecordTableEditor *editor = page.contactsEditor();
        QTableView *view = editor->view();
        const QModelIndex cell = view->model()->index(0, column);
        const qint64 id = cell.data(RecordTableModel::RecordIdRole).toLongLong();
        const QString sql = QStringLiteral("SELECT name || '|' || phone_mobile || '|' || phone_office || '|' || email "
                                           "FROM member WHERE id = ?");
        const QString before = stored(sql, {id}).toString();
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, typed);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!editor->refusalLabel()->isHidden());
        QVERIFY2(editor->refusalLabel()->text().contains(reason), qPrintable(editor->refusalLabel()->text()));
        QCOMPARE(stored(sql, {id}).toString(), before);
        QCOMPARE(undoSteps(), 0);
    }

    void phoneNumbersAndAddressesAsPeopleWriteThemAreKept()
    {
        ContactsPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        QAbstractItemModel *model = page.contactsEditor()->view()->model();
        const qint64 id = model->index(0, 0).data(RecordTableModel::RecordIdRole).toLongLong();
        for (const QString &phone : {QStringLiteral("+86 (10) 6552-1234 ext. 12"), QStringLiteral("010-65521234转8001"),
                 QStringLiteral("１３８００１３８０００"), QStringLiteral("110")}) {
            QVERIFY2(model->setData(model->index(0, MemberModel::OfficeColumn), phone), qPrintable(phone));
            QCOMPARE(stored(QStringLiteral("SELECT phone_office FROM member WHERE id = ?"), {id}).toString(), phone);
        }
        QVERIFY(model->setData(model->index(0, MemberModel::EmailColumn), QStringLiteral("wang.fang@ops.example.cn")));
        QVERIFY(model->setData(model->index(0, MemberModel::EmailColumn), QString())); // an address may be left out
        // The name column says it must be filled in.
        QVERIFY(model->headerData(MemberModel::NameColumn, Qt::Horizontal).toString().endsWith(QLatin1Char('*')));
        QVERIFY(!model->headerData(MemberModel::EmailColumn, Qt::Horizontal).toString().endsWith(QLatin1Char('*')));
    }

    void markVerifiedTodayIsOneUndoStep()
    {
        ContactsPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        QTableView *view = page.contactsEditor()->view();
        auto *mark = page.findChild<QPushButton *>(QStringLiteral("markVerifiedButton"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("contactsSummary"));
        QVERIFY(mark && summary);
        const QString summaryBefore = summary->text();
        const int wuLei = rowWithText(view->model(), MemberModel::NameColumn, QStringLiteral("Wu Lei"));
        const int maLin = rowWithText(view->model(), MemberModel::NameColumn, QStringLiteral("Ma Lin"));
        QVERIFY(wuLei >= 0 && maLin >= 0);
        QVERIFY(view->model()->index(wuLei, MemberModel::VerifiedColumn).data(Qt::BackgroundRole).isValid());
        clickRow(view, wuLei, MemberModel::NameColumn);
        clickRow(view, maLin, MemberModel::NameColumn, Qt::ControlModifier);
        QCOMPARE(page.contactsEditor()->selectedIds().size(), 2);
        const int steps = undoSteps();

        QTest::mouseClick(mark, Qt::LeftButton);
        QCOMPARE(undoSteps(), steps + 1);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString sql = QStringLiteral("SELECT verified_on FROM member WHERE name = ?");
        QCOMPARE(stored(sql, {QStringLiteral("Wu Lei")}).toString(), today);
        QCOMPARE(stored(sql, {QStringLiteral("Ma Lin")}).toString(), today);
        QCOMPARE(stored(sql, {QStringLiteral("Zhao Guoqiang")}).toString(), QStringLiteral("2026-01-12"));
        QCOMPARE(view->model()->index(wuLei, MemberModel::VerifiedColumn).data().toString(), today);
        QVERIFY(!view->model()->index(wuLei, MemberModel::VerifiedColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(summary->text() != summaryBefore);

        m_document->undoStack()->undo();
        QVERIFY(stored(sql, {QStringLiteral("Wu Lei")}).isNull());
        QVERIFY(stored(sql, {QStringLiteral("Ma Lin")}).isNull());
        QCOMPARE(summary->text(), summaryBefore);
    }

    void selectedContactShowsTheirGroups()
    {
        ContactsPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        auto *memberships = page.findChild<RecordTableEditor *>(QStringLiteral("membershipsEditor"));
        QVERIFY(memberships);
        QVERIFY(!memberships->isEnabled()); // nobody selected yet
        QVERIFY(page.selectRecord(QStringLiteral("member"), memberId(QStringLiteral("Huang Tao"))));
        QVERIFY(memberships->isEnabled());
        QStringList groups = column(memberships->view()->model(), 0);
        groups.sort();
        QCOMPARE(groups,
            (QStringList {QStringLiteral("Business coordination group"), QStringLiteral("Information liaison group")}));
        QVERIFY(!memberships->findChild<QWidget *>(QStringLiteral("moveUpButton"))->isVisible());
    }

    // --- Warning levels -------------------------------------------------------

    void tickingANotifiedGroupStoresTheLink()
    {
        WarningLevelsPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        auto *groups = page.findChild<QListView *>(QStringLiteral("notifiedGroups"));
        QVERIFY(groups);
        QVERIFY(page.selectRecord(QStringLiteral("warning_level"), 4));
        QAbstractItemModel *list = groups->model();
        QCOMPARE(list->rowCount(), 8);
        int leadership = -1;
        int checked = 0;
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->index(row, 0).data(Qt::UserRole).toLongLong() == 1) {
                leadership = row;
            }
            checked += list->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked ? 1 : 0;
        }
        QCOMPARE(checked, 2);
        QVERIFY(leadership >= 0);
        const QString link
            = QStringLiteral("SELECT COUNT(*) FROM warning_level_group WHERE warning_level_id = 4 AND group_id = 1");
        QCOMPARE(stored(link).toInt(), 0);

        groups->setFocus();
        groups->setCurrentIndex(list->index(leadership, 0));
        QTest::keyClick(groups, Qt::Key_Space);
        QCOMPARE(stored(link).toInt(), 1);
        QCOMPARE(list->index(leadership, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        m_document->undoStack()->undo();
        QCOMPARE(stored(link).toInt(), 0);

        // By mouse, on the check box.
        QStyleOptionViewItem option;
        option.initFrom(groups);
        option.rect = groups->visualRect(list->index(leadership, 0));
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box = groups->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, groups);
        QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(stored(link).toInt(), 1);

        // Another level shows its own ticks.
        QVERIFY(page.selectRecord(QStringLiteral("warning_level"), 1));
        for (int row = 0; row < list->rowCount(); ++row) {
            QCOMPARE(list->index(row, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        }
    }

    // --- Measures --------------------------------------------------------------

    void addMeasureThenUndo()
    {
        MeasuresPage page(m_document.get());
        QVERIFY(showAndActivate(&page));
        RecordTableEditor *measures = page.measuresEditor();
        QCOMPARE(measures->objectName(), QStringLiteral("measuresEditor"));
        QTableView *view = measures->view();
        QCOMPARE(view->model()->rowCount(), 11);
        QTest::mouseClick(measures->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM measure")).toInt(), 12);
        QCOMPARE(view->model()->rowCount(), 12);
        QCOMPARE(view->currentIndex().row(), 11);
        QCOMPARE(view->model()->index(11, 1).data().toString(), QStringLiteral("New measure"));
        // The resources table is another one.
        QCOMPARE(page.resourcesEditor()->view()->model()->rowCount(), 6);

        m_document->undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM measure")).toInt(), 11);
        QCOMPARE(view->model()->rowCount(), 11);
    }

    void deleteKeyRemovesSelectedRowsAndUndoBringsThemBack()
    {
        m_document.reset(); // the window opens the plan itself
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        QVERIFY(showAndActivate(&window));
        window.planView()->showSection(Section::Measures);
        QWidget *page = window.findChild<QWidget *>(QStringLiteral("page%1").arg(int(Section::Measures)));
        QVERIFY(page && page->isVisible());
        auto *measures = page->findChild<RecordTableEditor *>(QStringLiteral("measuresEditor"));
        QVERIFY(measures);
        QTableView *view = measures->view();
        const QStringList titles = column(view->model(), 1);
        QCOMPARE(titles.size(), 11);

        clickRow(view, 1, 1);
        clickRow(view, 2, 1, Qt::ShiftModifier);
        QCOMPARE(measures->selectedIds().size(), 2);
        QVERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(storedIn(m_path, QStringLiteral("SELECT COUNT(*) FROM measure")).toInt(), 9);
        QCOMPARE(view->model()->rowCount(), 9);
        QVERIFY(!column(view->model(), 1).contains(titles.at(1)));
        QVERIFY(!column(view->model(), 1).contains(titles.at(2)));

        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // Edit > Undo
        QCOMPARE(storedIn(m_path, QStringLiteral("SELECT COUNT(*) FROM measure")).toInt(), 11);
        QCOMPARE(column(view->model(), 1), titles);

        // The resources table below takes the key only when it has the focus.
        RecordTableEditor *resources = page->findChild<RecordTableEditor *>(QStringLiteral("resourcesEditor"));
        clickRow(resources->view(), 0, 1);
        QTest::keyClick(resources->view(), Qt::Key_Delete);
        QCOMPARE(storedIn(m_path, QStringLiteral("SELECT COUNT(*) FROM resource")).toInt(), 5);
        QCOMPARE(storedIn(m_path, QStringLiteral("SELECT COUNT(*) FROM measure")).toInt(), 11);
    }

    void showRecordLeadsToTheMembership()
    {
        m_document.reset();
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        QVERIFY(showAndActivate(&window));
        const qint64 membership
            = storedIn(m_path, QStringLiteral("SELECT id FROM group_member WHERE group_id = 4 AND member_id = 8"))
                  .toLongLong();
        QVERIFY(window.planView()->showRecord(Section::Organisation, QStringLiteral("group_member"), membership));
        QCOMPARE(window.planView()->currentSection(), Section::Organisation);
        auto *page = window.findChild<OrganisationPage *>();
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->groupTree()->currentIndex().data().toString(), QStringLiteral("Operations assurance group"));
        QCOMPARE(page->membersEditor()->selectedIds(), QList<qint64> {membership});
    }
};

QTEST_MAIN(TestEditorPages)
#include "tst_editorpages.moc"
