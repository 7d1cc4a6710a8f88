// SPDX-License-Identifier: MIT
// Replays every recorded Windows machine in tests/data/windows and compares with its expected.json:
// environment.vm/container/cloud/hardwareVirtualization, every check's status and the CLI's exit code.
#include "checkjson.h"
#include "session.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace nestready;

namespace {
const QString kData = QStringLiteral(NESTREADY_WINDOWS_DATA);

QJsonObject readJson(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

SourceOptions optionsFor(const QString &dir) {
    SourceOptions o;
    o.windowsEvidence = dir + QStringLiteral("/evidence.json");
    if (QFileInfo::exists(dir + QStringLiteral("/cpuid.txt")))
        o.cpuidDump = dir + QStringLiteral("/cpuid.txt");
    return o;
}

QStringList cliArguments(const QString &dir) {
    const SourceOptions o = optionsFor(dir);
    QStringList args{QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--windows-evidence"),
                     o.windowsEvidence};
    if (!o.cpuidDump.isEmpty()) args << QStringLiteral("--cpuid-dump") << o.cpuidDump;
    return args;
}

// expected.json holds what the correct rules give. Where a rule change is still to come, it names the
// check (or "exitCode") with today's answer in "ruleChangePending": that comparison is an expected failure,
// and once the rule is fixed it passes unexpectedly (XPASS, a failure) until the entry is removed.
bool pending(const QJsonObject &expected, const QString &what) {
    const QString why = expected.value(QStringLiteral("ruleChangePending")).toObject().value(what).toString();
    if (why.isEmpty()) return false;
    QTest::qExpectFail("", qPrintable(what + QStringLiteral(": ") + why), QTest::Continue, __FILE__,
                       __LINE__);
    return true;
}

void compare(const QJsonObject &doc, const QJsonObject &expected) {
    const QJsonObject env = doc.value(QStringLiteral("environment")).toObject();
    const QJsonObject wantEnv = expected.value(QStringLiteral("environment")).toObject();
    for (auto it = wantEnv.begin(); it != wantEnv.end(); ++it)
        QCOMPARE(env.value(it.key()).toString(), it.value().toString());

    const QJsonObject want = expected.value(QStringLiteral("checks")).toObject();
    QStringList seen;
    for (const QJsonValue &v : doc.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        seen << id;
        QVERIFY2(want.contains(id), qPrintable(QStringLiteral("expected.json lacks %1").arg(id)));
        pending(expected, id);
        QCOMPARE(id + u'=' + c.value(QStringLiteral("status")).toString(),
                 id + u'=' + want.value(id).toString());
        const QString status = c.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("warn") || status == QLatin1String("fail")) {
            // Every warning and failure says what to do; the Windows ones also name their guide.
            QVERIFY2(!c.value(QStringLiteral("remedy")).toString().isEmpty(), qPrintable(id));
            if (id.startsWith(QLatin1String("windows.")))
                QVERIFY2(!c.value(QStringLiteral("guide")).toString().isEmpty(), qPrintable(id));
        }
    }
    QCOMPARE(seen.size(), want.size());
}
} // namespace

class TestWindowsFixtures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void enoughMachines() { QVERIFY(QDir(kData).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 12); }

    void replay_data() {
        QTest::addColumn<QString>("dir");
        for (const QString &name : QDir(kData).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QTest::newRow(qPrintable(name)) << kData + u'/' + name;
    }

    void replay() {
        QFETCH(QString, dir);
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/SOURCE.md")));
        const QJsonObject expected = readJson(dir + QStringLiteral("/expected.json"));
        QVERIFY(!expected.isEmpty());

        QString error;
        auto source = makeSource(optionsFor(dir), &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->osFamily(), OsFamily::Windows);
        QCOMPARE(source->kind(), QStringLiteral("windows-evidence"));
        Session session(source);
        QSignalSpy finished(&session, &Session::finished);
        session.start();
        if (!session.hasFinished()) QVERIFY(finished.wait(10000));
        compare(checkDocument(session), expected);
        // The same words are shown for a report in support mode: "this machine" would be the wrong one.
        for (const CheckResult &r : session.results())
            for (const Message &m : {r.title, r.why, r.finding.summary, r.finding.details, r.finding.remedy})
                QVERIFY2(!m.toString().contains(QLatin1String("this machine"), Qt::CaseInsensitive),
                         qPrintable(r.id + QStringLiteral(": ") + m.toString()));
        const int exitCode = verdictOf(session.results()) == Verdict::NotReady ? 1 : 0;
        pending(expected, QStringLiteral("exitCode"));
        QCOMPARE(exitCode, expected.value(QStringLiteral("exitCode")).toInt(-1));
    }

    void cli_data() { replay_data(); }

    // The command line a support engineer runs gives the same answers and exit code.
    void cli() {
        QFETCH(QString, dir);
        const QJsonObject expected = readJson(dir + QStringLiteral("/expected.json"));
        QProcess p;
        p.start(QStringLiteral(NESTREADY_BINARY), cliArguments(dir));
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        pending(expected, QStringLiteral("exitCode"));
        QCOMPARE(p.exitCode(), expected.value(QStringLiteral("exitCode")).toInt(-1));
        const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(doc.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("windows-evidence"));
        compare(doc, expected);
    }

    void cliText() {
        const QString dir = kData + QStringLiteral("/avd-multisession");
        QStringList args = cliArguments(dir);
        args.removeAll(QStringLiteral("--json"));
        QProcess p;
        p.start(QStringLiteral(NESTREADY_BINARY), args);
        QVERIFY(p.waitForFinished(20000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("fail    windows.single-instance")));
        QVERIFY(out.contains(QStringLiteral("Windows Enterprise multi-session")));
        QVERIFY(out.contains(QStringLiteral("verdict not-ready")));
        QCOMPARE(p.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWindowsFixtures)
#include "tst_windowsfixtures.moc"
