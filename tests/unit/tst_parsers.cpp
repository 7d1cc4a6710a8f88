// SPDX-License-Identifier: MIT
// Every parser in core/facts/parsers.h and cpuid::Dump::parse: real input, then empty, garbage, truncated,
// binary and CRLF input. Bad input must give empty values or nullopt, never a crash or a made-up value.
#include "cpuid/cpuiddump.h"
#include "facts/parsers.h"

#include <QTest>

#include <random>

using namespace nestready;
using cpuid::Dump;

namespace {
// Excerpt of /proc/cpuinfo on a KVM guest (Linux 6.1), first processor block kept whole.
const char kCpuinfo[] = "processor\t: 0\n"
                        "vendor_id\t: GenuineIntel\n"
                        "cpu family\t: 6\n"
                        "model\t\t: 85\n"
                        "model name\t: Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz\n"
                        "flags\t\t: fpu vme lm vmx hypervisor\n"
                        "vmx flags\t: vnmi preemption_timer ept vpid\n"
                        "\n"
                        "processor\t: 1\n"
                        "vendor_id\t: GenuineIntel\n"
                        "model name\t: some other name\n"
                        "flags\t\t: fpu\n"
                        "\n";

const char kDump[] = "CPU:\n"
                     "   0x00000000 0x00: eax=0x00000016 ebx=0x756e6547 ecx=0x6c65746e edx=0x49656e69\n"
                     "   0x00000001 0x00: eax=0x00050657 ebx=0x00020800 ecx=0xfed8322b edx=0x1f8bfbff\n"
                     "   0x40000000 0x00: eax=0x40000010 ebx=0x61774d56 ecx=0x4d566572 edx=0x65726177\n"
                     "   0x80000001 0x00: eax=0x00000000 ebx=0x00000000 ecx=0x00000121 edx=0x2c100800\n";

QString crlf(const char *text) {
    return QString::fromLatin1(text).replace(u'\n', QStringLiteral("\r\n"));
}

QByteArray randomBytes(int n, unsigned seed) {
    std::mt19937 gen(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = char(gen() & 0xff);
    return out;
}

std::optional<Dump> parseDump(const QByteArray &bytes, std::string *error = nullptr) {
    return Dump::parse(std::string_view(bytes.constData(), size_t(bytes.size())), error);
}
} // namespace

class TestParsers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // --- /proc/cpuinfo ---------------------------------------------------------------------------
    void cpuinfoReadsTheFirstProcessorAndCountsAll() {
        const auto info = parse::cpuinfo(QString::fromLatin1(kCpuinfo));
        QCOMPARE(info.logicalCpus, 2);
        QCOMPARE(info.vendorId, QStringLiteral("GenuineIntel"));
        QCOMPARE(info.modelName, QStringLiteral("Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz"));
        QVERIFY(info.flags.contains(QStringLiteral("vmx")));
        QVERIFY(info.flags.contains(QStringLiteral("hypervisor")));
        QVERIFY(info.vmxFlags.contains(QStringLiteral("ept")));
        QVERIFY(info.valid());
    }
    void cpuinfoArmFeatures() {
        // arm64 names the flags line "Features" and has no vendor_id.
        const auto info = parse::cpuinfo(QStringLiteral("processor\t: 0\nBogoMIPS\t: 48.00\n"
                                                        "Features\t: fp asimd evtstrm aes crc32\n"));
        QCOMPARE(info.logicalCpus, 1);
        QVERIFY(info.vendorId.isEmpty());
        QVERIFY(info.flags.contains(QStringLiteral("asimd")));
    }
    void cpuinfoCrlf() {
        const auto info = parse::cpuinfo(crlf(kCpuinfo));
        QCOMPARE(info.logicalCpus, 2);
        QCOMPARE(info.vendorId, QStringLiteral("GenuineIntel"));
        QVERIFY(info.flags.contains(QStringLiteral("hypervisor"))); // no "hypervisor\r"
        QCOMPARE(info.modelName, QStringLiteral("Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz"));
    }
    void cpuinfoBadInput_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank lines") << QStringLiteral("\n\n\n");
        QTest::newRow("garbage") << QStringLiteral("this is not a cpuinfo file\nno colons here\n");
        QTest::newRow("colons only") << QStringLiteral(":::\n: :\n");
        QTest::newRow("binary") << QString::fromLatin1(randomBytes(4096, 1));
    }
    void cpuinfoBadInput() {
        QFETCH(QString, text);
        const auto info = parse::cpuinfo(text);
        QCOMPARE(info.logicalCpus, 0);
        QVERIFY(info.flags.isEmpty());
        QVERIFY(!info.valid());
    }
    void cpuinfoTruncated() {
        // Cut in the middle of the vendor line: what was read is kept, nothing is invented.
        const auto info = parse::cpuinfo(QStringLiteral("processor\t: 0\nvendor_id\t: Genu"));
        QCOMPARE(info.logicalCpus, 1);
        QCOMPARE(info.vendorId, QStringLiteral("Genu"));
        QVERIFY(info.flags.isEmpty());
        QVERIFY(!info.flags.contains(QStringLiteral("vmx")));
    }

    // --- /proc/meminfo ---------------------------------------------------------------------------
    void memTotal_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: nullopt
        QTest::newRow("kB") << QStringLiteral("MemTotal:       16384000 kB\nMemFree: 1 kB\n")
                            << 16384000LL * 1024;
        QTest::newRow("not first line")
            << QStringLiteral("MemFree: 1 kB\nMemTotal: 2048 kB\n") << 2048LL * 1024;
        QTest::newRow("crlf") << QStringLiteral("MemTotal:       4096 kB\r\nMemFree: 1 kB\r\n")
                              << 4096LL * 1024;
        QTest::newRow("no unit") << QStringLiteral("MemTotal: 1000\n") << 1000LL;
        QTest::newRow("MB") << QStringLiteral("MemTotal: 3 MB\n") << 3LL * 1024 * 1024;
        QTest::newRow("empty") << QString() << -1LL;
        QTest::newRow("missing") << QStringLiteral("MemFree: 1 kB\nSwapTotal: 0 kB\n") << -1LL;
        QTest::newRow("no value") << QStringLiteral("MemTotal:\n") << -1LL;
        QTest::newRow("truncated") << QStringLiteral("MemTot") << -1LL;
        QTest::newRow("garbage number") << QStringLiteral("MemTotal: lots kB\n") << -1LL;
        QTest::newRow("negative") << QStringLiteral("MemTotal: -5 kB\n") << -1LL;
        QTest::newRow("unknown unit") << QStringLiteral("MemTotal: 5 GB\n") << -1LL;
        QTest::newRow("overflow") << QStringLiteral("MemTotal: 9223372036854775807 kB\n") << -1LL;
        QTest::newRow("binary") << QString::fromLatin1(randomBytes(2048, 2)) << -1LL;
    }
    void memTotal() {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto got = parse::memTotalBytes(text);
        if (bytes < 0)
            QVERIFY2(!got, qPrintable(QString::number(got.value_or(0))));
        else
            QCOMPARE(got, std::optional<qint64>(bytes));
    }

    // --- os-release(5) ---------------------------------------------------------------------------
    void osRelease() {
        const auto os = parse::osRelease(QStringLiteral("# comment\n"
                                                        "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
                                                        "ID=debian\n"
                                                        "NAME='Single quoted \\n kept'\n"
                                                        "VARIANT=\"A \\\"quoted\\\" word\"\n"
                                                        "  SPACED  =  value  \n"
                                                        "=no key\n"
                                                        "no equals sign\n"));
        QCOMPARE(os.value(QStringLiteral("PRETTY_NAME")), QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(os.value(QStringLiteral("ID")), QStringLiteral("debian"));
        QCOMPARE(os.value(QStringLiteral("NAME")), QStringLiteral("Single quoted \\n kept"));
        QCOMPARE(os.value(QStringLiteral("VARIANT")), QStringLiteral("A \"quoted\" word"));
        QCOMPARE(os.value(QStringLiteral("SPACED")), QStringLiteral("value"));
        QCOMPARE(os.size(), 5);
    }
    void osReleaseCrlf() {
        const auto os = parse::osRelease(crlf("ID=ubuntu\nVERSION_ID=\"22.04\"\n"));
        QCOMPARE(os.value(QStringLiteral("ID")), QStringLiteral("ubuntu"));
        QCOMPARE(os.value(QStringLiteral("VERSION_ID")), QStringLiteral("22.04"));
    }
    void osReleaseTruncated() {
        // An unterminated quote is not unquoted: the value stays as written rather than guessed.
        const auto os = parse::osRelease(QStringLiteral("ID=rhel\nPRETTY_NAME=\"Red Hat Ent"));
        QCOMPARE(os.value(QStringLiteral("ID")), QStringLiteral("rhel"));
        QCOMPARE(os.value(QStringLiteral("PRETTY_NAME")), QStringLiteral("\"Red Hat Ent"));
    }
    void osReleaseBadInput() {
        QVERIFY(parse::osRelease(QString()).isEmpty());
        QVERIFY(parse::osRelease(QStringLiteral("garbage without structure\n\n")).isEmpty());
        QVERIFY(parse::osRelease(QStringLiteral("\"\n=\n")).isEmpty());
        (void)parse::osRelease(QString::fromLatin1(randomBytes(4096, 3))); // must not crash
    }

    // --- key=value (linux.dev-kvm, disk.free) ----------------------------------------------------
    void keyValues() {
        const auto kv = parse::keyValues(QStringLiteral(
            "present=yes\nmode=660\nerrno=Permission denied\nurl=a=b\n\nnoise\n=x\nmode=600\n"));
        QCOMPARE(kv.value(QStringLiteral("present")), QStringLiteral("yes"));
        QCOMPARE(kv.value(QStringLiteral("errno")), QStringLiteral("Permission denied"));
        QCOMPARE(kv.value(QStringLiteral("url")), QStringLiteral("a=b"));  // the first '=' splits
        QCOMPARE(kv.value(QStringLiteral("mode")), QStringLiteral("600")); // the last one wins
        QCOMPARE(kv.size(), 4);
    }
    void keyValuesCrlfAndBadInput() {
        const auto kv = parse::keyValues(crlf("free-bytes=100\npath=/home/u\n"));
        QCOMPARE(kv.value(QStringLiteral("free-bytes")), QStringLiteral("100"));
        QCOMPARE(kv.value(QStringLiteral("path")), QStringLiteral("/home/u"));
        QVERIFY(parse::keyValues(QString()).isEmpty());
        QVERIFY(parse::keyValues(QStringLiteral("no pairs at all")).isEmpty());
        const auto truncated = parse::keyValues(QStringLiteral("present=yes\nope"));
        QCOMPARE(truncated.size(), 1);
        (void)parse::keyValues(QString::fromLatin1(randomBytes(4096, 4))); // must not crash
    }

    // --- integers --------------------------------------------------------------------------------
    void integer_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("decimal") << QStringLiteral("42") << true << 42LL;
        QTest::newRow("spaces") << QStringLiteral("  42\r\n") << true << 42LL;
        QTest::newRow("negative") << QStringLiteral("-7") << true << -7LL;
        QTest::newRow("hex") << QStringLiteral("0x1F") << true << 31LL;
        QTest::newRow("HEX") << QStringLiteral("0X1f") << true << 31LL;
        QTest::newRow("large") << QStringLiteral("270553174016") << true << 270553174016LL;
        QTest::newRow("empty") << QString() << false << 0LL;
        QTest::newRow("bare 0x") << QStringLiteral("0x") << false << 0LL;
        QTest::newRow("trailing garbage") << QStringLiteral("12abc") << false << 0LL;
        QTest::newRow("words") << QStringLiteral("twelve") << false << 0LL;
        QTest::newRow("overflow") << QStringLiteral("9223372036854775808") << false << 0LL;
        QTest::newRow("bad hex") << QStringLiteral("0xZZ") << false << 0LL;
    }
    void integer() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto got = parse::integer(text);
        QCOMPARE(got.has_value(), ok);
        if (ok) QCOMPARE(*got, value);
    }

    // --- cpuid -r dumps --------------------------------------------------------------------------
    void dumpParses() {
        std::string error;
        const auto dump = Dump::parse(kDump, &error);
        QVERIFY2(dump, error.c_str());
        QCOMPARE(dump->size(), std::size_t(4));
        QCOMPARE(dump->vendor(), std::string("GenuineIntel"));
        QCOMPARE(dump->hypervisorSignature(), std::string("VMwareVMware"));
        QCOMPARE(dump->vmx(), std::optional<bool>(true));
        QCOMPARE(dump->hypervisorPresent(), std::optional<bool>(true));
        QCOMPARE(dump->svm(), std::optional<bool>(false));
        QCOMPARE(dump->longMode(), std::optional<bool>(true));
        QCOMPARE(dump->nestedPaging(), std::optional<bool>());           // leaf 0x8000000A absent
        QCOMPARE(dump->hypervCreatePartitions(), std::optional<bool>()); // not Hyper-V
    }
    void dumpCrlf() {
        const QByteArray text = crlf(kDump).toLatin1();
        std::string error;
        const auto dump = parseDump(text, &error);
        QVERIFY2(dump, error.c_str());
        QCOMPARE(dump->hypervisorSignature(), std::string("VMwareVMware"));
        QCOMPARE(dump->leaf(1)->edx, 0x1f8bfbffu);
    }
    void dumpKeepsTheFirstCpu() {
        // `cpuid -r` without -1 prints every CPU; the second one differs here and must be ignored.
        const char *text =
            "CPU 0:\n"
            "   0x00000000 0x00: eax=0x0000000d ebx=0x68747541 ecx=0x444d4163 edx=0x69746e65\n"
            "   0x00000001 0x00: eax=0x00a00f11 ebx=0x00020800 ecx=0x80000000 edx=0x178bfbff\n"
            "CPU 1:\n"
            "   0x00000000 0x00: eax=0x0000000d ebx=0x756e6547 ecx=0x6c65746e edx=0x49656e69\n"
            "   0x00000001 0x00: eax=0x00a00f11 ebx=0x01020800 ecx=0x00000020 edx=0x178bfbff\n"
            "   0x40000000 0x00: eax=0x40000001 ebx=0x4b4d564b ecx=0x564b4d56 edx=0x0000004d\n";
        const auto dump = Dump::parse(text);
        QVERIFY(dump);
        QCOMPARE(dump->size(), std::size_t(2));
        QCOMPARE(dump->vendor(), std::string("AuthenticAMD"));
        QCOMPARE(dump->leaf(1)->ebx, 0x00020800u);
        QCOMPARE(dump->vmx(), std::optional<bool>(false));
        QVERIFY(!dump->leaf(0x40000000u));
    }
    void dumpSubleaves() {
        const auto dump =
            Dump::parse("   0x0000000b 0x00: eax=0x00000000 ebx=0x00000001 ecx=0x00000100 edx=0x1\n"
                        "   0x0000000b 0x01: eax=0x00000005 ebx=0x00000002 ecx=0x00000201 edx=0x1\n");
        QVERIFY(dump);
        QCOMPARE(dump->leaf(0xb, 1)->ecx, 0x201u);
        QCOMPARE(dump->leaf(0xb, 0)->ecx, 0x100u);
        QVERIFY(!dump->leaf(0xb, 2));
        QCOMPARE(dump->vendor(), std::string()); // leaf 0 absent
        QCOMPARE(dump->hypervisorPresent(), std::optional<bool>());
    }
    void dumpHypervisorBitGatesTheSignature() {
        // Bare metal answers leaf 0x40000000 with leftover data; without bit 31 it is no signature.
        const auto dump =
            Dump::parse("   0x00000001 0x00: eax=0x000806e9 ebx=0x00100800 ecx=0x7ffafbbf edx=0xbfebfbff\n"
                        "   0x40000000 0x00: eax=0x00000a8c ebx=0x4b4d564b ecx=0x564b4d56 edx=0x4d\n");
        QVERIFY(dump);
        QCOMPARE(dump->hypervisorPresent(), std::optional<bool>(false));
        QCOMPARE(dump->hypervisorSignature(), std::string());
    }
    void dumpBadInput_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << QByteArray("CPU:\n");
        QTest::newRow("garbage") << QByteArray("cpuid: not found\nplease install it\n");
        QTest::newRow("truncated line") << QByteArray(
            "CPU:\n   0x00000000 0x00: eax=0x00000016 ebx=0x756e6547 ecx=0x6c65746e edx=0x49656e69\n"
            "   0x00000001 0x00: eax=0x000606a6 ebx=0x0002");
        QTest::newRow("missing register") << QByteArray("   0x00000001 0x00: eax=0x1 ebx=0x2 ecx=0x3\n");
        QTest::newRow("extra field") << QByteArray(
            "   0x00000001 0x00: eax=0x1 ebx=0x2 ecx=0x3 edx=0x4 fx=0x5\n");
        QTest::newRow("bad hex") << QByteArray("   0x00000001 0x00: eax=0xZZ ebx=0x2 ecx=0x3 edx=0x4\n");
        QTest::newRow("decimal") << QByteArray("   0x00000001 0x00: eax=12 ebx=0x2 ecx=0x3 edx=0x4\n");
        QTest::newRow("wrong names") << QByteArray("   0x00000001 0x00: ebx=0x1 eax=0x2 ecx=0x3 edx=0x4\n");
        QTest::newRow("no colon") << QByteArray("   0x00000001 0x00 eax=0x1 ebx=0x2 ecx=0x3 edx=0x4\n");
        QTest::newRow("too wide") << QByteArray(
            "   0x00000001 0x00: eax=0x100000000 ebx=0x2 ecx=0x3 edx=0x4\n");
        QTest::newRow("binary") << randomBytes(8192, 5);
        QTest::newRow("nul bytes") << QByteArray("\0\0\0\0\n\0", 6);
    }
    void dumpBadInput() {
        QFETCH(QByteArray, text);
        std::string error;
        QVERIFY(!parseDump(text, &error));
        QVERIFY(!error.empty());
    }
    void dumpErrorNamesTheLine() {
        std::string error;
        QVERIFY(!Dump::parse("CPU:\n   0x00000000 0x00: eax=0x0 ebx=0x0 ecx=0x0 edx=0x0\n   0x1 0x00: oops\n",
                             &error));
        QVERIFY2(error.rfind("line 3:", 0) == 0, error.c_str());
    }
    void dumpFuzz() {
        // Random mutations of a valid dump: any answer is fine, a crash or hang is not.
        std::mt19937 gen(6);
        const QByteArray base(kDump);
        for (int i = 0; i < 2000; ++i) {
            QByteArray t = base;
            const int edits = 1 + int(gen() % 8);
            for (int e = 0; e < edits; ++e)
                t[int(gen() % unsigned(t.size()))] = char(gen() & 0xff);
            if (gen() % 4 == 0) t.truncate(int(gen() % unsigned(t.size())));
            (void)parseDump(t);
        }
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
