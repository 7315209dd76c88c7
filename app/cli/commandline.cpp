// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "communications/messagecomposer.h"
#include "content/plancontentreader.h"
#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "interchange/contactexport.h"
#include "interchange/contactfile.h"
#include "interchange/contactimport.h"
#include "interchange/icalendarexport.h"
#include "interchange/planjsonexport.h"
#include "interchange/planjsonimport.h"
#include "plan/bringback.h"
#include "plan/mergedescription.h"
#include "plan/readiness.h"
#include "plan/sampleplan.h"
#include "report/reportexporter.h"
#include "storage/outputfile.h"
#include "storage/planfile.h"
#include "storage/planintegrity.h"
#include "storage/teamdatabase.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <cerrno>
#include <cstdio>
#include <memory>

namespace fallback {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;
/// team bring-back: merged, but fields changed on both sides were listed for the user to decide.
constexpr int ExitConflicts = 3;

/// The errno of the first line that could not be written to standard output:
/// a command whose output was lost has failed, whatever else it did.
int standardOutputError = 0;

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    errno = 0;
    const bool written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    if ((!written || std::fflush(stream) != 0) && stream == stdout && standardOutputError == 0) {
        standardOutputError = errno != 0 ? errno : EIO;
    }
}

int fail(const QString &message, int status = ExitFailure)
{
    printLine(stderr, QStringLiteral("fallback: ") + message);
    return status;
}

/// Positional arguments and "--name value" options of one command.
struct Arguments
{
    QStringList positional;
    QHash<QString, QString> options;
    QStringList flags;
    QString error;
};

// Options that take a value, by command; their short forms map to the long name.
Arguments parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    Arguments result;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString typed = args.at(i);
        if (optionsEnded || !typed.startsWith(QLatin1Char('-')) || typed == QLatin1String("-")) {
            result.positional << typed;
            continue;
        }
        if (typed == QLatin1String("--")) {
            optionsEnded = true; // what follows are names, even when they start with "-"
            continue;
        }
        const QString arg = typed == QLatin1String("-o") ? QStringLiteral("--output") : typed;
        if (!arg.startsWith(QLatin1String("--"))) {
            result.error = CommandLine::tr("Unknown option \"%1\".").arg(typed);
            return result;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (flagOptions.contains(name) && equals < 0) {
            result.flags << name;
        } else if (valueOptions.contains(name)) {
            if (equals < 0) {
                // "--kind --format pdf" lacks the kind; it does not name the format as one.
                if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--"))) {
                    result.error = CommandLine::tr("The option %1 needs a value.").arg(typed);
                    return result;
                }
                value = args.at(++i);
            }
            result.options.insert(name, value);
        } else {
            result.error = CommandLine::tr("Unknown option \"%1\".").arg(typed);
            return result;
        }
    }
    return result;
}

int requirePositional(const Arguments &args, qsizetype count, const QString &synopsis)
{
    if (!args.error.isEmpty()) {
        return fail(args.error, ExitUsage);
    }
    if (args.positional.size() != count) {
        return fail(CommandLine::tr("Usage: %1").arg(synopsis), ExitUsage);
    }
    return ExitOk;
}

QString defaultTemplate()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

/// The language \a file is written in, which its reports and exports speak
/// unless --lang says otherwise; the locale's for a plan that names none we know.
QString languageOf(const PlanFile &file)
{
    const QString language = PlanContentReader(file.database()).header().language;
    return PlanJsonImport::templateNames().contains(language) ? language : defaultTemplate();
}

/// The option that names a team plan, which every command reading a PLAN takes.
const QString PlanOption = QStringLiteral("plan");

/// Opens the plan that the command's PLAN names: a plan file, or with --plan
/// NAME a plan of the team database that PLAN's connection string names.
/// \a usageError tells a wrong combination from a plan that cannot be opened.
std::unique_ptr<PlanFile> openPlanArgument(
    const Arguments &args, PlanFile::Access access, QString *error, bool *usageError)
{
    const QString &plan = args.positional.at(0);
    const bool team = ConnectionInfo::looksLikeConnection(plan);
    const QString teamPlan = args.options.value(PlanOption);
    *usageError = false;
    if (team != args.options.contains(PlanOption)) {
        *usageError = true;
        *error = team ? CommandLine::tr("Name the plan of the team database with --plan NAME.")
                      : CommandLine::tr("--plan names a plan of a team database; \"%1\" is a file.")
                            .arg(QDir::toNativeSeparators(plan));
        return nullptr;
    }
    if (!team) {
        return PlanFile::open(plan, access, error);
    }
    const std::unique_ptr<TeamDatabase> database = TeamDatabase::connect(plan, error);
    return database ? database->openPlan(teamPlan, access, error) : nullptr;
}

/// openPlanArgument(), its failure said and its status in \a status.
std::unique_ptr<PlanFile> openPlanOrFail(const Arguments &args, PlanFile::Access access, int *status)
{
    QString error;
    bool usageError = false;
    std::unique_ptr<PlanFile> file = openPlanArgument(args, access, &error, &usageError);
    if (!file) {
        *status = fail(error, usageError ? ExitUsage : ExitFailure);
    }
    return file;
}

int runNew(const QStringList &rest)
{
    const Arguments args = parse(rest, {QStringLiteral("template")}, {QStringLiteral("sample")});
    if (const int status
        = requirePositional(args, 1, QStringLiteral("fallback new PLAN [--template zh_CN|en] [--sample]"))) {
        return status;
    }
    const QString templateName = args.options.value(QStringLiteral("template"), defaultTemplate());
    if (!PlanJsonImport::templateNames().contains(templateName)) {
        return fail(CommandLine::tr("Unknown template \"%1\"; choose one of: %2.")
                        .arg(templateName, PlanJsonImport::templateNames().join(QLatin1String(", "))),
            ExitUsage);
    }
    // With --sample the template names the language of the worked example.
    const QString error = args.flags.contains(QStringLiteral("sample"))
        ? SamplePlan::create(templateName, args.positional.at(0))
        : PlanJsonImport::createFromTemplate(templateName, args.positional.at(0));
    if (!error.isEmpty()) {
        return fail(error);
    }
    printLine(stdout, CommandLine::tr("Created %1").arg(QDir::toNativeSeparators(args.positional.at(0))));
    return ExitOk;
}

int runCheck(const QStringList &rest)
{
    const Arguments args = parse(rest, {PlanOption}, {});
    if (const int status = requirePositional(args, 1, QStringLiteral("fallback check PLAN"))) {
        return status;
    }
    int openStatus = ExitOk;
    const std::unique_ptr<PlanFile> file = openPlanOrFail(args, PlanFile::Access::ReadOnly, &openStatus);
    if (!file) {
        return openStatus;
    }
    const QStringList problems = PlanIntegrity::problems(*file);
    for (const QString &problem : problems) {
        printLine(stdout, problem);
    }
    if (!problems.isEmpty()) {
        return fail(CommandLine::tr("%n problem(s) found in %1.", nullptr, int(problems.size())).arg(file->location()));
    }
    printLine(stdout,
        (file->isTeamPlan() ? CommandLine::tr("%1: the plan is sound (format version %2).")
                            : CommandLine::tr("%1: the file is sound (format version %2)."))
            .arg(file->location(), QString::number(file->storedSchemaVersion())));
    // What the plan still lacks is advice, not a fault of the file: it never
    // changes the exit status. A damaged file gets no findings (above), since
    // they would be read from a plan that cannot be trusted.
    const QList<ReadinessFinding> findings = Readiness(file->database()).findings(QDate::currentDate());
    if (findings.isEmpty()) {
        printLine(stdout, CommandLine::tr("Before the next upgrade: nothing to fix."));
    } else {
        printLine(
            stdout, CommandLine::tr("Before the next upgrade, %n thing(s) to fix:", nullptr, int(findings.size())));
    }
    for (const ReadinessFinding &finding : findings) {
        // Indented under the heading; the separator is the translator's (a full-width colon in Chinese).
        printLine(stdout,
            QStringLiteral("  ")
                + CommandLine::tr("%1: %2", "section: finding")
                      .arg(SectionNames::title(finding.section), finding.text));
    }
    return ExitOk;
}

int runExportJson(const QStringList &rest)
{
    const Arguments args = parse(rest, {QStringLiteral("output"), PlanOption}, {});
    if (const int status = requirePositional(args, 1, QStringLiteral("fallback export-json PLAN [-o FILE]"))) {
        return status;
    }
    int openStatus = ExitOk;
    const std::unique_ptr<PlanFile> file = openPlanOrFail(args, PlanFile::Access::ReadOnly, &openStatus);
    if (!file) {
        return openStatus;
    }
    const QByteArray json = PlanJsonExport::toJson(file->database());
    const QString output = args.options.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        if (const QString writeError = OutputFile::writeStandardOutput(json); !writeError.isEmpty()) {
            return fail(writeError);
        }
        return ExitOk;
    }
    if (PlanFile::isSameFile(output, file->path())) {
        return fail(CommandLine::tr("The export would overwrite the plan itself."), ExitUsage);
    }
    if (const QString writeError = OutputFile::write(output, json); !writeError.isEmpty()) {
        return fail(writeError);
    }
    return ExitOk;
}

int runImportJson(const QStringList &rest)
{
    const Arguments args = parse(rest, {}, {});
    if (const int status = requirePositional(args, 2, QStringLiteral("fallback import-json FILE PLAN"))) {
        return status;
    }
    QFile input(args.positional.at(0));
    if (!input.open(QIODevice::ReadOnly)) {
        return fail(CommandLine::tr("Cannot read \"%1\": %2")
                        .arg(QDir::toNativeSeparators(args.positional.at(0)), input.errorString()));
    }
    if (const QString error = PlanJsonImport::createPlan(input.readAll(), args.positional.at(1)); !error.isEmpty()) {
        return fail(error);
    }
    printLine(stdout, CommandLine::tr("Created %1").arg(QDir::toNativeSeparators(args.positional.at(1))));
    return ExitOk;
}

int runReport(const QStringList &rest)
{
    using report::ReportExporter;
    const Arguments args = parse(rest,
        {QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("format"), QStringLiteral("lang"),
            QStringLiteral("output"), QStringLiteral("page-size"), PlanOption},
        {});
    const QString synopsis = QStringLiteral(
        "fallback report PLAN --kind plan|review|roster|checklist|drill|communications|role-cards|duty-roster [--id N] "
        "--format pdf|html|odt|docx [--lang zh_CN|en] [--page-size a4|letter] -o OUT");
    if (const int status = requirePositional(args, 1, synopsis)) {
        return status;
    }
    report::ReportRequest request;
    const QString kindName = args.options.value(QStringLiteral("kind"));
    const auto kind = ReportExporter::kindFromName(kindName);
    if (!kind) {
        return fail(CommandLine::tr("Unknown or missing report kind \"%1\"; choose one of: %2.")
                        .arg(kindName, ReportExporter::kindNames().join(QLatin1String(", "))),
            ExitUsage);
    }
    request.kind = *kind;
    const QString formatName = args.options.value(QStringLiteral("format"));
    const auto format = ReportExporter::formatFromName(formatName);
    if (!format) {
        return fail(CommandLine::tr("Unknown or missing format \"%1\"; choose one of: %2.")
                        .arg(formatName, ReportExporter::formatNames().join(QLatin1String(", "))),
            ExitUsage);
    }
    request.format = *format;
    if (args.options.contains(QStringLiteral("id"))) {
        bool ok = false;
        const qint64 id = args.options.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || id <= 0) {
            return fail(
                CommandLine::tr("The id \"%1\" is not a record number.").arg(args.options.value(QStringLiteral("id"))),
                ExitUsage);
        }
        request.id = id;
    }
    request.language = args.options.value(QStringLiteral("lang"));
    if (!request.language.isEmpty() && !PlanJsonImport::templateNames().contains(request.language)) {
        return fail(
            CommandLine::tr("Unknown report language \"%1\"; choose zh_CN or en.").arg(request.language), ExitUsage);
    }
    const QString pageSize = args.options.value(QStringLiteral("page-size"), QStringLiteral("a4")).toLower();
    if (pageSize != QLatin1String("a4") && pageSize != QLatin1String("letter")) {
        return fail(CommandLine::tr("Unknown page size \"%1\"; choose a4 or letter.").arg(pageSize), ExitUsage);
    }
    request.pageSize = pageSize == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    const QString output = args.options.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        return fail(CommandLine::tr("Say where to write the report with -o FILE."), ExitUsage);
    }
    int openStatus = ExitOk;
    const std::unique_ptr<PlanFile> file = openPlanOrFail(args, PlanFile::Access::ReadOnly, &openStatus);
    if (!file) {
        return openStatus;
    }
    if (PlanFile::isSameFile(output, file->path())) {
        return fail(CommandLine::tr("The report would overwrite the plan itself."), ExitUsage);
    }
    if (request.language.isEmpty()) {
        request.language = languageOf(*file);
    }
    if (const QString exportError = ReportExporter::exportToFile(file->database(), request, output);
        !exportError.isEmpty()) {
        return fail(exportError);
    }
    return ExitOk;
}

int runImportContacts(const QStringList &rest)
{
    const Arguments args = parse(rest, {PlanOption}, {});
    if (const int status = requirePositional(args, 2, QStringLiteral("fallback import-contacts PLAN FILE"))) {
        return status;
    }
    const QString contactPath = args.positional.at(1);
    // The file is read before the plan is opened: an unusable file leaves the plan untouched.
    QString error;
    const std::optional<ContactTable> table = ContactFile::read(contactPath, &error);
    if (!table) {
        return fail(error);
    }
    int openStatus = ExitOk;
    std::unique_ptr<PlanFile> file = openPlanOrFail(args, PlanFile::Access::ReadWrite, &openStatus);
    if (!file) {
        return openStatus;
    }
    const auto document = std::make_unique<PlanDocument>(std::move(file));
    if (document->isReadOnly()) {
        return fail(document->file().readOnlyMessage());
    }
    const ContactImportPlan plan = ContactImport::prepare(*document, *table, table->mapping);
    if (!ContactImport::apply(*document, plan, &error)) {
        return fail(error);
    }
    const QString shown = QDir::toNativeSeparators(contactPath);
    for (const ContactImportIssue &issue : plan.issues) {
        printLine(stderr, QStringLiteral("%1:%2: %3").arg(shown).arg(issue.line).arg(issue.message));
    }
    printLine(stdout, CommandLine::tr("%1: %2.").arg(shown, ContactImport::summary(plan)));
    return ExitOk;
}

int runExportContacts(const QStringList &rest)
{
    const Arguments args
        = parse(rest, {QStringLiteral("output"), QStringLiteral("format"), QStringLiteral("lang"), PlanOption}, {});
    const QString synopsis
        = QStringLiteral("fallback export-contacts PLAN -o FILE [--format csv|vcf] [--lang zh_CN|en]");
    if (const int status = requirePositional(args, 1, synopsis)) {
        return status;
    }
    const QString output = args.options.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        return fail(CommandLine::tr("Say where to write the contacts with -o FILE."), ExitUsage);
    }
    const QString formatName = args.options.value(QStringLiteral("format"));
    const std::optional<ContactExport::Format> format
        = formatName.isEmpty() ? ContactExport::formatFromFileName(output) : ContactExport::formatFromName(formatName);
    if (!format) {
        return fail(formatName.isEmpty()
                ? CommandLine::tr("Name the file .csv or .vcf, or choose the format with --format csv|vcf.")
                : CommandLine::tr("Unknown format \"%1\"; choose csv or vcf.").arg(formatName),
            ExitUsage);
    }
    QString language = args.options.value(QStringLiteral("lang"));
    if (!language.isEmpty() && !PlanJsonImport::templateNames().contains(language)) {
        return fail(CommandLine::tr("Unknown language \"%1\"; choose zh_CN or en.").arg(language), ExitUsage);
    }
    int openStatus = ExitOk;
    const std::unique_ptr<PlanFile> file = openPlanOrFail(args, PlanFile::Access::ReadOnly, &openStatus);
    if (!file) {
        return openStatus;
    }
    if (PlanFile::isSameFile(output, file->path())) {
        return fail(CommandLine::tr("The export would overwrite the plan itself."), ExitUsage);
    }
    if (language.isEmpty()) {
        language = languageOf(*file);
    }
    if (const QString writeError = ContactExport::exportToFile(file->database(), *format, output, language);
        !writeError.isEmpty()) {
        return fail(writeError);
    }
    return ExitOk;
}

int runExportIcs(const QStringList &rest)
{
    const Arguments args = parse(rest, {QStringLiteral("output"), PlanOption}, {});
    if (const int status = requirePositional(args, 1, QStringLiteral("fallback export-ics PLAN -o FILE"))) {
        return status;
    }
    const QString output = args.options.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        return fail(CommandLine::tr("Say where to write the calendar with -o FILE."), ExitUsage);
    }
    int openStatus = ExitOk;
    const std::unique_ptr<PlanFile> file = openPlanOrFail(args, PlanFile::Access::ReadOnly, &openStatus);
    if (!file) {
        return openStatus;
    }
    if (PlanFile::isSameFile(output, file->path())) {
        return fail(CommandLine::tr("The export would overwrite the plan itself."), ExitUsage);
    }
    ICalendarExport::Calendar written;
    if (const QString writeError = ICalendarExport::exportToFile(file->database(), output, &written);
        !writeError.isEmpty()) {
        return fail(writeError);
    }
    printLine(stdout, ICalendarExport::summary(written, output));
    return ExitOk;
}

int runMessage(const QStringList &rest)
{
    const Arguments args = parse(rest,
        {QStringLiteral("run"), QStringLiteral("audience"), QStringLiteral("channel"), QStringLiteral("lang"),
            QStringLiteral("occasion"), PlanOption},
        {});
    const QString synopsis = QStringLiteral("fallback message PLAN [--run N] --audience NAME "
                                            "--channel sms|im|email|phone [--lang zh_CN|en] [--occasion OCCASION]");
    if (const int status = requirePositional(args, 1, synopsis)) {
        return status;
    }
    const QString audienceName = args.options.value(QStringLiteral("audience"));
    if (audienceName.trimmed().isEmpty()) {
        return fail(CommandLine::tr("Say whom the message is for with --audience NAME."), ExitUsage);
    }
    const QString channel = args.options.value(QStringLiteral("channel"));
    if (!Vocabulary::values(Vocabulary::Kind::Channel).contains(channel)) {
        return fail(CommandLine::tr("Unknown or missing channel \"%1\"; choose one of: %2.")
                        .arg(channel, Vocabulary::values(Vocabulary::Kind::MessageChannel).join(QLatin1String(", "))),
            ExitUsage);
    }
    QString language = args.options.value(QStringLiteral("lang"));
    if (!language.isEmpty() && !Vocabulary::values(Vocabulary::Kind::MessageLanguage).contains(language)) {
        return fail(CommandLine::tr("Unknown message language \"%1\"; choose zh_CN or en.").arg(language), ExitUsage);
    }
    const QString occasion = args.options.value(QStringLiteral("occasion"));
    if (!occasion.isEmpty() && !Vocabulary::values(Vocabulary::Kind::MessageOccasion).contains(occasion)) {
        return fail(CommandLine::tr("Unknown occasion \"%1\"; choose one of: %2.")
                        .arg(occasion, Vocabulary::values(Vocabulary::Kind::MessageOccasion).join(QLatin1String(", "))),
            ExitUsage);
    }
    qint64 runId = 0;
    if (args.options.contains(QStringLiteral("run"))) {
        bool ok = false;
        runId = args.options.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || runId <= 0) {
            return fail(CommandLine::tr("The run \"%1\" is not a record number.")
                            .arg(args.options.value(QStringLiteral("run"))),
                ExitUsage);
        }
    }
    int openStatus = ExitOk;
    const std::unique_ptr<PlanFile> file = openPlanOrFail(args, PlanFile::Access::ReadOnly, &openStatus);
    if (!file) {
        return openStatus;
    }
    const MessageComposer composer(
        file->database(), QTimeZone(PlanContentReader(file->database()).header().timeZone.toUtf8()));
    if (runId == 0) {
        runId = composer.newestRun();
        if (runId == 0) {
            return fail(CommandLine::tr("The plan has no run yet; a message is filled from a run."));
        }
    } else if (!composer.hasRun(runId)) {
        return fail(CommandLine::tr("The plan has no run %1.").arg(runId));
    }
    const qint64 audienceId = composer.audienceNamed(audienceName);
    if (audienceId == 0) {
        const QStringList names = composer.audienceNames();
        return fail(names.isEmpty() ? CommandLine::tr("The plan has no audiences; add them under Communications.")
                                    : CommandLine::tr("The plan has no audience \"%1\"; its audiences are: %2.")
                                          .arg(audienceName, names.join(QLatin1String(", "))));
    }
    if (language.isEmpty()) {
        language = languageOf(*file);
    }
    const ComposedMessage message
        = composer.compose(runId, audienceId, channel, language, QDateTime::currentDateTimeUtc(), occasion);
    if (!message.problem.isEmpty()) {
        return fail(message.problem);
    }
    if (!message.subject.isEmpty()) {
        printLine(stdout, message.subject);
        printLine(stdout, QString());
    }
    printLine(stdout, message.text);
    return ExitOk;
}

/// Says when a team database on \a server is reached without encryption over a network.
void warnWhenUnencrypted(bool plainText, const QString &server)
{
    if (plainText) {
        printLine(stderr,
            CommandLine::tr("fallback: warning: the connection to %1 is not encrypted; set sslmode=verify-full to "
                            "protect the plan and your password.")
                .arg(server));
    }
}

std::unique_ptr<TeamDatabase> connectOrFail(const QString &connection, int *status)
{
    QString error;
    if (!ConnectionInfo::looksLikeConnection(connection)) {
        *status = fail(CommandLine::tr("\"%1\" is not a PostgreSQL connection string (for example "
                                       "\"postgresql://editor@db.example.com/plans\" or \"host=db dbname=plans\").")
                           .arg(connection),
            ExitUsage);
        return nullptr;
    }
    std::unique_ptr<TeamDatabase> database = TeamDatabase::connect(connection, &error);
    if (!database) {
        *status = fail(error);
        return nullptr;
    }
    warnWhenUnencrypted(
        !database->isEncrypted() && !database->isOnThisComputer(), database->connectionInfo().displayName());
    return database;
}

int runTeamInit(const Arguments &args)
{
    if (const int status = requirePositional(args, 1, QStringLiteral("fallback team init CONNINFO"))) {
        return status;
    }
    int status = ExitOk;
    const std::unique_ptr<TeamDatabase> database = connectOrFail(args.positional.at(0), &status);
    if (!database) {
        return status;
    }
    QString error;
    if (!database->initialise(&error)) {
        return fail(error);
    }
    printLine(stdout,
        CommandLine::tr("The team database %1 is ready (format version %2). Grant %3 to those who edit plans and "
                        "%4 to those who only read them.")
            .arg(database->connectionInfo().displayName())
            .arg(database->schemaVersion())
            .arg(QLatin1String(TeamDatabase::EditorsRole), QLatin1String(TeamDatabase::ViewersRole)));
    return ExitOk;
}

int runTeamList(const Arguments &args)
{
    if (const int status = requirePositional(args, 1, QStringLiteral("fallback team list CONNINFO"))) {
        return status;
    }
    int status = ExitOk;
    const std::unique_ptr<TeamDatabase> database = connectOrFail(args.positional.at(0), &status);
    if (!database) {
        return status;
    }
    if (!database->isInitialised()) {
        return fail(CommandLine::tr("%1 is not a team database yet; run \"fallback team init\" first.")
                        .arg(database->connectionInfo().displayName()));
    }
    const QList<TeamPlanEntry> plans = database->plans();
    if (plans.isEmpty()) {
        printLine(stderr,
            CommandLine::tr("The team database %1 holds no plans.").arg(database->connectionInfo().displayName()));
    }
    for (const TeamPlanEntry &plan : plans) {
        // One plan a line, its name first and alone before the tab, for scripts.
        printLine(stdout,
            plan.name + QLatin1Char('\t')
                + CommandLine::tr("uploaded %1 by %2").arg(plan.createdAt.toString(Qt::ISODate), plan.createdBy));
    }
    return ExitOk;
}

int runTeamUpload(const Arguments &args)
{
    if (const int status
        = requirePositional(args, 2, QStringLiteral("fallback team upload PLANFILE CONNINFO [--name NAME]"))) {
        return status;
    }
    QString error;
    const std::unique_ptr<PlanFile> file = PlanFile::open(args.positional.at(0), PlanFile::Access::ReadOnly, &error);
    if (!file) {
        return fail(error);
    }
    QString name = args.options.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        name = PlanContentReader(file->database()).header().title.trimmed();
    }
    if (name.isEmpty()) {
        name = QFileInfo(file->path()).completeBaseName();
    }
    int status = ExitOk;
    const std::unique_ptr<TeamDatabase> database = connectOrFail(args.positional.at(1), &status);
    if (!database) {
        return status;
    }
    if (!database->upload(*file, name, &error)) {
        return fail(error);
    }
    printLine(stdout,
        CommandLine::tr("Uploaded %1 to %2 as the team plan \"%3\".")
            .arg(file->location(), database->connectionInfo().displayName(), name));
    return ExitOk;
}

int runTeamDownload(const Arguments &args)
{
    const QString synopsis = QStringLiteral("fallback team download CONNINFO --plan NAME -o FILE");
    if (const int status = requirePositional(args, 1, synopsis)) {
        return status;
    }
    const QString output = args.options.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        return fail(CommandLine::tr("Say where to write the offline copy with -o FILE."), ExitUsage);
    }
    if (QFileInfo::exists(output)) {
        return fail(
            CommandLine::tr("\"%1\" already exists; it was not overwritten.").arg(QDir::toNativeSeparators(output)));
    }
    int status = ExitOk;
    const std::unique_ptr<PlanFile> plan = openPlanOrFail(args, PlanFile::Access::ReadOnly, &status);
    if (!plan) {
        return status;
    }
    QString error;
    if (!plan->saveCopy(output, &error)) {
        return fail(error);
    }
    printLine(stdout,
        CommandLine::tr("Wrote the offline copy of %1 to %2.").arg(plan->location(), QDir::toNativeSeparators(output)));
    return ExitOk;
}

int runTeamBringBack(const Arguments &args)
{
    const QString synopsis
        = QStringLiteral("fallback team bring-back FILE [CONNINFO] [--keep server|offline] [--dry-run]");
    if (!args.error.isEmpty()) {
        return fail(args.error, ExitUsage);
    }
    if (args.positional.isEmpty() || args.positional.size() > 2) {
        return fail(CommandLine::tr("Usage: %1").arg(synopsis), ExitUsage);
    }
    const QString keep = args.options.value(QStringLiteral("keep"), QStringLiteral("server"));
    if (keep != QLatin1String("server") && keep != QLatin1String("offline")) {
        return fail(CommandLine::tr("--keep takes \"server\" or \"offline\", not \"%1\".").arg(keep), ExitUsage);
    }
    const bool dryRun = args.flags.contains(QStringLiteral("dry-run"));
    QString error;
    const std::unique_ptr<PlanFile> copy = PlanFile::open(
        args.positional.at(0), dryRun ? PlanFile::Access::ReadOnly : PlanFile::Access::ReadWrite, &error);
    if (!copy) {
        return fail(error);
    }
    if (!dryRun && copy->isReadOnly()) {
        return fail(copy->readOnlyMessage());
    }
    const std::unique_ptr<BringBack> bringBack = BringBack::open(
        *copy, args.positional.value(1), dryRun ? PlanFile::Access::ReadOnly : PlanFile::Access::ReadWrite, &error);
    if (!bringBack) {
        return fail(error);
    }
    warnWhenUnencrypted(bringBack->isPlainTextOverNetwork(), bringBack->origin().server);
    OfflineMerge::Decisions decisions;
    decisions.otherwise = keep == QLatin1String("offline") ? OfflineMerge::Side::Offline : OfflineMerge::Side::Server;
    const std::optional<MergeOutcome> outcome
        = dryRun ? bringBack->preview(&error) : bringBack->apply(decisions, &error);
    if (!outcome) {
        return fail(error);
    }
    printLine(stdout,
        (dryRun ? CommandLine::tr("Bringing %1 back into %2 would change: %3.")
                : CommandLine::tr("Brought %1 back into %2: %3."))
            .arg(copy->location(), bringBack->teamPlanLocation(), MergeDescription::summary(*outcome)));
    if (outcome->conflicts.isEmpty()) {
        return ExitOk;
    }
    printLine(stdout, CommandLine::tr("%n change(s) made on both sides:", nullptr, int(outcome->conflicts.size())));
    for (const MergeConflict &conflict : outcome->conflicts) {
        printLine(stdout,
            QStringLiteral("  ") + MergeDescription::conflict(conflict) + QStringLiteral(" \u2192 ")
                + MergeDescription::decision(conflict));
    }
    return ExitConflicts;
}

int runTeam(const QStringList &rest)
{
    const QString action = rest.value(0);
    const Arguments args
        = parse(rest.mid(1), {QStringLiteral("name"), QStringLiteral("output"), QStringLiteral("keep"), PlanOption},
            {QStringLiteral("dry-run")});
    if (action == QLatin1String("init")) {
        return runTeamInit(args);
    }
    if (action == QLatin1String("list")) {
        return runTeamList(args);
    }
    if (action == QLatin1String("upload")) {
        return runTeamUpload(args);
    }
    if (action == QLatin1String("download")) {
        return runTeamDownload(args);
    }
    if (action == QLatin1String("bring-back")) {
        return runTeamBringBack(args);
    }
    return fail(
        CommandLine::tr("Usage: %1").arg(QStringLiteral("fallback team init|list|upload|download|bring-back ...")),
        ExitUsage);
}

const QStringList &commands()
{
    static const QStringList names
        = {QStringLiteral("new"), QStringLiteral("check"), QStringLiteral("export-json"), QStringLiteral("import-json"),
            QStringLiteral("report"), QStringLiteral("import-contacts"), QStringLiteral("export-contacts"),
            QStringLiteral("export-ics"), QStringLiteral("message"), QStringLiteral("team")};
    return names;
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        return false;
    }
    const QString &first = arguments.first();
    return commands().contains(first) || first.startsWith(QLatin1Char('-'));
}

int CommandLine::reportNoDisplay()
{
    return fail(tr("No display is available for the window; the commands listed by \"fallback --help\" work "
                   "without one."));
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    return arguments.value(0) == QLatin1String("report");
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  fallback [PLAN...]                       open each plan in a window (default: your own plan)\n"
              "  fallback new PLAN [--template zh_CN|en] [--sample]\n"
              "                                           create a plan from the built-in template (--sample: the\n"
              "                                           worked example plan, with a run, its review and a drill)\n"
              "  fallback check PLAN                      check the file; non-zero exit on problems\n"
              "  fallback export-json PLAN [-o FILE]      write the whole plan as JSON (standard output without -o)\n"
              "  fallback import-json FILE PLAN           create PLAN from a JSON export\n"
              "  fallback import-contacts PLAN FILE       add the people of a CSV or vCard file to the plan\n"
              "  fallback export-contacts PLAN -o FILE [--format csv|vcf] [--lang zh_CN|en]\n"
              "                                           write the plan's contacts as CSV or vCard\n"
              "  fallback export-ics PLAN -o FILE         write the upgrade windows, duty shifts and drills as an\n"
              "                                           iCalendar file\n"
              "  fallback message PLAN [--run N] --audience NAME --channel sms|im|email|phone [--lang zh_CN|en]\n"
              "                  [--occasion start|level|update|stop|rollback|restored|ended]\n"
              "                                           print the status message for an audience, filled from the\n"
              "                                           run (the newest without --run); Fallback sends nothing\n"
              "  fallback report PLAN --kind KIND [--id N] --format pdf|html|odt|docx [--lang zh_CN|en]\n"
              "                  [--page-size a4|letter] -o OUT\n"
              "                                           write a report; KIND is plan, review, roster, checklist,\n"
              "                                           drill, communications, role-cards or duty-roster (review,\n"
              "                                           checklist, drill, duty-roster: the newest without --id)\n"
              "\n"
              "Team mode: wherever a command takes PLAN, a PostgreSQL connection string (a URI or libpq's\n"
              "\"keyword=value\" words) with --plan NAME names a plan of a team database instead.\n"
              "  fallback team init CONNINFO              set up a team database, or bring it up to date\n"
              "  fallback team list CONNINFO              list its plans\n"
              "  fallback team upload PLANFILE CONNINFO [--name NAME]\n"
              "                                           make a plan file a team plan (the name: its title)\n"
              "  fallback team download CONNINFO --plan NAME -o FILE\n"
              "                                           write a team plan to a plan file, to work offline\n"
              "  fallback team bring-back FILE [CONNINFO] [--keep server|offline] [--dry-run]\n"
              "                                           merge an offline copy back into its team plan; changes\n"
              "                                           made on both sides are listed (exit status 3) and keep\n"
              "                                           the server's values unless --keep offline\n"
              "  fallback --version | --help");
}

int CommandLine::run(const QStringList &arguments)
{
    const int status = runCommand(arguments);
    if (standardOutputError != 0) {
        fail(tr("Cannot write to standard output: %1").arg(OutputFile::cause(standardOutputError)));
        return status == ExitOk ? ExitFailure : status;
    }
    return status;
}

int CommandLine::runCommand(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printLine(stdout, QStringLiteral("fallback " FALLBACK_VERSION_STRING));
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printLine(stdout, usage());
        return ExitOk;
    }
    if (command == QLatin1String("new")) {
        return runNew(rest);
    }
    if (command == QLatin1String("check")) {
        return runCheck(rest);
    }
    if (command == QLatin1String("export-json")) {
        return runExportJson(rest);
    }
    if (command == QLatin1String("import-json")) {
        return runImportJson(rest);
    }
    if (command == QLatin1String("report")) {
        return runReport(rest);
    }
    if (command == QLatin1String("import-contacts")) {
        return runImportContacts(rest);
    }
    if (command == QLatin1String("export-contacts")) {
        return runExportContacts(rest);
    }
    if (command == QLatin1String("export-ics")) {
        return runExportIcs(rest);
    }
    if (command == QLatin1String("message")) {
        return runMessage(rest);
    }
    if (command == QLatin1String("team")) {
        return runTeam(rest);
    }
    return fail(tr("Unknown command or option \"%1\". Run \"fallback --help\" for the list.").arg(command), ExitUsage);
}

} // namespace fallback
