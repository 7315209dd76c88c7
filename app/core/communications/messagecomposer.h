// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

namespace fallback {

/// A status message made from a template of the plan for one moment of a run.
struct ComposedMessage
{
    QString occasion; ///< the occasion of the template used
    qint64 templateId = 0; ///< 0 when no template fits
    QString subject; ///< for email
    QString text;
    /// Why there is no message; empty when there is one.
    QString problem;
};

/// Fills the plan's message templates from a run: which occasion the moment
/// calls for, which template fits the audience, channel and language best,
/// and what each placeholder stands for now. Reads the plan; changes nothing.
class MessageComposer final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::MessageComposer)
public:
    /// Reads from \a db; times are written in \a zone (the plan's).
    MessageComposer(QSqlDatabase db, QTimeZone zone);

    /// The placeholder names, in the order the template editor lists them.
    static QStringList placeholders();
    /// What \a name stands for, in the interface language.
    static QString placeholderDescription(const QString &name);
    /// The first {name} in \a text that is not a placeholder; empty when none.
    static QString unknownPlaceholder(const QString &text);
    /// \a text with each {name} replaced by values[name]; other text untouched.
    static QString fill(const QString &text, const QHash<QString, QString> &values);
    /// The template channel for a channel of the communications plan: spoken
    /// channels (phone bridge, satellite phone, radio, in person) use the
    /// phone script.
    static QString templateChannelOf(const QString &channel);

    /// The occasion the moment calls for when telling \a audienceId about run
    /// \a runId: the latest decision (level change, STOP, rollback, service
    /// restored, end) not yet told to that audience; "start" before the
    /// first update; "update" otherwise.
    QString occasionFor(qint64 runId, qint64 audienceId) const;
    /// What every placeholder stands for at \a now, in \a language.
    QHash<QString, QString> values(
        qint64 runId, qint64 audienceId, const QString &language, const QDateTime &now) const;
    /// The template for \a occasion that fits best: the audience's own before
    /// one for every audience; for \a channel (a template channel) and
    /// \a language. 0 when none.
    qint64 templateFor(
        const QString &occasion, qint64 audienceId, const QString &channel, const QString &language) const;
    /// The message for \a audienceId over \a channel (any channel of the
    /// communications plan) in \a language at \a now. An empty \a occasion
    /// takes occasionFor(); when the plan has no template for it, the
    /// regular update's template is used.
    ComposedMessage compose(qint64 runId, qint64 audienceId, const QString &channel, const QString &language,
        const QDateTime &now, const QString &occasion = {}) const;

    /// The audience called \a name (letter case aside); 0 when none is.
    qint64 audienceNamed(const QString &name) const;
    /// The names of the plan's audiences in their order.
    QStringList audienceNames() const;
    /// The run started last; 0 when the plan has none.
    qint64 newestRun() const;
    /// True when the plan has run \a runId.
    bool hasRun(qint64 runId) const;

    /// The minutes between two updates to \a audienceId while warning level
    /// \a levelId is declared: the audience's own, else the level's; 0 for
    /// no regular updates.
    int cadenceMinutes(qint64 audienceId, qint64 levelId) const;

private:
    QString clock(const QDateTime &moment) const;
    /// The template of \a audienceId's own for \a occasion; 0 when it has none.
    qint64 ownTemplateFor(
        const QString &occasion, qint64 audienceId, const QString &channel, const QString &language) const;
    bool isOwnTemplate(qint64 templateId, qint64 audienceId) const;

    QSqlDatabase m_db;
    QTimeZone m_zone;
};

} // namespace fallback
