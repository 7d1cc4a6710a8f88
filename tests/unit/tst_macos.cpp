// SPDX-License-Identifier: MIT
// macOS: from recorded sysctl values, nestready says what the Mac is. The values are the sysctl names
// Apple documents for Hypervisor.framework (kern.hv_support, kern.hv_vmm_present) and ordinary hw.* keys;
// "VirtualMac2,1" is the model Apple's Virtualization.framework gives macOS guests.
#include "checkjson.h"
#include "probes/macsource.h"
#include "session.h"

#include <QSignalSpy>
#include <QTest>

using namespace nestready;

namespace {
QString status(const Session &s, const char *id) {
    for (const CheckResult &r : s.results())
        if (r.id == QLatin1String(id)) return word(r.finding.status);
    return QStringLiteral("absent");
}

QJsonObject run(Session &session) {
    QSignalSpy finished(&session, &Session::finished);
    session.start();
    if (!session.hasFinished()) finished.wait(5000);
    return environmentJson(session.facts());
}
} // namespace

class TestMacos : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void physicalAppleSiliconMac() {
        Session session(MacSource::recorded("hw.model: Mac14,2\n"
                                            "machdep.cpu.brand_string: Apple M2\n"
                                            "kern.osproductversion: 14.6.1\n"
                                            "kern.hv_support: 1\n"
                                            "kern.hv_vmm_present: 0\n"
                                            "hw.logicalcpu: 8\n"
                                            "hw.memsize: 17179869184\n"
                                            "hw.optional.arm64: 1\n",
                                            "path=/Users/u\nfree-bytes=214748364800\n"));
        const QJsonObject env = run(session);
        QCOMPARE(env.value(QStringLiteral("os")).toString(), QStringLiteral("macos"));
        QCOMPARE(env.value(QStringLiteral("vm")).toString(), QStringLiteral("none"));
        QCOMPARE(env.value(QStringLiteral("container")).toString(), QStringLiteral("none"));
        QCOMPARE(env.value(QStringLiteral("hardwareVirtualization")).toString(), QStringLiteral("exposed"));
        QCOMPARE(session.facts().osName.valueOr(QString()), QStringLiteral("macOS 14.6.1"));
        QCOMPARE(status(session, "platform.machine"), QStringLiteral("pass"));
        QCOMPARE(status(session, "platform.vendor-support"), QStringLiteral("pass"));
        QCOMPARE(status(session, "cpu.virtualization"), QStringLiteral("pass"));
        QCOMPARE(status(session, "memory.total"), QStringLiteral("pass"));
        QCOMPARE(status(session, "disk.free"), QStringLiteral("pass"));
        QCOMPARE(status(session, "linux.kvm-device"), QStringLiteral("absent"));
        QCOMPARE(status(session, "platform.container"), QStringLiteral("absent"));
    }

    void macosGuestOfVirtualizationFramework() {
        Session session(MacSource::recorded("hw.model: VirtualMac2,1\n"
                                            "kern.osproductversion: 15.1\n"
                                            "kern.hv_support: 0\n"
                                            "kern.hv_vmm_present: 1\n"
                                            "hw.logicalcpu: 4\n"
                                            "hw.memsize: 8589934592\n"
                                            "hw.optional.arm64: 1\n"));
        const QJsonObject env = run(session);
        QCOMPARE(env.value(QStringLiteral("vm")).toString(), QStringLiteral("apple"));
        QCOMPARE(env.value(QStringLiteral("hardwareVirtualization")).toString(),
                 QStringLiteral("not-exposed"));
        QCOMPARE(status(session, "cpu.virtualization"), QStringLiteral("fail"));
        QCOMPARE(status(session, "platform.vendor-support"), QStringLiteral("warn"));
        QCOMPARE(status(session, "memory.total"), QStringLiteral("warn"));
        QCOMPARE(status(session, "disk.free"), QStringLiteral("unknown"));
    }

    void intelMacGuestInVmware() {
        Session session(
            MacSource::recorded("hw.model: VMware7,1\nkern.hv_vmm_present: 1\nkern.hv_support: 1\n"));
        QCOMPARE(run(session).value(QStringLiteral("vm")).toString(), QStringLiteral("vmware"));
        QCOMPARE(status(session, "cpu.virtualization"), QStringLiteral("pass"));
    }

    void garbageSysctlIsUnknown() {
        Session session(MacSource::recorded(QByteArray("\x01\x02 not sysctl output", 20)));
        const QJsonObject env = run(session);
        QCOMPARE(env.value(QStringLiteral("vm")).toString(), QStringLiteral("unknown"));
        QCOMPARE(env.value(QStringLiteral("hardwareVirtualization")).toString(), QStringLiteral("unknown"));
        QCOMPARE(status(session, "cpu.virtualization"), QStringLiteral("unknown"));
        QCOMPARE(word(verdictOf(session.results())), QStringLiteral("undetermined"));
    }
};

QTEST_GUILESS_MAIN(TestMacos)
#include "tst_macos.moc"
