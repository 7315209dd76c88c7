// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runeventmodel.h"

#include "document/plandocument.h"
#include "models/hexcolour.h"
#include "run/runsession.h"

namespace fallback {

namespace {
const QString AtField = QStringLiteral("at");
const QString KindField = QStringLiteral("kind");
const QString DecisionField = QStringLiteral("decision");
const QString LevelField = QStringLiteral("warning_level_id");
// Decisions that stop or reverse the upgrade stand out in the timeline.
const QString AlarmColour = QStringLiteral("#f8d0cc");
} // namespace

RunEventModel::RunEventModel(PlanDocument *document, qint64 runId, QObject *parent)
    : RecordTableModel(document, QStringLiteral("run_event"),
        {
            {AtField, FieldKind::Computed},
            {KindField, FieldKind::Choice, Vocabulary::Kind::RunEventKind},
            {QStringLiteral("text"), FieldKind::LongText},
            {QStringLiteral("reason"), FieldKind::LongText},
            {QStringLiteral("actor"), FieldKind::Text},
            {LevelField, FieldKind::Reference, std::nullopt, QStringLiteral("warning_level"), QStringLiteral("name")},
        },
        QStringLiteral("run_id"), qint64(0), parent)
{
    // Read once the subclass exists: the base constructor cannot sort in this model's order.
    setRunId(runId);
    setUserOrderable(false);
}

void RunEventModel::setRunId(qint64 runId)
{
    setScope(QStringLiteral("run_id"), runId);
}

bool RunEventModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Q_UNUSED(index)
    Q_UNUSED(value)
    Q_UNUSED(role)
    return false; // the log is written as things happen, not edited afterwards
}

Qt::ItemFlags RunEventModel::flags(const QModelIndex &index) const
{
    return RecordTableModel::flags(index) & ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
}

QString RunEventModel::fieldLabel(int column) const
{
    switch (column) {
    case AtColumn:
        return tr("Time");
    case KindColumn:
        return tr("Type");
    case TextColumn:
        return tr("Event");
    case ReasonColumn:
        return tr("Reason");
    case ActorColumn:
        return tr("By");
    case LevelColumn:
        return tr("Warning level");
    default:
        return {};
    }
}

QString RunEventModel::addCommandText() const
{
    return tr("Log event");
}

QString RunEventModel::removeCommandText(int count) const
{
    return tr("Remove %n event(s)", nullptr, count);
}

QVariant RunEventModel::computedValue(const QVariantMap &record, int column) const
{
    if (column == AtColumn) {
        // The time of day; the date too when it is not the day the run started.
        const QDateTime at = RunSession::timeOf(record.value(AtField)).toTimeZone(document()->timeZone());
        if (!at.isValid()) {
            return QString();
        }
        return at.toString(
            at.date() == runStartDate() ? QStringLiteral("HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return {};
}

QVariant RunEventModel::extraData(const QVariantMap &record, int column, int role) const
{
    switch (role) {
    case EventKindRole:
        return record.value(KindField).toString();
    case DecisionRole:
        return record.value(DecisionField).toString();
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        if (column != KindColumn && column != TextColumn) {
            return {};
        }
        const QString decision = record.value(DecisionField).toString();
        if (decision == QLatin1String("stop") || decision == QLatin1String("rollback")) {
            return role == Qt::BackgroundRole ? AlarmColour : HexColour::textOn(AlarmColour);
        }
        const QVariant level = record.value(LevelField);
        if (record.value(KindField).toString() != QLatin1String("level") || level.isNull()) {
            return {};
        }
        const QString colour = levelColour(level.toLongLong());
        if (!HexColour::isValid(colour)) {
            return {};
        }
        return role == Qt::BackgroundRole ? colour : HexColour::textOn(colour);
    }
    case Qt::ToolTipRole:
        if (column == AtColumn) {
            const QDateTime at = RunSession::timeOf(record.value(AtField));
            return at.isValid() ? at.toTimeZone(document()->timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                : QVariant();
        }
        if (column == KindColumn && !record.value(DecisionField).isNull()) {
            return Vocabulary::label(Vocabulary::Kind::RunDecision, record.value(DecisionField).toString());
        }
        return {};
    default:
        return {};
    }
}

QDate RunEventModel::runStartDate() const
{
    if (!m_runStartDate) {
        m_runStartDate = RunSession::timeOf(
            document()->store().value(QStringLiteral("run"), runId(), QStringLiteral("started_at")))
                             .toTimeZone(document()->timeZone())
                             .date();
    }
    return *m_runStartDate;
}

QString RunEventModel::levelColour(qint64 levelId) const
{
    auto cached = m_levelColours.constFind(levelId);
    if (cached == m_levelColours.constEnd()) {
        cached = m_levelColours.insert(levelId,
            document()
                ->store()
                .value(QStringLiteral("warning_level"), levelId, QStringLiteral("colour"))
                .toString()
                .toLower());
    }
    return *cached;
}

bool RunEventModel::dependsOn(const QString &table) const
{
    return table == QLatin1String("warning_level"); // names and colours of levels
}

bool RunEventModel::lessInOrder(const QVariantMap &a, const QVariantMap &b) const
{
    // Stored times are UTC text of one format: their text order is their time order.
    const QString atA = a.value(AtField).toString();
    const QString atB = b.value(AtField).toString();
    if (atA != atB) {
        return atA < atB;
    }
    return RecordTableModel::lessInOrder(a, b);
}

} // namespace fallback
