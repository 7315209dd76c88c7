// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark: wall time from process start to the first painted main
// window (not counting the exit), for `fallback` on its default plan and for a bare Qt window, run
// alternately in the same session so that both see the same machine.
//
//   startup_bench FALLBACK BARE_WINDOW [RUNS]
#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {
qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// Milliseconds from just before the process is started to its first paint,
/// which the program reports on the steady clock all processes share.
/// Tearing down afterwards is not counted.
double runOnce(const QString &program, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 startedNs = steadyNowNs();
    process.start(program, {});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
        return -1;
    }
    const QByteArray output = process.readAllStandardOutput();
    const qsizetype at = output.indexOf("first-paint-ns ");
    if (at < 0) {
        std::fprintf(stderr, "%s did not report its first paint\n", qPrintable(program));
        return -1;
    }
    const qint64 paintedNs = output.mid(at + 15).trimmed().split('\n').first().toLongLong();
    return double(paintedNs - startedNs) / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: startup_bench FALLBACK BARE_WINDOW [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 20;
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("FALLBACK_QUIT_ON_FIRST_PAINT"), QStringLiteral("1"));

    // The first start creates the default plan from the template; not timed.
    runOnce(args.at(1), environment);
    runOnce(args.at(2), environment);

    QList<double> fallbackTimes;
    QList<double> bareTimes;
    for (int i = 0; i < runs; ++i) {
        bareTimes << runOnce(args.at(2), environment);
        fallbackTimes << runOnce(args.at(1), environment);
    }
    if (fallbackTimes.contains(-1) || bareTimes.contains(-1)) {
        return 1;
    }
    const double fallbackMedian = percentile(fallbackTimes, 0.5);
    const double bareMedian = percentile(bareTimes, 0.5);
    std::printf("start-up to first painted window, %d runs each\n", runs);
    std::printf(
        "  bare QApplication + QMainWindow: median %7.1f ms  p95 %7.1f ms\n", bareMedian, percentile(bareTimes, 0.95));
    std::printf("  fallback, default plan:          median %7.1f ms  p95 %7.1f ms\n", fallbackMedian,
        percentile(fallbackTimes, 0.95));
    std::printf("  ratio of medians: %.2fx (target at most 1.3x)\n", fallbackMedian / bareMedian);
    return 0;
}
