// SPDX-License-Identifier: MIT
// The reports on paper: a machine's HTML report and the fleet dashboard printed to PDF by headless
// Chromium (Debian's `chromium`) on A4 and on Letter. The PDF must have pages of that size, every word
// inside the page (nothing cut at the right edge, a long unbroken value included), the evidence printed
// open, and the dashboard's table header on every page it runs over. Read with poppler-utils.
// Skipped when chromium or poppler-utils is missing (scripts/dev.sh installs both). NESTREADY_KEEP_PRINTS=1
// keeps the PDFs.
#include "reportfixtures.h"

#include "report/fleet.h"
#include "report/reportwriters.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace nestready;
using namespace nestready::testing;

class TestReportPrint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void machineReport_data();
    void machineReport();
    void dashboard_data();
    void dashboard();

private:
    struct Pdf {
        int pages = 0;
        double width = 0;     // pt
        double height = 0;    // pt
        double rightmost = 0; // the largest right edge of any word, pt
        QString text;         // as laid out
        QString raw;          // as drawn
    };
    // Prints `html` on `paper` ("A4", "Letter") and reads the PDF back.
    Pdf print(const QString &html, const QString &paper, const QString &name);
    static QString run(const QString &program, const QStringList &args, int timeoutMs = 120000);

    QTemporaryDir m_dir;
    QString m_chromium;
};

namespace {
// A value no line break opportunity interrupts: it must wrap anywhere, not run off the page.
const QString kLongToken = QStringLiteral("planted-unbroken-") + QString(300, u'x') + QStringLiteral("-end");
} // namespace

QString TestReportPrint::run(const QString &program, const QStringList &args, int timeoutMs) {
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestReportPrint::initTestCase() {
    m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (m_chromium.isEmpty()) QSKIP("chromium not installed (scripts/dev.sh installs it)");
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils not installed (scripts/dev.sh installs it)");
    QVERIFY(m_dir.isValid());
    // To look at the PDFs: NESTREADY_KEEP_PRINTS=1 keeps them (pdftoppm -png turns them into pictures).
    if (qEnvironmentVariableIsSet("NESTREADY_KEEP_PRINTS")) {
        m_dir.setAutoRemove(false);
        qInfo("PDFs in %s", qPrintable(m_dir.path()));
    }
}

TestReportPrint::Pdf TestReportPrint::print(const QString &html, const QString &paper, const QString &name) {
    // The page says nothing about paper (the reader's printer decides); here the paper is set the way a
    // print dialog would, with one @page rule ahead of the report's own.
    QString page = html;
    page.replace(QStringLiteral("<head>\n"),
                 QStringLiteral("<head>\n<style>@page { size: %1; }</style>\n").arg(paper));
    const QString htmlPath = m_dir.filePath(name + QStringLiteral(".html"));
    const QString pdfPath = m_dir.filePath(name + QStringLiteral(".pdf"));
    QFile f(htmlPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(page.toUtf8()) < 0) return {};
    f.close();
    QTemporaryDir profile;
    // Offline and quiet: no background requests, no updates, no sync, a throw-away profile.
    run(m_chromium,
        {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
         QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
         QStringLiteral("--disable-sync"), QStringLiteral("--no-first-run"),
         QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--no-pdf-header-footer"),
         QStringLiteral("--print-to-pdf=") + pdfPath, QUrl::fromLocalFile(htmlPath).toString()});
    Pdf pdf;
    const QString info = run(QStringLiteral("pdfinfo"), {pdfPath});
    const auto pages =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
            .match(info);
    const auto size = QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption)
                          .match(info);
    pdf.pages = pages.captured(1).toInt();
    pdf.width = size.captured(1).toDouble();
    pdf.height = size.captured(2).toDouble();
    pdf.text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    // In the order it is drawn: a table cell's lines together, not beside the other columns.
    pdf.raw = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdfPath, QStringLiteral("-")});
    const QString boxes =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdfPath, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\""));
    for (auto it = word.globalMatch(boxes); it.hasNext();)
        pdf.rightmost = std::max(pdf.rightmost, it.next().captured(1).toDouble());
    return pdf;
}

void TestReportPrint::machineReport_data() {
    QTest::addColumn<QString>("paper");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("height");
    QTest::newRow("A4") << QStringLiteral("A4") << 595.28 << 841.89;
    QTest::newRow("Letter") << QStringLiteral("Letter") << 612.0 << 792.0;
}

void TestReportPrint::machineReport() {
    QFETCH(QString, paper);
    QFETCH(double, width);
    QFETCH(double, height);
    Report r = recordedReport(QStringLiteral("vmware-esxi-no-nested"));
    Evidence planted;
    planted.key = QStringLiteral("x-test.long-line");
    planted.source = QStringLiteral("/planted");
    planted.outcome = Outcome::Ok;
    planted.data = kLongToken.toUtf8();
    r.evidence.append(planted);
    const Pdf pdf = print(reportHtml(r), paper, QStringLiteral("machine-") + paper);
    QVERIFY2(pdf.pages >= 3, qPrintable(QString::number(pdf.pages)));
    QVERIFY(qAbs(pdf.width - width) < 1 && qAbs(pdf.height - height) < 1);
    // Nothing runs off the right edge of the paper.
    QVERIFY2(pdf.rightmost > 0 && pdf.rightmost <= pdf.width, qPrintable(QString::number(pdf.rightmost)));
    // The long value is there in full, wrapped over lines.
    QString joined = pdf.raw;
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY(joined.contains(kLongToken));
    // The evidence is printed open: a line of /proc/cpuinfo, the last item's data.
    QVERIFY(pdf.text.contains(QStringLiteral("GenuineIntel")));
    // The steps for the administrator, with the setting and the command.
    QVERIFY(pdf.text.contains(QStringLiteral("Steps for your administrator")));
    QVERIFY(pdf.text.contains(QStringLiteral("vhv.enable = \"TRUE\"")));
    QVERIFY(!pdf.text.contains(QStringLiteral("not-ready")));
}

void TestReportPrint::dashboard_data() {
    machineReport_data();
}

void TestReportPrint::dashboard() {
    QFETCH(QString, paper);
    QFETCH(double, width);
    QFETCH(double, height);
    // Enough machines for the table to run over several pages.
    QTemporaryDir fleet;
    QString error;
    for (const QString &m : recordedMachines())
        QVERIFY(writeReport(fleet.filePath(m + QStringLiteral(".json")), recordedReport(m), false, &error));
    FleetSummary s = summarizeReports({fleet.path()});
    const QList<FleetRow> three = s.rows;
    for (int i = 0; i < 60; ++i)
        for (FleetRow row : three) {
            row.machine = QStringLiteral("%1-%2").arg(row.machine).arg(i);
            s.rows.append(row);
        }
    s.rows.last().machine = kLongToken;
    const Pdf pdf = print(fleetHtml(s), paper, QStringLiteral("dashboard-") + paper);
    QVERIFY2(pdf.pages >= 3, qPrintable(QString::number(pdf.pages)));
    QVERIFY(qAbs(pdf.width - width) < 1 && qAbs(pdf.height - height) < 1);
    QVERIFY2(pdf.rightmost > 0 && pdf.rightmost <= pdf.width, qPrintable(QString::number(pdf.rightmost)));
    QString joined = pdf.raw;
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY(joined.contains(kLongToken));
    // Every row there in full: its date, which sits in the last column, at the right edge of the paper.
    const QString date =
        fleetview::shortDate(s.rows.first().created).remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(joined.count(date) >= s.rows.size(),
             qPrintable(QStringLiteral("%1 of %2").arg(joined.count(date)).arg(s.rows.size())));
    // The machines' table header on every page that has a machine of it (thead as table-header-group).
    int pagesWithRows = 0;
    for (const QString &onePage : pdf.text.split(u'\f')) {
        if (!onePage.contains(QStringLiteral("carol-ws-"))) continue;
        ++pagesWithRows;
        QVERIFY2(
            QRegularExpression(QStringLiteral("Machine\\s+Verdict\\s+Operating")).match(onePage).hasMatch(),
            qPrintable(onePage.left(300)));
    }
    QVERIFY(pagesWithRows >= 2);
}

QTEST_GUILESS_MAIN(TestReportPrint)
#include "tst_reportprint.moc"
