// SPDX-License-Identifier: MIT
// The export dialog helper, "Copy summary" and the --open banner (offscreen).
#include "reportfixtures.h"
#include "testwords.h"

#include "gui/guidepage.h"
#include "gui/reportui.h"
#include "gui/resumestate.h"
#include "gui/wizard.h"
#include "report/reportwriters.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace nestready;
using namespace nestready::testing;

class TestReportUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportDialog();
    void copySummary();
    void openShowsBanner();
};

namespace {
std::shared_ptr<LinuxSource> azureSource() {
    const QString dir = reportData(QStringLiteral("azure-guest"));
    return std::make_shared<LinuxSource>(
        dir, CpuidSetting{CpuidSetting::Mode::Dump, dir + QStringLiteral("/cpuid.txt")});
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TestReportUi::exportDialog() {
    Session session(azureSource());
    QVERIFY(runToEnd(session));
    ReportExportDialog dialog(session);
    QVERIFY(dialog.redact()); // checked by default
    QVERIFY(dialog.path().endsWith(QStringLiteral(".html")));
    // The default folder exists: Documents when there is one, else home.
    QVERIFY(QFileInfo(QFileInfo(dialog.path()).absolutePath()).isDir());
    QCOMPARE(QFileInfo(dialog.path()).absolutePath(), QFileInfo(defaultExportFolder()).absoluteFilePath());
    // "File:" with a working Alt+F: the label's buddy is the file name.
    QLabel *fileLabel = nullptr;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        if (l->text() == ReportExportDialog::tr("&File:")) fileLabel = l;
    QVERIFY(fileLabel && qobject_cast<QLineEdit *>(fileLabel->buddy()));
    bool previewNamesHost = false;
    for (const Redaction &r : dialog.previewRedactions())
        previewNamesHost |=
            r.original == QLatin1String("contoso-build-07") && r.placeholder == QLatin1String("<hostname-1>");
    QVERIFY(previewNamesHost);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.md"));
    dialog.setPath(path);
    QString error;
    QVERIFY2(dialog.exportReport(&error), qPrintable(error));
    QVERIFY(!readAll(path).contains("contoso-build-07"));
    QVERIFY(readAll(path).contains("hostname-1"));

    // An existing file is replaced only when the user says so.
    int asked = 0;
    dialog.askOverwrite = [&](const QString &) {
        ++asked;
        return false;
    };
    dialog.setRedact(false);
    QVERIFY(dialog.previewRedactions().isEmpty());
    QVERIFY(!dialog.exportReport(&error));
    QCOMPARE(asked, 1);
    QVERIFY(!readAll(path).contains("contoso-build-07"));
    dialog.askOverwrite = [&](const QString &) {
        ++asked;
        return true;
    };
    QVERIFY2(dialog.exportReport(&error), qPrintable(error));
    QVERIFY(readAll(path).contains("contoso-build-07"));

    // A link is refused before anything is asked, whatever the answer would be.
    const QString link = dir.filePath(QStringLiteral("link.md"));
    QVERIFY(QFile::link(path, link));
    dialog.setPath(link);
    asked = 0;
    QVERIFY(!dialog.exportReport(&error));
    QCOMPARE(asked, 0);
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QVERIFY(readAll(path).contains("contoso-build-07")); // what the link points to is untouched
    // Saving confirms where the file went (the window offers to open its folder there).
    QString confirmed;
    dialog.setPath(path);
    dialog.confirmSaved = [&](const QString &p) { confirmed = p; };
    dialog.askOverwrite = [](const QString &) { return true; };
    dialog.accept();
    QCOMPARE(confirmed, QFileInfo(path).absoluteFilePath());

    dialog.setPath(dir.filePath(QStringLiteral("r.docx")));
    QVERIFY(!dialog.exportReport(&error));
    QVERIFY(error.contains(QStringLiteral(".html")));
}

void TestReportUi::copySummary() {
    Session session(azureSource());
    QVERIFY(runToEnd(session));
    copyReportSummary(session);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("<hostname-1>")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("contoso-build-07")));
    QVERIFY(text.contains(QStringLiteral("Verdict: ⚠ Ready, with warnings.")));
}

void TestReportUi::openShowsBanner() {
    QStandardPaths::setTestModeEnabled(true); // never the developer's own settings
    gui::ResumeState::clear();
    Session live(azureSource());
    QVERIFY(runToEnd(live));
    ReportOptions o;
    o.createdUtc = QDateTime(QDate(2026, 10, 1), QTime(8, 15), Qt::UTC);
    QTemporaryDir dir;
    QString error;
    QVERIFY(writeReport(dir.filePath(QStringLiteral("r.json")), makeReport(live, o), false, &error));

    auto source = openReportForWindow(dir.filePath(QStringLiteral("r.json")));
    QVERIFY(source);
    Session session(source);
    gui::Wizard wizard(&session);
    QLabel *banner = makeReportBanner(source->report());
    wizard.setSideWidget(banner);
    wizard.show();
    QVERIFY(runToEnd(session));
    QCOMPARE(banner->text(),
             QStringLiteral("Saved report — not this machine\nMachine: contoso-build-07\nSystem: Linux\n"
                            "Taken: 2026-10-01 08:15 UTC\nIdentifying details included"));
    QCOMPARE(reportMachineName(*redactReport(source->report())), QStringLiteral("redacted"));
    QVERIFY(reportHeaderText(*redactReport(source->report()))
                .contains(QLatin1String("Identifying details removed")));
    // Support mode: no "Check again" and no resume offer or resume state for a report.
    QVERIFY(!wizard.remembersSteps());
    QVERIFY(wizard.showsReport());
    QCOMPARE(session.source().kind(), QStringLiteral("report"));
    // Every page shows the report's data: all rows settled from the report's evidence, the Azure guide.
    QCOMPARE(countResults(session.results()).pending, 0);
    QCOMPARE(testing::w(session.facts().cloud), QStringLiteral("azure"));
    QCOMPARE(wizard.currentId(), int(gui::Wizard::WelcomeId));
    for (auto page : {gui::Wizard::MachineId, gui::Wizard::RequirementsId, gui::Wizard::GuideId,
                      gui::Wizard::SummaryId}) {
        wizard.next();
        QCOMPARE(wizard.currentId(), int(page));
    }
    QCOMPARE(wizard.guideId(), QStringLiteral("azure"));
    // A report names its machine however it likes: the banner shows that as text, never as markup.
    Report evil = source->report();
    evil.host.hostname = QStringLiteral("<img src=\"/dev/zero\">");
    std::unique_ptr<QLabel> evilBanner(makeReportBanner(evil));
    QCOMPARE(evilBanner->textFormat(), Qt::PlainText);
    QVERIFY(evilBanner->text().contains(evil.host.hostname));
    // Ticking a step of a report's guide is not this person's progress: nothing is remembered.
    auto *guide = qobject_cast<gui::GuidePage *>(wizard.page(gui::Wizard::GuideId));
    QVERIFY(!guide->checkAgainButton()->isVisibleTo(guide));
    QVERIFY(!guide->stepBoxes().isEmpty());
    guide->stepBoxes().first()->setChecked(true);
    QVERIFY(!gui::ResumeState::load().isValid());
    if (qEnvironmentVariableIsSet("NESTREADY_SHOT"))
        wizard.grab().save(qEnvironmentVariable("NESTREADY_SHOT"));
}

QTEST_MAIN(TestReportUi)
#include "tst_reportui.moc"
