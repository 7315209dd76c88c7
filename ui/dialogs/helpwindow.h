// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/section.h"

#include <QStringList>
#include <QUrl>
#include <QWidget>

class QListWidget;
class QTextBrowser;
class QToolButton;

namespace fallback::ui {

/// The user guide (F1), compiled in and read offline: the topics on the
/// left, the topic on the right, in the interface language. One window for
/// the whole application, opened at the topic of the page the user is on.
class HelpWindow final : public QWidget
{
    Q_OBJECT
public:
    /// Opens the guide at \a topic ("contacts"), raising the window when it is open.
    static HelpWindow *showTopic(const QString &topic);
    /// The open guide, if any.
    static HelpWindow *instance();

    /// The topic that explains \a section.
    static QString topicOf(Section section);
    /// Every topic, in the order of the contents.
    static const QStringList &topics();
    /// Where \a topic is written in \a language ("en", "zh_CN").
    static QUrl topicUrl(const QString &topic, const QString &language);

    /// The topic shown ("contacts").
    QString currentTopic() const;
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *topicList() const { return m_topics; }

protected:
    void changeEvent(QEvent *event) override;

private:
    explicit HelpWindow(QWidget *parent = nullptr);
    void setTopic(const QString &topic);
    void fillTopicList();
    /// The topic read is the one marked in the list and named in the title.
    void showWhereTheReaderIs();
    void retranslateUi();

    QListWidget *m_topics = nullptr;
    QTextBrowser *m_browser = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_home = nullptr;
    QString m_language;
};

} // namespace fallback::ui
