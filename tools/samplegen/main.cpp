// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fallback_samplegen LANGUAGE OUTPUT.json: writes the worked example plan of
// LANGUAGE ("en" or "zh_CN") as the JSON interchange format, for
// resources/samples/. The plan is built in a temporary folder and exported
// with the app's own export, so the file is canonical.
#include "document/plandocument.h"
#include "interchange/planjsonexport.h"
#include "interchange/planjsonimport.h"
#include "plan/translations.h"
#include "samplestory.h"
#include "storage/outputfile.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "fallback_samplegen: %s\n", message.toLocal8Bit().constData());
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    // The run's log names times in the local time of the console that wrote
    // it; the story's console stands in Shanghai.
    qputenv("TZ", "Asia/Shanghai");
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString language = arguments.value(0);
    if (arguments.size() != 2 || !fallback::PlanJsonImport::templateNames().contains(language)) {
        return fail(QStringLiteral("usage: fallback_samplegen en|zh_CN OUTPUT.json"));
    }
    // What the run console writes into the log ("Done: ...", milestone names)
    // is in the app's own words of the plan's language.
    fallback::Translations::install(language);

    QTemporaryDir folder;
    const QString planPath = folder.filePath(QStringLiteral("sample.fallback"));
    if (const QString error = fallback::PlanJsonImport::createFromTemplate(language, planPath); !error.isEmpty()) {
        return fail(error);
    }
    QString error;
    std::unique_ptr<fallback::PlanDocument> document
        = fallback::PlanDocument::open(planPath, fallback::PlanFile::Access::ReadWrite, &error);
    if (!document) {
        return fail(error);
    }
    if (const QString failure = fallback::samplegen::SampleStory(document.get(), language).tell(); !failure.isEmpty()) {
        return fail(failure);
    }
    if (const QString writeError = fallback::OutputFile::write(arguments.at(1),
            fallback::PlanJsonExport::toJson(document->database(), fallback::PlanJsonExport::Identities::Leave));
        !writeError.isEmpty()) {
        return fail(writeError);
    }
    return 0;
}
