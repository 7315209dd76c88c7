// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/communicationspage.h"

#include "communications/audiencechannelmodel.h"
#include "communications/audiencemodel.h"
#include "communications/messagecomposer.h"
#include "communications/messagetemplatemodel.h"
#include "document/plandocument.h"
#include "plan/builtincontent.h"
#include "widgets/recordtableeditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {
constexpr int CaptionNameChars = 40;
}

CommunicationsPage::CommunicationsPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    const bool readOnly = document->isReadOnly();
    m_audiences = new RecordTableEditor(new AudienceModel(document, this), readOnly, this);
    m_audiences->setObjectName(QStringLiteral("audiencesEditor"));
    m_channelModel = new AudienceChannelModel(document, this);
    m_channels = new RecordTableEditor(m_channelModel, readOnly, this);
    m_channels->setObjectName(QStringLiteral("channelsEditor"));
    m_channels->setFilterVisible(false);
    m_templates = new RecordTableEditor(new MessageTemplateModel(document, this), readOnly, this);
    m_templates->setObjectName(QStringLiteral("templatesEditor"));

    m_placeholders = new QLabel(this);
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholders->setObjectName(QStringLiteral("placeholderHelp"));
    auto *templatesPane = new QWidget(this);
    auto *templatesLayout = new QVBoxLayout(templatesPane);
    templatesLayout->setContentsMargins(0, 0, 0, 0);
    templatesLayout->addWidget(m_templates, 1);
    m_builtInButton = new QPushButton(templatesPane);
    m_builtInButton->setObjectName(QStringLiteral("builtInTemplatesButton"));
    m_builtInButton->setEnabled(!readOnly);
    connect(m_builtInButton, &QPushButton::clicked, this, [this] {
        const BuiltInContent::Outcome outcome = BuiltInContent::addCommunications(m_document);
        if (outcome.added) {
            Q_EMIT message(outcome.message);
        } else {
            Q_EMIT problem(outcome.message);
        }
    });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_placeholders, 1);
    bottom->addWidget(m_builtInButton, 0, Qt::AlignTop);
    templatesLayout->addLayout(bottom);

    auto *plan = new QSplitter(Qt::Vertical, this);
    plan->addWidget(m_audiences);
    plan->addWidget(m_channels);
    plan->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("communicationsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(plan, QString());
    m_tabs->addTab(templatesPane, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_audiences, &RecordTableEditor::currentRecordChanged, this, &CommunicationsPage::showAudience);
    connect(document, &PlanDocument::recordChanged, this, [this](const QString &table, qint64 id) {
        if (table == QLatin1String("audience") && id == m_channelModel->audienceId()) {
            retranslateUi(); // the caption names the audience
        }
    });
    retranslateUi();
    m_audiences->selectFirstRecord();
}

void CommunicationsPage::showAudience(qint64 id)
{
    m_channelModel->setAudienceId(id);
    m_channels->setEnabled(id != 0);
    retranslateUi();
}

bool CommunicationsPage::selectRecord(const QString &table, qint64 id)
{
    if (table == QLatin1String("audience")) {
        m_tabs->setCurrentIndex(PlanTab);
        return m_audiences->selectRecord(id);
    }
    if (table == QLatin1String("audience_channel")) {
        m_tabs->setCurrentIndex(PlanTab);
        const QVariant audience = m_document->store().value(table, id, QStringLiteral("audience_id"));
        return !audience.isNull() && m_audiences->selectRecord(audience.toLongLong()) && m_channels->selectRecord(id);
    }
    if (table == QLatin1String("message_template")) {
        m_tabs->setCurrentIndex(TemplatesTab);
        return m_templates->selectRecord(id);
    }
    return false;
}

void CommunicationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void CommunicationsPage::retranslateUi()
{
    m_tabs->setTabText(PlanTab, tr("Communications plan"));
    m_tabs->setTabText(TemplatesTab, tr("Message templates"));
    m_tabs->setAccessibleName(tr("Communications"));
    m_builtInButton->setText(tr("Add &Built-in Templates"));
    m_builtInButton->setToolTip(tr("Adds the built-in message templates the plan lacks, and the built-in audiences "
                                   "and channels when it has none; one step to undo."));
    m_audiences->setCaption(tr("Who is told, by whom and how often"));
    const qint64 audience = m_channelModel->audienceId();
    // A long name is cut short: the caption never widens the window.
    const QString name = fontMetrics().elidedText(audience == 0
            ? QString()
            : m_document->store().value(QStringLiteral("audience"), audience, QStringLiteral("name")).toString(),
        Qt::ElideRight, fontMetrics().averageCharWidth() * CaptionNameChars);
    m_channels->setCaption(name.isEmpty() ? tr("Channels, in the order they are tried")
                                          : tr("Channels to \u201c%1\u201d, in the order they are tried").arg(name));
    m_templates->setCaption(tr("Message templates"));
    QStringList names;
    for (const QString &placeholder : MessageComposer::placeholders()) {
        names << QStringLiteral("<span title=\"%2\">{%1}</span>")
                     .arg(placeholder, MessageComposer::placeholderDescription(placeholder).toHtmlEscaped());
    }
    m_placeholders->setText(tr("Placeholders, filled from the run when an update is composed in the run console: %1")
                                .arg(names.join(QLatin1Char(' '))));
}

} // namespace fallback::ui
