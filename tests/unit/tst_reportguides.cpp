// SPDX-License-Identifier: MIT
// What a report tells the person who has to act on it: the guides and steps that fit the machine (per OS,
// cloud and state) in the HTML and Markdown reports, verdicts and statuses in words of the report's
// language, Markdown code that renders as code, and the print rules.
#include "reportfixtures.h"

#include "i18n.h"
#include "report/reportguides.h"
#include "report/reportwriters.h"

#include <QRegularExpression>

using namespace nestready;
using namespace nestready::testing;

class TestReportGuides : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void guidesFitMachine_data();
    void guidesFitMachine();
    void userPickSteersPlatformGuide();
    void markdownCodeRenders();
    void wordsNotMachineWords();
    void wordsInReportLanguage();
    void printRules();
};

namespace {
QStringList ids(const QList<reportguides::Guide> &list) {
    QStringList out;
    for (const reportguides::Guide &g : list)
        out.append(QString::fromLatin1(g.guide->id));
    return out;
}
} // namespace

void TestReportGuides::guidesFitMachine_data() {
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QStringList>("guides");   // in the order the report lists them
    QTest::addColumn<QStringList>("commands"); // that must be there, verbatim
    QTest::addColumn<QStringList>("notThere"); // that must not
    const QString linuxKvm = QStringLiteral("sudo usermod -aG kvm $USER");
    const QString bcdedit = QStringLiteral("bcdedit /set hypervisorlaunchtype auto");
    const QString vhv = QStringLiteral("vhv.enable = \"TRUE\"");
    // Linux: the platform's guide, the in-guest KVM steps, never the Windows ones.
    QTest::newRow("linux on esxi") << QStringLiteral("report/vmware-esxi-no-nested")
                                   << QStringList{QStringLiteral("vmware-esxi")} << QStringList{vhv}
                                   << QStringList{bcdedit, linuxKvm};
    QTest::newRow("linux physical, no kvm access")
        << QStringLiteral("report/physical-workstation") << QStringList{QStringLiteral("linux-kvm")}
        << QStringList{linuxKvm} << QStringList{bcdedit, vhv};
    QTest::newRow("linux on aws") << QStringLiteral("linux/aws-nitro-m5-large")
                                  << QStringList{QStringLiteral("aws")} << QStringList{}
                                  << QStringList{bcdedit, linuxKvm, vhv};
    // Windows: the cloud's or hypervisor's guide, then the in-guest Windows steps, never the Linux ones.
    QTest::newRow("windows on azure b2s")
        << QStringLiteral("windows/azure-b2s-no-nested")
        << QStringList{QStringLiteral("azure"), QStringLiteral("windows-features")} << QStringList{bcdedit}
        << QStringList{linuxKvm, vhv};
    QTest::newRow("windows on esxi") << QStringLiteral("windows/esxi-no-vhv-intel")
                                     << QStringList{QStringLiteral("vmware-esxi"),
                                                    QStringLiteral("windows-features")}
                                     << QStringList{vhv, bcdedit} << QStringList{linuxKvm};
    QTest::newRow("windows physical, vt-x off")
        << QStringLiteral("windows/physical-win10-vtx-off") << QStringList{QStringLiteral("physical")}
        << QStringList{} << QStringList{linuxKvm, vhv};
    QTest::newRow("azure virtual desktop")
        << QStringLiteral("windows/avd-multisession")
        << QStringList{QStringLiteral("windows-features"), QStringLiteral("windows365-avd")}
        << QStringList{bcdedit} << QStringList{linuxKvm, vhv};
    // State: a machine that is ready gets nothing to do.
    QTest::newRow("windows ready") << QStringLiteral("windows/physical-win11-hyperv") << QStringList{}
                                   << QStringList{} << QStringList{bcdedit, linuxKvm, vhv};
}

void TestReportGuides::guidesFitMachine() {
    QFETCH(QString, machine);
    QFETCH(QStringList, guides);
    QFETCH(QStringList, commands);
    QFETCH(QStringList, notThere);
    const Report r =
        machine.startsWith(QLatin1String("report/")) ? recordedReport(machine.mid(7)) : dataReport(machine);
    const QList<reportguides::Guide> fitting = reportguides::guidesFor(r);
    QCOMPARE(ids(fitting), guides);

    const QString html = reportHtml(r);
    const QString md = reportMarkdown(r);
    QVERIFY(html.contains(QStringLiteral("<h2>Steps for your administrator</h2>")));
    QVERIFY(md.contains(QStringLiteral("### Steps for your administrator")));
    if (guides.isEmpty()) {
        QVERIFY(html.contains(QStringLiteral("Nothing to do: iEchor Desktop can run on this machine.")));
        QVERIFY(md.contains(QStringLiteral("Nothing to do: iEchor Desktop can run on this machine.")));
    }
    for (const reportguides::Guide &fit : fitting) {
        const QString title = guides::text(fit.guide->title);
        QVERIFY2(html.contains(QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped())), qPrintable(title));
        QVERIFY(md.contains(QStringLiteral("#### %1").arg(title)));
        QVERIFY(!fit.steps.isEmpty());
        for (const reportguides::Step &s : fit.steps) {
            QVERIFY2(html.contains(guides::text(s.step->text).toHtmlEscaped()), s.step->text);
            for (const QString &c : s.commands) {
                QVERIFY2(html.contains(QStringLiteral("<pre><code>%1</code></pre>").arg(c.toHtmlEscaped())),
                         qPrintable(c));
                QVERIFY2(md.contains(QStringLiteral("```\n%1%2\n")
                                         .arg(QString(QString::number(s.number).size() + 2, u' '), c)),
                         qPrintable(c));
            }
        }
        // The guide's own page in nestready, as code that renders.
        QVERIFY(html.contains(
            QStringLiteral("<code>nestready --page %1</code>").arg(QString::fromLatin1(fit.guide->id))));
        QVERIFY(md.contains(QStringLiteral("`nestready --page %1`").arg(QString::fromLatin1(fit.guide->id))));
    }
    for (const QString &c : commands) {
        QVERIFY2(html.contains(c.toHtmlEscaped()), qPrintable(c));
        QVERIFY2(md.contains(c), qPrintable(c));
    }
    for (const QString &c : notThere) {
        QVERIFY2(!html.contains(c.toHtmlEscaped()), qPrintable(c));
        QVERIFY2(!md.contains(c), qPrintable(c));
    }
}

void TestReportGuides::userPickSteersPlatformGuide() {
    // On a VMware guest the person picked Workstation in the window: the report follows the pick.
    Report r = recordedReport(QStringLiteral("vmware-esxi-no-nested"));
    r.guide = QStringLiteral("vmware-workstation");
    r.guideChosenBy = QStringLiteral("user");
    QCOMPARE(ids(reportguides::guidesFor(r)), QStringList{QStringLiteral("vmware-workstation")});
    // A physical machine's firmware steps are not offered to a VM (the vendor-support warning's guide).
    QVERIFY(!reportMarkdown(recordedReport(QStringLiteral("vmware-esxi-no-nested")))
                 .contains(QStringLiteral("#### Physical machine")));
}

void TestReportGuides::markdownCodeRenders() {
    for (const QString &m : recordedMachines()) {
        const QString md = reportMarkdown(recordedReport(m));
        // Code spans are code spans: never a backslash-escaped backtick, which renders as a literal one.
        QVERIFY2(!md.contains(QStringLiteral("\\`")), qPrintable(m));
        QVERIFY(md.contains(QStringLiteral("| `linux.cpuinfo` |")));
        QCOMPARE(md.count(QStringLiteral("```")) % 2, 0);
    }
    const QString md = reportMarkdown(recordedReport(QStringLiteral("vmware-esxi-no-nested")));
    QVERIFY(md.contains(QStringLiteral("   ```\n   vhv.enable = \"TRUE\"\n   ```\n")));
    QVERIFY(
        md.contains(QStringLiteral("The same guide in nestready's window: `nestready --page vmware-esxi`")));
    const guides::Link &link = guides::find(QStringLiteral("vmware-esxi"))->links.first();
    QVERIFY(md.contains(
        QStringLiteral("- [%1](<%2>)\n").arg(guides::text(link.title), QString::fromUtf8(link.url))));
}

void TestReportGuides::wordsNotMachineWords() {
    const Report r = recordedReport(QStringLiteral("vmware-esxi-no-nested"));
    const QString html = reportHtml(r);
    QVERIFY(html.contains(QStringLiteral("<strong>✘ Not ready</strong>")));
    QVERIFY(!html.contains(QStringLiteral(">not-ready<")));
    QVERIFY(!html.contains(QStringLiteral("<code>not-ready</code>")));
    QVERIFY(html.contains(QStringLiteral("<code>linux.hypervisor-type</code> — Not there</summary>")));
    QVERIFY(!html.contains(QStringLiteral("</code> — missing</summary>")));
    QVERIFY(html.contains(QStringLiteral("<dt>Hardware virtualization</dt><dd>Does not reach this OS</dd>")));
    QVERIFY(html.contains(QStringLiteral("<dt>Source</dt><dd>A recorded Linux machine (%1)</dd>")
                              .arg(reportData(QStringLiteral("vmware-esxi-no-nested")))));
    const QString md = reportMarkdown(r);
    QVERIFY(md.contains(QStringLiteral("**✘ Not ready** — iEchor Desktop cannot run here yet")));
    QVERIFY(!md.contains(QStringLiteral("not-ready")));
    QVERIFY(md.contains(QStringLiteral("| `linux.hypervisor-type` | Not there |")));
    // The JSON keeps its words.
    const QByteArray json = reportToJsonBytes(r);
    QVERIFY(json.contains("\"verdict\": \"not-ready\""));
    QVERIFY(json.contains("\"outcome\": \"missing\""));
}

void TestReportGuides::wordsInReportLanguage() {
    QVERIFY(i18n::setLanguage(QStringLiteral("de")));
    const Report r = recordedReport(QStringLiteral("vmware-esxi-no-nested"));
    const QString html = reportHtml(r), md = reportMarkdown(r), txt = reportSummary(r);
    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    const QString notReady = QStringLiteral("Nicht bereit"), fail = QStringLiteral("Nicht erfüllt");
    QVERIFY(html.contains(QStringLiteral("<strong>✘ %1</strong>").arg(notReady)));
    QVERIFY(html.contains(QStringLiteral("✘ %1").arg(fail)));
    QVERIFY(md.contains(QStringLiteral("**✘ %1**").arg(notReady)));
    QVERIFY(txt.contains(QStringLiteral("✘ %1").arg(notReady)));
    QVERIFY(txt.contains(QStringLiteral("[✘ %1]").arg(fail)));
    for (const QString &text : {html, md, txt}) {
        QVERIFY(!text.contains(QStringLiteral(">not-ready<")));
        QVERIFY(!text.contains(QStringLiteral("[fail]")));
    }
}

void TestReportGuides::printRules() {
    const QString html = reportHtml(recordedReport(QStringLiteral("vmware-esxi-no-nested")));
    const qsizetype print = html.indexOf(QStringLiteral("@media print"));
    QVERIFY(print > 0);
    const QString rules = html.mid(print, html.indexOf(QStringLiteral("</style>")) - print);
    QVERIFY(rules.contains(
        QStringLiteral("details::details-content { content-visibility: visible; display: block; }")));
    QVERIFY(rules.contains(QStringLiteral("thead { display: table-header-group; }")));
    QVERIFY(rules.contains(QStringLiteral("pre { max-height: none; overflow: visible; }")));
    QVERIFY(html.contains(QStringLiteral("pre { white-space: pre-wrap; overflow-wrap: anywhere;")));
    QVERIFY(html.contains(QStringLiteral("overflow-wrap: anywhere; }")));
}

QTEST_GUILESS_MAIN(TestReportGuides)
#include "tst_reportguides.moc"
