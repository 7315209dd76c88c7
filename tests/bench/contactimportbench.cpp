// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contact import benchmark: `fallback import-contacts` of a generated CSV into a
// fresh plan against the sqlite3 shell doing the same job in SQL: `.import` of
// the same file into a staging table, then, in one transaction with foreign
// keys on and the plan's own indexes and pragmas (journal_mode DELETE,
// synchronous FULL), the groups, people and memberships inserted into the
// plan's org_group, member and group_member tables. Run alternately in the
// same session; both are whole processes; creating the plans is not timed.
//
//   contact_import_bench FALLBACK [ROWS] [RUNS]
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iterator>
#include <sqlite3.h>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace {

struct Timing
{
    double wallMs = -1;
    double cpuMs = -1; ///< user + system time of the child
};

double childCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

Timing run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    const double cpuBefore = childCpuMs();
    const auto started = std::chrono::steady_clock::now();
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed: %s\n", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))),
            process.readAllStandardError().constData());
        return {};
    }
    const auto finished = std::chrono::steady_clock::now();
    if (output) {
        *output = process.readAllStandardOutput();
    }
    return {std::chrono::duration<double, std::milli>(finished - started).count(), childCpuMs() - cpuBefore};
}

/// A roster as a spreadsheet exports it: Chinese headers, every column filled,
/// eight groups (six of them in the template), a quoted note with a comma.
QByteArray contactsCsv(int rows)
{
    static const char16_t families[] = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    static const char16_t given[] = u"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英";
    static const char *groups[] = {
        "技术支持组", "运维保障组", "业务协调组", "信息联络组", "宣传报道组", "安全保障组", "外包支持组", "数据库小组"};
    static const char *roles[] = {"组长", "副组长", "成员", "成员", "成员"};
    QByteArray csv = "姓名,手机,办公电话,邮箱,部门,职务,所属小组,角色,备注\r\n";
    for (int i = 0; i < rows; ++i) {
        constexpr std::size_t familyCount = std::size(families) - 1; // without the terminating NUL
        constexpr std::size_t givenCount = std::size(given) - 1;
        const QString name = QString(QChar(families[std::size_t(i) % familyCount]))
            + QChar(given[std::size_t(i / 20) % givenCount]) + QChar(given[std::size_t(i / 7) % givenCount])
            + QString::number(i);
        csv += name.toUtf8() + ',' + QByteArray::number(13800000000LL + i) + ",010-6" + QByteArray::number(5520000 + i)
            + ",user" + QByteArray::number(i) + "@example.com,信息技术部,工程师," + groups[i % 8] + ',' + roles[i % 5]
            + ",\"夜间值班, 第" + QByteArray::number(i) + "行\"\r\n";
    }
    return csv;
}

/// The records that one table gained by an import, read back as SQLite holds them.
struct TableRows
{
    std::string table;
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows; ///< with a flag byte: 'n' NULL, 'i' integer, 't' text
};

TableRows newRows(sqlite3 *db, const char *table, sqlite3_int64 firstNewId)
{
    TableRows result {table, {}, {}};
    sqlite3_stmt *select = nullptr;
    const std::string sql = std::string("SELECT * FROM ") + table + " WHERE id >= ? ORDER BY id";
    sqlite3_prepare_v2(db, sql.c_str(), -1, &select, nullptr);
    sqlite3_bind_int64(select, 1, firstNewId);
    for (int c = 0; c < sqlite3_column_count(select); ++c) {
        result.columns.emplace_back(sqlite3_column_name(select, c));
    }
    while (sqlite3_step(select) == SQLITE_ROW) {
        std::vector<std::string> row;
        for (int c = 0; c < sqlite3_column_count(select); ++c) {
            const int type = sqlite3_column_type(select, c);
            std::string cell(1, type == SQLITE_NULL ? 'n' : type == SQLITE_INTEGER ? 'i' : 't');
            if (type == SQLITE_INTEGER) {
                cell.append(std::to_string(sqlite3_column_int64(select, c)));
            } else if (type != SQLITE_NULL) {
                cell.append(reinterpret_cast<const char *>(sqlite3_column_text(select, c)));
            }
            row.push_back(std::move(cell));
        }
        result.rows.push_back(std::move(row));
    }
    sqlite3_finalize(select);
    return result;
}

/// The least that storing the imported records costs: the same rows inserted
/// into a fresh plan through SQLite's C API, 64 rows per prepared statement,
/// in one transaction with the plan's pragmas; no process, no file reading.
double processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

Timing storageFloor(const QString &importedPlan, const QString &freshPlan)
{
    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    if (sqlite3_open(importedPlan.toUtf8().constData(), &source) != SQLITE_OK
        || sqlite3_open(freshPlan.toUtf8().constData(), &target) != SQLITE_OK) {
        return {};
    }
    const auto firstNew = [target](const char *table) {
        sqlite3_stmt *statement = nullptr;
        const std::string sql = std::string("SELECT coalesce(max(id), 0) + 1 FROM ") + table;
        sqlite3_prepare_v2(target, sql.c_str(), -1, &statement, nullptr);
        sqlite3_step(statement);
        const sqlite3_int64 id = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return id;
    };
    std::vector<TableRows> tables;
    for (const char *table : {"org_group", "member", "group_member"}) {
        tables.push_back(newRows(source, table, firstNew(table)));
    }
    sqlite3_close(source);
    sqlite3_exec(target, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA journal_mode = DELETE", nullptr,
        nullptr, nullptr);
    const auto started = std::chrono::steady_clock::now();
    const double cpuBefore = processCpuMs();
    bool ok = sqlite3_exec(target, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (const TableRows &table : tables) {
        constexpr std::size_t PerStatement = 64;
        std::string row = "(?";
        for (std::size_t c = 1; c < table.columns.size(); ++c) {
            row += ", ?";
        }
        row += ")";
        std::string many = "INSERT INTO " + table.table + " VALUES " + row;
        for (std::size_t r = 1; r < PerStatement; ++r) {
            many += ", " + row;
        }
        const std::string one = "INSERT INTO " + table.table + " VALUES " + row;
        sqlite3_stmt *insertMany = nullptr;
        sqlite3_stmt *insertOne = nullptr;
        ok = ok && sqlite3_prepare_v2(target, many.c_str(), -1, &insertMany, nullptr) == SQLITE_OK
            && sqlite3_prepare_v2(target, one.c_str(), -1, &insertOne, nullptr) == SQLITE_OK;
        for (std::size_t done = 0; ok && done < table.rows.size();) {
            const std::size_t count = table.rows.size() - done >= PerStatement ? PerStatement : 1;
            sqlite3_stmt *insert = count == PerStatement ? insertMany : insertOne;
            int position = 0;
            for (std::size_t r = done; r < done + count; ++r) {
                for (const std::string &value : table.rows[r]) {
                    ++position;
                    if (value[0] == 'n') {
                        sqlite3_bind_null(insert, position);
                    } else if (value[0] == 'i') {
                        sqlite3_bind_int64(insert, position, std::stoll(value.substr(1)));
                    } else {
                        sqlite3_bind_text(insert, position, value.c_str() + 1, int(value.size() - 1), SQLITE_STATIC);
                    }
                }
            }
            ok = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
            done += count;
        }
        sqlite3_finalize(insertMany);
        sqlite3_finalize(insertOne);
    }
    ok = ok && sqlite3_exec(target, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    const auto finished = std::chrono::steady_clock::now();
    if (!ok) {
        std::fprintf(stderr, "contact_import_bench: storing the rows failed: %s\n", sqlite3_errmsg(target));
    }
    sqlite3_close(target);
    const double cpu = processCpuMs() - cpuBefore;
    return ok ? Timing {std::chrono::duration<double, std::milli>(finished - started).count(), cpu} : Timing {};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: contact_import_bench FALLBACK [ROWS] [RUNS]\n");
        return 2;
    }
    const QString fallback = args.at(1);
    const int rows = args.size() > 2 ? args.at(2).toInt() : 10000;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 5;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        std::fprintf(stderr, "contact_import_bench: the sqlite3 shell is not installed (Debian package sqlite3)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly) || file.write(contactsCsv(rows)) < 0 || !file.flush()) {
        std::fprintf(stderr, "contact_import_bench: cannot write %s\n", qPrintable(csv));
        return 1;
    }
    file.close();
    const QString expected = QStringLiteral("imported %1, skipped 0, duplicates 0").arg(rows);

    // The shell's side: what an import is, in SQL, against a plan like ours.
    const QString script = dir.filePath(QStringLiteral("import.sql"));
    QFile scriptFile(script);
    if (!scriptFile.open(QIODevice::WriteOnly)
        || scriptFile.write(
               QStringLiteral("PRAGMA foreign_keys = ON;\n"
                              "PRAGMA journal_mode = DELETE;\n"
                              "PRAGMA synchronous = FULL;\n"
                              "CREATE TEMP TABLE staging (name TEXT, phone_mobile TEXT, phone_office TEXT, email "
                              "TEXT, department TEXT, job_title TEXT, grp TEXT, role TEXT, note TEXT);\n"
                              ".import --csv --skip 1 %1 staging\n"
                              "BEGIN;\n"
                              "INSERT INTO org_group (name, position) SELECT grp, 100 + row_number() OVER () FROM "
                              "(SELECT DISTINCT grp FROM staging WHERE grp NOT IN (SELECT name FROM org_group));\n"
                              "INSERT INTO member (name, phone_mobile, phone_office, email, department, job_title, "
                              "note) SELECT name, phone_mobile, phone_office, email, department, job_title, note "
                              "FROM staging ORDER BY rowid;\n"
                              // New ids follow the staging rows' order: no lookup by name needed.
                              "INSERT INTO group_member (group_id, member_id, role) SELECT g.id, "
                              "(SELECT max(id) FROM member) - (SELECT count(*) FROM staging) + s.rowid, CASE s.role "
                              "WHEN '组长' THEN 'lead' WHEN '副组长' THEN 'deputy' ELSE 'member' END FROM staging s "
                              "JOIN org_group g ON g.name = s.grp;\n"
                              "COMMIT;\n")
                   .arg(csv)
                   .toUtf8())
            < 0
        || !scriptFile.flush()) {
        std::fprintf(stderr, "contact_import_bench: cannot write %s\n", qPrintable(script));
        return 1;
    }
    scriptFile.close();

    QList<double> fallbackWall, fallbackCpu, sqliteWall, sqliteCpu, floorWall, floorCpu;
    for (int i = 0; i < runs; ++i) {
        const QString plan = dir.filePath(QStringLiteral("plan-%1.fallback").arg(i));
        const QString db = dir.filePath(QStringLiteral("shell-%1.fallback").arg(i));
        if (run(fallback, {QStringLiteral("new"), plan, QStringLiteral("--template"), QStringLiteral("zh_CN")}).wallMs
                < 0
            || run(fallback, {QStringLiteral("new"), db, QStringLiteral("--template"), QStringLiteral("zh_CN")}).wallMs
                < 0) {
            return 1;
        }
        QByteArray output;
        const Timing ours = run(fallback, {QStringLiteral("import-contacts"), plan, csv}, &output);
        const Timing theirs = run(sqlite3, {db, QStringLiteral(".read %1").arg(script)});
        QByteArray count;
        run(sqlite3,
            {db, QStringLiteral("SELECT (SELECT count(*) FROM member) || ' ' || (SELECT count(*) FROM group_member)")},
            &count);
        const QList<QByteArray> counts = count.trimmed().split(' ');
        if (ours.wallMs < 0 || theirs.wallMs < 0 || !QString::fromUtf8(output).contains(expected) || counts.size() != 2
            || counts.at(0).toInt() != rows || counts.at(1).toInt() != rows) {
            std::fprintf(stderr, "contact_import_bench: an import did not take every row (%s / %s)\n",
                output.trimmed().constData(), count.trimmed().constData());
            return 1;
        }
        const QString fresh = dir.filePath(QStringLiteral("fresh-%1.fallback").arg(i));
        if (run(fallback, {QStringLiteral("new"), fresh, QStringLiteral("--template"), QStringLiteral("zh_CN")}).wallMs
            < 0) {
            return 1;
        }
        const Timing floor = storageFloor(plan, fresh);
        floorWall << floor.wallMs;
        floorCpu << floor.cpuMs;
        fallbackWall << ours.wallMs;
        fallbackCpu << ours.cpuMs;
        sqliteWall << theirs.wallMs;
        sqliteCpu << theirs.cpuMs;
    }
    const double ourWall = median(fallbackWall), ourCpu = median(fallbackCpu);
    const double theirWall = median(sqliteWall), theirCpu = median(sqliteCpu);
    std::printf("contact import of %d CSV rows, median of %d runs (whole processes)\n", rows, runs);
    std::printf("  fallback import-contacts     wall %8.1f ms   cpu %8.1f ms\n", ourWall, ourCpu);
    std::printf("  sqlite3 .import + INSERTs    wall %8.1f ms   cpu %8.1f ms   (staging table, then the plan's "
                "tables)\n",
        theirWall, theirCpu);
    std::printf("  storing the same records     wall %8.1f ms   cpu %8.1f ms   (SQLite C API in process, no parsing)\n",
        median(floorWall), median(floorCpu));
    std::printf("  ratio fallback / sqlite3     wall %8.2fx    cpu %8.2fx   (target: at most 2x)\n",
        ourWall / theirWall, theirCpu > 0 ? ourCpu / theirCpu : 0.0);
    return 0;
}
