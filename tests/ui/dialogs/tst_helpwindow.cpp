// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user guide behind F1: compiled in, in both languages, opening at the
// topic of the page in view, with every link and picture in place.
#include "console/runconsole.h"
#include "dialogs/helpwindow.h"
#include "document/plandocument.h"
#include "mainwindow.h"
#include "plan/sampleplan.h"
#include "plan/translations.h"
#include "storage/sqlquery.h"
#include "window/planview.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace fallback;
using namespace fallback::ui;

namespace {
QString guideText(const QString &topic, const QString &language)
{
    QFile file(QLatin1Char(':') + HelpWindow::topicUrl(topic, language).path());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The targets of the Markdown links and pictures of a topic.
QStringList targetsOf(const QString &text, bool pictures)
{
    static const QRegularExpression link(QStringLiteral("(!?)\\[[^\\]]*\\]\\(([^)\\s]+)\\)"));
    QStringList targets;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1).isEmpty() != pictures) {
            targets << match.captured(2);
        }
    }
    return targets;
}
} // namespace

class TestHelpWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static HelpWindow *openHelp() { return HelpWindow::instance(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
    }

    void cleanup()
    {
        if (HelpWindow *help = HelpWindow::instance()) {
            help->close();
        }
        QTRY_VERIFY(!HelpWindow::instance());
        Translations::install(QStringLiteral("en"));
    }

    void everyTopicIsWrittenInBothLanguagesWithItsLinksAndPictures_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyTopicIsWrittenInBothLanguagesWithItsLinksAndPictures()
    {
        QFETCH(QString, language);
        for (const QString &topic : HelpWindow::topics()) {
            const QString text = guideText(topic, language);
            QVERIFY2(!text.isEmpty(), qPrintable(topic));
            QVERIFY2(text.startsWith(QLatin1String("# ")), qPrintable(topic));
            for (const QString &target : targetsOf(text, false)) {
                QVERIFY2(target.endsWith(QLatin1String(".md")),
                    qPrintable(QStringLiteral("%1 links outside the guide: %2").arg(topic, target)));
                QVERIFY2(HelpWindow::topics().contains(target.chopped(3)),
                    qPrintable(QStringLiteral("%1 links to %2, which is no topic").arg(topic, target)));
            }
            for (const QString &picture : targetsOf(text, true)) {
                const QImage image(QStringLiteral(":/fallback/guide/%1/%2").arg(language, picture));
                QVERIFY2(!image.isNull() && image.width() >= 640,
                    qPrintable(QStringLiteral("%1 shows %2, which is not there").arg(topic, picture)));
            }
            // The translation says the same: the same links and pictures, in the same order.
            if (language != QLatin1String("en")) {
                const QString english = guideText(topic, QStringLiteral("en"));
                QCOMPARE(targetsOf(text, false), targetsOf(english, false));
                QCOMPARE(targetsOf(text, true), targetsOf(english, true));
            }
        }
        // Every section has its topic, with a picture of it.
        for (Section section : SectionNames::all()) {
            const QString topic = HelpWindow::topicOf(section);
            QVERIFY(HelpWindow::topics().contains(topic));
            QCOMPARE(targetsOf(guideText(topic, language), true).value(0), QStringLiteral("images/%1.png").arg(topic));
        }
    }

    void f1OpensTheTopicOfThePageInView()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.fallback"));
        QFile::remove(path);
        QCOMPARE(SamplePlan::create(QStringLiteral("en"), path), QString());
        MainWindow window;
        QVERIFY(window.openPlan(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (Section section : SectionNames::all()) {
            window.planView()->showSection(section);
            QTest::keyClick(&window, Qt::Key_F1);
            HelpWindow *help = openHelp();
            QVERIFY2(help && help->isVisible(), qPrintable(SectionNames::title(section)));
            QCOMPARE(help->currentTopic(), HelpWindow::topicOf(section));
            // The page is shown, its title listed as the current topic.
            const QString title
                = guideText(help->currentTopic(), QStringLiteral("en")).section(QLatin1Char('\n'), 0, 0).mid(2);
            QVERIFY(help->browser()->toPlainText().startsWith(title));
            QVERIFY(help->topicList()->currentItem());
            QCOMPARE(help->topicList()->currentItem()->text(), title);
            QVERIFY(help->windowTitle().contains(title));
            window.activateWindow();
        }
        HelpWindow *help = openHelp();
        // Following a link, then Back.
        help->topicList()->setCurrentRow(0);
        QCOMPARE(help->currentTopic(), QStringLiteral("index"));
        help->browser()->setSource(QUrl(QStringLiteral("console.md")));
        QCOMPARE(help->currentTopic(), QStringLiteral("console"));
        QCOMPARE(help->topicList()->currentRow(), int(HelpWindow::topics().indexOf(QStringLiteral("console"))));
        auto *back = help->findChild<QToolButton *>(QStringLiteral("helpBack"));
        QVERIFY(back->isEnabled());
        back->click();
        QCOMPARE(help->currentTopic(), QStringLiteral("index"));
        // The guide never keeps the program running once the plan's window is closed.
        QVERIFY(!help->testAttribute(Qt::WA_QuitOnClose));
    }

    void theGuideFollowsTheInterfaceLanguage()
    {
        HelpWindow *help = HelpWindow::showTopic(QStringLiteral("contacts"));
        QVERIFY(help->browser()->toPlainText().startsWith(QLatin1String("Contacts")));
        Translations::install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        QCOMPARE(help->currentTopic(), QStringLiteral("contacts"));
        QVERIFY(help->browser()->source().path().contains(QLatin1String("/zh_CN/")));
        const QString title
            = guideText(QStringLiteral("contacts"), QStringLiteral("zh_CN")).section(QLatin1Char('\n'), 0, 0).mid(2);
        QVERIFY(help->browser()->toPlainText().startsWith(title));
        QCOMPARE(help->topicList()->currentItem()->text(), title);
        // A topic opened now is in Chinese too.
        HelpWindow::showTopic(QStringLiteral("risks"));
        QVERIFY(help->browser()->source().path().endsWith(QLatin1String("/zh_CN/risks.md")));
    }

    void f1InTheRunConsoleOpensTheOperatorsTopic()
    {
        const QString path = m_dir.filePath(QStringLiteral("console.fallback"));
        QFile::remove(path);
        QCOMPARE(SamplePlan::create(QStringLiteral("en"), path), QString());
        QString error;
        auto document = PlanDocument::open(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(document, qPrintable(error));
        const qint64 run = queryValue(document->database(), QStringLiteral("SELECT min(id) FROM run")).toLongLong();
        RunConsole console(document.get(), run);
        console.setAttribute(Qt::WA_DeleteOnClose, false);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        QTest::keyClick(&console, Qt::Key_F1);
        QVERIFY(openHelp());
        QCOMPARE(openHelp()->currentTopic(), QStringLiteral("console"));
    }
};

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
