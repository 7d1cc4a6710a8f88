// SPDX-License-Identifier: MIT
// Messages are translated when shown, with the translators installed at that moment; ids have one word each.
#include "cloud/cloudfacts.h"
#include "i18n.h"
#include "ids.h"
#include "message.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace nestready;

namespace {
struct Text {
    NR_DECLARE_MESSAGES(Facts)
};

// A translator that answers one context with a fixed German text, so the test needs no .qm file.
class FakeGerman : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int n) const override {
        if (qstrcmp(context, "MessageTest") != 0) return {};
        if (qstrcmp(source, "A virtual machine on %1.") == 0)
            return QStringLiteral("Eine virtuelle Maschine auf %1.");
        if (qstrcmp(source, "another hypervisor") == 0) return QStringLiteral("einem anderen Hypervisor");
        if (qstrcmp(source, "%n processor(s)") == 0)
            return n == 1 ? QStringLiteral("%n Prozessor") : QStringLiteral("%n Prozessoren");
        if (qstrcmp(source, "%1 of %2") == 0) return QStringLiteral("%2 hat %1");
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestMessage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void translatesWhenShownNotWhenMade() {
        const Message m = Message("MessageTest", "A virtual machine on %1.")
                              .arg(Message("MessageTest", "another hypervisor"));
        QCOMPARE(m.toString(), QStringLiteral("A virtual machine on another hypervisor."));
        FakeGerman german;
        QCoreApplication::installTranslator(&german);
        QCOMPARE(m.toString(), QStringLiteral("Eine virtuelle Maschine auf einem anderen Hypervisor."));
        QCOMPARE(m.toSourceString(), QStringLiteral("A virtual machine on another hypervisor."));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(m.toString(), QStringLiteral("A virtual machine on another hypervisor."));
    }

    void pluralsAndReorderedArguments() {
        FakeGerman german;
        QCoreApplication::installTranslator(&german);
        QCOMPARE(Message("MessageTest", "%n processor(s)", nullptr, 1).toString(),
                 QStringLiteral("1 Prozessor"));
        QCOMPARE(Message("MessageTest", "%n processor(s)", nullptr, 4).toString(),
                 QStringLiteral("4 Prozessoren"));
        // The translation puts %2 first; each argument still lands on its own number.
        QCOMPARE(
            Message("MessageTest", "%1 of %2").arg(QStringLiteral("A")).arg(QStringLiteral("B")).toString(),
            QStringLiteral("B hat A"));
        QCoreApplication::removeTranslator(&german);
    }

    void argumentsAreNeverExpandedTwice() {
        // Data that looks like a placeholder stays as it is (a host name "%2" must not swallow argument 2).
        const Message m =
            Message::verbatim(QStringLiteral("%1 and %2")).arg(QStringLiteral("%2"), QStringLiteral("x"));
        QCOMPARE(m.toString(), QStringLiteral("%2 and x"));
        QCOMPARE(Message::verbatim(QStringLiteral("%L1 %1")).arg(7).toString(), QStringLiteral("7 7"));
        QCOMPARE(Message::verbatim(QStringLiteral("%1 %2")).arg(QStringLiteral("only")).toString(),
                 QStringLiteral("only %2"));
        QCOMPARE(Message::verbatim(QStringLiteral("%1")).arg(2.5, 0, 'f', 1).toString(),
                 QStringLiteral("2.5"));
    }

    void joinAndEquality() {
        const Message a = Text::tr("KVM");
        QCOMPARE(Message::join({a, Message(), Message::verbatim(QStringLiteral("x"))}).toString(),
                 QStringLiteral("KVM x"));
        QVERIFY(Message::join({}).isEmpty());
        QVERIFY(Message().isEmpty());
        QVERIFY(a == Text::tr("KVM"));
        QVERIFY(a != Text::tr("Xen"));
        QVERIFY(a.arg(QStringLiteral("1")) != a);
        QCOMPARE((a + u'/' + QStringLiteral("y")).toString(), QStringLiteral("KVM/y"));
    }

    void dataSizesFollowTheLocale() {
        QCOMPARE(Message::dataSize(1536).toSourceString(),
                 QLocale::c().formattedDataSize(1536, 1, QLocale::DataSizeTraditionalFormat));
        QLocale::setDefault(QLocale(QLocale::German));
        QCOMPARE(Message::dataSize(1536).toString(), QStringLiteral("1,5 kB")); // German: comma, "kB"
        QLocale::setDefault(QLocale::c());
    }

    void oneWalkWithTheLeavesRenderedByTheCaller() {
        // Every leaf, however deep (a join inside an argument inside an argument), goes through the caller's
        // steps; verbatim data, separators and the placement of arguments do not.
        QStringList seen;
        const Message::Leaves marked{[&](const char *context, const char *source, const char *, int n) {
                                         seen.append(QString::fromLatin1(context));
                                         return u'<' + QString::fromUtf8(source) + u'|' + QString::number(n) +
                                                u'>';
                                     },
                                     [](qint64 bytes) { return QStringLiteral("[%1 B]").arg(bytes); }};
        const Message inner = Message::join(
            {Message("MessageTest", "another hypervisor"), Message::dataSize(3)}, QStringLiteral(" / "));
        const Message m = Message("MessageTest", "%1 of %2")
                              .arg(Message("Other", "A virtual machine on %1.").arg(inner))
                              .arg(QStringLiteral("%1 data"));
        QCOMPARE(
            m.render(marked),
            QStringLiteral("<<A virtual machine on <another hypervisor|-1> / [3 B].|-1> of %1 data|-1>"));
        QCOMPARE(seen, (QStringList{QStringLiteral("MessageTest"), QStringLiteral("Other"),
                                    QStringLiteral("MessageTest")}));
        // The two renderings the product uses are this walk with their own leaves.
        QCOMPARE(m.toSourceString(),
                 QStringLiteral("A virtual machine on another hypervisor / 3 bytes. of %1 data"));
    }

    void everyIdHasOneWord() {
        const auto check = [](auto values) {
            QStringList words;
            for (auto v : values) {
                const QString w = word(v);
                QVERIFY(!w.isEmpty());
                QVERIFY2(!words.contains(w), qPrintable(w));
                words << w;
                QCOMPARE(fromWord<decltype(v)>(w), std::optional<decltype(v)>(v));
            }
        };
        check(allValues<OsFamily>());
        check(allValues<VmId>());
        check(allValues<ContainerId>());
        check(allValues<CloudId>());
        check(allValues<Sureness>());
        check(allValues<HwVirt>());
        check(allValues<Status>());
        check(allValues<Verdict>());
        check(allValues<ImdsState>());
        // The documented words (README, docs/report-schema.md) are exactly these.
        QCOMPARE(word(VmId::Other), QStringLiteral("vm-other"));
        QCOMPARE(word(ContainerId::Other), QStringLiteral("container-other"));
        QCOMPARE(word(CloudId::Other), QStringLiteral("cloud-other"));
        QCOMPARE(word(HwVirt::NotExposed), QStringLiteral("not-exposed"));
        QCOMPARE(word(Verdict::ReadyWithWarnings), QStringLiteral("ready-with-warnings"));
        QCOMPARE(fromWord<Status>(QStringLiteral("PASS")), std::optional<Status>());
        QCOMPARE(fromWord<VmId>(QString()), std::optional<VmId>());
    }
};

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
