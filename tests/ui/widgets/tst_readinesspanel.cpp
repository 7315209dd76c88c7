// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The "before the next upgrade" list on the plan's first page, driven through
// the plan view as the window shows it, under the offscreen platform.
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "plan/translations.h"
#include "widgets/readinesspanel.h"
#include "window/planview.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace fallback;
using namespace fallback::ui;

namespace {
const QDate Today(2025, 9, 1);
const QByteArray EmptyPlan
    = R"({"format": "fallback-plan", "formatVersion": 1, "tables": {"plan": [{"id": 1, "title": "Empty plan"}]}})";

QTreeWidgetItem *itemContaining(QTreeWidget *list, const QString &text)
{
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(0).contains(text)) {
            return list->topLevelItem(row);
        }
    }
    return nullptr;
}
} // namespace

class TestReadinessPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<PlanDocument> openPlan(const QByteArray &json = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("panel-%1.fallback").arg(++m_counter));
        const QString error = json.isEmpty() ? PlanJsonImport::createFromTemplate(QStringLiteral("en"), path)
                                             : PlanJsonImport::createPlan(json, path);
        if (!error.isEmpty()) {
            qWarning() << error;
            return nullptr;
        }
        return PlanDocument::open(path, PlanFile::Access::ReadWrite, nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
    }

    void listsFixesAndGoesToTheSection()
    {
        auto document = openPlan();
        QVERIFY(document);
        const qint64 contact = document->addRecord(QStringLiteral("member"),
            {{QStringLiteral("name"), QStringLiteral("张伟")},
                {QStringLiteral("verified_on"), QStringLiteral("2024-12-01")}},
            QStringLiteral("add"));
        QVERIFY(contact > 0);

        PlanView view(document.get());
        auto *panel = view.findChild<ReadinessPanel *>(QStringLiteral("readinessPanel"));
        QVERIFY(panel);
        panel->setReferenceDate(Today);
        // Nothing is read before the window has painted.
        QVERIFY(!panel->isUpToDate());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(panel->isUpToDate());

        auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("readinessList"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->topLevelItemCount(), panel->findings().size());
        QTreeWidgetItem *item = itemContaining(list, QStringLiteral("张伟"));
        QVERIFY(item);
        QCOMPARE(
            item->text(0), QStringLiteral("Contact 张伟 was last verified on 2024-12-01 (more than 180 days ago)."));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("readinessCount"))
                    ->text()
                    .contains(QString::number(list->topLevelItemCount())));

        // Enter on the finding goes to the page where it is fixed.
        QSignalSpy activated(panel, &ReadinessPanel::findingActivated);
        list->setFocus();
        list->setCurrentItem(item);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).value<Section>(), Section::Contacts);
        QCOMPARE(activated.first().at(1).toString(), QStringLiteral("member"));
        QCOMPARE(activated.first().at(2).toLongLong(), contact);
        QCOMPARE(view.currentSection(), Section::Contacts);
        // The contacts page offers selectRecord(), so the contact can be selected there.
        QVERIFY(view.showRecord(Section::Contacts, QStringLiteral("member"), contact));

        // Fixed through the document, as any page fixes it; the list follows
        // when the plan's first page is shown again.
        const int before = list->topLevelItemCount();
        QVERIFY(document->setRecordValue(
            QStringLiteral("member"), contact, QStringLiteral("verified_on"), QStringLiteral("2025-08-20")));
        view.showSection(Section::Plan);
        QTRY_VERIFY(panel->isUpToDate());
        QVERIFY(!itemContaining(list, QStringLiteral("张伟")));
        QCOMPARE(list->topLevelItemCount(), before - 1);

        // While shown, an edit updates the list after a short pause; undo brings it back.
        document->undoStack()->undo();
        QVERIFY(!panel->isUpToDate());
        QTRY_VERIFY(itemContaining(list, QStringLiteral("张伟")));
        QCOMPARE(list->topLevelItemCount(), before);
    }

    void nothingToFix()
    {
        auto document = openPlan(EmptyPlan);
        QVERIFY(document);
        PlanView view(document.get());
        auto *panel = view.findChild<ReadinessPanel *>(QStringLiteral("readinessPanel"));
        QVERIFY(panel);
        panel->setReferenceDate(Today);
        view.resize(520, 400); // narrower than a finding: it is elided, not scrolled sideways
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(panel->isUpToDate());
        QVERIFY(panel->findings().isEmpty());
        auto *empty = panel->findChild<QLabel *>(QStringLiteral("readinessEmpty"));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Nothing to fix."));
        QVERIFY(!panel->findChild<QTreeWidget *>(QStringLiteral("readinessList"))->isVisible());

        // A risk that can hurt and has no contingency appears as it is added.
        const qint64 risk = document->addRecord(QStringLiteral("risk"),
            {{QStringLiteral("description"), QStringLiteral("Rollback script untested")},
                {QStringLiteral("likelihood"), 4}, {QStringLiteral("impact"), 5}},
            QStringLiteral("add"));
        QVERIFY(risk > 0);
        QTRY_COMPARE(panel->findings().size(), 1);
        QVERIFY(!empty->isVisible());
        auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("readinessList"));
        QVERIFY(list->isVisible());
        QTRY_VERIFY(list->viewport()->rect().contains(list->visualItemRect(list->topLevelItem(0)).center()));
        // QTest's double click lacks the first press the view needs to know the
        // pressed item; click first, as a hand does.
        const QPoint centre = list->visualItemRect(list->topLevelItem(0)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(view.currentSection(), Section::Risks);
    }
};

QTEST_MAIN(TestReadinessPanel)
#include "tst_readinesspanel.moc"
