// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communications/messagecomposer.h"

#include "document/textcatalogue.h"
#include "document/vocabulary.h"
#include "storage/sqlquery.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace fallback {

namespace {
struct Placeholder
{
    const char *name;
    const char *description;
};

const Placeholder Placeholders[] = {
    {"upgrade", QT_TRANSLATE_NOOP("fallback::MessageComposer", "the upgrade's name")},
    {"versions", QT_TRANSLATE_NOOP("fallback::MessageComposer", "from which version to which")},
    {"systems", QT_TRANSLATE_NOOP("fallback::MessageComposer", "the systems it upgrades")},
    {"level", QT_TRANSLATE_NOOP("fallback::MessageComposer", "the warning level declared")},
    {"status", QT_TRANSLATE_NOOP("fallback::MessageComposer", "the state of the run")},
    {"time", QT_TRANSLATE_NOOP("fallback::MessageComposer", "the time now")},
    {"started", QT_TRANSLATE_NOOP("fallback::MessageComposer", "when the run started")},
    {"what_happened", QT_TRANSLATE_NOOP("fallback::MessageComposer", "the latest decision or failure and why")},
    {"impact", QT_TRANSLATE_NOOP("fallback::MessageComposer", "the upgrade's impact on the business")},
    {"actions",
        QT_TRANSLATE_NOOP("fallback::MessageComposer",
            "what is being done: the next open step, or the "
            "rollback plan while rolling back")},
    {"next_update", QT_TRANSLATE_NOOP("fallback::MessageComposer", "when the next update will come")},
    {"contact", QT_TRANSLATE_NOOP("fallback::MessageComposer", "whom to call: the sending group's lead and phone")},
    {"sender", QT_TRANSLATE_NOOP("fallback::MessageComposer", "the group that sends the update")},
    {"audience", QT_TRANSLATE_NOOP("fallback::MessageComposer", "the audience's name")},
    {"plan", QT_TRANSLATE_NOOP("fallback::MessageComposer", "the plan's title")},
    {"organisation", QT_TRANSLATE_NOOP("fallback::MessageComposer", "the organisation the plan belongs to")},
};

// Words a filled message may need, in the message's language.
const char *const NoLevel = QT_TRANSLATE_NOOP("fallback::MessageComposer", "no warning level declared");
const char *const NoSchedule = QT_TRANSLATE_NOOP("fallback::MessageComposer", "as soon as there is news");
const char *const ListSeparator = QT_TRANSLATE_NOOP("fallback::MessageComposer", ", ");

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_]+)\\}"));
    return pattern;
}

/// The first sentence of \a text: what a message can carry of a longer text.
QString firstSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[\u3002\uff01\uff1f\n]|[.!?](\\s|$)"));
    const QRegularExpressionMatch match = end.match(text.trimmed());
    return match.hasMatch() ? text.trimmed().left(match.capturedStart()) : text.trimmed();
}

/// \a text without the full stop a template adds after it.
QString withoutFinalStop(const QString &text)
{
    QString result = text.trimmed();
    while (!result.isEmpty() && QStringLiteral(".\u3002;\uff1b").contains(result.back())) {
        result.chop(1);
    }
    return result;
}
} // namespace

MessageComposer::MessageComposer(QSqlDatabase db, QTimeZone zone)
    : m_db(std::move(db))
    , m_zone(zone.isValid() ? std::move(zone) : QTimeZone::systemTimeZone())
{ }

QStringList MessageComposer::placeholders()
{
    QStringList names;
    for (const Placeholder &placeholder : Placeholders) {
        names << QLatin1String(placeholder.name);
    }
    return names;
}

QString MessageComposer::placeholderDescription(const QString &name)
{
    for (const Placeholder &placeholder : Placeholders) {
        if (name == QLatin1String(placeholder.name)) {
            return tr(placeholder.description);
        }
    }
    return {};
}

QString MessageComposer::unknownPlaceholder(const QString &text)
{
    const QStringList known = placeholders();
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!known.contains(name)) {
            return name;
        }
    }
    return {};
}

QString MessageComposer::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString result;
    qsizetype from = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd()) {
            continue;
        }
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += *value;
        from = match.capturedEnd();
    }
    result += QStringView(text).mid(from);
    return result;
}

QString MessageComposer::templateChannelOf(const QString &channel)
{
    if (Vocabulary::values(Vocabulary::Kind::MessageChannel).contains(channel)) {
        return channel;
    }
    return QStringLiteral("phone");
}

QString MessageComposer::occasionFor(qint64 runId, qint64 audienceId) const
{
    QSqlQuery last = execQuery(m_db,
        QStringLiteral("SELECT at, id FROM run_event WHERE run_id = ? AND kind = 'update' AND audience_id = ? "
                       "ORDER BY at DESC, id DESC LIMIT 1"),
        {runId, audienceId});
    const bool told = last.next();
    const QString toldAt = told ? last.value(0).toString() : QStringLiteral("");
    const qint64 toldId = told ? last.value(1).toLongLong() : 0;
    // Whatever is said after the end of the emergency is about its end.
    if (queryValue(
            m_db, QStringLiteral("SELECT COUNT(*) FROM run_event WHERE run_id = ? AND decision = 'ended'"), {runId})
            .toInt()
        > 0) {
        return QStringLiteral("ended");
    }
    const QString decision = queryValue(m_db,
        QStringLiteral("SELECT decision FROM run_event WHERE run_id = ? AND decision IS NOT NULL "
                       "AND (at > ? OR (at = ? AND id > ?)) ORDER BY at DESC, id DESC LIMIT 1"),
        {runId, toldAt, toldAt, toldId})
                                 .toString();
    if (decision.isEmpty()) {
        return told ? QStringLiteral("update") : QStringLiteral("start");
    }
    if (decision == QLatin1String("level")) {
        return told ? QStringLiteral("level") : QStringLiteral("start");
    }
    return decision; // stop, rollback, restored and ended are occasions of their own
}

int MessageComposer::cadenceMinutes(qint64 audienceId, qint64 levelId) const
{
    const QVariant own
        = queryValue(m_db, QStringLiteral("SELECT update_minutes FROM audience WHERE id = ?"), {audienceId});
    if (!own.isNull() && own.toInt() > 0) {
        return own.toInt();
    }
    if (levelId <= 0) {
        return 0;
    }
    return queryValue(m_db, QStringLiteral("SELECT update_minutes FROM warning_level WHERE id = ?"), {levelId}).toInt();
}

qint64 MessageComposer::audienceNamed(const QString &name) const
{
    QSqlQuery query = execQuery(m_db, QStringLiteral("SELECT id, name FROM audience ORDER BY position, id"));
    while (query.next()) {
        if (query.value(1).toString().trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return query.value(0).toLongLong();
        }
    }
    return 0;
}

QStringList MessageComposer::audienceNames() const
{
    QStringList names;
    QSqlQuery query = execQuery(m_db, QStringLiteral("SELECT name FROM audience ORDER BY position, id"));
    while (query.next()) {
        names << query.value(0).toString();
    }
    return names;
}

qint64 MessageComposer::newestRun() const
{
    return queryValue(m_db, QStringLiteral("SELECT id FROM run ORDER BY started_at DESC, id DESC LIMIT 1"))
        .toLongLong();
}

bool MessageComposer::hasRun(qint64 runId) const
{
    return queryValue(m_db, QStringLiteral("SELECT COUNT(*) FROM run WHERE id = ?"), {runId}).toInt() > 0;
}

QString MessageComposer::clock(const QDateTime &moment) const
{
    return moment.isValid() ? moment.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")) : QString();
}

QHash<QString, QString> MessageComposer::values(
    qint64 runId, qint64 audienceId, const QString &language, const QDateTime &now) const
{
    const TextCatalogue words(language);
    const auto word = [&words](const char *source) { return words.translate("fallback::MessageComposer", source); };
    QHash<QString, QString> values;

    QSqlQuery plan = execQuery(m_db, QStringLiteral("SELECT title, organisation FROM plan WHERE id = 1"));
    if (plan.next()) {
        values.insert(QStringLiteral("plan"), plan.value(0).toString());
        values.insert(QStringLiteral("organisation"), plan.value(1).toString());
    }

    qint64 upgradeId = 0;
    qint64 levelId = 0;
    QString status;
    QSqlQuery run = execQuery(m_db,
        QStringLiteral("SELECT r.upgrade_id, r.warning_level_id, r.status, r.started_at, u.name, u.version_from, "
                       "u.version_to, u.impact, u.rollback_plan FROM run r JOIN upgrade u ON u.id = r.upgrade_id "
                       "WHERE r.id = ?"),
        {runId});
    QString rollbackPlan;
    if (run.next()) {
        upgradeId = run.value(0).toLongLong();
        levelId = run.value(1).toLongLong();
        status = run.value(2).toString();
        QString statusLabel = words.label(Vocabulary::Kind::RunStatus, status);
        if (!words.isChinese() && !statusLabel.isEmpty()) {
            statusLabel[0] = statusLabel.at(0).toLower(); // it stands inside a sentence
        }
        values.insert(QStringLiteral("status"), statusLabel);
        values.insert(QStringLiteral("started"), clock(QDateTime::fromString(run.value(3).toString(), Qt::ISODate)));
        values.insert(QStringLiteral("upgrade"), run.value(4).toString());
        const QString from = run.value(5).toString();
        const QString to = run.value(6).toString();
        values.insert(QStringLiteral("versions"),
            from.isEmpty() || to.isEmpty() ? from + to : QStringLiteral("%1 \u2192 %2").arg(from, to));
        values.insert(QStringLiteral("impact"), withoutFinalStop(run.value(7).toString()));
        rollbackPlan = firstSentence(run.value(8).toString());
    }

    QStringList systems;
    QSqlQuery systemQuery = execQuery(m_db,
        QStringLiteral("SELECT s.name FROM upgrade_system us JOIN scope_system s ON s.id = us.system_id "
                       "WHERE us.upgrade_id = ? ORDER BY us.id"),
        {upgradeId});
    while (systemQuery.next()) {
        systems << systemQuery.value(0).toString();
    }
    values.insert(QStringLiteral("systems"), systems.join(word(ListSeparator)));

    const QString level = levelId > 0
        ? queryValue(m_db, QStringLiteral("SELECT name FROM warning_level WHERE id = ?"), {levelId}).toString()
        : QString();
    values.insert(QStringLiteral("level"), level.isEmpty() ? word(NoLevel) : level);
    values.insert(QStringLiteral("time"), clock(now));

    // What happened: the latest decision, or a failed or skipped step, with its reason.
    QSqlQuery happened = execQuery(m_db,
        QStringLiteral("SELECT text, reason FROM run_event WHERE run_id = ? AND (kind IN ('decision', 'level') "
                       "OR (kind = 'tick' AND reason <> '')) ORDER BY at DESC, id DESC LIMIT 1"),
        {runId});
    if (happened.next()) {
        const QString text = happened.value(0).toString().trimmed();
        const QString reason = happened.value(1).toString().trimmed();
        values.insert(QStringLiteral("what_happened"), withoutFinalStop(reason.isEmpty() ? text : reason));
    } else {
        values.insert(QStringLiteral("what_happened"), QString());
    }

    if (status == QLatin1String("rolled_back") && !rollbackPlan.isEmpty()) {
        values.insert(QStringLiteral("actions"), withoutFinalStop(rollbackPlan));
    } else {
        values.insert(QStringLiteral("actions"),
            withoutFinalStop(queryValue(m_db,
                QStringLiteral("SELECT text FROM run_item WHERE run_id = ? AND status = 'open' ORDER BY CASE phase "
                               "WHEN 'before' THEN 0 WHEN 'during' THEN 1 WHEN 'after' THEN 2 ELSE 3 END, "
                               "position, id LIMIT 1"),
                {runId})
                                 .toString()));
    }

    const int cadence = cadenceMinutes(audienceId, levelId);
    values.insert(QStringLiteral("next_update"), cadence > 0 ? clock(now.addSecs(60LL * cadence)) : word(NoSchedule));

    QSqlQuery audience = execQuery(m_db,
        QStringLiteral("SELECT a.name, a.sender_group_id, g.name FROM audience a "
                       "LEFT JOIN org_group g ON g.id = a.sender_group_id WHERE a.id = ?"),
        {audienceId});
    if (audience.next()) {
        values.insert(QStringLiteral("audience"), audience.value(0).toString());
        values.insert(QStringLiteral("sender"), audience.value(2).toString());
        QSqlQuery contact = execQuery(m_db,
            QStringLiteral("SELECT m.name, m.phone_mobile, m.phone_office FROM group_member gm "
                           "JOIN member m ON m.id = gm.member_id WHERE gm.group_id = ? ORDER BY CASE gm.role "
                           "WHEN 'lead' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, gm.escalation_order, gm.id LIMIT 1"),
            {audience.value(1)});
        if (contact.next()) {
            const QString phone
                = contact.value(1).toString().isEmpty() ? contact.value(2).toString() : contact.value(1).toString();
            values.insert(QStringLiteral("contact"),
                phone.isEmpty() ? contact.value(0).toString()
                                : QStringLiteral("%1 %2").arg(contact.value(0).toString(), phone));
        }
    }
    for (const QString &name : placeholders()) {
        values.insert(name, values.value(name)); // every placeholder is filled, if only with nothing
    }
    return values;
}

qint64 MessageComposer::templateFor(
    const QString &occasion, qint64 audienceId, const QString &channel, const QString &language) const
{
    return queryValue(m_db,
        QStringLiteral("SELECT id FROM message_template WHERE occasion = ? AND channel = ? AND language = ? "
                       "AND (audience_id = ? OR audience_id IS NULL) "
                       "ORDER BY audience_id IS NULL, position, id LIMIT 1"),
        {occasion, channel, language, audienceId})
        .toLongLong();
}

qint64 MessageComposer::ownTemplateFor(
    const QString &occasion, qint64 audienceId, const QString &channel, const QString &language) const
{
    return queryValue(m_db,
        QStringLiteral("SELECT id FROM message_template WHERE occasion = ? AND channel = ? AND language = ? "
                       "AND audience_id = ? ORDER BY position, id LIMIT 1"),
        {occasion, channel, language, audienceId})
        .toLongLong();
}

bool MessageComposer::isOwnTemplate(qint64 templateId, qint64 audienceId) const
{
    return queryValue(m_db, QStringLiteral("SELECT audience_id FROM message_template WHERE id = ?"), {templateId})
               .toLongLong()
        == audienceId;
}

ComposedMessage MessageComposer::compose(qint64 runId, qint64 audienceId, const QString &channel,
    const QString &language, const QDateTime &now, const QString &occasion) const
{
    ComposedMessage message;
    message.occasion = occasion.isEmpty() ? occasionFor(runId, audienceId) : occasion;
    const QString templateChannel = templateChannelOf(channel);
    message.templateId = templateFor(message.occasion, audienceId, templateChannel, language);
    if (message.templateId != 0 && message.occasion != QLatin1String("update")
        && !isOwnTemplate(message.templateId, audienceId)) {
        // An audience with wording of its own (customers hear less) keeps to
        // it: its own regular update before another audience's wording.
        if (const qint64 own = ownTemplateFor(QStringLiteral("update"), audienceId, templateChannel, language)) {
            message.occasion = QStringLiteral("update");
            message.templateId = own;
        }
    }
    if (message.templateId == 0 && message.occasion != QLatin1String("update")) {
        message.occasion = QStringLiteral("update");
        message.templateId = templateFor(message.occasion, audienceId, templateChannel, language);
    }
    if (message.templateId == 0) {
        message.problem = tr("The plan has no message template for %1 in %2. Add one under Communications.")
                              .arg(Vocabulary::label(Vocabulary::Kind::MessageChannel, templateChannel),
                                  Vocabulary::label(Vocabulary::Kind::MessageLanguage, language));
        return message;
    }
    QSqlQuery found = execQuery(
        m_db, QStringLiteral("SELECT subject, body FROM message_template WHERE id = ?"), {message.templateId});
    if (!found.next()) {
        message.problem = tr("The message template could not be read.");
        return message;
    }
    const QHash<QString, QString> filled = values(runId, audienceId, language, now);
    message.subject = fill(found.value(0).toString(), filled);
    message.text = fill(found.value(1).toString(), filled);
    return message;
}

} // namespace fallback
