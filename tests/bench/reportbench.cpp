// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Report benchmark: a large plan (1,000 risks, 1,500 contacts, 2,000 checklist
// items, 200 timeline events) printed to PDF by `fallback report`, against
// LibreOffice converting Fallback's own HTML report of the same plan, in one run.
//
//   report_bench FALLBACK [SOFFICE]
#include "interchange/planjsonimport.h"
#include "storage/planfile.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
bool fill(const QString &path)
{
    if (!fallback::PlanJsonImport::createFromTemplate(QStringLiteral("zh_CN"), path).isEmpty()) {
        return false;
    }
    auto file = fallback::PlanFile::open(path, fallback::PlanFile::Access::ReadWrite, nullptr);
    if (!file) {
        return false;
    }
    const QSqlDatabase db = file->database();
    fallback::Transaction transaction(db);
    for (int i = 1; i <= 1000; ++i) {
        fallback::execQuery(db,
            QStringLiteral("INSERT INTO risk (category_id, description, cause, likelihood, impact, prevention, "
                           "contingency, owner_group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {1 + i % 7, QStringLiteral("风险 %1：升级后接口响应变慢，部分批处理作业超时").arg(i),
                QStringLiteral("新版本默认参数与现网配置不一致"), 1 + i % 5, 1 + (i / 5) % 5,
                QStringLiteral("升级前在预生产环境做压力测试并核对参数"),
                QStringLiteral("回退到原版本并恢复原参数，通知业务部门"), 3 + i % 6});
    }
    for (int i = 1; i <= 1500; ++i) {
        fallback::execQuery(db,
            QStringLiteral("INSERT INTO member (id, name, department, job_title, phone_office, phone_mobile, email, "
                           "verified_on) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-10-01')"),
            {i, QStringLiteral("联系人%1").arg(i), QStringLiteral("信息技术部"), QStringLiteral("工程师"),
                QStringLiteral("010-6588 %1").arg(1000 + i),
                QStringLiteral("+86 138 %1 %2").arg(1000 + i % 9000).arg(2000 + i),
                QStringLiteral("user%1@example.cn").arg(i)});
        fallback::execQuery(db,
            QStringLiteral(
                "INSERT INTO group_member (group_id, member_id, role, escalation_order) VALUES (?, ?, ?, ?)"),
            {1 + i % 8, i, i <= 8 ? QStringLiteral("lead") : QStringLiteral("member"), i});
    }
    for (int i = 1; i <= 2000; ++i) {
        fallback::execQuery(db,
            QStringLiteral("INSERT INTO checklist_template_item (template_id, phase, position, text, responsible, "
                           "offset_minutes, duration_minutes) VALUES (1, ?, ?, ?, '技术支持组', ?, 15)"),
            {QStringList {QStringLiteral("before"), QStringLiteral("during"), QStringLiteral("after"),
                 QStringLiteral("recovery")}
                    .at(i % 4),
                100 + i, QStringLiteral("检查项 %1：确认服务状态、日志与监控指标正常").arg(i), i - 1000});
    }
    fallback::execQuery(db,
        QStringLiteral("INSERT INTO upgrade (id, name, window_start, window_end) VALUES "
                       "(1, '核心数据库升级', '2026-10-17T14:00:00Z', '2026-10-17T20:00:00Z')"));
    fallback::execQuery(
        db, QStringLiteral("INSERT INTO run (id, upgrade_id, started_at) VALUES (1, 1, '2026-10-17T14:00:00Z')"));
    for (int i = 0; i < 200; ++i) {
        fallback::execQuery(db,
            QStringLiteral("INSERT INTO run_event (run_id, at, kind, text, actor) VALUES (1, ?, 'note', ?, '值班员')"),
            {QStringLiteral("2026-10-17T%1:%2:00Z")
                    .arg(14 + i / 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0')),
                QStringLiteral("事件 %1").arg(i)});
    }
    return transaction.commit();
}

constexpr double TimedOut = -2;

double timeCommand(const QString &program, const QStringList &arguments, int timeoutMs = 600000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return TimedOut;
    }
    if (process.exitCode() != 0) {
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: report_bench FALLBACK [SOFFICE]\n");
        return 2;
    }
    const QString fallbackBinary = args.at(1);
    const QString soffice = args.size() > 2 ? args.at(2) : QStandardPaths::findExecutable(QStringLiteral("soffice"));
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("large.fallback"));
    if (!fill(plan)) {
        std::fprintf(stderr, "could not build the large plan\n");
        return 1;
    }
    const QString html = dir.filePath(QStringLiteral("plan.html"));
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    const QStringList common = {QStringLiteral("report"), plan, QStringLiteral("--kind"), QStringLiteral("plan"),
        QStringLiteral("--lang"), QStringLiteral("zh_CN")};
    if (timeCommand(fallbackBinary,
            common + QStringList {QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html})
        < 0) {
        std::fprintf(stderr, "fallback could not write the HTML report\n");
        return 1;
    }
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        times << timeCommand(fallbackBinary,
            common + QStringList {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    }
    std::sort(times.begin(), times.end());
    if (times.first() < 0) {
        std::fprintf(stderr, "fallback could not write the PDF report\n");
        return 1;
    }
    const double fallbackSeconds = times.at(times.size() / 2);
    std::printf("large plan: 1,000 risks, 1,500 contacts, 2,000 checklist items, 200 events (PDF %lld KB)\n",
        QFileInfo(pdf).size() / 1024);
    std::printf("  fallback report --format pdf:   median of 5 %.2f s\n", fallbackSeconds);
    if (soffice.isEmpty()) {
        std::printf("  LibreOffice: soffice not installed (Debian package libreoffice-writer-nogui)\n");
        return 0;
    }
    std::fflush(stdout);
    const QString profileDir = dir.filePath(QStringLiteral("lo-profile"));
    const QString profile = QStringLiteral("-env:UserInstallation=file://") + profileDir;
    // LibreOffice needs very long for the large table-heavy HTML; the run is
    // capped, and a capped run still bounds the ratio from below.
    const int capSeconds = qEnvironmentVariableIntValue("REPORT_BENCH_OFFICE_CAP_S") > 0
        ? qEnvironmentVariableIntValue("REPORT_BENCH_OFFICE_CAP_S")
        : 600;
    const double office = timeCommand(soffice,
        {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
            QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), html},
        capSeconds * 1000);
    if (office == TimedOut) {
        // oosplash leaves soffice.bin running; end it by its private profile.
        QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-f"), profileDir});
        std::printf("  soffice --convert-to pdf (same report as HTML): not finished after %d s\n", capSeconds);
        std::printf("  fallback is more than %.0fx faster (target at least 50x, and under 1 s)\n",
            capSeconds / fallbackSeconds);
        return 0;
    }
    if (office < 0) {
        std::printf("  LibreOffice: conversion failed\n");
        return 1;
    }
    std::printf("  soffice --convert-to pdf (same report as HTML): %.2f s\n", office);
    std::printf("  fallback is %.1fx faster (target at least 50x, and under 1 s)\n", office / fallbackSeconds);
    return 0;
}
