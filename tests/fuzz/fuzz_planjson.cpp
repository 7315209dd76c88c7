// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a JSON export given to `fallback import-json`.
// Beyond not crashing: a refused import leaves no file behind and says why;
// an accepted one is a plan that opens and passes every integrity check.
#include "fuzzplanfolder.h"
#include "interchange/planjsonimport.h"
#include "storage/planfile.h"
#include "storage/planintegrity.h"

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
    const QString path = fallback::fuzz::planFolder().filePath(QStringLiteral("imported.fallback"));
    fallback::fuzz::removePlan(path);
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString error = fallback::PlanJsonImport::createPlan(json, path);
    if (!error.isEmpty()) {
        if (QFile::exists(path)) {
            std::abort(); // a refused import must leave nothing behind
        }
        return 0;
    }
    QString openError;
    const auto file = fallback::PlanFile::open(path, fallback::PlanFile::Access::ReadWrite, &openError);
    if (!file || !fallback::PlanIntegrity::problems(*file).isEmpty()) {
        std::abort(); // what an import accepted must be a sound plan
    }
    return 0;
}
