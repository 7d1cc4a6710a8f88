// SPDX-License-Identifier: MIT
// JsonTextWriter against Qt's own serialiser: the same calls, given to a JsonObjectBuilder and turned into
// text by QJsonDocument::toJson(Indented), must give the same bytes. For hand-written documents that
// reach every rule of Qt's writer (escapes, UTF-8, unpaired surrogates, empty containers, integers, key
// order, repeated keys) and for the `check --json` document of every recorded machine under tests/data.
#include "checkjson.h"
#include "i18n.h"
#include "jsonwriter.h"
#include "report/redactor.h"
#include "report/reportsource.h"
#include "reportfixtures.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <limits>

using namespace nestready;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nestready::SourceOptions)

namespace {
using Writing = std::function<void(JsonWriter &)>;

struct Case {
    const char *name;
    Writing write;
};

// Every C0 control character, the two characters JSON escapes, and the few that it does not ('/', DEL).
QString controlsAndQuotes() {
    QString s;
    for (char16_t c = 0; c < 0x20; ++c)
        s += QChar(c);
    return s + uR"("\/)"_s + QChar(0x7f) + u"x"_s;
}

QString nonAscii() {
    return u"Grüße aus Köln: Äpfel, Öl, Übermut, Straße; "
           u"仮想化支援機能が無効です（ハイパーバイザー）; 😀 👍🏽 🇩🇪; "
           u"\u0080 \u00ff \u07ff \u0800 \uffff \U00010000 \U0010ffff"_s;
}

// UTF-16 that is no Unicode: Qt writes each unpaired surrogate as an escape.
QString unpairedSurrogates() {
    QString s;
    s += QChar(0xd800);
    s += u'a';
    s += QChar(0xdc00);
    s += QChar(0xdfff);
    s += QChar(0xdbff); // a low surrogate before a high one is no pair
    s += u"😀"_s;
    s += QChar(0xd83d); // a high surrogate at the very end
    return s;
}

const std::vector<Case> &cases() {
    static const std::vector<Case> all{
        {"empty object",
         [](JsonWriter &w) {
             w.beginObject();
             w.endObject();
         }},
        {"empty containers at every depth",
         [](JsonWriter &w) {
             w.beginObject();
             w.key("array"_L1);
             w.beginArray();
             w.endArray();
             w.key("object"_L1);
             w.beginObject();
             w.endObject();
             w.key("list"_L1);
             w.beginArray();
             w.beginArray();
             w.endArray();
             w.beginObject();
             w.endObject();
             w.null();
             w.beginArray();
             w.beginObject();
             w.key("deeper"_L1);
             w.beginArray();
             w.endArray();
             w.endObject();
             w.endArray();
             w.endArray();
             w.endObject();
         }},
        {"scalars",
         [](JsonWriter &w) {
             w.beginObject();
             w.key("null"_L1);
             w.null();
             w.member("true"_L1, true);
             w.member("false"_L1, false);
             w.member("zero"_L1, 0);
             w.member("minus one"_L1, -1);
             w.member("int max"_L1, std::numeric_limits<int>::max());
             w.member("int min"_L1, std::numeric_limits<int>::min());
             w.member("qint64 max"_L1, std::numeric_limits<qint64>::max());
             w.member("qint64 min"_L1, std::numeric_limits<qint64>::min());
             w.member("2^53 + 1"_L1, (qint64(1) << 53) + 1); // a double would round it
             w.member("bytes"_L1, qint64(274877906944));
             w.member("no value"_L1, std::optional<int>());
             w.member("a value"_L1, std::optional<int>(7));
             w.member("empty string"_L1, QString());
             w.member("empty latin-1"_L1, QLatin1StringView());
             w.key("values in an array"_L1);
             w.beginArray();
             w.null();
             w.boolean(true);
             w.integer(-42);
             w.string(u"text"_s);
             w.string("word"_L1);
             w.endArray();
             w.endObject();
         }},
        {"control characters, quotes and backslashes",
         [](JsonWriter &w) {
             w.beginObject();
             w.member("utf-16"_L1, controlsAndQuotes());
             const QByteArray latin1 = controlsAndQuotes().toLatin1();
             w.member("latin-1"_L1, QLatin1StringView(latin1));
             w.key(controlsAndQuotes());
             w.string(u"as a key"_s);
             w.key(QLatin1StringView(latin1)); // the same key as Latin-1: replaces the one before
             w.string(u"as a Latin-1 key"_s);
             w.key("array"_L1);
             w.beginArray();
             for (char16_t c = 0; c < 0x20; ++c)
                 w.string(QString(QChar(c)));
             w.endArray();
             w.endObject();
         }},
        {"non-ASCII: German, Japanese, emoji, the edges of UTF-8",
         [](JsonWriter &w) {
             w.beginObject();
             w.member("text"_L1, nonAscii());
             w.member("latin-1"_L1, QLatin1StringView("caf\xe9 \xa0\xff"));
             w.key(u"Schlüssel"_s);
             w.string(u"Wert"_s);
             w.key(u"キー"_s);
             w.string(u"値"_s);
             w.key(u"🔑"_s);
             w.string(u"🗝️"_s);
             w.endObject();
         }},
        {"unpaired surrogates",
         [](JsonWriter &w) {
             w.beginObject();
             w.member("value"_L1, unpairedSurrogates());
             w.key(unpairedSurrogates());
             w.boolean(true);
             w.key(QString(QChar(0xdc00)));
             w.integer(1);
             w.endObject();
         }},
        {"keys in any order, sorted by UTF-16 code units",
         [](JsonWriter &w) {
             w.beginObject();
             for (const QString &key : {u"zebra"_s, u"a"_s, u"Zebra"_s, u""_s, u"ab"_s, u"a b"_s, u"a\"b"_s,
                                        u"_"_s, u"9"_s, u"\u00e9"_s, u"\uffff"_s, u"\ue000"_s, u"😀"_s,
                                        u"\u0080"_s, u"\u007f"_s, u"Ä"_s, u"日本"_s}) {
                 w.key(key);
                 w.string(key);
             }
             // Latin-1 keys among them; "\xe9" is the key "\u00e9" again.
             for (const char *key : {"mid", "A", "\xe9", "\xff", "zz"}) {
                 w.key(QLatin1StringView(key));
                 w.string(QLatin1StringView(key));
             }
             w.endObject();
         }},
        {"a key that comes again replaces its value",
         [](JsonWriter &w) {
             w.beginObject();
             w.member("x"_L1, 1);
             w.member("y"_L1, 2);
             w.key(u"x"_s);
             w.beginObject();
             w.member("b"_L1, 1);
             w.member("a"_L1, 2);
             w.member("b"_L1, 3);
             w.endObject();
             w.member("a"_L1, u"first"_s);
             w.member("a"_L1, u"second"_s);
             w.member("y"_L1, 4);
             w.member("a"_L1, u"third"_s);
             // enough of them, out of order, that a sort that does not keep the order of equal keys shows
             for (int i = 0; i < 100; ++i)
                 w.member(QLatin1StringView(i % 2 ? "odd" : "even"), (i * 37) % 101);
             w.endObject();
         }},
        {"members in order need no sorting, and one out of order at the end",
         [](JsonWriter &w) {
             w.beginObject();
             for (const char *key : {"a", "b", "c", "d", "e"})
                 w.member(QLatin1StringView(key), QLatin1StringView(key));
             w.member("B"_L1, true);
             w.endObject();
         }},
        {"unsorted objects inside unsorted objects and arrays",
         [](JsonWriter &w) {
             w.beginObject();
             w.key("list"_L1);
             w.beginArray();
             for (int i = 0; i < 3; ++i) {
                 w.beginObject();
                 w.member("title"_L1, u"Titel %1"_s.arg(i));
                 w.member("id"_L1, i);
                 w.key("facts"_L1);
                 w.beginObject();
                 w.member("z"_L1, QString());
                 w.key("m"_L1);
                 w.beginArray();
                 w.endArray();
                 w.member("a"_L1, nonAscii());
                 w.endObject();
                 w.endObject();
             }
             w.endArray();
             w.member("first"_L1, 1);
             w.endObject();
         }},
        {"many members in reverse order",
         [](JsonWriter &w) {
             w.beginObject();
             for (int i = 999; i >= 0; --i) {
                 w.key(u"member %1"_s.arg(i));
                 if (i % 3 == 0) {
                     w.beginObject();
                     w.member("value"_L1, i);
                     w.member("reason"_L1, u"weil\n%1"_s.arg(i));
                     w.endObject();
                 } else {
                     w.integer(i);
                 }
             }
             w.endObject();
         }},
        {"deep nesting",
         [](JsonWriter &w) {
             w.beginObject();
             for (int depth = 0; depth < 40; ++depth) {
                 w.key(depth % 2 ? "odd"_L1 : "even"_L1);
                 w.beginObject();
                 w.member("depth"_L1, depth);
                 w.key("list"_L1);
                 w.beginArray();
                 w.integer(depth);
                 w.endArray();
             }
             for (int depth = 0; depth < 40; ++depth)
                 w.endObject();
             w.endObject();
         }},
    };
    return all;
}

const Writing &caseNamed(const char *name) {
    for (const Case &c : cases())
        if (qstrcmp(c.name, name) == 0) return c.write;
    qFatal("no case %s", name);
}

// The document as Qt writes it from the objects the same calls build.
QByteArray qtText(const Writing &write) {
    JsonObjectBuilder builder;
    write(builder);
    return QJsonDocument(builder.object()).toJson(QJsonDocument::Indented);
}

QByteArray ourText(const Writing &write) {
    JsonTextWriter text;
    write(text);
    return text.text();
}

// The first line that differs, for a failure message that shows where.
QByteArray firstDifference(const QByteArray &expected, const QByteArray &actual) {
    const QList<QByteArray> e = expected.split('\n'), a = actual.split('\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i)
        if (e.value(i) != a.value(i))
            return "line " + QByteArray::number(i + 1) + ": expected \"" + e.value(i) + "\", got \"" +
                   a.value(i) + '"';
    return "no difference";
}

// `nestready check --no-network` sources for every recorded machine: sysroots (linux, cloud, gui, report;
// a folder with evidence.jsonl is a recorded collector stream) and Windows collector outputs.
QList<std::pair<QString, SourceOptions>> recordedMachines() {
    QList<std::pair<QString, SourceOptions>> out;
    const QDir data(QStringLiteral(NESTREADY_TEST_DATA));
    for (const QString &set : {u"linux"_s, u"cloud"_s, u"gui"_s, u"report"_s, u"windows"_s}) {
        const QDir dir(data.filePath(set));
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString path = dir.filePath(name);
            SourceOptions o;
            o.noNetwork = true;
            if (QFile::exists(path + u"/evidence.json"_s))
                o.windowsEvidence = path + u"/evidence.json"_s;
            else
                o.sysroot = path;
            if (QFile::exists(path + u"/cpuid.txt"_s)) o.cpuidDump = path + u"/cpuid.txt"_s;
            out.append({set + u'/' + name, o});
        }
    }
    return out;
}

// The text in English, German and Japanese (titles, summaries and fact reasons are translated), each
// compared with what Qt writes.
void compareInLanguages(const Session &session) {
    for (const QString &language : {u"en"_s, u"de"_s, u"ja"_s}) {
        QVERIFY2(i18n::setLanguage(language), qPrintable(language));
        const QByteArray expected = QJsonDocument(checkDocument(session)).toJson(QJsonDocument::Indented);
        const QByteArray actual = checkDocumentText(session);
        QVERIFY2(actual == expected,
                 qPrintable(language + u": "_s + QString::fromUtf8(firstDifference(expected, actual))));
    }
    QVERIFY(i18n::setLanguage(u"en"_s));
}
} // namespace

class TestJsonWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesWhatQtWrites_data() {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << int(i);
    }
    void writesWhatQtWrites() {
        QFETCH(int, index);
        const Writing &write = cases()[size_t(index)].write;
        const QByteArray expected = qtText(write);
        const QByteArray actual = ourText(write);
        QVERIFY2(actual == expected, firstDifference(expected, actual).constData());
    }

    // The reference above is only as good as the builder: it must build what QJsonObject's own API builds.
    void builderBuildsWhatQJsonObjectBuilds() {
        JsonObjectBuilder b;
        caseNamed("a key that comes again replaces its value")(b);
        const QJsonObject expected{
            {u"a"_s, u"third"_s},
            {u"x"_s, QJsonObject{{u"a"_s, 2}, {u"b"_s, 3}}},
            {u"y"_s, 4},
            {u"even"_s, (98 * 37) % 101},
            {u"odd"_s, (99 * 37) % 101},
        };
        QCOMPARE(b.object(), expected);

        JsonObjectBuilder c;
        caseNamed("empty containers at every depth")(c);
        const QJsonObject empties{
            {u"array"_s, QJsonArray()},
            {u"object"_s, QJsonObject()},
            {u"list"_s, QJsonArray{QJsonArray(), QJsonObject(), QJsonValue(),
                                   QJsonArray{QJsonObject{{u"deeper"_s, QJsonArray()}}}}},
        };
        QCOMPARE(c.object(), empties);
    }

    // A few bytes written out, so that the reference itself is pinned: Qt's format, not only "the same".
    void pinnedForm() {
        const QByteArray text = ourText(caseNamed("empty containers at every depth"));
        QCOMPARE(text, QByteArray("{\n"
                                  "    \"array\": [\n"
                                  "    ],\n"
                                  "    \"list\": [\n"
                                  "        [\n"
                                  "        ],\n"
                                  "        {\n"
                                  "        },\n"
                                  "        null,\n"
                                  "        [\n"
                                  "            {\n"
                                  "                \"deeper\": [\n"
                                  "                ]\n"
                                  "            }\n"
                                  "        ]\n"
                                  "    ],\n"
                                  "    \"object\": {\n"
                                  "    }\n"
                                  "}\n"));
        JsonTextWriter w;
        w.beginObject();
        w.member("s"_L1, u"\"\\\b\f\n\r\t\u0001\u001f/é😀"_s + QChar(0xd800));
        w.endObject();
        QCOMPARE(w.text(), QByteArray("{\n    \"s\": \"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f/\xc3\xa9"
                                      "\xf0\x9f\x98\x80\\ud800\"\n}\n"));
    }

    void checkDocumentOfEveryRecordedMachine_data() {
        QTest::addColumn<SourceOptions>("options");
        const auto machines = recordedMachines();
        QVERIFY(machines.size() >= 60); // every set is found: 36 Linux, 24 Windows, cloud, gui, report
        for (const auto &[name, options] : machines)
            QTest::newRow(qPrintable(name)) << options;
    }
    void checkDocumentOfEveryRecordedMachine() {
        QFETCH(SourceOptions, options);
        QString error;
        const std::shared_ptr<ProbeSource> source = makeSource(options, &error);
        QVERIFY2(source, qPrintable(error));
        Session session(source);
        QVERIFY2(testing::runToEnd(session), "the session did not finish");
        compareInLanguages(session);
    }

    // `check --from-report`: the reports of the recorded machines (with Azure's metadata answer and
    // planted identifiers), redacted and not, and a report an older version wrote.
    void checkDocumentOfEveryReport_data() {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<bool>("redacted");
        for (const QString &machine : testing::recordedMachines())
            for (const bool redacted : {false, true})
                QTest::newRow(qPrintable(machine + (redacted ? u" redacted"_s : QString())))
                    << machine << redacted;
        QTest::newRow("old-rules-physical-workstation.json") << QString() << false;
    }
    void checkDocumentOfEveryReport() {
        QFETCH(QString, machine);
        QFETCH(bool, redacted);
        QTemporaryDir dir;
        QString path = testing::reportData(u"old-rules-physical-workstation.json"_s);
        if (!machine.isEmpty()) {
            Report report = testing::recordedReport(machine);
            if (redacted) {
                QString error;
                const std::optional<Report> r = redactReport(report, nullptr, &error);
                QVERIFY2(r, qPrintable(error));
                report = *r;
            }
            path = dir.filePath(machine + u".json"_s);
            QSaveFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(reportToJsonBytes(report));
            QVERIFY(file.commit());
        }
        QString error;
        const std::shared_ptr<ReportSource> source = ReportSource::open(path, &error);
        QVERIFY2(source, qPrintable(error));
        Session session(source);
        QVERIFY2(testing::runToEnd(session), "the session did not finish");
        compareInLanguages(session);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
