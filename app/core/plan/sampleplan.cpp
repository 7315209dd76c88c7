// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/sampleplan.h"

#include "interchange/planjsonexport.h"
#include "interchange/planjsonimport.h"
#include "plan/defaultplan.h"
#include "storage/planfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fallback {

namespace {
/// Enough numbered copies for anyone; past it something is wrong with the folder.
constexpr int MaxCopies = 999;
} // namespace

QByteArray SamplePlan::json(const QString &language)
{
    QFile file(QStringLiteral(":/fallback/samples/%1.json").arg(language));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString SamplePlan::create(const QString &language, const QString &planPath)
{
    if (!PlanJsonImport::templateNames().contains(language)) {
        return tr("There is no sample plan in \"%1\"; choose one of: %2.")
            .arg(language, PlanJsonImport::templateNames().join(QLatin1String(", ")));
    }
    const QByteArray sample = json(language);
    if (sample.isEmpty()) {
        return tr("The sample plan \"%1\" is missing from this build.").arg(language);
    }
    return PlanJsonImport::createPlan(sample, planPath);
}

bool SamplePlan::isUnchanged(const QString &planPath, const QByteArray &sample)
{
    // The sample is stored as the canonical export of itself: a copy that
    // exports to the same bytes holds exactly the sample.
    const std::unique_ptr<PlanFile> file = PlanFile::open(planPath, PlanFile::Access::ReadOnly, nullptr);
    return file && PlanJsonExport::toJson(file->database(), PlanJsonExport::Identities::Leave) == sample;
}

QString SamplePlan::openableCopy(const QString &language, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return QString();
    };
    const QString name = PlanJsonImport::templateNames().contains(language) ? language : QStringLiteral("en");
    const QByteArray sample = json(name);
    if (sample.isEmpty()) {
        return fail(tr("The sample plan \"%1\" is missing from this build.").arg(name));
    }
    const QString folder = QFileInfo(DefaultPlan::path()).absolutePath();
    if (!QDir().mkpath(folder)) {
        return fail(tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(folder)));
    }
    for (int copy = 1; copy <= MaxCopies; ++copy) {
        const QString path = folder
            + (copy == 1 ? QStringLiteral("/sample.fallback") : QStringLiteral("/sample-%1.fallback").arg(copy));
        if (!QFileInfo::exists(path)) {
            if (const QString message = PlanJsonImport::createPlan(sample, path); !message.isEmpty()) {
                return fail(message);
            }
            return path;
        }
        if (isUnchanged(path, sample)) {
            return path;
        }
    }
    return fail(tr("The folder \"%1\" already holds %2 copies of the sample plan; remove some of them.")
                    .arg(QDir::toNativeSeparators(folder))
                    .arg(MaxCopies));
}

} // namespace fallback
