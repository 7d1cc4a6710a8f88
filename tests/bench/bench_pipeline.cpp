// SPDX-License-Identifier: MIT
// Parse + evaluate per recorded machine: evidence is loaded once, then facts are derived and every
// check evaluated in the timed loop. Run: build/tests/bench/bench_pipeline [-iterations N]
#include "checks/check.h"
#include "session.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace nestready;

class BenchPipeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseAndEvaluate_data() {
        QTest::addColumn<QString>("dir");
        const QDir root(QStringLiteral(NESTREADY_TEST_DATA "/linux"));
        for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QTest::newRow(qPrintable(name)) << root.filePath(name);
        if (root.isEmpty()) QTest::newRow("live") << QString();
    }
    void parseAndEvaluate() {
        QFETCH(QString, dir);
        SourceOptions options;
        options.sysroot = dir;
        if (QFile::exists(dir + QStringLiteral("/cpuid.txt")))
            options.cpuidDump = dir + QStringLiteral("/cpuid.txt");
        QString error;
        auto source = makeSource(options, &error);
        QVERIFY2(source, qPrintable(error));
        Session session(source);
        QSignalSpy finished(&session, &Session::finished);
        session.start();
        QVERIFY(session.hasFinished() || finished.wait(10000));
        const EvidenceSet evidence = session.evidence();
        int fails = 0;
        QBENCHMARK { // the pipeline without probes, as a run settles and a replay re-evaluates
            const Evaluation e = evaluateAll(evidence, source->osFamily());
            for (const CheckResult &r : e.results)
                fails += r.finding.status == Status::Fail;
        }
        QVERIFY(fails >= 0);
    }
};

QTEST_GUILESS_MAIN(BenchPipeline)
#include "bench_pipeline.moc"
