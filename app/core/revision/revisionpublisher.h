// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordkey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fallback {

class PlanDocument;

/// An action from a post-incident review or a drill that no revision of the
/// plan has addressed yet, and that is still open or in progress.
struct OpenAction
{
    RecordKey key; ///< a record of review_action or drill_action
    QString text, owner, dueOn, status;
    /// Where the action comes from: the review's title or the drill's date and scenario.
    QString source;
};

/// What a revision records when it is published (修订记录).
struct RevisionDraft
{
    QString version;
    QDate publishedOn;
    QString author, summary, approver;
    /// Open actions that this revision addresses; they are linked to it.
    QList<RecordKey> addressedActions;
};

/// Publishes revisions of the plan: the record (version, date, author, what
/// changed, approver) with a copy of the plan as it was published, as one
/// undo step that also links the review and drill actions it addressed.
class RevisionPublisher final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::RevisionPublisher)
public:
    explicit RevisionPublisher(PlanDocument *document);

    /// The version after \a version: its last number counts up ("1.0" gives
    /// "1.1", "V2" gives "V3", "1.9" gives "1.10"); "1.0" when there is none.
    static QString nextVersion(const QString &version);
    /// A draft to start from: the version after the latest revision's, today,
    /// the latest revision's author and approver, no actions.
    RevisionDraft suggestedDraft() const;
    /// Open and in-progress actions of reviews and drills not linked to any
    /// revision, reviews first, each in its list's order.
    QList<OpenAction> openActions() const;
    /// Why \a draft cannot be published (translated); empty when it can.
    QString problem(const RevisionDraft &draft) const;
    /// Publishes \a draft as one undo step. Returns the new revision's id, or
    /// 0 with a translated reason in \a error; the plan is then unchanged.
    qint64 publish(const RevisionDraft &draft, QString *error);

    /// The plan as a revision keeps it: the JSON interchange format, compact,
    /// without the revision table (copies of the plan never nest).
    static QByteArray planSnapshot(const QSqlDatabase &db);

private:
    QByteArray snapshotAfterPublishing(qint64 revisionId, const QList<RecordKey> &addressed) const;

    PlanDocument *m_document;
};

} // namespace fallback
