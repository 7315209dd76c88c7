// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/composeupdatedialog.h"

#include "communications/audiencechannelmodel.h"
#include "communications/audiencemodel.h"
#include "communications/messagecomposer.h"
#include "communications/messagelength.h"
#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "run/runsession.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {
constexpr int MessageLines = 9;
constexpr int DialogWidthEms = 40;
} // namespace

ComposeUpdateDialog::ComposeUpdateDialog(RunSession *session, qint64 audienceId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_audiences(new AudienceModel(session->document(), this))
    , m_channels(new AudienceChannelModel(session->document(), this))
{
    setObjectName(QStringLiteral("composeUpdateDialog"));
    setWindowTitle(tr("Compose Update"));

    m_audience = new QComboBox(this);
    m_audience->setObjectName(QStringLiteral("audienceCombo"));
    for (int row = 0; row < m_audiences->rowCount(); ++row) {
        m_audience->addItem(
            m_audiences->index(row, AudienceModel::NameColumn).data().toString(), m_audiences->idAt(row));
    }
    m_audience->setCurrentIndex(qMax(0, m_audience->findData(audienceId)));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &language : Vocabulary::values(Vocabulary::Kind::MessageLanguage)) {
        m_language->addItem(Vocabulary::label(Vocabulary::Kind::MessageLanguage, language), language);
    }
    const QString planLanguage
        = session->document()->store().value(QStringLiteral("plan"), 1, QStringLiteral("language")).toString();
    m_language->setCurrentIndex(qMax(0,
        m_language->findData(
            planLanguage.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en"))));
    m_occasion = new QComboBox(this);
    m_occasion->setObjectName(QStringLiteral("occasionCombo"));
    for (const QString &occasion : Vocabulary::values(Vocabulary::Kind::MessageOccasion)) {
        m_occasion->addItem(Vocabulary::label(Vocabulary::Kind::MessageOccasion, occasion), occasion);
    }
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_message->setTabChangesFocus(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * MessageLines);
    m_length = new QLabel(this);
    m_length->setObjectName(QStringLiteral("lengthLabel"));
    m_length->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c00000; }"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&To:"), m_audience);
    form->addRow(tr("&Via:"), m_channel);
    form->addRow(tr("&Occasion:"), m_occasion);
    form->addRow(tr("&Language:"), m_language);
    m_subjectLabel = new QLabel(tr("&Subject:"), this);
    m_subjectLabel->setBuddy(m_subject);
    form->addRow(m_subjectLabel, m_subject);
    auto *messageLabel = new QLabel(tr("&Message:"), this);
    messageLabel->setBuddy(m_message);
    form->addRow(messageLabel, m_message);
    form->addRow(QString(), m_length);

    auto *note = new QLabel(tr("Fallback sends nothing itself. Copy the message, send it over the channel that "
                               "works, then log it: the log records it as sent by %1.")
                                .arg(session->actor().toHtmlEscaped()),
        this);
    note->setWordWrap(true);

    m_refillButton = new QPushButton(tr("&Refill from Template"), this);
    m_refillButton->setObjectName(QStringLiteral("refillButton"));
    m_refillButton->hide();
    connect(m_refillButton, &QPushButton::clicked, this, [this] { compose(true); });
    form->addRow(QString(), m_refillButton);

    auto *buttons = new QDialogButtonBox(this);
    m_copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_logButton = buttons->addButton(tr("Copy and &Log as Sent"), QDialogButtonBox::AcceptRole);
    m_logButton->setObjectName(QStringLiteral("logButton"));
    m_logButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(message());
        m_length->setText(m_length->text() + QLatin1Char(' ') + tr("Copied."));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ComposeUpdateDialog::copyAndLog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * DialogWidthEms * 2);

    fillChannels();
    MessageComposer composer(session->document()->database(), session->document()->timeZone());
    m_occasion->setCurrentIndex(
        qMax(0, m_occasion->findData(composer.occasionFor(session->runId(), this->audienceId()))));
    compose(true);

    connect(m_audience, &QComboBox::currentIndexChanged, this, [this, composer] {
        fillChannels();
        m_occasion->setCurrentIndex(
            qMax(0, m_occasion->findData(composer.occasionFor(m_session->runId(), this->audienceId()))));
        compose();
    });
    for (QComboBox *choice : {m_channel, m_language, m_occasion}) {
        connect(choice, &QComboBox::currentIndexChanged, this, [this] { compose(); });
    }
    connect(m_message, &QPlainTextEdit::textChanged, this, &ComposeUpdateDialog::updateLength);
    m_message->setFocus();
}

qint64 ComposeUpdateDialog::audienceId() const
{
    return m_audience->currentData().toLongLong();
}

QString ComposeUpdateDialog::audienceName() const
{
    return m_audience->currentText();
}

QString ComposeUpdateDialog::channel() const
{
    return m_channel->currentData().toString();
}

QString ComposeUpdateDialog::occasion() const
{
    return m_occasion->currentData().toString();
}

QString ComposeUpdateDialog::language() const
{
    return m_language->currentData().toString();
}

QString ComposeUpdateDialog::templateChannel() const
{
    return MessageComposer::templateChannelOf(channel());
}

QString ComposeUpdateDialog::message() const
{
    const QString body = m_message->toPlainText().trimmed();
    const QString subject = m_subject->text().trimmed();
    return !m_subject->isHidden() && !subject.isEmpty() ? subject + QStringLiteral("\n\n") + body : body;
}

void ComposeUpdateDialog::fillChannels()
{
    const QSignalBlocker blocker(m_channel);
    m_channel->clear();
    m_channels->setAudienceId(audienceId());
    for (int row = 0; row < m_channels->rowCount(); ++row) {
        const QString channel = m_channels->recordAt(row).value(QStringLiteral("channel")).toString();
        const QString address = m_channels->recordAt(row).value(QStringLiteral("address")).toString().trimmed();
        const QString use = m_channels->index(row, AudienceChannelModel::UseColumn).data().toString();
        const QString label = Vocabulary::label(Vocabulary::Kind::Channel, channel);
        m_channel->addItem(
            address.isEmpty() ? tr("%1 (%2)").arg(label, use) : tr("%1: %2 (%3)").arg(label, address, use), channel);
    }
    if (m_channel->count() == 0) {
        // An audience without channels can still be told; the plan should say how.
        for (const QString &channel : Vocabulary::values(Vocabulary::Kind::MessageChannel)) {
            m_channel->addItem(Vocabulary::label(Vocabulary::Kind::Channel, channel), channel);
        }
    }
}

void ComposeUpdateDialog::compose(bool replaceEdits)
{
    const MessageComposer composer(m_session->document()->database(), m_session->document()->timeZone());
    const ComposedMessage composed
        = composer.compose(m_session->runId(), audienceId(), channel(), language(), m_session->now(), occasion());
    const bool email = templateChannel() == QLatin1String("email");
    m_subjectLabel->setVisible(email);
    m_subject->setVisible(email);
    const QString typed = m_message->toPlainText();
    const bool edited = !typed.trimmed().isEmpty() && typed != m_filledText;
    if (edited && !replaceEdits) {
        // What the operator wrote is not thrown away by a change of channel.
        m_refillButton->show();
        if (m_subject->text().trimmed().isEmpty()) {
            m_subject->setText(composed.subject);
        }
        m_problem->setText(tr("Your edits are kept. Refill from Template replaces them with the template's text "
                              "for what you chose."));
        m_problem->setVisible(true);
        updateLength();
        return;
    }
    m_refillButton->hide();
    m_subject->setText(composed.subject);
    m_filledText = composed.text;
    m_message->setPlainText(composed.text);
    m_problem->setText(composed.problem);
    m_problem->setVisible(!composed.problem.isEmpty());
    if (composed.occasion != occasion() && composed.templateId != 0) {
        m_problem->setText(tr("The plan has no template for \u201c%1\u201d: the regular update's is used.")
                               .arg(m_occasion->currentText()));
        m_problem->setVisible(true);
    }
    updateLength();
}

void ComposeUpdateDialog::updateLength()
{
    const MessageLength length = MessageLength::of(m_message->toPlainText().trimmed(), templateChannel());
    m_length->setText(length.summary);
    m_length->setStyleSheet(length.tooLong ? QStringLiteral("QLabel { color: #a15c00; }") : QString());
    m_logButton->setEnabled(!m_message->toPlainText().trimmed().isEmpty());
    m_copyButton->setEnabled(m_logButton->isEnabled());
}

void ComposeUpdateDialog::copyAndLog()
{
    const QString text = message();
    if (!m_session->logUpdate(audienceId(), channel(), text)) {
        m_problem->setText(m_session->refusal());
        m_problem->setVisible(true);
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    accept();
}

} // namespace fallback::ui
