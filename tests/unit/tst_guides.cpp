// SPDX-License-Identifier: MIT
// The guides catalogue: complete, well-formed, and chosen the right way for each kind of machine.
#include "cloud/azuresize.h"
#include "guides/guide.h"
#include "guides/guideselect.h"
#include "guides/sources.h"

#include <QDate>
#include <QFile>
#include <QHash>

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace nestready;
using namespace nestready::guides;

namespace {
// Every id guides/guideids.h defines. A new id there must get a guide (and a row here).
const char *const kAllIds[] = {VmwareEsxi, VmwareDesktop, Azure,    HyperV,          Kvm,      Proxmox,
                               VirtualBox, Parallels,     Xen,      Nutanix,         Gcp,      Aws,
                               CloudPc,    Physical,      LinuxKvm, WindowsFeatures, Container};

bool blank(const char *s) {
    return !s || QString::fromUtf8(s).trimmed().isEmpty();
}

QStringList translatable(const Guide &g) {
    QStringList out{QString::fromUtf8(g.title), QString::fromUtf8(g.supportNote),
                    QString::fromUtf8(g.verify)};
    if (g.alternative) out << QString::fromUtf8(g.alternative);
    for (const char *p : g.prerequisites)
        out << QString::fromUtf8(p);
    for (const Step &s : g.steps)
        out << QString::fromUtf8(s.text);
    for (const Link &l : g.links)
        out << QString::fromUtf8(l.title);
    for (const char *u : g.unsure)
        out << QString::fromUtf8(u);
    return out;
}

QStringList commands(const Guide &g) {
    QStringList out;
    for (const Step &s : g.steps)
        for (const char *c : s.commands)
            out << QString::fromUtf8(c);
    for (const Command &c : g.verifyCommands)
        out << QString::fromUtf8(c.text);
    return out;
}

Facts vmFacts(const QString &vm, const QString &cloud = QStringLiteral("none")) {
    Facts f;
    f.vm.set(*fromWord<VmId>(vm), Sureness::Certain, {}, {});
    f.container.set(ContainerId::None, Sureness::Certain, {}, {});
    f.cloud.set(*fromWord<CloudId>(cloud), Sureness::Certain, {}, {});
    return f;
}

CheckResult result(const char *id, Status s, const char *guide) {
    CheckResult r;
    r.id = QString::fromLatin1(id);
    r.pending = false;
    r.finding.status = s;
    r.finding.guide = QString::fromLatin1(guide);
    return r;
}
} // namespace

class TestGuides : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyIdResolves() {
        for (const char *id : kAllIds) {
            const Guide *g = find(QString::fromLatin1(id));
            QVERIFY2(g, id);
            QCOMPARE(QString::fromLatin1(g->id), QString::fromLatin1(id));
        }
        QCOMPARE(catalogue().size(), qsizetype(std::size(kAllIds)));
        const QStringList all = ids();
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), catalogue().size()); // no duplicates
        QVERIFY(!find(QStringLiteral("no-such-guide")));
    }

    void everyGuideIsComplete() {
        for (const Guide &g : catalogue()) {
            const QByteArray id(g.id);
            QVERIFY2(!g.steps.isEmpty(), id);
            QVERIFY2(!blank(g.verify), id);
            QVERIFY2(!g.links.isEmpty(), id);
            for (const QString &s : translatable(g))
                QVERIFY2(!s.trimmed().isEmpty(), id);
            for (const Step &s : g.steps) {
                QVERIFY2(!blank(s.text), id);
                QVERIFY2(!s.setting || !blank(s.setting), id);
                for (const char *c : s.commands)
                    QVERIFY2(!blank(c), id);
            }
            for (const Link &l : g.links)
                QVERIFY2(QByteArray(l.url).startsWith("https://"), id + " " + l.url);
            if (g.support != Support::Supported)
                QVERIFY2(!blank(g.alternative), id + " needs an alternative");
            for (const QString &check : g.fixes)
                QVERIFY2(check.contains(u'.'), id + " fixes " + check.toUtf8());
        }
    }

    // Commands are copied into a shell or a config file: no sentences, nothing a translator would touch.
    void commandsContainNoProse() {
        static const QRegularExpression prose(QStringLiteral("\\b(the|and|then|your|this|with|replace)\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
        for (const Guide &g : catalogue()) {
            const QStringList text = translatable(g);
            for (const QString &c : commands(g)) {
                QVERIFY2(!c.endsWith(u'.') && !c.contains(QLatin1String(". ")), qPrintable(c));
                QVERIFY2(!prose.match(c).hasMatch(), qPrintable(c));
                QVERIFY2(!text.contains(c), qPrintable(c));
            }
        }
    }

    void supportWordsAreStable() {
        QCOMPARE(supportName(Support::Supported), QStringLiteral("supported"));
        QCOMPARE(supportName(Support::Unsupported), QStringLiteral("unsupported"));
        QCOMPARE(supportName(Support::NotPossible), QStringLiteral("not-possible"));
        for (Support s : {Support::Supported, Support::Unsupported, Support::NotPossible})
            QVERIFY(!supportDisplayName(s).isEmpty());
    }

    // The vendor facts the guides carry, word for word (sources: docs/sources.md).
    void keyFactsArePresent_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("needle");
        QTest::newRow("esxi setting") << "vmware-esxi"
                                      << "Expose hardware assisted virtualization to the guest OS";
        QTest::newRow("esxi vmx") << "vmware-esxi"
                                  << "vhv.enable = \"TRUE\"";
        QTest::newRow("esxi hw9") << "vmware-esxi"
                                  << "hardware version 9";
        QTest::newRow("workstation") << "vmware-workstation"
                                     << "Virtualize Intel VT-x/EPT or AMD-V/RVI";
        QTest::newRow("hyper-v") << "hyper-v"
                                 << "Set-VMProcessor -VMName <VM> -ExposeVirtualizationExtensions $true";
        QTest::newRow("hyper-v nat") << "hyper-v"
                                     << "NAT by default";
        QTest::newRow("hyper-v memory") << "hyper-v"
                                        << "Dynamic memory can stay on";
        QTest::newRow("virtualbox host") << "virtualbox"
                                         << "greyed out";
        QTest::newRow("parallels") << "parallels"
                                   << "Apple silicon";
        QTest::newRow("virtualbox") << "virtualbox"
                                    << "VBoxManage modifyvm <vm> --nested-hw-virt on";
        QTest::newRow("proxmox") << "proxmox"
                                 << "Type: host";
        QTest::newRow("kvm option") << "kvm"
                                    << "options kvm-intel nested=y";
        QTest::newRow("kvm cpu") << "kvm"
                                 << "-cpu host";
        QTest::newRow("nutanix") << "nutanix"
                                 << "acli vm.update <vm> cpu_passthrough=true";
        QTest::newRow("gcp") << "gcp"
                             << "--enable-nested-virtualization";
        QTest::newRow("gcp export") << "gcp"
                                    << "gcloud compute instances export";
        QTest::newRow("gcp yaml") << "gcp"
                                  << "enableNestedVirtualization: true";
        QTest::newRow("gcp update") << "gcp"
                                    << "gcloud compute instances update-from-file";
        QTest::newRow("gcp windows") << "gcp"
                                     << "cannot use WSL 2 or Hyper-V";
        QTest::newRow("aws") << "aws"
                             << "--cpu-options NestedVirtualization=enabled";
        QTest::newRow("aws existing") << "aws"
                                      << "aws ec2 modify-instance-cpu-options --instance-id <INSTANCE-ID> "
                                         "--nested-virtualization enabled";
        QTest::newRow("aws flex") << "aws"
                                  << "M8i-flex";
        QTest::newRow("aws vsm") << "aws"
                                 << "off by itself";
        QTest::newRow("azure size") << "azure"
                                    << "D4s_v5";
        QTest::newRow("azure resize") << "azure"
                                      << "az vm resize --resource-group <RG> --name <VM> --size <SIZE>";
        QTest::newRow("azure standard") << "azure"
                                        << "az feature register --namespace Microsoft.Compute --name "
                                           "UseStandardSecurityType";
        QTest::newRow("w365") << "windows365-avd"
                              << "4 vCPUs";
        QTest::newRow("esxi passthrough") << "vmware-esxi"
                                          << "PCI passthrough or vGPU";
        QTest::newRow("bcdedit") << "windows-features"
                                 << "bcdedit /set hypervisorlaunchtype auto";
        QTest::newRow("wsl") << "windows-features"
                             << "wsl --update";
        QTest::newRow("kvm group") << "linux-kvm"
                                   << "sudo usermod -aG kvm $USER";
        QTest::newRow("native") << "physical"
                                << "natively";
        QTest::newRow("container") << "container"
                                   << "cannot run inside one";
    }
    void keyFactsArePresent() {
        QFETCH(QString, id);
        QFETCH(QString, needle);
        const Guide *g = find(id);
        QVERIFY(g);
        QStringList all = translatable(*g) + commands(*g);
        for (const Step &s : g->steps)
            if (s.setting) all << QString::fromUtf8(s.setting);
        QVERIFY2(all.join(u'\n').contains(needle), qPrintable(needle));
    }

    // Unconfirmed items (docs/sources.md, **unconfirmed**) reach the person as "could not be confirmed".
    void unsureItemsSaySo() {
        for (const char *id : {Nutanix, VirtualBox, Parallels, Azure, VmwareEsxi}) {
            const Guide *g = find(QString::fromLatin1(id));
            QVERIFY2(!g->unsure.isEmpty(), id);
            for (const char *u : g->unsure)
                QVERIFY2(QString::fromUtf8(u).contains(QLatin1String("could not be")), u);
        }
    }

    // Issue 15: what a re-read of the sources found wrong stays gone.
    void correctionsStay() {
        for (const QString &c : commands(*find(QString::fromLatin1(HyperV))))
            QVERIFY2(!c.contains(QLatin1String("MacAddressSpoofing")), qPrintable(c));
        for (const QString &t : translatable(*find(QString::fromLatin1(Parallels))))
            QVERIFY2(!t.contains(QLatin1String("M1 or M2")), qPrintable(t));
        for (const QString &t : translatable(*find(QString::fromLatin1(CloudPc)))) {
            QVERIFY2(!t.contains(QLatin1String("GPU")), qPrintable(t)); // not on the page re-read
            QVERIFY2(!t.contains(QLatin1String("South Africa")), qPrintable(t));
        }
        for (const QString &t : translatable(*find(QString::fromLatin1(Azure))))
            QVERIFY2(!t.contains(QLatin1String("Dsv3, Dsv4")), qPrintable(t)); // no list of unconfirmed sizes
        for (const QString &t : translatable(*find(QString::fromLatin1(Gcp))))
            QVERIFY2(!t.contains(QLatin1String("instances update ")) ||
                         t.contains(QLatin1String("no switch")),
                     qPrintable(t));
        // VirtualBox says the Windows host limit before the steps: in its prerequisites.
        bool said = false;
        for (const char *p : find(QString::fromLatin1(VirtualBox))->prerequisites)
            said = said || QByteArray(p).contains("greyed out");
        QVERIFY(said);
    }

    // Every step carries its source and the date it was read; every link is one of the sources; the
    // sources all have an entry in docs/sources.md, and no link points at VMware's retired addresses.
    void everyStepHasASource() {
        QSet<QString> urls;
        QSet<QString> ids;
        for (const Source *s : src::kAll) {
            QVERIFY2(s->id && s->url && s->read, s->id);
            QVERIFY2(!ids.contains(QString::fromLatin1(s->id)), s->id);
            ids.insert(QString::fromLatin1(s->id));
            urls.insert(QString::fromLatin1(s->url));
            QVERIFY2(QByteArray(s->url).startsWith("https://"), s->url);
            const QDate read = QDate::fromString(QString::fromLatin1(s->read), Qt::ISODate);
            QVERIFY2(read.isValid() && read.year() >= 2026, s->read);
        }
        for (const Guide &g : catalogue()) {
            for (int i = 0; i < g.steps.size(); ++i) {
                const Source *s = g.steps.at(i).source;
                QVERIFY2(s,
                         qPrintable(
                             QStringLiteral("%1 step %2 has no source").arg(QLatin1String(g.id)).arg(i + 1)));
                QVERIFY2(ids.contains(QString::fromLatin1(s->id)), s->id); // one of the listed sources
            }
            for (const Link &l : g.links) {
                QVERIFY2(urls.contains(QString::fromLatin1(l.url)), l.url);
                for (const char *gone : {"kb.vmware.com", "docs.vmware.com", "communities.vmware.com"})
                    QVERIFY2(!QByteArray(l.url).contains(gone), l.url);
            }
        }
        QFile doc(QStringLiteral(NESTREADY_DOCS_DIR "/sources.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const Source *s : src::kAll) {
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(QLatin1String(s->id))), s->id);
            QVERIFY2(text.contains(QString::fromLatin1(s->url)), s->url);
        }
    }

    // One source of truth: every Azure series the guide names is a row of the size table, with the status
    // the sentence gives it (the supported list, then the list of sizes without nesting).
    void azureGuideNamesOnlyTableRows() {
        QHash<QString, azure::Nested> table;
        for (const azure::SeriesInfo &r : azure::seriesTable())
            table.insert(r.series, r.nested);
        static const QRegularExpression series(QStringLiteral("\\b[A-Z][A-Za-z0-9_]*v[0-9]+\\b"));
        static const QRegularExpression size(QStringLiteral("^(Standard_)?[A-Z]+[0-9]"));
        const Guide &g = *find(QString::fromLatin1(Azure));
        int named = 0;
        for (const QString &t : translatable(g)) {
            const bool without =
                t.contains(QLatin1String("without it")) || t.contains(QLatin1String("do not offer"));
            for (auto it = series.globalMatch(t); it.hasNext();) {
                const QString token = it.next().captured();
                if (size.match(token).hasMatch()) continue; // a size (D4s_v5), not a series
                QVERIFY2(table.contains(token),
                         qPrintable(token + QLatin1String(" is not in the size table")));
                QCOMPARE(table.value(token),
                         without ? azure::Nested::NotSupported : azure::Nested::Supported);
                ++named;
            }
        }
        QVERIFY(named >= 10);
        // The size the guide and the checks recommend is one the table supports.
        QCOMPARE(azure::nestedSupport(*azure::parseSizeName(QString::fromLatin1(azure::kTestedSize))).nested,
                 azure::Nested::Supported);
    }

    void choosesByFailingCheckThenPlatform() {
        const Facts esxi = vmFacts(QStringLiteral("vmware"));
        QList<CheckResult> rs{result("platform.vendor-support", Status::Pass, VmwareEsxi),
                              result("cpu.virtualization", Status::Fail, VmwareEsxi)};
        QCOMPARE(chooseGuide(esxi, rs), QStringLiteral("vmware-esxi"));
        // The person's pick steers a platform guide...
        QCOMPARE(chooseGuide(esxi, rs, QStringLiteral("vmware-workstation")),
                 QStringLiteral("vmware-workstation"));
        // ...but not an in-guest one.
        rs = {result("linux.kvm-device", Status::Fail, LinuxKvm)};
        QCOMPARE(chooseGuide(esxi, rs, QStringLiteral("vmware-workstation")), QStringLiteral("linux-kvm"));
        // Nothing fails: the platform's guide.
        QCOMPARE(chooseGuide(esxi, {}), QStringLiteral("vmware-esxi"));
        QCOMPARE(chooseGuide(vmFacts(QStringLiteral("microsoft"), QStringLiteral("azure")), {}),
                 QStringLiteral("azure"));
        QCOMPARE(chooseGuide(vmFacts(QStringLiteral("none")), {}), QStringLiteral("physical"));
        Facts docker = vmFacts(QStringLiteral("none"));
        docker.container.set(ContainerId::Docker, Sureness::Certain, {}, {});
        QCOMPARE(chooseGuide(docker, {}), QStringLiteral("container"));
        // Unknown everything: no guide rather than a guess.
        QCOMPARE(chooseGuide(Facts{}, {}), QString());
    }

    void picksOnlyWhereEvidenceCannotTell() {
        const auto guidesOf = [](const QList<PlatformChoice> &cs) {
            QStringList out;
            for (const auto &c : cs)
                out << c.guide;
            return out;
        };
        QCOMPARE(guidesOf(platformChoices(vmFacts(QStringLiteral("vmware")))),
                 (QStringList{"vmware-esxi", "vmware-workstation", "vmware-workstation"}));
        QVERIFY(
            guidesOf(platformChoices(vmFacts(QStringLiteral("kvm")))).contains(QStringLiteral("proxmox")));
        QVERIFY(platformChoices(vmFacts(QStringLiteral("microsoft"), QStringLiteral("azure"))).isEmpty());
        QVERIFY(platformChoices(vmFacts(QStringLiteral("none"))).isEmpty());
        QVERIFY(platformChoices(vmFacts(QStringLiteral("oracle"))).isEmpty());
        const QStringList other = guidesOf(platformChoices(vmFacts(QStringLiteral("vm-other"))));
        QVERIFY(other.contains(QStringLiteral("vmware-esxi")) && other.contains(QStringLiteral("hyper-v")));
        QVERIFY(!other.contains(QStringLiteral("physical")) && !other.contains(QStringLiteral("linux-kvm")));
    }
};

QTEST_GUILESS_MAIN(TestGuides)
#include "tst_guides.moc"
