// SPDX-License-Identifier: MIT
#include "evidence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nestready;

class TestEvidence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textRoundTrip()
    {
        Evidence e;
        e.key = QStringLiteral("dmi.sys_vendor");
        e.source = QStringLiteral("/sys/class/dmi/id/sys_vendor");
        e.outcome = Outcome::Ok;
        e.data = "VMware, Inc.\n";
        e.elapsedUs = 42;
        const QJsonObject o = e.toJson();
        QCOMPARE(o.value(QStringLiteral("data")).toString(), QStringLiteral("VMware, Inc.\n"));
        QVERIFY(!o.contains(QStringLiteral("encoding")));
        QString error;
        const Evidence back = Evidence::fromJson(o, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(back.key, e.key);
        QCOMPARE(back.source, e.source);
        QCOMPARE(back.outcome, Outcome::Ok);
        QCOMPARE(back.data, e.data);
        QCOMPARE(back.elapsedUs, 42);
        QCOMPARE(back.text(), QStringLiteral("VMware, Inc."));
    }

    void binaryDataGoesAsBase64()
    {
        Evidence e;
        e.key = QStringLiteral("dmi.smbios-bios-raw");
        e.outcome = Outcome::Ok;
        e.data = QByteArray("\x00\x18\x00\x00\xff\xfe", 6);
        const QJsonObject o = e.toJson();
        QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("base64"));
        QString error;
        QCOMPARE(Evidence::fromJson(o, &error).data, e.data);
    }

    void everyOutcomeHasAStableName()
    {
        for (Outcome o : {Outcome::Ok, Outcome::Missing, Outcome::Denied, Outcome::NeedsAdmin, Outcome::Error,
                          Outcome::TimedOut, Outcome::Unavailable}) {
            bool ok = false;
            QCOMPARE(outcomeFromName(outcomeName(o), &ok), o);
            QVERIFY(ok);
        }
        QCOMPARE(outcomeName(Outcome::TimedOut), QStringLiteral("timed-out"));
        bool ok = true;
        outcomeFromName(QStringLiteral("exploded"), &ok);
        QVERIFY(!ok);
    }

    void rejectsMalformedItems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no key") << QByteArray(R"({"outcome":"ok"})");
        QTest::newRow("empty key") << QByteArray(R"({"key":"","outcome":"ok"})");
        QTest::newRow("key not a string") << QByteArray(R"({"key":7,"outcome":"ok"})");
        QTest::newRow("unknown outcome") << QByteArray(R"({"key":"a","outcome":"great"})");
        QTest::newRow("data is a number") << QByteArray(R"({"key":"a","outcome":"ok","data":12})");
        QTest::newRow("bad base64") << QByteArray(R"({"key":"a","outcome":"ok","data":"%%%","encoding":"base64"})");
    }
    void rejectsMalformedItems()
    {
        QFETCH(QByteArray, json);
        QString error;
        const Evidence e = Evidence::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(e.key.isEmpty());
    }

    void failedReadsHaveNoText()
    {
        Evidence e;
        e.key = QStringLiteral("k");
        e.outcome = Outcome::Denied;
        e.data = "secret";
        QVERIFY(e.text().isEmpty());
    }

    void setReplacesByKey()
    {
        EvidenceSet set;
        Evidence a;
        a.key = QStringLiteral("k");
        a.outcome = Outcome::Ok;
        a.data = "one";
        set.insert(a);
        a.data = "two";
        set.insert(a);
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.text(QStringLiteral("k")), QStringLiteral("two"));
        QVERIFY(set.ok(QStringLiteral("k")));
        QVERIFY(!set.ok(QStringLiteral("absent")));
        QVERIFY(set.find(QStringLiteral("absent")) == nullptr);
        set.clear();
        QVERIFY(set.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
