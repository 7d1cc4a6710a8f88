// SPDX-License-Identifier: MIT
#include "evidence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nestready;

class TestEvidence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textRoundTrip() {
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

    void binaryDataGoesAsBase64() {
        Evidence e;
        e.key = QStringLiteral("dmi.smbios-bios-raw");
        e.outcome = Outcome::Ok;
        e.data = QByteArray("\x00\x18\x00\x00\xff\xfe", 6);
        const QJsonObject o = e.toJson();
        QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("base64"));
        QString error;
        QCOMPARE(Evidence::fromJson(o, &error).data, e.data);
    }

    // Text with one byte that is not UTF-8 keeps every byte (base64), rather than going out decoded with
    // U+FFFD in its place; so do control characters (they would grow sixfold as JSON escapes).
    void notUtf8GoesAsBase64_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("text");
        QTest::newRow("text") << QByteArray("{\"name\": \"vm-1\"}\r\n\tx") << true;
        QTest::newRow("utf-8 text") << QByteArray("Gr\xc3\xbc\xc3\x9f Gott \xe2\x82\xac \xf0\x9f\x98\x80")
                                    << true;
        QTest::newRow("stray byte") << QByteArray("{\"name\": \"vm-1\xff\"}") << false;
        QTest::newRow("cut sequence") << QByteArray("abc\xe2\x82") << false;
        QTest::newRow("overlong") << QByteArray("a\xc0\xaf"
                                                "b")
                                  << false;
        QTest::newRow("surrogate") << QByteArray("a\xed\xa0\x80"
                                                 "b")
                                   << false;
        QTest::newRow("above U+10FFFF") << QByteArray("a\xf4\x90\x80\x80") << false;
        QTest::newRow("escape sequence") << QByteArray("a\x1b[2Jb") << false;
        QTest::newRow("DEL") << QByteArray("a\x7f") << false;
    }
    void notUtf8GoesAsBase64() {
        QFETCH(QByteArray, data);
        QFETCH(bool, text);
        Evidence e;
        e.key = QStringLiteral("azure.imds");
        e.outcome = Outcome::Ok;
        e.data = data;
        const QJsonObject o = e.toJson();
        QCOMPARE(o.contains(QStringLiteral("encoding")), !text);
        QCOMPARE(data.isValidUtf8() && text, text); // Qt's own check agrees where it applies
        QString error;
        QCOMPARE(Evidence::fromJson(o, &error).data, data);
        QVERIFY(error.isEmpty());
    }

    // An item or a run over its bounds is kept as an error that says so, without data.
    void evidenceIsBounded() {
        EvidenceSet set;
        Evidence e;
        e.outcome = Outcome::Ok;
        e.key = QStringLiteral("huge");
        e.data = QByteArray(evidencelimits::MaxItemBytes + 1, 'x');
        set.insert(e);
        QCOMPARE(set.find(QStringLiteral("huge"))->outcome, Outcome::Error);
        QVERIFY(set.find(QStringLiteral("huge"))->data.isEmpty());
        QVERIFY(set.find(QStringLiteral("huge"))->detail.contains(QStringLiteral("not kept")));
        QVERIFY(evidencelimits::MaxTotalBytes / 3 <= evidencelimits::MaxItemBytes);
        e.data = QByteArray(evidencelimits::MaxTotalBytes / 3, 'x'); // three of these fill the run
        for (int i = 0; i < 3; ++i) {
            e.key = QStringLiteral("big%1").arg(i);
            set.insert(e);
            QVERIFY(set.ok(e.key));
        }
        e.key = QStringLiteral("one-too-many");
        e.data = "x";
        set.insert(e);
        QVERIFY(!set.ok(e.key));
        // Replacing an item frees its share.
        e.key = QStringLiteral("big0");
        e.data = "small";
        set.insert(e);
        e.key = QStringLiteral("fits-again");
        set.insert(e);
        QVERIFY(set.ok(e.key));
    }

    void everyOutcomeHasAStableName() {
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

    void rejectsMalformedItems_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no key") << QByteArray(R"({"outcome":"ok"})");
        QTest::newRow("empty key") << QByteArray(R"({"key":"","outcome":"ok"})");
        QTest::newRow("key not a string") << QByteArray(R"({"key":7,"outcome":"ok"})");
        QTest::newRow("unknown outcome") << QByteArray(R"({"key":"a","outcome":"great"})");
        QTest::newRow("data is a number") << QByteArray(R"({"key":"a","outcome":"ok","data":12})");
        QTest::newRow("bad base64") << QByteArray(
            R"({"key":"a","outcome":"ok","data":"%%%","encoding":"base64"})");
    }
    void rejectsMalformedItems() {
        QFETCH(QByteArray, json);
        QString error;
        const Evidence e = Evidence::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(e.key.isEmpty());
    }

    void failedReadsHaveNoText() {
        Evidence e;
        e.key = QStringLiteral("k");
        e.outcome = Outcome::Denied;
        e.data = "secret";
        QVERIFY(e.text().isEmpty());
    }

    void setReplacesByKey() {
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
