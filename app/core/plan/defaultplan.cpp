// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/defaultplan.h"

#include "interchange/planjsonimport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fallback {

QString DefaultPlan::path()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QLatin1String("/fallback/plan.fallback");
}

QString DefaultPlan::ensureExists(const QString &language)
{
    const QString planPath = path();
    if (QFileInfo::exists(planPath)) {
        return {};
    }
    QDir().mkpath(QFileInfo(planPath).absolutePath());
    const QString templateName = PlanJsonImport::templateNames().contains(language) ? language : QStringLiteral("en");
    return PlanJsonImport::createFromTemplate(templateName, planPath);
}

} // namespace fallback
