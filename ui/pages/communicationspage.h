// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace fallback {
class AudienceChannelModel;
class PlanDocument;
} // namespace fallback

namespace fallback::ui {

class RecordTableEditor;

/// The communications plan (通信与信息保障): the audiences, who sends to them
/// and how often; the selected audience's channels in the order they are
/// tried; and the message templates (格式化文本) with their placeholders.
class CommunicationsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CommunicationsPage(PlanDocument *document, QWidget *parent = nullptr);

    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);
    RecordTableEditor *audiencesEditor() const { return m_audiences; }
    RecordTableEditor *channelsEditor() const { return m_channels; }
    RecordTableEditor *templatesEditor() const { return m_templates; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    /// Something the user should know, for the status bar.
    void message(const QString &text);
    /// Something that went wrong, for the message bar.
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Tab { PlanTab, TemplatesTab };
    void showAudience(qint64 id);
    void retranslateUi();

    PlanDocument *m_document;
    QTabWidget *m_tabs = nullptr;
    RecordTableEditor *m_audiences = nullptr;
    RecordTableEditor *m_channels = nullptr;
    AudienceChannelModel *m_channelModel = nullptr;
    RecordTableEditor *m_templates = nullptr;
    QLabel *m_placeholders = nullptr;
    QPushButton *m_builtInButton = nullptr;
};

} // namespace fallback::ui
