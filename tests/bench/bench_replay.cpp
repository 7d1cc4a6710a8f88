// SPDX-License-Identifier: MIT
// Costs that must grow linearly (issue 10). Replay of a 10,000-item report (the most a report may hold): the
// file is read and parsed, and its evidence runs through a session to the last result; the CPU time of
// each part (median of the rounds) and of the whole `nestready check --from-report` process. And the
// largest item: a /proc/cpuinfo of 4,096 processors read and counted. Run: build/tests/bench/bench_replay
// [rounds] With NESTREADY_BENCH_TARGETS=1 it fails when the in-process replay takes more than 30 ms of CPU
// (issue 10). In ctest it runs one round as a smoke test and measures nothing.
#include "facts/parsers.h"
#include "probes/fileprobe.h"
#include "report/report.h"
#include "report/reportsource.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace nestready;

namespace {
constexpr double kTargetMs = 30.0;

double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double childrenCpuMs() {
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(u.ru_utime) + ms(u.ru_stime);
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

bool runToEnd(Session &session) {
    bool done = false;
    QObject::connect(&session, &Session::finished, &session, [&done] {
        done = true;
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(30000, qApp, [] { QCoreApplication::exit(1); });
    session.start();
    if (!session.hasFinished()) QCoreApplication::exec();
    return session.hasFinished();
}

// A recorded machine's report, filled up to `items` evidence items with extra keys no fact reads.
QByteArray bigReport(int items) {
    SourceOptions o;
    o.sysroot = QStringLiteral(NESTREADY_TEST_DATA "/linux/vmware-esxi-nested");
    o.cpuidDump = o.sysroot + QStringLiteral("/cpuid.txt");
    o.noNetwork = true;
    QString error;
    Session session(makeSource(o, &error));
    if (!runToEnd(session)) return {};
    Report report = makeReport(session);
    for (int i = int(report.evidence.size()); i < items; ++i) {
        Evidence e;
        e.key = QStringLiteral("bench.item-%1").arg(i, 5, 10, QLatin1Char('0'));
        e.source = QStringLiteral("/bench/%1").arg(i);
        e.outcome = Outcome::Ok;
        e.data = "value " + QByteArray::number(i) + "\n";
        e.elapsedUs = 3;
        report.evidence.append(e);
    }
    return reportToJsonBytes(report);
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 1;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    {
        QFile f(path);
        const QByteArray bytes = bigReport(report::MaxEvidenceItems);
        if (bytes.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "bench_replay: cannot write the report\n");
            return 2;
        }
    }

    // 4,096 processors, each block the first block of a recorded machine.
    const QString cpuinfoPath = dir.filePath(QStringLiteral("cpuinfo"));
    {
        QFile in(QStringLiteral(NESTREADY_TEST_DATA "/linux/vmware-esxi-nested/proc/cpuinfo"));
        QFile out(cpuinfoPath);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) return 2;
        const QByteArray all = in.readAll();
        QByteArray block = all.left(all.indexOf("\n\n") + 2);
        block = block.mid(block.indexOf('\n'));
        for (int i = 0; i < 4096; ++i)
            out.write("processor\t: " + QByteArray::number(i) + block);
    }

    QList<double> parse, pipeline, whole, process, cpuinfo;
    int processors = 0;
    for (int round = 0; round < rounds; ++round) {
        const double t0 = cpuMs();
        QString error;
        auto report = readReportFile(path, &error);
        const double t1 = cpuMs();
        if (!report || report->evidence.size() != report::MaxEvidenceItems) {
            std::fprintf(stderr, "bench_replay: %s\n", qPrintable(error));
            return 2;
        }
        Session session(std::make_shared<ReportSource>(std::move(*report), path));
        if (!runToEnd(session) || session.evidence().size() != report::MaxEvidenceItems) {
            std::fprintf(stderr, "bench_replay: the replay did not finish with every item\n");
            return 2;
        }
        const double t2 = cpuMs();
        parse << t1 - t0;
        pipeline << t2 - t1;
        whole << t2 - t0;

        const double c0 = childrenCpuMs();
        QProcess p;
        p.start(QStringLiteral(NESTREADY_BINARY),
                {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--from-report"), path});
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit) {
            std::fprintf(stderr, "bench_replay: nestready check --from-report failed\n");
            return 2;
        }
        process << childrenCpuMs() - c0;

        const double r0 = cpuMs();
        const Evidence e =
            fileprobe::readFile(QStringLiteral("linux.cpuinfo"), cpuinfoPath, fileprobe::kMaxCpuinfoBytes);
        processors = parse::cpuinfo(e.text()).logicalCpus;
        cpuinfo << cpuMs() - r0;
    }
    std::printf("rounds: %d (medians, CPU time)\n", rounds);
    std::printf("read + parse the report file:      %.2f ms\n", median(parse));
    std::printf("session: deliver, facts, checks:   %.2f ms\n", median(pipeline));
    std::printf("replay in process (target <= %.0f):  %.2f ms\n", kTargetMs, median(whole));
    std::printf("nestready check --json --from-report, whole process: %.2f ms\n", median(process));
    std::printf("/proc/cpuinfo of 4,096 processors (%.1f MB): read and counted %d in %.2f ms\n",
                double(QFileInfo(cpuinfoPath).size()) / 1e6, processors, median(cpuinfo));
    if (processors != 4096) return 1;
    if (qEnvironmentVariableIntValue("NESTREADY_BENCH_TARGETS") == 1 && median(whole) > kTargetMs) return 1;
    return 0;
}
