// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/helpwindow.h"

#include "plan/translations.h"
#include "widgets/icons.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QListWidget>
#include <QPointer>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {

const QString Index = QStringLiteral("index");

QPointer<HelpWindow> &openWindow()
{
    static QPointer<HelpWindow> window;
    return window;
}

/// A topic's title: its first heading.
QString titleOf(const QUrl &url)
{
    QFile file(QLatin1Char(':') + url.path());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString first = QString::fromUtf8(file.readLine()).trimmed();
    return first.startsWith(QLatin1String("# ")) ? first.mid(2) : first;
}

/// The guide's pages, with pictures no wider than the page they are on.
class GuideBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &url) override
    {
        if (type == QTextDocument::ImageResource) {
            QImage image(QLatin1Char(':') + url.path());
            // Room for the vertical scroll bar too, which a long page brings.
            const int scrollBar = verticalScrollBar()->isVisible()
                ? 0
                : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
            const int room = std::max(320, viewport()->width() - scrollBar - 2 * int(document()->documentMargin()) - 8);
            if (!image.isNull() && image.width() > room) {
                image = image.scaledToWidth(room, Qt::SmoothTransformation);
            }
            return image;
        }
        return QTextBrowser::loadResource(type, url);
    }
};

} // namespace

const QStringList &HelpWindow::topics()
{
    static const QStringList all
        = {Index, QStringLiteral("plan"), QStringLiteral("scope"), QStringLiteral("organisation"),
            QStringLiteral("contacts"), QStringLiteral("warning-levels"), QStringLiteral("risks"),
            QStringLiteral("measures"), QStringLiteral("communications"), QStringLiteral("role-cards"),
            QStringLiteral("checklists"), QStringLiteral("upgrades"), QStringLiteral("console"), QStringLiteral("runs"),
            QStringLiteral("reviews"), QStringLiteral("drills"), QStringLiteral("revisions"), QStringLiteral("reports"),
            QStringLiteral("search-and-keys"), QStringLiteral("files"), QStringLiteral("team")};
    return all;
}

QString HelpWindow::topicOf(Section section)
{
    switch (section) {
    case Section::Plan:
        return QStringLiteral("plan");
    case Section::Scope:
        return QStringLiteral("scope");
    case Section::Organisation:
        return QStringLiteral("organisation");
    case Section::Contacts:
        return QStringLiteral("contacts");
    case Section::WarningLevels:
        return QStringLiteral("warning-levels");
    case Section::Risks:
        return QStringLiteral("risks");
    case Section::Measures:
        return QStringLiteral("measures");
    case Section::Communications:
        return QStringLiteral("communications");
    case Section::RoleCards:
        return QStringLiteral("role-cards");
    case Section::Checklists:
        return QStringLiteral("checklists");
    case Section::Upgrades:
        return QStringLiteral("upgrades");
    case Section::Runs:
        return QStringLiteral("runs");
    case Section::Reviews:
        return QStringLiteral("reviews");
    case Section::Drills:
        return QStringLiteral("drills");
    case Section::Revisions:
        return QStringLiteral("revisions");
    }
    return Index;
}

QUrl HelpWindow::topicUrl(const QString &topic, const QString &language)
{
    return QUrl(QStringLiteral("qrc:/fallback/guide/%1/%2.md").arg(language, topic));
}

HelpWindow *HelpWindow::instance()
{
    return openWindow();
}

HelpWindow *HelpWindow::showTopic(const QString &topic)
{
    QPointer<HelpWindow> &window = openWindow();
    if (!window) {
        window = new HelpWindow;
    }
    window->setTopic(topics().contains(topic) ? topic : Index);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_QuitOnClose, false); // the guide never keeps the program running
    m_language = Translations::installedLanguage();

    m_topics = new QListWidget(this);
    m_topics->setObjectName(QStringLiteral("helpTopics"));
    m_browser = new GuideBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));

    const auto button = [this](const char *name, const char *icon) {
        auto *tool = new QToolButton(this);
        tool->setObjectName(QLatin1String(name));
        tool->setIcon(Icons::named(QLatin1String(icon)));
        tool->setAutoRaise(true);
        return tool;
    };
    m_back = button("helpBack", "go-previous");
    m_forward = button("helpForward", "go-next");
    m_home = button("helpContents", "go-home");
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, this, [this] { setTopic(Index); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_home);
    bar->addStretch(1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_topics);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // The list follows the page read, links and Back included.
    // historyChanged, not sourceChanged: setSource() with a resource type sends no sourceChanged.
    connect(m_browser, &QTextBrowser::historyChanged, this, &HelpWindow::showWhereTheReaderIs);
    connect(m_topics, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            setTopic(topics().at(row));
        }
    });
    fillTopicList();
    retranslateUi();

    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(std::min(1280, available.width() * 9 / 10), std::min(860, available.height() * 9 / 10));
    splitter->setSizes({m_topics->sizeHintForColumn(0) + 24, 10000});
}

void HelpWindow::fillTopicList()
{
    const QSignalBlocker blocker(m_topics);
    m_topics->clear();
    for (const QString &topic : topics()) {
        m_topics->addItem(titleOf(topicUrl(topic, m_language)));
    }
    showWhereTheReaderIs();
}

QString HelpWindow::currentTopic() const
{
    const QString name = m_browser->source().fileName();
    return name.endsWith(QLatin1String(".md")) ? name.chopped(3) : QString();
}

void HelpWindow::setTopic(const QString &topic)
{
    const QUrl url = topicUrl(topic, m_language);
    if (m_browser->source() != url) {
        m_browser->setSource(url, QTextDocument::MarkdownResource);
    }
}

void HelpWindow::showWhereTheReaderIs()
{
    {
        const QSignalBlocker blocker(m_topics);
        m_topics->setCurrentRow(int(topics().indexOf(currentTopic())));
    }
    setWindowTitle(tr("%1 - Help - Fallback").arg(titleOf(m_browser->source())));
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The same topic, in the language the interface speaks now.
        const QString language = Translations::installedLanguage();
        if (language != m_language) {
            const QString topic = currentTopic();
            m_language = language;
            fillTopicList();
            m_browser->clearHistory();
            setTopic(topic.isEmpty() ? Index : topic);
        }
    }
    QWidget::changeEvent(event);
}

void HelpWindow::retranslateUi()
{
    m_back->setToolTip(tr("Back"));
    m_back->setAccessibleName(tr("Back"));
    m_forward->setToolTip(tr("Forward"));
    m_forward->setAccessibleName(tr("Forward"));
    m_home->setToolTip(tr("Contents"));
    m_home->setAccessibleName(tr("Contents"));
    m_topics->setAccessibleName(tr("Topics"));
    m_browser->setAccessibleName(tr("Help topic"));
}

} // namespace fallback::ui
