// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sectionoverviewmodel.h"

#include "document/plandocument.h"

#include <QSqlQuery>

namespace fallback {

namespace {
using Kind = Vocabulary::Kind;
}

SectionOverviewModel::SectionOverviewModel(PlanDocument *document, Listing listing, QObject *parent)
    : QSqlQueryModel(parent)
    , m_document(document)
    , m_listing(listing)
    , m_columns(columns())
{
    refresh();
}

QList<SectionOverviewModel::Listing> SectionOverviewModel::listingsOf(Section section)
{
    switch (section) {
    case Section::Organisation:
        return {Listing::Groups};
    case Section::Contacts:
        return {Listing::Members};
    case Section::WarningLevels:
        return {Listing::WarningLevels};
    case Section::Risks:
        return {Listing::Risks};
    case Section::Measures:
        return {Listing::Measures, Listing::Resources};
    case Section::Checklists:
        return {Listing::ChecklistItems};
    case Section::Upgrades:
        return {Listing::Upgrades};
    case Section::Runs:
        return {Listing::Runs};
    case Section::Reviews:
        return {Listing::Reviews};
    case Section::Drills:
        return {Listing::Drills};
    case Section::Revisions:
        return {Listing::Revisions};
    case Section::Plan:
    case Section::Scope:
    case Section::Communications:
    case Section::RoleCards:
        break;
    }
    return {};
}

QString SectionOverviewModel::caption(Listing listing)
{
    switch (listing) {
    case Listing::Groups:
        return tr("Emergency organisation");
    case Listing::Members:
        return tr("Contact roster");
    case Listing::WarningLevels:
        return tr("Warning levels");
    case Listing::Risks:
        return tr("Risk register");
    case Listing::Measures:
        return tr("Emergency measures");
    case Listing::Resources:
        return tr("Resource inventory");
    case Listing::ChecklistItems:
        return tr("Checklist templates");
    case Listing::Upgrades:
        return tr("Planned upgrades");
    case Listing::Runs:
        return tr("Upgrade runs");
    case Listing::Reviews:
        return tr("Post-incident reviews");
    case Listing::Drills:
        return tr("Drills");
    case Listing::Revisions:
        return tr("Revision record");
    }
    return {};
}

QList<SectionOverviewModel::Column> SectionOverviewModel::columns() const
{
    switch (m_listing) {
    case Listing::Groups:
        return {{QT_TR_NOOP("Group")}, {QT_TR_NOOP("Reports to")}, {QT_TR_NOOP("Duties")}, {QT_TR_NOOP("Members")}};
    case Listing::Members:
        return {{QT_TR_NOOP("Name")}, {QT_TR_NOOP("Department")}, {QT_TR_NOOP("Title")}, {QT_TR_NOOP("Mobile")},
            {QT_TR_NOOP("Office")}, {QT_TR_NOOP("Email")}, {QT_TR_NOOP("Groups")}, {QT_TR_NOOP("Verified")}};
    case Listing::WarningLevels:
        return {{QT_TR_NOOP("Level")}, {QT_TR_NOOP("Name")}, {QT_TR_NOOP("Criteria")}, {QT_TR_NOOP("Notified")},
            {QT_TR_NOOP("Activated by")}, {QT_TR_NOOP("Response (min)")}};
    case Listing::Risks:
        return {{QT_TR_NOOP("Category")}, {QT_TR_NOOP("Risk")}, {QT_TR_NOOP("Likelihood")}, {QT_TR_NOOP("Impact")},
            {QT_TR_NOOP("Score")}, {QT_TR_NOOP("Preventive measure")}, {QT_TR_NOOP("Contingency")},
            {QT_TR_NOOP("Owner group")}, {QT_TR_NOOP("Status"), Kind::RiskStatus}};
    case Listing::Measures:
        return {{QT_TR_NOOP("Type"), Kind::MeasureType}, {QT_TR_NOOP("Measure")}, {QT_TR_NOOP("Description")}};
    case Listing::Resources:
        return {{QT_TR_NOOP("Type"), Kind::ResourceType}, {QT_TR_NOOP("Resource")}, {QT_TR_NOOP("Quantity")},
            {QT_TR_NOOP("Unit")}, {QT_TR_NOOP("Location")}, {QT_TR_NOOP("Owner")}, {QT_TR_NOOP("Ready")},
            {QT_TR_NOOP("Last checked")}};
    case Listing::ChecklistItems:
        return {{QT_TR_NOOP("Checklist")}, {QT_TR_NOOP("Phase"), Kind::Phase}, {QT_TR_NOOP("Step")},
            {QT_TR_NOOP("Item")}, {QT_TR_NOOP("Responsible")}, {QT_TR_NOOP("Offset (min)")},
            {QT_TR_NOOP("Duration (min)")}};
    case Listing::Upgrades:
        return {{QT_TR_NOOP("Upgrade")}, {QT_TR_NOOP("From version")}, {QT_TR_NOOP("To version")},
            {QT_TR_NOOP("Window start")}, {QT_TR_NOOP("Window end")}, {QT_TR_NOOP("Status"), Kind::UpgradeStatus}};
    case Listing::Runs:
        return {{QT_TR_NOOP("Upgrade")}, {QT_TR_NOOP("Kind"), Kind::RunKind}, {QT_TR_NOOP("Started")},
            {QT_TR_NOOP("Ended")}, {QT_TR_NOOP("Status"), Kind::RunStatus}};
    case Listing::Reviews:
        return {{QT_TR_NOOP("Review")}, {QT_TR_NOOP("Status"), Kind::ReviewStatus}, {QT_TR_NOOP("Reviewer")},
            {QT_TR_NOOP("Approver")}, {QT_TR_NOOP("Approved on")}};
    case Listing::Drills:
        return {{QT_TR_NOOP("Date")}, {QT_TR_NOOP("Scenario"), Kind::DrillScenario}, {QT_TR_NOOP("Description")},
            {QT_TR_NOOP("Participants")}, {QT_TR_NOOP("Result"), Kind::DrillResult}};
    case Listing::Revisions:
        return {{QT_TR_NOOP("Version")}, {QT_TR_NOOP("Published")}, {QT_TR_NOOP("Author")}, {QT_TR_NOOP("Summary")},
            {QT_TR_NOOP("Approved by")}};
    }
    return {};
}

QString SectionOverviewModel::sql() const
{
    switch (m_listing) {
    case Listing::Groups:
        return QStringLiteral(
            "SELECT g.name, p.name, g.duty, (SELECT COUNT(*) FROM group_member m WHERE m.group_id = g.id) "
            "FROM org_group g LEFT JOIN org_group p ON p.id = g.parent_id "
            "ORDER BY g.parent_id IS NOT NULL, g.parent_id, g.position, g.id");
    case Listing::Members:
        return QStringLiteral(
            "SELECT m.name, m.department, m.job_title, m.phone_mobile, m.phone_office, m.email, "
            "(SELECT group_concat(g.name, ', ') FROM group_member gm JOIN org_group g ON g.id = gm.group_id "
            " WHERE gm.member_id = m.id), m.verified_on "
            "FROM member m ORDER BY m.name, m.id");
    case Listing::WarningLevels:
        return QStringLiteral("SELECT rank, name, criteria, notified, activated_by, response_minutes, colour "
                              "FROM warning_level ORDER BY rank");
    case Listing::Risks:
        return QStringLiteral(
            "SELECT c.name, r.description, r.likelihood, r.impact, r.likelihood * r.impact, r.prevention, "
            "r.contingency, g.name, r.status FROM risk r LEFT JOIN risk_category c ON c.id = r.category_id "
            "LEFT JOIN org_group g ON g.id = r.owner_group_id ORDER BY r.likelihood * r.impact DESC, r.id");
    case Listing::Measures:
        return QStringLiteral("SELECT type, title, body FROM measure ORDER BY position, id");
    case Listing::Resources:
        return QStringLiteral("SELECT type, name, quantity, unit, location, owner, ready, last_checked "
                              "FROM resource ORDER BY type, name, id");
    case Listing::ChecklistItems:
        return QStringLiteral(
            "SELECT t.name, i.phase, i.position, i.text, i.responsible, i.offset_minutes, i.duration_minutes "
            "FROM checklist_template_item i JOIN checklist_template t ON t.id = i.template_id "
            "ORDER BY t.id, CASE i.phase WHEN 'before' THEN 0 WHEN 'during' THEN 1 WHEN 'after' THEN 2 ELSE 3 END, "
            "i.position, i.id");
    case Listing::Upgrades:
        return QStringLiteral("SELECT name, version_from, version_to, window_start, window_end, status "
                              "FROM upgrade ORDER BY window_start, id");
    case Listing::Runs:
        return QStringLiteral("SELECT u.name, r.kind, r.started_at, r.ended_at, r.status "
                              "FROM run r JOIN upgrade u ON u.id = r.upgrade_id ORDER BY r.started_at, r.id");
    case Listing::Reviews:
        return QStringLiteral("SELECT title, status, reviewer, approver, approved_on FROM review ORDER BY id");
    case Listing::Drills:
        return QStringLiteral("SELECT scheduled_on, scenario, scenario_text, participants, result "
                              "FROM drill ORDER BY scheduled_on, id");
    case Listing::Revisions:
        return QStringLiteral("SELECT version, published_on, author, summary, approver FROM revision "
                              "ORDER BY published_on, id");
    }
    return {};
}

void SectionOverviewModel::refresh()
{
    QSqlQuery query(m_document->database());
    query.exec(sql());
    setQuery(std::move(query));
    while (canFetchMore()) {
        fetchMore();
    }
}

QVariant SectionOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const QList<Column> &cols = m_columns;
    if (m_listing == Listing::WarningLevels && index.column() == 0) {
        static const QStringList roman = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
            QStringLiteral("IV"), QStringLiteral("V")};
        const int rank = QSqlQueryModel::data(index, Qt::DisplayRole).toInt();
        if (role == Qt::DisplayRole) {
            return rank >= 1 && rank <= roman.size() ? roman.at(rank - 1) : QString::number(rank);
        }
        if (role == Qt::DecorationRole) {
            // The level's colour as a name; the view turns it into a swatch.
            return QSqlQueryModel::data(this->index(index.row(), 6), Qt::DisplayRole);
        }
    }
    if (m_listing == Listing::Resources && index.column() == 6 && role == Qt::DisplayRole) {
        return QSqlQueryModel::data(index, role).toInt() != 0 ? tr("Ready") : tr("Not ready");
    }
    if (role == Qt::DisplayRole && index.column() < cols.size() && cols.at(index.column()).vocabulary) {
        return Vocabulary::label(*cols.at(index.column()).vocabulary, QSqlQueryModel::data(index, role).toString());
    }
    if (role == Qt::ToolTipRole) {
        return QSqlQueryModel::data(index, Qt::DisplayRole);
    }
    return QSqlQueryModel::data(index, role);
}

QVariant SectionOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QList<Column> &cols = m_columns;
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < cols.size()) {
        return tr(cols.at(section).label);
    }
    return QSqlQueryModel::headerData(section, orientation, role);
}

} // namespace fallback
