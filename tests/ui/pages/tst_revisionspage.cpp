// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The revisions page as a user drives it: Publish Revision through its dialog
// (with a problem said in the dialog, actions ticked as addressed, undo), and
// Compare with the differences of two revisions, or of a revision and the
// plan now, grouped by section.
#include "dialogs/dialoghooks.h"
#include "dialogs/publishrevisiondialog.h"
#include "dialogs/revisioncomparisondialog.h"
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "pages/revisionspage.h"
#include "revision/revisionmodel.h"
#include "revision/revisionpublisher.h"
#include "storage/sqlquery.h"
#include "testsupport.h"
#include "window/planview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace fallback;
using namespace fallback::test;
using namespace fallback::ui;

class TestRevisionsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document;
    QStringList m_questions;

    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        return queryValue(m_document->database(), sql, values);
    }

    /// Runs \a fill on the publish dialog once it shows (it is modal).
    void whenDialogShows(std::function<void(PublishRevisionDialog *)> fill)
    {
        QTimer::singleShot(0, this, [fill] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<PublishRevisionDialog *>(widget); dialog && dialog->isVisible()) {
                    fill(dialog);
                    return;
                }
            }
            QFAIL("the publish dialog did not show");
        });
    }

    qint64 publish(const QString &version)
    {
        RevisionDraft draft = RevisionPublisher(m_document.get()).suggestedDraft();
        draft.version = version;
        return RevisionPublisher(m_document.get()).publish(draft, nullptr);
    }

    static QStringList topLevelTexts(const QTreeWidget *tree)
    {
        QStringList texts;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            texts << tree->topLevelItem(i)->text(0);
        }
        return texts;
    }

    static void selectRows(QTableView *view, const QList<int> &rows)
    {
        view->selectionModel()->clearSelection();
        for (int row : rows) {
            view->selectionModel()->select(
                view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        m_path = m_dir.filePath(QStringLiteral("page-%1.fallback").arg(++counter));
        QCOMPARE(PlanJsonImport::createPlan(fileBytes(testDataPath(QStringLiteral("report-plan-en.json"))), m_path),
            QString());
        m_document = PlanDocument::open(m_path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
        m_questions.clear();
        DialogHooks::confirmHook = [this](const QString &, const QString &text) {
            m_questions << text;
            return true;
        };
    }

    void cleanup()
    {
        DialogHooks::confirmHook = nullptr;
        m_document.reset();
    }

    void publishThroughTheDialog()
    {
        RevisionsPage page(m_document.get());
        page.show();
        QCOMPARE(page.model()->rowCount(), 2);
        auto *openActions = page.findChild<QLabel *>(QStringLiteral("openActionsLabel"));
        QVERIFY(openActions->text().startsWith(QLatin1String("3 action(s) from reviews and drills")));

        bool checked = false;
        whenDialogShows([&checked](PublishRevisionDialog *dialog) {
            // The suggestions: the version after 2.1, today, the last author and approver.
            QCOMPARE(dialog->versionEdit()->text(), QStringLiteral("2.2"));
            QCOMPARE(dialog->dateEdit()->date(), QDate::currentDate());
            QCOMPARE(dialog->authorEdit()->text(), QStringLiteral("Sun Li"));
            QCOMPARE(dialog->approverEdit()->text(), QStringLiteral("Zhao Guoqiang"));
            QTreeWidget *actions = dialog->actionList();
            QCOMPARE(actions->topLevelItemCount(), 3);
            QCOMPARE(actions->topLevelItem(2)->text(4), QStringLiteral("In progress"));

            dialog->versionEdit()->selectAll();
            QTest::keyClicks(dialog->versionEdit(), QStringLiteral("3.0"));
            dialog->dateEdit()->setDate(QDate(2026, 12, 1));
            QTest::keyClicks(dialog->summaryEdit(), QStringLiteral("Restore target and standby added."));
            actions->topLevelItem(2)->setCheckState(0, Qt::Checked); // the drill's storage action
            dialog->publishButton()->click();
            checked = true;
        });
        auto *publishButton = page.findChild<QPushButton *>(QStringLiteral("publishRevisionButton"));
        QVERIFY(publishButton->isEnabled());
        publishButton->click();
        QVERIFY(checked);

        QCOMPARE(page.model()->rowCount(), 3);
        const qint64 id = page.model()->idAt(2);
        QCOMPARE(page.view()->selectionModel()->selectedRows().value(0).row(), 2);
        QCOMPARE(page.model()->index(2, RevisionModel::VersionColumn).data().toString(), QStringLiteral("3.0"));
        QCOMPARE(
            page.model()->index(2, RevisionModel::PublishedOnColumn).data().toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(page.model()->index(2, RevisionModel::SummaryColumn).data().toString(),
            QStringLiteral("Restore target and standby added."));
        QCOMPARE(value(QStringLiteral("SELECT revision_id FROM drill_action WHERE id = 3")).toLongLong(), id);
        QVERIFY(value(QStringLiteral("SELECT snapshot FROM revision WHERE id = ?"), {id}).toString().size() > 1000);
        QVERIFY(openActions->text().startsWith(QLatin1String("2 action(s)")));

        // One step to undo, links included.
        QCOMPARE(m_document->undoStack()->count(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(value(QStringLiteral("SELECT revision_id FROM drill_action WHERE id = 3")).isNull());
        QVERIFY(openActions->text().startsWith(QLatin1String("3 action(s)")));
    }

    void problemIsSaidInTheDialogAndNothingChanges()
    {
        RevisionsPage page(m_document.get());
        const QByteArray before = fileBytes(m_path);
        QString problem;
        whenDialogShows([&problem](PublishRevisionDialog *dialog) {
            dialog->versionEdit()->selectAll();
            QTest::keyClicks(dialog->versionEdit(), QStringLiteral("2.1")); // already published
            dialog->publishButton()->click();
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->problemLabel()->isHidden());
            problem = dialog->problemLabel()->text();
            dialog->reject();
        });
        QCOMPARE(page.publishRevision(), qint64(0));
        QCOMPARE(
            problem, QStringLiteral("Version 2.1 has already been published; give this revision another version."));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(fileBytes(m_path), before);
    }

    void compareTwoRevisionsShowsTheSectionsThatDiffer()
    {
        const qint64 first = publish(QStringLiteral("2.2"));
        QVERIFY(first > 0);
        QVERIFY(m_document->addRecord(QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("Wu Fang")}},
                    QStringLiteral("Add contact"))
            > 0);
        QVERIFY(m_document->removeRecord(QStringLiteral("risk"), 2, QStringLiteral("Remove risk")));
        QVERIFY(m_document->setRecordValue(
            QStringLiteral("measure"), 1, QStringLiteral("body"), QStringLiteral("Back up to two sites.\nDaily.")));
        const qint64 second = publish(QStringLiteral("2.3"));
        QVERIFY(second > 0);

        RevisionsPage page(m_document.get());
        page.show();
        auto *compareButton = page.findChild<QPushButton *>(QStringLiteral("compareButton"));
        QVERIFY(compareButton->isEnabled());
        selectRows(page.view(), {2, 3});
        compareButton->click();
        RevisionComparisonDialog *dialog = page.comparisonDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->fromRevision(), first);
        QCOMPARE(dialog->toRevision(), second);
        QCOMPARE(dialog->fromCombo()->currentText(),
            QStringLiteral("Revision 2.2 of %1").arg(QDate::currentDate().toString(Qt::ISODate)));
        // Revisions that kept no copy are listed but cannot be chosen.
        QVERIFY(dialog->fromCombo()->itemText(0).endsWith(QLatin1String("(no copy of the plan kept)")));
        QCOMPARE(dialog->toCombo()->itemText(dialog->toCombo()->count() - 1), QStringLiteral("The plan as it is now"));

        QTreeWidget *tree = dialog->differencesTree();
        QCOMPARE(topLevelTexts(tree),
            (QStringList {QStringLiteral("Contacts (1 added)"), QStringLiteral("Risks (1 removed)"),
                QStringLiteral("Measures and resources (1 changed)")}));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("Added: Contact \u201cWu Fang\u201d"));
        QTreeWidgetItem *measure = tree->topLevelItem(2)->child(0);
        QCOMPARE(measure->text(0), QStringLiteral("Changed: Measure \u201cData backup\u201d"));
        QCOMPARE(measure->childCount(), 1);
        QCOMPARE(measure->child(0)->text(0), QStringLiteral("Text"));
        QCOMPARE(measure->child(0)->text(2), QStringLiteral("Back up to two sites. \u2026"));
        QCOMPARE(measure->child(0)->toolTip(2), QStringLiteral("Back up to two sites.\nDaily."));
        QVERIFY(!measure->child(0)->text(1).isEmpty());

        // The other direction, and the second revision against the plan now.
        dialog->compare(second, first);
        QCOMPARE(topLevelTexts(tree).first(), QStringLiteral("Contacts (1 removed)"));
        dialog->toCombo()->setCurrentIndex(dialog->toCombo()->findData(RevisionComparison::CurrentPlan));
        QVERIFY(tree->isHidden());
        QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("The two versions of the plan are the same."));

        // With the plan now on one side, the comparison follows the edits.
        QVERIFY(
            m_document->setRecordValue(QStringLiteral("risk"), 3, QStringLiteral("status"), QStringLiteral("closed")));
        QTRY_VERIFY(!tree->isHidden());
        QCOMPARE(topLevelTexts(tree), QStringList {QStringLiteral("Risks (1 changed)")});
        QTreeWidgetItem *status = tree->topLevelItem(0)->child(0)->child(0);
        QCOMPARE(status->text(0), QStringLiteral("Status"));
        QCOMPARE(status->text(1), QStringLiteral("Open"));
        QCOMPARE(status->text(2), QStringLiteral("Closed"));
    }

    void damagedCopyIsSaidInsteadOfDifferences()
    {
        const qint64 id = publish(QStringLiteral("2.2"));
        execQuery(
            m_document->database(), QStringLiteral("UPDATE revision SET snapshot = '{\"format\":' WHERE id = ?"), {id});
        RevisionComparisonDialog dialog(m_document.get());
        dialog.compare(id, RevisionComparison::CurrentPlan);
        QVERIFY(dialog.differencesTree()->isHidden());
        QVERIFY(dialog.messageLabel()->text().startsWith(
            QLatin1String("The copy of the plan kept with revision 2.2 is damaged")));
    }

    void removingARevisionAsksAndCanBeUndone()
    {
        const qint64 id = publish(QStringLiteral("2.2"));
        RevisionsPage page(m_document.get());
        QVERIFY(page.selectRecord(QStringLiteral("revision"), id));
        QVERIFY(!page.selectRecord(QStringLiteral("risk"), 1));
        page.findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.first().startsWith(QLatin1String("Remove revision 2.2 from the revision record?")));
        QCOMPARE(page.model()->rowCount(), 2);
        m_document->undoStack()->undo();
        QCOMPARE(page.model()->rowCount(), 3);
        QVERIFY(page.model()->hasSnapshot(2));

        // Saying no keeps it.
        DialogHooks::confirmHook = [](const QString &, const QString &) { return false; };
        QVERIFY(page.selectRecord(QStringLiteral("revision"), id));
        QVERIFY(!page.removeSelected());
        QCOMPARE(page.model()->rowCount(), 3);
    }

    void thePlanViewShowsThePageAndComparedRecords()
    {
        const qint64 id = publish(QStringLiteral("2.2"));
        const qint64 contact = m_document->addRecord(
            QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("Wu Fang")}}, QStringLiteral("Add"));
        PlanView view(m_document.get());
        view.show();
        QVERIFY(view.showRecord(Section::Revisions, QStringLiteral("revision"), id));
        auto *page = view.findChild<RevisionsPage *>();
        QVERIFY(page);
        RevisionComparisonDialog *dialog = page->compareRevisions();
        QCOMPARE(dialog->fromRevision(), id);
        QCOMPARE(dialog->toRevision(), RevisionComparison::CurrentPlan);
        QTreeWidgetItem *added = dialog->differencesTree()->topLevelItem(0)->child(0);
        // Activating a record shows it on its page.
        Q_EMIT dialog->differencesTree()->itemActivated(added, 0);
        QCOMPARE(view.currentSection(), Section::Contacts);
        Q_UNUSED(contact)
    }

    void readOnlyPlanCannotBePublished()
    {
        m_document.reset();
        m_document = PlanDocument::open(m_path, PlanFile::Access::ReadOnly, nullptr);
        RevisionsPage page(m_document.get());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("publishRevisionButton"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("compareButton"))->isEnabled());
        QCOMPARE(page.publishRevision(), qint64(0));
    }
};

QTEST_MAIN(TestRevisionsPage)
#include "tst_revisionspage.moc"
