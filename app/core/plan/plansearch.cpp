// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plansearch.h"

#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "run/runsession.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <array>

namespace fallback {

namespace {
using Kind = Vocabulary::Kind;

/// "a · b", leaving out what is empty.
QString joined(const QStringList &parts)
{
    QStringList shown;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            shown << part.simplified();
        }
    }
    return shown.join(QStringLiteral(" \u00b7 "));
}
} // namespace

PlanSearch::PlanSearch(const PlanDocument *document)
    : m_document(document)
{ }

QString PlanSearch::folded(const QString &text)
{
    // Compatibility forms fold full-width Latin and digits (as Chinese input
    // methods type them) onto their usual forms; case folding does the rest.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

void PlanSearch::add(Section section, const QString &table, qint64 id, const QString &title, const QString &detail,
    const QStringList &more)
{
    Entry entry;
    entry.hit = {section, table, id, title.simplified(), detail};
    const QString foldedTitle = folded(entry.hit.title);
    entry.titleLength = foldedTitle.size();
    entry.text = foldedTitle;
    entry.text += QLatin1Char('\n');
    entry.text += folded(detail);
    for (const QString &part : more) {
        if (!part.isEmpty()) {
            entry.text += QLatin1Char('\n');
            entry.text += folded(part);
        }
    }
    m_entries.push_back(std::move(entry));
}

void PlanSearch::reload()
{
    m_entries.clear();
    const QSqlDatabase db = m_document->database();
    // Runs every statement and hands each row to \a take, its values as text.
    const auto read = [&db](const char *sql, const auto &take) {
        QSqlQuery query = execQuery(db, QString::fromLatin1(sql));
        const int columns = query.record().count();
        QStringList values;
        while (query.next()) {
            values.clear();
            for (int column = 1; column < columns; ++column) {
                values << query.value(column).toString();
            }
            take(query.value(0).toLongLong(), values);
        }
    };
    using Values = QStringList;

    read("SELECT id, title, kind, note FROM reference ORDER BY position, id", [this](qint64 id, const Values &v) {
        add(Section::Plan, QStringLiteral("reference"), id, v[0], Vocabulary::label(Kind::ReferenceKind, v[1]), {v[2]});
    });
    read("SELECT id, name, type, owner, criticality, note FROM scope_system ORDER BY position, id",
        [this](qint64 id, const Values &v) {
            add(Section::Scope, QStringLiteral("scope_system"), id, v[0],
                joined({Vocabulary::label(Kind::SystemType, v[1]), v[2]}),
                {Vocabulary::label(Kind::Criticality, v[3]), v[4]});
        });
    read("SELECT id, name, duty FROM org_group ORDER BY position, id", [this](qint64 id, const Values &v) {
        add(Section::Organisation, QStringLiteral("org_group"), id, v[0], v[1], {});
    });
    read("SELECT id, name, job_title, department, phone_mobile, phone_office, email, note FROM member "
         "ORDER BY name, id",
        [this](qint64 id, const Values &v) {
            add(Section::Contacts, QStringLiteral("member"), id, v[0], joined({v[1], v[2]}), {v[3], v[4], v[5], v[6]});
        });
    read("SELECT id, name, criteria, notified, activated_by FROM warning_level ORDER BY rank",
        [this](qint64 id, const Values &v) {
            add(Section::WarningLevels, QStringLiteral("warning_level"), id, v[0], v[1], {v[2], v[3]});
        });
    read("SELECT risk.id, risk.description, risk_category.name, risk.status, risk.cause, risk.prevention, "
         "risk.contingency, org_group.name FROM risk LEFT JOIN risk_category ON risk_category.id = risk.category_id "
         "LEFT JOIN org_group ON org_group.id = risk.owner_group_id ORDER BY risk.id",
        [this](qint64 id, const Values &v) {
            add(Section::Risks, QStringLiteral("risk"), id, v[0],
                joined({v[1], Vocabulary::label(Kind::RiskStatus, v[2])}), {v[3], v[4], v[5], v[6]});
        });
    read("SELECT id, name FROM risk_category ORDER BY position, id", [this](qint64 id, const Values &v) {
        add(Section::Risks, QStringLiteral("risk_category"), id, v[0], tr("Risk category"), {});
    });
    read("SELECT id, title, type, body FROM measure ORDER BY position, id", [this](qint64 id, const Values &v) {
        add(Section::Measures, QStringLiteral("measure"), id, v[0], Vocabulary::label(Kind::MeasureType, v[1]), {v[2]});
    });
    read("SELECT id, name, type, location, owner, note FROM resource ORDER BY id", [this](qint64 id, const Values &v) {
        add(Section::Measures, QStringLiteral("resource"), id, v[0],
            joined({Vocabulary::label(Kind::ResourceType, v[1]), v[2]}), {v[3], v[4]});
    });
    read("SELECT a.id, a.name, g.name, a.note FROM audience a LEFT JOIN org_group g ON g.id = a.sender_group_id "
         "ORDER BY a.position, a.id",
        [this](qint64 id, const Values &v) {
            add(Section::Communications, QStringLiteral("audience"), id, v[0], joined({tr("Audience"), v[1]}), {v[2]});
        });
    read("SELECT c.id, c.address, a.name, c.channel, c.note FROM audience_channel c "
         "JOIN audience a ON a.id = c.audience_id ORDER BY a.position, c.position, c.id",
        [this](qint64 id, const Values &v) {
            add(Section::Communications, QStringLiteral("audience_channel"), id, v[0],
                joined({v[1], Vocabulary::label(Kind::Channel, v[2])}), {v[3]});
        });
    read("SELECT id, body, occasion, channel, language, subject FROM message_template ORDER BY position, id",
        [this](qint64 id, const Values &v) {
            add(Section::Communications, QStringLiteral("message_template"), id, v[0],
                joined({Vocabulary::label(Kind::MessageOccasion, v[1]), Vocabulary::label(Kind::MessageChannel, v[2]),
                    Vocabulary::label(Kind::MessageLanguage, v[3])}),
                {v[4]});
        });
    read("SELECT c.id, c.name, g.name, c.duties, c.steps_before, c.steps_during, c.steps_after, c.steps_recovery, "
         "c.decisions FROM role_card c LEFT JOIN org_group g ON g.id = c.group_id ORDER BY c.position, c.id",
        [this](qint64 id, const Values &v) {
            add(Section::RoleCards, QStringLiteral("role_card"), id, v[0], joined({tr("Role card"), v[1]}),
                {v[2], v[3], v[4], v[5], v[6], v[7]});
        });
    read("SELECT s.id, m.name, g.name, u.name, b.name, s.note FROM duty_shift s JOIN upgrade u ON u.id = s.upgrade_id "
         "LEFT JOIN member m ON m.id = s.member_id LEFT JOIN member b ON b.id = s.backup_member_id "
         "LEFT JOIN org_group g ON g.id = s.group_id ORDER BY s.upgrade_id, s.starts_at, s.id",
        [this](qint64 id, const Values &v) {
            add(Section::RoleCards, QStringLiteral("duty_shift"), id, v[0].isEmpty() ? tr("Duty shift") : v[0],
                joined({tr("Duty shift"), v[1], v[2]}), {v[3], v[4]});
        });
    read("SELECT id, name, description FROM checklist_template ORDER BY id", [this](qint64 id, const Values &v) {
        add(Section::Checklists, QStringLiteral("checklist_template"), id, v[0], v[1], {});
    });
    read("SELECT item.id, item.text, template.name, item.phase, item.responsible FROM checklist_template_item item "
         "JOIN checklist_template template ON template.id = item.template_id "
         "ORDER BY item.template_id, item.phase, item.position, item.id",
        [this](qint64 id, const Values &v) {
            add(Section::Checklists, QStringLiteral("checklist_template_item"), id, v[0],
                joined({v[1], Vocabulary::label(Kind::Phase, v[2])}), {v[3]});
        });
    read("SELECT id, name, version_from, version_to, status, impact, notify, rollback_plan, go_criteria FROM upgrade "
         "ORDER BY window_start IS NULL, window_start, id",
        [this](qint64 id, const Values &v) {
            const QString versions
                = v[1].isEmpty() && v[2].isEmpty() ? QString() : QStringLiteral("%1 \u2192 %2").arg(v[1], v[2]);
            add(Section::Upgrades, QStringLiteral("upgrade"), id, v[0],
                joined({versions, Vocabulary::label(Kind::UpgradeStatus, v[3])}), {v[4], v[5], v[6], v[7]});
        });
    read("SELECT item.id, item.text, upgrade.name, item.phase, item.responsible FROM upgrade_item item "
         "JOIN upgrade ON upgrade.id = item.upgrade_id ORDER BY item.upgrade_id, item.phase, item.position, item.id",
        [this](qint64 id, const Values &v) {
            add(Section::Upgrades, QStringLiteral("upgrade_item"), id, v[0],
                joined({v[1], Vocabulary::label(Kind::Phase, v[2])}), {v[3]});
        });
    read("SELECT run.id, upgrade.name, run.kind, run.status, run.started_at FROM run "
         "JOIN upgrade ON upgrade.id = run.upgrade_id ORDER BY run.started_at DESC, run.id DESC",
        [this](qint64 id, const Values &v) {
            const QDateTime started = RunSession::timeOf(v[3]);
            const QString when = started.isValid()
                ? m_document->inPlanZone(started).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : QString();
            add(Section::Runs, QStringLiteral("run"), id, v[0],
                joined({Vocabulary::label(Kind::RunKind, v[1]), when, Vocabulary::label(Kind::RunStatus, v[2])}), {});
        });
    read("SELECT id, title, status, summary, root_cause, lessons, reviewer, approver FROM review ORDER BY id DESC",
        [this](qint64 id, const Values &v) {
            add(Section::Reviews, QStringLiteral("review"), id, v[0],
                joined({Vocabulary::label(Kind::ReviewStatus, v[1]), v[5]}), {v[2], v[3], v[4], v[6]});
        });
    read("SELECT action.id, action.text, review.title, action.owner, action.status FROM review_action action "
         "JOIN review ON review.id = action.review_id ORDER BY action.review_id DESC, action.position, action.id",
        [this](qint64 id, const Values &v) {
            add(Section::Reviews, QStringLiteral("review_action"), id, v[0], joined({v[1], v[2]}),
                {Vocabulary::label(Kind::ActionStatus, v[3])});
        });
    read("SELECT id, scenario_text, scenario, scheduled_on, participants, findings FROM drill "
         "ORDER BY scheduled_on DESC, id DESC",
        [this](qint64 id, const Values &v) {
            const QString scenario = Vocabulary::label(Kind::DrillScenario, v[1]);
            add(Section::Drills, QStringLiteral("drill"), id, v[0].isEmpty() ? scenario : v[0],
                joined({v[2], scenario}), {v[3], v[4]});
        });
    read("SELECT action.id, action.text, action.owner, action.status FROM drill_action action "
         "ORDER BY action.drill_id DESC, action.position, action.id",
        [this](qint64 id, const Values &v) {
            add(Section::Drills, QStringLiteral("drill_action"), id, v[0], v[1],
                {Vocabulary::label(Kind::ActionStatus, v[2])});
        });
    read("SELECT id, version, published_on, author, summary, approver FROM revision ORDER BY id DESC",
        [this](qint64 id, const Values &v) {
            add(Section::Revisions, QStringLiteral("revision"), id, joined({v[0], v[3]}), joined({v[1], v[2]}), {v[4]});
        });
}

QList<SearchHit> PlanSearch::find(const QString &text, int limit, int *total) const
{
    const QStringList words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString whole = words.join(QLatin1Char(' '));
    if (total) {
        *total = 0;
    }
    if (words.isEmpty()) {
        return {};
    }
    // Three ranks, each kept in plan order: the title starts with the text,
    // the title holds every word, the record holds every word somewhere.
    std::array<QList<const SearchHit *>, 3> ranked;
    int found = 0;
    for (const Entry &entry : m_entries) {
        bool all = true;
        bool inTitle = true;
        for (const QString &word : words) {
            const qsizetype at = entry.text.indexOf(word);
            if (at < 0) {
                all = false;
                break;
            }
            // The first occurrence lies in the title when any does.
            inTitle = inTitle && at + word.size() <= entry.titleLength;
        }
        if (!all) {
            continue;
        }
        ++found;
        const int rank = !inTitle ? 2 : QStringView(entry.text).left(entry.titleLength).startsWith(whole) ? 0 : 1;
        if (ranked[rank].size() < limit) {
            ranked[rank].append(&entry.hit);
        }
    }
    if (total) {
        *total = found;
    }
    QList<SearchHit> hits;
    for (const auto &rank : ranked) {
        for (const SearchHit *hit : rank) {
            if (hits.size() == limit) {
                return hits;
            }
            hits.append(*hit);
        }
    }
    return hits;
}

} // namespace fallback
