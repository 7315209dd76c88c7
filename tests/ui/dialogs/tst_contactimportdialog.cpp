// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The contact import dialog as a user drives it: the preview and its mapping,
// the report of rows left out, and Import as one step to undo.
#include "dialogs/contactimportdialog.h"
#include "dialogs/dialoghooks.h"
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace fallback;
using namespace fallback::test;
using namespace fallback::ui;

class TestContactImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_plans = 0;
    QStringList m_warnings;

    std::unique_ptr<PlanDocument> newPlan()
    {
        const QString path = m_dir.filePath(QStringLiteral("dialog-%1.fallback").arg(++m_plans));
        if (!PlanJsonImport::createFromTemplate(QStringLiteral("zh_CN"), path).isEmpty()) {
            return nullptr;
        }
        return PlanDocument::open(path, PlanFile::Access::ReadWrite, nullptr);
    }

    static QString fixture(const char *name) { return testDataPath(QStringLiteral("contacts/") + QLatin1String(name)); }

    static int count(PlanDocument &document, const QString &sql)
    {
        return queryValue(document.database(), sql).toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_warnings.clear();
        DialogHooks::warningHook = [this](const QString &, const QString &text) { m_warnings << text; };
    }

    void cleanup()
    {
        DialogHooks::warningHook = nullptr;
        DialogHooks::openFileNameHook = nullptr;
        DialogHooks::saveFileNameHook = nullptr;
    }

    void previewShowsTheFileAndTheMapping()
    {
        auto document = newPlan();
        ContactImportDialog dialog(document.get());
        QString error;
        QVERIFY(dialog.loadFile(fixture("gb18030.csv"), &error));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const auto *file = dialog.findChild<QLabel *>(QStringLiteral("fileLabel"));
        QVERIFY2(file->text().contains(QLatin1String("GB18030")), qPrintable(file->text()));
        QVERIFY(file->text().contains(QLatin1String("line 2"))); // the title row above the header is not data
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
        QCOMPARE(table->columnCount(), 6);
        QCOMPARE(table->rowCount(), 1 + 3);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("姓名"));
        QCOMPARE(table->verticalHeaderItem(1)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("龚䶮"));
        auto *nameCombo = dialog.findChild<QComboBox *>(QStringLiteral("mappingCombo0"));
        QCOMPARE(ContactField(nameCombo->currentData().toInt()), ContactField::Name);
        auto *officeCombo = dialog.findChild<QComboBox *>(QStringLiteral("mappingCombo2"));
        QCOMPARE(ContactField(officeCombo->currentData().toInt()), ContactField::PhoneOffice);
        const auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QLatin1String("3 new contact")), qPrintable(summary->text()));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    }

    void changedMappingIsWhatGetsImportedAsOneUndoStep()
    {
        auto document = newPlan();
        ContactImportDialog dialog(document.get());
        QString error;
        QVERIFY(dialog.loadFile(fixture("gb18030.csv"), &error));
        // The office numbers are not wanted: that column is not imported.
        auto *officeCombo = dialog.findChild<QComboBox *>(QStringLiteral("mappingCombo2"));
        officeCombo->setCurrentIndex(officeCombo->findData(int(ContactField::Ignored)));
        QCOMPARE(dialog.mapping().field(2), ContactField::Ignored);

        const int steps = document->undoStack()->count();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(*document, QStringLiteral("SELECT COUNT(*) FROM member")), 3);
        QCOMPARE(count(*document, QStringLiteral("SELECT COUNT(*) FROM member WHERE phone_office <> ''")), 0);
        QCOMPARE(count(*document, QStringLiteral("SELECT COUNT(*) FROM member WHERE phone_mobile <> ''")), 3);
        QCOMPARE(document->undoStack()->count(), steps + 1);
        document->undoStack()->undo();
        QCOMPARE(count(*document, QStringLiteral("SELECT COUNT(*) FROM member")), 0);
    }

    void rowsLeftOutAreListedWithTheirLines()
    {
        auto document = newPlan();
        ContactImportDialog dialog(document.get());
        QString error;
        QVERIFY(dialog.loadFile(fixture("skipped-duplicates.csv"), &error));
        auto *issues = dialog.findChild<QListWidget *>(QStringLiteral("issueList"));
        QCOMPARE(issues->count(), 4);
        QVERIFY(issues->item(0)->text().startsWith(QLatin1String("Line 3:")));
        QVERIFY(issues->item(3)->text().startsWith(QLatin1String("Line 10:")));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
        // Row of line 3 (the second data row) says why it is left out.
        QCOMPARE(table->verticalHeaderItem(2)->text(), QStringLiteral("3"));
        QVERIFY(!table->item(2, 1)->toolTip().isEmpty());
        QVERIFY(table->item(1, 1)->toolTip().isEmpty());
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QLatin1String("2 duplicate")));
    }

    void withoutANameColumnNothingCanBeImported()
    {
        auto document = newPlan();
        ContactImportDialog dialog(document.get());
        QString error;
        QVERIFY(dialog.loadFile(fixture("vcard40-uri.vcf"), &error));
        auto *nameCombo = dialog.findChild<QComboBox *>(QStringLiteral("mappingCombo0"));
        QCOMPARE(ContactField(nameCombo->currentData().toInt()), ContactField::Name);
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(import->isEnabled());
        nameCombo->setCurrentIndex(nameCombo->findData(int(ContactField::Ignored)));
        QVERIFY(!import->isEnabled());
        QVERIFY(!dialog.import());
        QCOMPARE(count(*document, QStringLiteral("SELECT COUNT(*) FROM member")), 0);
    }

    void unusableFileIsRefusedWithAMessage()
    {
        auto document = newPlan();
        DialogHooks::openFileNameHook = [](const QString &, const QString &) { return fixture("binary.csv"); };
        QVERIFY(!ContactImportDialog::importContacts(document.get(), nullptr));
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.first().contains(QLatin1String("binary.csv")));
        QCOMPARE(document->undoStack()->count(), 0);
    }

    void importFromTheMenuEntryAndExportAgain()
    {
        auto document = newPlan();
        DialogHooks::openFileNameHook = [](const QString &, const QString &) { return fixture("comma-utf8.csv"); };
        // The dialog is modal; Import is pressed once it shows.
        QTimer::singleShot(0, this, [] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->objectName() == QLatin1String("contactImportDialog") && widget->isVisible()) {
                    widget->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
                }
            }
        });
        QVERIFY(ContactImportDialog::importContacts(document.get(), nullptr));
        QCOMPARE(count(*document, QStringLiteral("SELECT COUNT(*) FROM member")), 4);

        const QString exported = m_dir.filePath(QStringLiteral("exported"));
        DialogHooks::saveFileNameHook = [exported](const QString &, const QString &) { return exported; };
        QVERIFY(ContactImportDialog::exportContacts(document.get(), nullptr));
        // No extension: CSV, and the extension is added.
        QVERIFY(fileBytes(exported + QLatin1String(".csv")).startsWith("\xEF\xBB\xBF"));
        QVERIFY(m_warnings.isEmpty());
    }
};

QTEST_MAIN(TestContactImportDialog)
#include "tst_contactimportdialog.moc"
