// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "revision/revisionpublisher.h"

#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "interchange/planjsonexport.h"
#include "revision/publishrevisioncommand.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUndoStack>

namespace fallback {

namespace {
const QString RevisionTable = QStringLiteral("revision");
const QString RevisionIdColumn = QStringLiteral("revision_id");
const QString ReviewActionTable = QStringLiteral("review_action");
const QString DrillActionTable = QStringLiteral("drill_action");
const QString TablesKey = QStringLiteral("tables");

bool isActionTable(const QString &table)
{
    return table == ReviewActionTable || table == DrillActionTable;
}

/// The plan's JSON export as an object, without the revision table.
QJsonObject planWithoutRevisions(const QSqlDatabase &db)
{
    // What the plan said, not which records they were: the ids match records
    // between copies, and the sample's copies stay the same for every plan made from it.
    QJsonObject root = QJsonDocument::fromJson(PlanJsonExport::toJson(db, PlanJsonExport::Identities::Leave)).object();
    QJsonObject tables = root.value(TablesKey).toObject();
    tables.remove(RevisionTable);
    root.insert(TablesKey, tables);
    return root;
}
} // namespace

RevisionPublisher::RevisionPublisher(PlanDocument *document)
    : m_document(document)
{ }

QString RevisionPublisher::nextVersion(const QString &version)
{
    static const QRegularExpression lastNumber(QStringLiteral("(\\d+)(?!.*\\d)"));
    const QString trimmed = version.trimmed();
    const QRegularExpressionMatch match = lastNumber.match(trimmed);
    if (!match.hasMatch()) {
        return QStringLiteral("1.0");
    }
    const QString digits = match.captured(1);
    // Counted as text so that a number of any length works and "007" gives "008".
    QString next = digits;
    int i = int(next.size()) - 1;
    while (i >= 0 && next.at(i) == QLatin1Char('9')) {
        next[i] = QLatin1Char('0');
        --i;
    }
    if (i < 0) {
        next.prepend(QLatin1Char('1'));
    } else {
        next[i] = QChar(next.at(i).unicode() + 1);
    }
    return trimmed.left(match.capturedStart(1)) + next + trimmed.mid(match.capturedEnd(1));
}

RevisionDraft RevisionPublisher::suggestedDraft() const
{
    RevisionDraft draft;
    draft.publishedOn = QDate::currentDate();
    // The latest revision is the one published last, as the printed plan lists them.
    QSqlQuery latest = execQuery(m_document->database(),
        QStringLiteral("SELECT version, author, approver FROM revision ORDER BY published_on DESC, id DESC LIMIT 1"));
    if (latest.next()) {
        draft.version = nextVersion(latest.value(0).toString());
        draft.author = latest.value(1).toString();
        draft.approver = latest.value(2).toString();
    } else {
        draft.version = nextVersion({});
    }
    return draft;
}

QList<OpenAction> RevisionPublisher::openActions() const
{
    QList<OpenAction> actions;
    QSqlQuery reviews = execQuery(m_document->database(),
        QStringLiteral("SELECT a.id, a.text, a.owner, a.due_on, a.status, r.title FROM review_action a "
                       "JOIN review r ON r.id = a.review_id "
                       "WHERE a.revision_id IS NULL AND a.status IN ('open', 'in_progress') "
                       "ORDER BY r.id, a.position, a.id"));
    while (reviews.next()) {
        actions.append({{ReviewActionTable, reviews.value(0).toLongLong()}, reviews.value(1).toString(),
            reviews.value(2).toString(), reviews.value(3).toString(), reviews.value(4).toString(),
            tr("Review: %1").arg(reviews.value(5).toString())});
    }
    QSqlQuery drills = execQuery(m_document->database(),
        QStringLiteral("SELECT a.id, a.text, a.owner, a.due_on, a.status, d.scheduled_on, d.scenario, "
                       "d.scenario_text FROM drill_action a JOIN drill d ON d.id = a.drill_id "
                       "WHERE a.revision_id IS NULL AND a.status IN ('open', 'in_progress') "
                       "ORDER BY d.id, a.position, a.id"));
    while (drills.next()) {
        const QString scenarioText = drills.value(7).toString().trimmed();
        const QString scenario = scenarioText.isEmpty()
            ? Vocabulary::label(Vocabulary::Kind::DrillScenario, drills.value(6).toString())
            : scenarioText;
        const QString date = drills.value(5).toString();
        actions.append({{DrillActionTable, drills.value(0).toLongLong()}, drills.value(1).toString(),
            drills.value(2).toString(), drills.value(3).toString(), drills.value(4).toString(),
            date.isEmpty() ? tr("Drill: %1").arg(scenario) : tr("Drill of %1: %2").arg(date, scenario)});
    }
    return actions;
}

QString RevisionPublisher::problem(const RevisionDraft &draft) const
{
    const QString version = draft.version.trimmed();
    if (version.isEmpty()) {
        return tr("Give the revision a version, such as %1.").arg(suggestedDraft().version);
    }
    if (queryValue(
            m_document->database(), QStringLiteral("SELECT COUNT(*) FROM revision WHERE trim(version) = ?"), {version})
            .toInt()
        > 0) {
        return tr("Version %1 has already been published; give this revision another version.").arg(version);
    }
    if (!draft.publishedOn.isValid()) {
        return tr("Give the date on which the revision is published.");
    }
    for (const RecordKey &action : draft.addressedActions) {
        const bool unlinked = isActionTable(action.table)
            && queryValue(m_document->database(),
                   QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ? AND revision_id IS NULL")
                       .arg(quotedIdentifier(action.table)),
                   {action.id})
                    .toInt()
                == 1;
        if (!unlinked) {
            return tr("An action to link is no longer in the plan or already belongs to a revision.");
        }
    }
    return {};
}

QByteArray RevisionPublisher::planSnapshot(const QSqlDatabase &db)
{
    return QJsonDocument(planWithoutRevisions(db)).toJson(QJsonDocument::Compact);
}

QByteArray RevisionPublisher::snapshotAfterPublishing(qint64 revisionId, const QList<RecordKey> &addressed) const
{
    // The copy shows the plan as it is once published, links included; the
    // links are made in the same step as the copy, so they are written in here.
    QJsonObject root = planWithoutRevisions(m_document->database());
    QJsonObject tables = root.value(TablesKey).toObject();
    for (const QString &table : {ReviewActionTable, DrillActionTable}) {
        QJsonArray rows = tables.value(table).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            if (addressed.contains(RecordKey {table, row.value(QStringLiteral("id")).toInteger()})) {
                row.insert(RevisionIdColumn, revisionId);
                rows.replace(i, row);
            }
        }
        tables.insert(table, rows);
    }
    root.insert(TablesKey, tables);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

qint64 RevisionPublisher::publish(const RevisionDraft &draft, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return qint64(0);
    };
    if (m_document->isReadOnly()) {
        return fail(m_document->file().readOnlyMessage());
    }
    if (const QString refusal = problem(draft); !refusal.isEmpty()) {
        return fail(refusal);
    }
    const qint64 id = m_document->nextId(RevisionTable);
    const QString version = draft.version.trimmed();
    RecordSnapshot revision;
    revision.rows.append({RevisionTable,
        {{QStringLiteral("id"), id}, {QStringLiteral("version"), version},
            {QStringLiteral("published_on"), draft.publishedOn.toString(Qt::ISODate)},
            {QStringLiteral("author"), draft.author.trimmed()}, {QStringLiteral("summary"), draft.summary.trimmed()},
            {QStringLiteral("approver"), draft.approver.trimmed()},
            {QStringLiteral("snapshot"), QString::fromUtf8(snapshotAfterPublishing(id, draft.addressedActions))}}});
    for (const RecordKey &action : draft.addressedActions) {
        revision.clearedReferences.append({action.table, RevisionIdColumn, action.id, id});
    }
    QString writeError;
    const QMetaObject::Connection failed = QObject::connect(m_document, &PlanDocument::writeFailed, m_document,
        [&writeError](const QString &message) { writeError = message; });
    m_document->undoStack()->push(
        new PublishRevisionCommand(m_document, revision, tr("Publish revision %1").arg(version)));
    QObject::disconnect(failed);
    // A command whose write failed drops itself from the stack; the plan is as before.
    if (m_document->store().record(RevisionTable, id).isEmpty()) {
        return fail(writeError.isEmpty() ? tr("The revision could not be saved.")
                                         : tr("The revision could not be saved: %1").arg(writeError));
    }
    return id;
}

} // namespace fallback
