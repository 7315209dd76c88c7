// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a plan file opened for editing: the header
// inspection, SQLite's own checks and the migration of an older schema.
// Beyond not crashing: a refusal says why, and a plan that opens for editing
// is at this build's schema (a newer one opens read-only); the integrity
// checks run on whatever opened.
#include "fuzzplanfolder.h"
#include "storage/planfile.h"
#include "storage/planintegrity.h"
#include "storage/schema.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fallback::fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fallback::fuzz::planFolder().filePath(QStringLiteral("mutated.fallback"));
    fallback::fuzz::removePlan(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char *>(data), qint64(size)) < 0) {
        std::abort();
    }
    file.close();
    QString error;
    const auto plan = fallback::PlanFile::open(path, fallback::PlanFile::Access::ReadWrite, &error);
    if (!plan) {
        if (error.isEmpty()) {
            std::abort(); // a refusal always says why
        }
        return 0;
    }
    if (!plan->isReadOnly() && plan->schemaVersion() != fallback::schema::CurrentVersion) {
        std::abort();
    }
    // A damaged file may open and show its damage; it must not crash the checks.
    (void)fallback::PlanIntegrity::problems(*plan);
    return 0;
}
