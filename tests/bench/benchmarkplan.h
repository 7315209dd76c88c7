// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plan of the scale benchmarks: 5,000 contacts, 2,000 risks and 10,000
// checklist items (6,000 of a template, 4,000 of an upgrade), always the same.

#include "interchange/planjsonimport.h"
#include "storage/planfile.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QDate>
#include <QRandomGenerator>

namespace fallback::bench {

inline constexpr int Contacts = 5000;
inline constexpr int Risks = 2000;
inline constexpr int TemplateItems = 6000;
inline constexpr int UpgradeItems = 4000;

inline const char *const Surnames[] = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"};
inline const char *const Given[]
    = {"Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Yan", "Jun", "Tao", "Hao", "Xin"};

/// Creates the benchmark plan at \a path.
inline bool fillPlan(const QString &path)
{
    if (!PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty()) {
        return false;
    }
    auto file = PlanFile::open(path, PlanFile::Access::ReadWrite, nullptr);
    if (!file) {
        return false;
    }
    QSqlDatabase db = file->database();
    QRandomGenerator random(20261126);
    Transaction transaction(db);
    const QList<qint64> groups = [&db] {
        QList<qint64> ids;
        QSqlQuery query = execQuery(db, QStringLiteral("SELECT id FROM org_group"));
        while (query.next()) {
            ids << query.value(0).toLongLong();
        }
        return ids;
    }();
    for (int i = 1; i <= Contacts; ++i) {
        const QString name
            = QStringLiteral("%1 %2 %3")
                  .arg(QLatin1String(Surnames[random.bounded(10)]), QLatin1String(Given[random.bounded(12)]))
                  .arg(i);
        const QVariant verified = random.bounded(3) == 0
            ? QVariant()
            : QVariant(QDate(2026, 1, 1).addDays(random.bounded(330)).toString(Qt::ISODate));
        execQuery(db,
            QStringLiteral("INSERT INTO member (id, name, department, job_title, phone_mobile, phone_office, email, "
                           "verified_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {10000 + i, name, QStringLiteral("Department %1").arg(i % 40), QStringLiteral("Engineer"),
                QStringLiteral("+86 139 %1").arg(10000000 + i), QStringLiteral("+86 10 6588 %1").arg(i % 10000),
                QStringLiteral("person%1@example.com").arg(i), verified});
        if (i % 5 == 0) {
            execQuery(db,
                QStringLiteral("INSERT INTO group_member (group_id, member_id, role, escalation_order) "
                               "VALUES (?, ?, 'member', ?)"),
                {groups.at(i % groups.size()), 10000 + i, i});
        }
    }
    for (int i = 1; i <= Risks; ++i) {
        execQuery(db,
            QStringLiteral("INSERT INTO risk (description, cause, likelihood, impact, prevention, contingency) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("Risk %1: service degraded after the upgrade of component %2").arg(i).arg(i % 97),
                QStringLiteral("Cause %1").arg(i), random.bounded(1, 6), random.bounded(1, 6),
                QStringLiteral("Rehearse the upgrade"), i % 4 == 0 ? QStringLiteral("") : QStringLiteral("Roll back")});
    }
    const char *const phases[] = {"before", "during", "after", "recovery"};
    const qint64 templateId = queryValue(db, QStringLiteral("SELECT min(id) FROM checklist_template")).toLongLong();
    for (int i = 1; i <= TemplateItems; ++i) {
        execQuery(db,
            QStringLiteral("INSERT INTO checklist_template_item (template_id, phase, position, text, responsible, "
                           "offset_minutes, duration_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {templateId, QLatin1String(phases[i % 4]), 1000 + i, QStringLiteral("Check step %1 of the runbook").arg(i),
                QStringLiteral("Operations"), i - 3000, 5});
    }
    execQuery(db, QStringLiteral("INSERT INTO upgrade (id, name) VALUES (900, 'Core database 12 to 15')"));
    for (int i = 1; i <= UpgradeItems; ++i) {
        execQuery(db,
            QStringLiteral("INSERT INTO upgrade_item (upgrade_id, phase, position, text, responsible, "
                           "offset_minutes, duration_minutes) VALUES (900, ?, ?, ?, ?, ?, ?)"),
            {QLatin1String(phases[i % 4]), i, QStringLiteral("Upgrade step %1").arg(i), QStringLiteral("DBA"), i - 2000,
                3});
    }
    return transaction.commit();
}

} // namespace fallback::bench
