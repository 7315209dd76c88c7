// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace fallback {

class TextCatalogue;

/// One shift of the duty roster (值班表) as people read it.
struct DutyShift
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString group;
    QDateTime starts, ends; ///< UTC; invalid when not given
    qint64 memberId = 0;
    QString member, memberPhone; ///< on duty (值班人员)
    qint64 backupId = 0;
    QString backup, backupPhone; ///< the backup (备岗人员)
    QString note;
    QString uid; ///< the stable identifier
    double hours() const { return starts.isValid() && ends.isValid() ? starts.secsTo(ends) / 3600.0 : 0; }
};

/// What is wrong with a duty roster.
struct DutyProblem
{
    enum class Kind {
        /// A group on the roster has nobody on duty for part of the window.
        Gap,
        /// Someone is on two shifts at once (on duty or as backup).
        DoubleBooked,
        /// Someone is on duty longer at a stretch than the plan allows.
        TooLong,
        /// A shift without a person on duty, or without its times.
        Incomplete,
    };
    Kind kind = Kind::Gap;
    qint64 shiftId = 0; ///< the shift where it is fixed
    QString text; ///< translated, times on the plan's clock
};

/// The duty roster of one upgrade's window: its shifts per group, who is on
/// duty at a moment, and its problems (gaps, people on two shifts at once or
/// on duty longer at a stretch than the plan's limit). Reads the plan.
class DutyRoster final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::DutyRoster)
public:
    DutyRoster(QSqlDatabase db, qint64 upgradeId);

    /// By group (in the organisation's order), then start.
    QList<DutyShift> shifts() const { return m_shifts; }
    /// The shifts under way at \a moment.
    QList<DutyShift> onDutyAt(const QDateTime &moment) const;
    QList<DutyProblem> problems() const;
    /// Words problems() in \a language (a report's) instead of the interface language.
    void setLanguage(const QString &language);
    /// The planned window of the upgrade; invalid ends when not set.
    QDateTime windowStart() const { return m_windowStart; }
    QDateTime windowEnd() const { return m_windowEnd; }
    QString upgradeName() const { return m_upgradeName; }
    int maxHours() const { return m_maxHours; }

private:
    QString clock(const QDateTime &moment) const;
    QString word(const char *source, int n = -1) const;
    QString groupName(const DutyShift &shift) const;

    std::shared_ptr<TextCatalogue> m_words;

    QList<DutyShift> m_shifts;
    QDateTime m_windowStart, m_windowEnd;
    QString m_upgradeName;
    QString m_zoneId;
    int m_maxHours = 12;
};

} // namespace fallback
