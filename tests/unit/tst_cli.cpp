// SPDX-License-Identifier: MIT
// The pinned command line: exit codes, messages on stderr, JSON shape. Runs the real executable.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run nestready(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(NESTREADY_BINARY), args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void version() {
        const Run r = nestready({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("nestready " NESTREADY_VERSION));
    }

    void help() {
        QCOMPARE(nestready({QStringLiteral("--help")}).exitCode, 0);
        const Run r = nestready({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *opt : {"--json", "--sysroot", "--cpuid-dump", "--windows-evidence", "--no-network"})
            QVERIFY2(r.out.contains(opt), opt);
    }

    void badUsageExitsTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QByteArray("frobnicate");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("check"), QStringLiteral("--bogus")} << QByteArray("bogus");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("check"), QStringLiteral("--sysroot")} << QByteArray("sysroot");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("check"), QStringLiteral("extra")} << QByteArray("extra");
        QTest::newRow("missing sysroot") << QStringList{QStringLiteral("check"), QStringLiteral("--sysroot"),
                                                        QStringLiteral("/nonexistent/root")}
                                         << QByteArray("/nonexistent/root");
        QTest::newRow("missing dump") << QStringList{QStringLiteral("check"), QStringLiteral("--cpuid-dump"),
                                                     QStringLiteral("/nonexistent.txt")}
                                      << QByteArray("/nonexistent.txt");
        QTest::newRow("garbage dump") << QStringList{QStringLiteral("check"), QStringLiteral("--cpuid-dump"),
                                                     QStringLiteral("/etc/os-release")}
                                      << QByteArray("not a CPUID dump");
        QTest::newRow("binary dump") << QStringList{QStringLiteral("check"), QStringLiteral("--cpuid-dump"),
                                                    QStringLiteral(NESTREADY_BINARY)}
                                     << QByteArray("CPUID");
    }
    void badUsageExitsTwo() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = nestready(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void liveJsonHasThePinnedShape() {
        const Run r =
            nestready({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--no-network")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("nestready/1"));
        const QJsonObject env = doc.value(QStringLiteral("environment")).toObject();
        for (const char *key : {"vm", "container", "cloud", "hardwareVirtualization"})
            QVERIFY2(env.value(QLatin1String(key)).isString(), key);
        QVERIFY(
            (QStringList{QStringLiteral("exposed"), QStringLiteral("not-exposed"), QStringLiteral("unknown")})
                .contains(env.value(QStringLiteral("hardwareVirtualization")).toString()));
        const QJsonArray checks = doc.value(QStringLiteral("checks")).toArray();
        QVERIFY(checks.size() >= 8);
        bool anyFail = false;
        for (const QJsonValue &v : checks) {
            const QJsonObject c = v.toObject();
            for (const char *key : {"id", "status", "title", "summary"})
                QVERIFY2(c.value(QLatin1String(key)).isString(), key);
            anyFail |= c.value(QStringLiteral("status")).toString() == QLatin1String("fail");
        }
        QCOMPARE(r.exitCode, anyFail ? 1 : 0);
        QCOMPARE(doc.value(QStringLiteral("verdict")).toString() == QLatin1String("not-ready"), anyFail);
    }

    void textOutputIsOneLinePerCheckThenVerdict() {
        const Run r = nestready({QStringLiteral("check"), QStringLiteral("--no-network")});
        QVERIFY(r.exitCode == 0 || r.exitCode == 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 9);
        QVERIFY(lines.last().startsWith("verdict "));
        static const QList<QByteArray> words{"pass", "warn", "fail", "unknown", "skipped"};
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(words.contains(lines.at(i).split(' ').first()), lines.at(i).constData());
    }

    void agreesWithSystemdDetectVirtAndCpuFlags() {
        const QString sdv = QStandardPaths::findExecutable(QStringLiteral("systemd-detect-virt"));
        if (sdv.isEmpty()) QSKIP("systemd-detect-virt is not installed");
        const auto detect = [&](const QString &what) {
            QProcess p;
            p.start(sdv, {what});
            p.waitForFinished(10000);
            return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        };
        const Run r =
            nestready({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--no-network")});
        const QJsonObject env =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("environment")).toObject();
        QCOMPARE(env.value(QStringLiteral("vm")).toString(), detect(QStringLiteral("--vm")));
        QCOMPARE(env.value(QStringLiteral("container")).toString(), detect(QStringLiteral("--container")));

        QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
        QVERIFY(cpuinfo.open(QIODevice::ReadOnly));
        bool vt = false;
        for (const QByteArray &line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("flags")) {
                const QList<QByteArray> flags = line.split(' ');
                vt = flags.contains("vmx") || flags.contains("svm");
                break;
            }
        QCOMPARE(env.value(QStringLiteral("hardwareVirtualization")).toString(),
                 vt ? QStringLiteral("exposed") : QStringLiteral("not-exposed"));
    }

    // Developer diagnostics never reach a user's terminal: every logging category defaults to warnings,
    // and nothing nestready prints on stderr is a debug line. Every recorded machine, text and JSON.
    void stderrStaysEmptyOnEveryRecordedMachine_data() {
        QTest::addColumn<QStringList>("source");
        const QDir data(QStringLiteral(NESTREADY_TEST_DATA));
        for (const QString &set : {QStringLiteral("linux"), QStringLiteral("cloud"), QStringLiteral("gui"),
                                   QStringLiteral("report")}) {
            const QDir dir(data.filePath(set));
            for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QStringList args{QStringLiteral("--sysroot"), dir.filePath(name)};
                if (QFile::exists(dir.filePath(name + QStringLiteral("/cpuid.txt"))))
                    args << QStringLiteral("--cpuid-dump")
                         << dir.filePath(name + QStringLiteral("/cpuid.txt"));
                QTest::newRow(qPrintable(set + u'/' + name)) << args;
            }
        }
        const QDir windows(data.filePath(QStringLiteral("windows")));
        for (const QString &name : windows.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QStringList args{QStringLiteral("--windows-evidence"),
                             windows.filePath(name + QStringLiteral("/evidence.json"))};
            if (QFile::exists(windows.filePath(name + QStringLiteral("/cpuid.txt"))))
                args << QStringLiteral("--cpuid-dump")
                     << windows.filePath(name + QStringLiteral("/cpuid.txt"));
            QTest::newRow(qPrintable(QStringLiteral("windows/") + name)) << args;
        }
    }
    void stderrStaysEmptyOnEveryRecordedMachine() {
        QFETCH(QStringList, source);
        for (const bool json : {false, true}) {
            QStringList args{QStringLiteral("check"), QStringLiteral("--no-network")};
            if (json) args << QStringLiteral("--json");
            const Run r = nestready(args + source);
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(QString::number(r.exitCode)));
            QVERIFY2(!r.out.isEmpty(), "a check prints its results");
            QVERIFY2(r.err.isEmpty(), r.err.constData());
        }
    }

    void emptySysrootIsUnknownNotACrash() {
        QTemporaryDir dir;
        const Run r = nestready(
            {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--sysroot"), dir.path()});
        QCOMPARE(r.exitCode, 0); // nothing fails; everything is unknown
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("verdict")).toString(), QStringLiteral("undetermined"));
        QCOMPARE(doc.value(QStringLiteral("environment")).toObject().value(QStringLiteral("vm")).toString(),
                 QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
