// SPDX-License-Identifier: MIT
// Azure size names: every pattern of Microsoft's naming conventions
// (https://learn.microsoft.com/azure/virtual-machines/vm-naming-conventions) and the series table.
#include "cloud/azuresize.h"

#include <QDate>
#include <QSet>
#include <QTest>

using namespace nestready::azure;

class TestAzureSize : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("subfamily");
        QTest::addColumn<int>("vcpus");
        QTest::addColumn<int>("constrained");
        QTest::addColumn<QString>("features");
        QTest::addColumn<QString>("accelerator");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("series");
        // name                       tier        fam  sub  vcpu con feat   accel   ver series
        QTest::newRow("D4s_v5") << "Standard_D4s_v5"
                                << "Standard"
                                << "D"
                                << "" << 4 << 0 << "s"
                                << "" << 5 << "Dsv5";
        QTest::newRow("D4ds_v5") << "Standard_D4ds_v5"
                                 << "Standard"
                                 << "D"
                                 << "" << 4 << 0 << "ds"
                                 << "" << 5 << "Ddsv5";
        QTest::newRow("E8as_v5") << "Standard_E8as_v5"
                                 << "Standard"
                                 << "E"
                                 << "" << 8 << 0 << "as"
                                 << "" << 5 << "Easv5";
        QTest::newRow("B2s") << "Standard_B2s"
                             << "Standard"
                             << "B"
                             << "" << 2 << 0 << "s"
                             << "" << 1 << "Bs";
        QTest::newRow("B2ats_v2") << "Standard_B2ats_v2"
                                  << "Standard"
                                  << "B"
                                  << "" << 2 << 0 << "ats"
                                  << "" << 2 << "Batsv2";
        QTest::newRow("DC4as_v5") << "Standard_DC4as_v5"
                                  << "Standard"
                                  << "D"
                                  << "C" << 4 << 0 << "as"
                                  << "" << 5 << "DCasv5";
        QTest::newRow("D4pds_v5") << "Standard_D4pds_v5"
                                  << "Standard"
                                  << "D"
                                  << "" << 4 << 0 << "pds"
                                  << "" << 5 << "Dpdsv5";
        QTest::newRow("F4s_v2") << "Standard_F4s_v2"
                                << "Standard"
                                << "F"
                                << "" << 4 << 0 << "s"
                                << "" << 2 << "Fsv2";
        QTest::newRow("D4s_v6") << "Standard_D4s_v6"
                                << "Standard"
                                << "D"
                                << "" << 4 << 0 << "s"
                                << "" << 6 << "Dsv6";
        QTest::newRow("M128ms") << "Standard_M128ms"
                                << "Standard"
                                << "M"
                                << "" << 128 << 0 << "ms"
                                << "" << 1 << "Mms";
        QTest::newRow("NC24ads_A100_v4") << "Standard_NC24ads_A100_v4"
                                         << "Standard"
                                         << "N"
                                         << "C" << 24 << 0 << "ads"
                                         << "A100" << 4 << "NCadsA100v4";
        QTest::newRow("NC4as_T4_v3 (doc example 3)") << "Standard_NC4as_T4_v3"
                                                     << "Standard"
                                                     << "N"
                                                     << "C" << 4 << 0 << "as"
                                                     << "T4" << 3 << "NCasT4v3";
        QTest::newRow("NV16as_v4 (doc example 2)") << "Standard_NV16as_v4"
                                                   << "Standard"
                                                   << "N"
                                                   << "V" << 16 << 0 << "as"
                                                   << "" << 4 << "NVasv4";
        QTest::newRow("M416ms_v2 (doc example 1)") << "Standard_M416ms_v2"
                                                   << "Standard"
                                                   << "M"
                                                   << "" << 416 << 0 << "ms"
                                                   << "" << 2 << "Mmsv2";
        QTest::newRow("M8-2ms_v2 (doc example 4)") << "Standard_M8-2ms_v2"
                                                   << "Standard"
                                                   << "M"
                                                   << "" << 8 << 2 << "ms"
                                                   << "" << 2 << "Mmsv2";
        QTest::newRow("D2_v3") << "Standard_D2_v3"
                               << "Standard"
                               << "D"
                               << "" << 2 << 0 << ""
                               << "" << 3 << "Dv3";
        QTest::newRow("DS2_v2") << "Standard_DS2_v2"
                                << "Standard"
                                << "D"
                                << "S" << 2 << 0 << ""
                                << "" << 2 << "DSv2";
        QTest::newRow("L8s_v3") << "Standard_L8s_v3"
                                << "Standard"
                                << "L"
                                << "" << 8 << 0 << "s"
                                << "" << 3 << "Lsv3";
        QTest::newRow("HB120rs_v3") << "Standard_HB120rs_v3"
                                    << "Standard"
                                    << "H"
                                    << "B" << 120 << 0 << "rs"
                                    << "" << 3 << "HBrsv3";
        QTest::newRow("E4-2ds_v5") << "Standard_E4-2ds_v5"
                                   << "Standard"
                                   << "E"
                                   << "" << 4 << 2 << "ds"
                                   << "" << 5 << "Edsv5";
        QTest::newRow("Basic_A1") << "Basic_A1"
                                  << "Basic"
                                  << "A"
                                  << "" << 1 << 0 << ""
                                  << "" << 1 << "A";
        QTest::newRow("A2m_v2") << "Standard_A2m_v2"
                                << "Standard"
                                << "A"
                                << "" << 2 << 0 << "m"
                                << "" << 2 << "Amv2";
        QTest::newRow("E112ibds_v5") << "Standard_E112ibds_v5"
                                     << "Standard"
                                     << "E"
                                     << "" << 112 << 0 << "ibds"
                                     << "" << 5 << "Eibdsv5";
        QTest::newRow("GS5-8") << "Standard_GS5-8"
                               << "Standard"
                               << "G"
                               << "S" << 5 << 8 << ""
                               << "" << 1 << "GS";
        QTest::newRow("no tier") << "D4s_v5"
                                 << "Standard"
                                 << "D"
                                 << "" << 4 << 0 << "s"
                                 << "" << 5 << "Dsv5";
        QTest::newRow("spaces") << "  Standard_D4s_v5\n"
                                << "Standard"
                                << "D"
                                << "" << 4 << 0 << "s"
                                << "" << 5 << "Dsv5";
    }
    void parses() {
        QFETCH(QString, name);
        const auto s = parseSizeName(name);
        QVERIFY2(s, qPrintable(name));
        QTEST(s->tier, "tier");
        QTEST(s->family, "family");
        QTEST(s->subfamily, "subfamily");
        QTEST(s->vcpus, "vcpus");
        QTEST(s->constrainedVcpus, "constrained");
        QTEST(s->features, "features");
        QTEST(s->accelerator, "accelerator");
        QTEST(s->version, "version");
        QTEST(s->series(), "series");
    }

    void featureLetters() {
        const auto arm = parseSizeName(QStringLiteral("Standard_D4pds_v5"));
        QVERIFY(arm && arm->isArm() && !arm->isAmd() && arm->has('d') && arm->has('s'));
        const auto amd = parseSizeName(QStringLiteral("Standard_E8as_v5"));
        QVERIFY(amd && amd->isAmd() && !amd->isArm());
        QVERIFY(parseSizeName(QStringLiteral("Standard_DC4as_v5"))->isConfidential());
        QVERIFY(!parseSizeName(QStringLiteral("Standard_D4s_v5"))->isConfidential());
        QCOMPARE(parseSizeName(QStringLiteral("Standard_E4-2ds_v5"))->activeVcpus(), 2);
        QCOMPARE(parseSizeName(QStringLiteral("Standard_D4s_v5"))->activeVcpus(), 4);
    }

    void rejects_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << "";
        QTest::newRow("lower-cased") << "standard_d4s_v5";
        QTest::newRow("no vcpus") << "Standard_Ds_v5";
        QTest::newRow("zero vcpus") << "Standard_D0s_v5";
        QTest::newRow("trailing junk") << "Standard_D4s_v5_x";
        QTest::newRow("version without number") << "Standard_D4s_v";
        QTest::newRow("json") << "{\"vmSize\":1}";
        QTest::newRow("doc typo B1ls2") << "Standard_B1ls2";
    }
    void rejects() {
        QFETCH(QString, name);
        QVERIFY(!parseSizeName(name));
    }

    void nestedTable_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("nested");
        QTest::addColumn<QString>("series");
        QTest::newRow("D4s_v5") << "Standard_D4s_v5"
                                << "supported"
                                << "Dsv5";
        QTest::newRow("D96s_v5") << "Standard_D96s_v5"
                                 << "supported"
                                 << "Dsv5";
        QTest::newRow("D4_v5") << "Standard_D4_v5"
                               << "supported"
                               << "Dv5";
        QTest::newRow("D4as_v5") << "Standard_D4as_v5"
                                 << "supported"
                                 << "Dasv5";
        QTest::newRow("D4ads_v5") << "Standard_D4ads_v5"
                                  << "supported"
                                  << "Dadsv5";
        QTest::newRow("D4ls_v5") << "Standard_D4ls_v5"
                                 << "supported"
                                 << "Dlsv5";
        QTest::newRow("D4lds_v5") << "Standard_D4lds_v5"
                                  << "supported"
                                  << "Dldsv5";
        QTest::newRow("E8as_v5") << "Standard_E8as_v5"
                                 << "supported"
                                 << "Easv5";
        QTest::newRow("E8s_v5") << "Standard_E8s_v5"
                                << "supported"
                                << "Esv5";
        QTest::newRow("E8_v5") << "Standard_E8_v5"
                               << "supported"
                               << "Ev5";
        QTest::newRow("F4s_v2") << "Standard_F4s_v2"
                                << "supported"
                                << "Fsv2";
        QTest::newRow("D4s_v6") << "Standard_D4s_v6"
                                << "supported"
                                << "Dsv6";
        QTest::newRow("D2_v3") << "Standard_D2_v3"
                               << "supported"
                               << "Dv3";
        QTest::newRow("D2s_v3") << "Standard_D2s_v3"
                                << "supported"
                                << "Dsv3";
        QTest::newRow("B2s") << "Standard_B2s"
                             << "not-supported"
                             << "Bv1";
        QTest::newRow("B1ls") << "Standard_B1ls"
                              << "not-supported"
                              << "Bv1";
        QTest::newRow("B2ms") << "Standard_B2ms"
                              << "not-supported"
                              << "Bv1";
        QTest::newRow("B2s_v2") << "Standard_B2s_v2"
                                << "not-supported"
                                << "Bsv2";
        QTest::newRow("B2ts_v2") << "Standard_B2ts_v2"
                                 << "not-supported"
                                 << "Bsv2";
        QTest::newRow("B2ats_v2") << "Standard_B2ats_v2"
                                  << "not-supported"
                                  << "Basv2";
        QTest::newRow("DC4as_v5") << "Standard_DC4as_v5"
                                  << "not-supported"
                                  << "DCasv5";
        QTest::newRow("D4ps_v5") << "Standard_D4ps_v5"
                                 << "not-supported"
                                 << "Dpsv5";
        QTest::newRow("A2_v2") << "Standard_A2_v2"
                               << "not-supported"
                               << "Av2";
        QTest::newRow("A2m_v2") << "Standard_A2m_v2"
                                << "not-supported"
                                << "Av2";
        // Re-read for issue 15 (each on its series page, 2026-12-01).
        QTest::newRow("D4ds_v5") << "Standard_D4ds_v5"
                                 << "supported"
                                 << "Ddsv5";
        QTest::newRow("D4as_v6") << "Standard_D4as_v6"
                                 << "supported"
                                 << "Dasv6";
        QTest::newRow("D4ds_v6") << "Standard_D4ds_v6"
                                 << "supported"
                                 << "Ddsv6";
        QTest::newRow("E4s_v6") << "Standard_E4s_v6"
                                << "supported"
                                << "Esv6";
        QTest::newRow("E192is_v6") << "Standard_E192is_v6"
                                   << "supported"
                                   << "Esv6";
        QTest::newRow("F4as_v6 (preview)") << "Standard_F4as_v6"
                                           << "supported"
                                           << "Fasv6";
        QTest::newRow("L8s_v3") << "Standard_L8s_v3"
                                << "supported"
                                << "Lsv3";
        QTest::newRow("E4_v4") << "Standard_E4_v4"
                               << "supported"
                               << "Ev4";
        QTest::newRow("E80is_v4") << "Standard_E80is_v4"
                                  << "supported"
                                  << "Esv4";
        QTest::newRow("E64i_v3") << "Standard_E64i_v3"
                                 << "supported"
                                 << "Ev3";
        QTest::newRow("E104is_v5") << "Standard_E104is_v5"
                                   << "supported"
                                   << "Esv5";
        QTest::newRow("E112ias_v5") << "Standard_E112ias_v5"
                                    << "supported"
                                    << "Easv5";
        QTest::newRow("D4ps_v6") << "Standard_D4ps_v6"
                                 << "not-supported"
                                 << "Dpsv6";
        // GPU sizes are not Unknown by their suffix: the N-series pages say "Not Supported".
        QTest::newRow("NC4as_T4_v3") << "Standard_NC4as_T4_v3"
                                     << "not-supported"
                                     << "NCasT4_v3";
        QTest::newRow("NC40ads_H100_v5") << "Standard_NC40ads_H100_v5"
                                         << "not-supported"
                                         << "NCads_H100_v5";
        QTest::newRow("NC80adis_H100_v5") << "Standard_NC80adis_H100_v5"
                                          << "not-supported"
                                          << "NCads_H100_v5";
        QTest::newRow("NV6ads_A10_v5") << "Standard_NV6ads_A10_v5"
                                       << "not-supported"
                                       << "NVadsA10_v5";
        QTest::newRow("NV36adms_A10_v5") << "Standard_NV36adms_A10_v5"
                                         << "not-supported"
                                         << "NVadsA10_v5";
        QTest::newRow("NV16as_v4") << "Standard_NV16as_v4"
                                   << "not-supported"
                                   << "NVv4";
        // Not read, or not in the table: never guessed.
        QTest::newRow("D4pds_v5") << "Standard_D4pds_v5"
                                  << "unknown"
                                  << "";
        QTest::newRow("E4-2ds_v5") << "Standard_E4-2ds_v5"
                                   << "unknown"
                                   << "";
        QTest::newRow("M128ms") << "Standard_M128ms"
                                << "unknown"
                                << "";
        QTest::newRow("NC24ads_A100_v4") << "Standard_NC24ads_A100_v4"
                                         << "unknown"
                                         << "";
        QTest::newRow("NC4as_A10_v3 (accelerator differs)") << "Standard_NC4as_A10_v3"
                                                            << "unknown"
                                                            << "";
        QTest::newRow("HB120rs_v3") << "Standard_HB120rs_v3"
                                    << "unknown"
                                    << "";
        QTest::newRow("DS2_v2") << "Standard_DS2_v2"
                                << "unknown"
                                << "";
        QTest::newRow("Basic_A1") << "Basic_A1"
                                  << "unknown"
                                  << "";
        QTest::newRow("D4s_v7") << "Standard_D4s_v7"
                                << "unknown"
                                << "";
        // No plain Dv6 or Ev6 series exists.
        QTest::newRow("D4_v6") << "Standard_D4_v6"
                               << "unknown"
                               << "";
        QTest::newRow("E4_v6") << "Standard_E4_v6"
                               << "unknown"
                               << "";
    }
    void nestedTable() {
        QFETCH(QString, name);
        const auto s = parseSizeName(name);
        QVERIFY(s);
        const SeriesInfo info = nestedSupport(*s);
        QTEST(nestedName(info.nested), "nested");
        QTEST(info.series, "series");
        if (info.nested != Nested::Unknown) {
            QVERIFY(info.sourceUrl.startsWith(
                QLatin1String("https://learn.microsoft.com/azure/virtual-machines/")));
            QCOMPARE(info.readOn, QStringLiteral("2026-12-01"));
        } else {
            QVERIFY(info.sourceUrl.isEmpty());
            QVERIFY(info.readOn.isEmpty());
        }
    }

    // Keep it true: every row names its page and the date it was read, and no two rows share a series.
    void everyRowHasItsSource() {
        const QList<SeriesInfo> rows = seriesTable();
        QVERIFY(rows.size() >= 35);
        QSet<QString> seen;
        for (const SeriesInfo &r : rows) {
            QVERIFY2(!seen.contains(r.series), qPrintable(r.series));
            seen.insert(r.series);
            QVERIFY2(r.nested != Nested::Unknown, qPrintable(r.series));
            QVERIFY2(r.sourceUrl.startsWith(
                         QLatin1String("https://learn.microsoft.com/azure/virtual-machines/sizes/")),
                     qPrintable(r.series));
            QVERIFY2(r.sourceUrl.endsWith(QLatin1String("-series")), qPrintable(r.sourceUrl));
            QVERIFY2(QDate::fromString(r.readOn, Qt::ISODate).isValid(), qPrintable(r.series));
        }
        for (const char *name : {"Standard_D4s_v5", "Standard_B2s", "Standard_DC4as_v5"})
            QVERIFY(!sizeSpec(QString::fromLatin1(name))->readOn.isEmpty());
    }

    void specs() {
        const auto d4 = sizeSpec(QStringLiteral("Standard_D4s_v5"));
        QVERIFY(d4);
        QCOMPARE(d4->vcpus, 4);
        QCOMPARE(d4->memoryGiB, 16.0);
        QVERIFY(d4->sourceUrl.endsWith(QLatin1String("dsv5-series")));
        const auto b2s = sizeSpec(QStringLiteral("Standard_B2s"));
        QVERIFY(b2s);
        QCOMPARE(b2s->vcpus, 2);
        QCOMPARE(b2s->memoryGiB, 4.0);
        QCOMPARE(sizeSpec(QStringLiteral("Standard_B1ls"))->memoryGiB, 0.5);
        QCOMPARE(sizeSpec(QStringLiteral("Standard_B32s_v2"))->vcpus, 32);
        QCOMPARE(sizeSpec(QStringLiteral("Standard_DC4as_v5"))->memoryGiB, 16.0);
        QVERIFY(!sizeSpec(
            QStringLiteral("Standard_D4ds_v5"))); // not in the spec table (vCPUs come from the name)
        QVERIFY(!sizeSpec(QString()));
    }

    void suggestions_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("B2s → tested size") << "Standard_B2s"
                                           << "Standard_D4s_v5";
        QTest::newRow("B8ms keeps vCPUs") << "Standard_B8ms"
                                          << "Standard_D8s_v5";
        QTest::newRow("B12ms rounds up") << "Standard_B12ms"
                                         << "Standard_D16s_v5";
        QTest::newRow("AMD stays AMD") << "Standard_DC4as_v5"
                                       << "Standard_D4as_v5";
        QTest::newRow("AMD burstable") << "Standard_B2ats_v2"
                                       << "Standard_D4as_v5";
        QTest::newRow("Arm → x64") << "Standard_D8ps_v5"
                                   << "Standard_D8s_v5";
        QTest::newRow("memory optimized") << "Standard_E16-4ds_v4"
                                          << "Standard_E4s_v5";
        QTest::newRow("huge") << "Standard_B200ms"
                              << "Standard_D96s_v5";
        QTest::newRow("unreadable") << "garbage"
                                    << "Standard_D4s_v5";
    }
    void suggestions() {
        QFETCH(QString, from);
        const QString to = suggestedSize(parseSizeName(from));
        QTEST(to, "to");
        // Every suggestion must itself be a size the table lists as supported.
        QCOMPARE(nestedSupport(*parseSizeName(to)).nested, Nested::Supported);
    }
};

QTEST_GUILESS_MAIN(TestAzureSize)
#include "tst_azuresize.moc"
