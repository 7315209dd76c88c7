// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fallback {
class AudienceChannelModel;
class AudienceModel;
class RunSession;
} // namespace fallback

namespace fallback::ui {

/// Compose Update (Ctrl+U in the run console): the status message for one
/// audience of the communications plan, filled from the plan's template for
/// the moment (the response started, a level change, STOP, rollback, a
/// regular update, service restored, the end), for one of the audience's
/// channels and a language. The operator edits it, sees whether it fits the
/// channel (SMS parts), copies it, sends it by phone or whatever still works,
/// and logs it as sent. Fallback itself sends nothing.
class ComposeUpdateDialog final : public QDialog
{
    Q_OBJECT
public:
    /// For \a audienceId (0: the first audience) of \a session's run.
    ComposeUpdateDialog(RunSession *session, qint64 audienceId, QWidget *parent = nullptr);

    qint64 audienceId() const;
    QString audienceName() const;
    /// The channel of the communications plan it goes over.
    QString channel() const;
    QString occasion() const;
    QString language() const;
    /// The message as it will be copied and logged (the subject first for email).
    QString message() const;
    QPlainTextEdit *messageEdit() const { return m_message; }

    /// Copies the message and logs it as sent; says why not and stays open
    /// when the log refuses it.
    void copyAndLog();

private:
    void fillChannels();
    /// Fills the message from the template for the choices made; keeps what
    /// the operator typed unless \a replaceEdits, and offers Refill instead.
    void compose(bool replaceEdits = false);
    void updateLength();
    /// The template channel of the chosen channel (sms, im, email, phone).
    QString templateChannel() const;

    RunSession *m_session;
    AudienceModel *m_audiences;
    AudienceChannelModel *m_channels;
    QComboBox *m_audience = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_occasion = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLabel *m_length = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_refillButton = nullptr;
    QString m_filledText; ///< the message as the template filled it last
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_logButton = nullptr;
};

} // namespace fallback::ui
