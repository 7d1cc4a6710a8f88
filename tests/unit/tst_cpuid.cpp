// SPDX-License-Identifier: MIT
#include "cpuid/cpuiddump.h"

#include <QTest>

using nestready::cpuid::Dump;

class TestCpuid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesKvmDump() {
        const char *text =
            "CPU:\n"
            "   0x00000000 0x00: eax=0x00000010 ebx=0x68747541 ecx=0x444d4163 edx=0x69746e65\n"
            "   0x00000001 0x00: eax=0x00a00f11 ebx=0x01020800 ecx=0xfffa3203 edx=0x178bfbff\n"
            "   0x40000000 0x00: eax=0x40000001 ebx=0x4b4d564b ecx=0x564b4d56 edx=0x0000004d\n";
        std::string error;
        const auto dump = Dump::parse(text, &error);
        QVERIFY2(dump, error.c_str());
        QCOMPARE(dump->vendor(), std::string("AuthenticAMD"));
        QCOMPARE(dump->hypervisorPresent(), std::optional<bool>(true));
        QCOMPARE(dump->hypervisorSignature(), std::string("KVMKVMKVM"));
        QCOMPARE(dump->vmx(), std::optional<bool>(false));
        QCOMPARE(dump->svm(), std::optional<bool>()); // leaf 0x80000001 absent
    }
};

QTEST_GUILESS_MAIN(TestCpuid)
#include "tst_cpuid.moc"
