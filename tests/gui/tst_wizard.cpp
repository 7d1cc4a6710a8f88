// SPDX-License-Identifier: MIT
// The wizard, offscreen, on recorded machines: the right guide for each, keyboard-only use, "Check again",
// the page-complete logic, timeouts, resuming after a reboot, accessibility and --page.
#include "gui/guidepage.h"
#include "gui/machinepage.h"
#include "gui/requirementspage.h"
#include "gui/resultrow.h"
#include "gui/resumestate.h"
#include "gui/statusicons.h"
#include "gui/summarypage.h"
#include "gui/welcomepage.h"
#include "probes/windowssource.h"
#include "wizardharness.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

using namespace nestready;
using namespace nestready::gui;
using harness::Harness;

namespace {
QWidget *tabUntil(QWidget *window, const std::function<bool(QWidget *)> &wanted, int limit = 200) {
    for (int i = 0; i < limit; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && wanted(focus)) return focus;
        QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
    }
    return nullptr;
}
} // namespace

class TestWizard : public harness::GuiTest {
    Q_OBJECT
private Q_SLOTS:
    void esxiWithoutNestedShowsEsxiSteps() {
        Harness h(QStringLiteral("vmware-esxi-no-nested"));
        h.start();
        QVERIFY(h.finish());
        h.walkTo(Wizard::GuideId);
        auto *guide = h.page<GuidePage>(Wizard::GuideId);
        QCOMPARE(guide->shownGuide(), QStringLiteral("vmware-esxi"));
        const QString text = guide->contentText();
        QVERIFY(text.contains(QLatin1String("Expose hardware assisted virtualization to the guest OS")));
        QVERIFY(text.contains(QLatin1String("vhv.enable = \"TRUE\"")));
        QVERIFY(text.contains(QLatin1String("hardware version 9")));
        QVERIFY(text.contains(QLatin1String("powered off")));
        // This VM runs Linux: the vendor-support rule says "not supported", as Requirements does.
        QVERIFY(text.contains(QLatin1String("not supported by the vendor")));
        QVERIFY(guide->fixStatusText().contains(QLatin1String("Fail")));
    }

    // From inside VMware the products look alike: the person's pick steers the guide.
    void vmwarePickSteersGuide() {
        Harness h(QStringLiteral("vmware-esxi-no-nested"));
        h.start();
        QVERIFY(h.finish());
        h.walkTo(Wizard::MachineId);
        auto *machine = h.page<MachinePage>(Wizard::MachineId);
        QComboBox *pick = machine->platformPicker();
        QVERIFY(pick->isVisible());
        QCOMPARE(pick->count(), 3);
        QVERIFY(machine->rowText(MachinePage::tr("Hypervisor")).contains(QLatin1String("VMware")));
        QVERIFY(machine->rowText(MachinePage::tr("Hypervisor")).contains(QLatin1String("certain")));
        // Evidence keys are for support: behind "Details for support", not in the row.
        QVERIFY(!machine->rowText(MachinePage::tr("Hypervisor")).contains(QLatin1String("Evidence")));
        QVERIFY2(machine->supportText().contains(MachinePage::tr("Hypervisor") + QStringLiteral(": cpuid")),
                 qPrintable(machine->supportText()));
        pick->setCurrentIndex(pick->findText(QStringLiteral("VMware Fusion")));
        h.walkTo(Wizard::GuideId);
        auto *guide = h.page<GuidePage>(Wizard::GuideId);
        QCOMPARE(guide->shownGuide(), QStringLiteral("vmware-workstation"));
        QVERIFY(guide->contentText().contains(QLatin1String("Virtualize Intel VT-x/EPT or AMD-V/RVI")));
    }

    void azureB2sShowsAzureResize() {
        Harness h(QStringLiteral("azure-b2s"));
        h.start();
        QVERIFY(h.finish());
        h.walkTo(Wizard::MachineId);
        auto *machine = h.page<MachinePage>(Wizard::MachineId);
        const QString cloud = machine->rowText(MachinePage::tr("Cloud"));
        QVERIFY2(cloud.contains(QLatin1String("Azure")) &&
                     !cloud.contains(QLatin1String("dmi.chassis_asset_tag")),
                 qPrintable(cloud));
        QVERIFY2(machine->supportText().contains(MachinePage::tr("Cloud") +
                                                 QStringLiteral(": dmi.chassis_asset_tag")),
                 qPrintable(machine->supportText()));
        QVERIFY(!machine->platformPicker()->isVisible()); // the asset tag decides: nothing to pick
        h.walkTo(Wizard::GuideId);
        auto *guide = h.page<GuidePage>(Wizard::GuideId);
        QCOMPARE(guide->shownGuide(), QStringLiteral("azure"));
        QVERIFY(guide->contentText().contains(QLatin1String("resize the VM")));
        QVERIFY(guide->contentText().contains(QLatin1String("D4s_v5")));
        QVERIFY(guide->contentText().contains(QLatin1String("Bsv2")));
    }

    void physicalMachineRecommendsNative() {
        Harness h(QStringLiteral("physical"));
        h.start();
        QVERIFY(h.finish());
        h.walkTo(Wizard::MachineId);
        QVERIFY(h.page<MachinePage>(Wizard::MachineId)
                    ->rowText(MachinePage::tr("Kind of machine"))
                    .contains(QLatin1String("physical")));
        h.walkTo(Wizard::GuideId);
        auto *guide = h.page<GuidePage>(Wizard::GuideId);
        QCOMPARE(guide->shownGuide(), QStringLiteral("physical"));
        QVERIFY(guide->contentText().contains(
            QLatin1String("natively on a physical machine is what the vendor recommends")));
        h.walkTo(Wizard::SummaryId);
        auto *summary = h.page<SummaryPage>(Wizard::SummaryId);
        QCOMPARE(summary->verdictText(), verdictSentence(h.session->results()).toString());
        QCOMPARE(word(verdictOf(h.session->results())), QStringLiteral("ready"));
        QVERIFY(summary->todoText().startsWith(QLatin1String("Nothing")));
    }

    void containerExplainsWhyNot() {
        Harness h(QStringLiteral("docker-container"));
        h.start();
        QVERIFY(h.finish());
        h.walkTo(Wizard::GuideId);
        auto *guide = h.page<GuidePage>(Wizard::GuideId);
        QCOMPARE(guide->shownGuide(), QStringLiteral("container"));
        QVERIFY(guide->contentText().contains(QLatin1String("Not possible here")));
        QVERIFY(guide->contentText().contains(QLatin1String("cannot run inside one")));
        h.walkTo(Wizard::SummaryId);
        QVERIFY(h.page<SummaryPage>(Wizard::SummaryId)->todoText().contains(QLatin1String("container")));
    }

    // Enter advances, Tab reaches every control, Space works them: start to Finish without a mouse.
    void keyboardOnlyWalk() {
        Harness h(QStringLiteral("vmware-esxi-no-nested"), true);
        h.start();
        QApplication::setActiveWindow(h.wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(h.wizard.get()));
        const auto press = [&](Qt::Key key) {
            QWidget *focus = QApplication::focusWidget();
            QTest::keyClick(focus ? focus : h.wizard.get(), key);
        };
        QCOMPARE(h.wizard->currentId(), int(Wizard::WelcomeId));
        press(Qt::Key_Return);
        QCOMPARE(h.wizard->currentId(), int(Wizard::MachineId));
        QVERIFY(h.finish());
        // Pick the platform with the keyboard: Tab to the list, choose with the arrow keys.
        QWidget *picker = tabUntil(h.wizard.get(), [&](QWidget *w) {
            return w == h.page<MachinePage>(Wizard::MachineId)->platformPicker();
        });
        QVERIFY(picker);
        press(Qt::Key_Down);
        QCOMPARE(qobject_cast<QComboBox *>(picker)->currentIndex(), 1); // VMware Workstation
        press(Qt::Key_Return);
        QCOMPARE(h.wizard->currentId(), int(Wizard::RequirementsId));

        // Open a row's details with Tab and Space.
        auto *req = h.page<RequirementsPage>(Wizard::RequirementsId);
        ResultRow *row = req->row(QStringLiteral("cpu.virtualization"));
        QVERIFY(tabUntil(h.wizard.get(), [&](QWidget *w) { return w == row->expander(); }));
        const bool open = row->isExpanded(); // the first failure opens by itself
        press(Qt::Key_Space);
        QCOMPARE(row->isExpanded(), !open);
        press(Qt::Key_Return);
        QCOMPARE(h.wizard->currentId(), int(Wizard::GuideId));

        // Copy a command with the keyboard.
        auto *guide = h.page<GuidePage>(Wizard::GuideId);
        QCOMPARE(guide->shownGuide(), QStringLiteral("vmware-workstation"));
        QApplication::clipboard()->clear();
        QWidget *done = tabUntil(h.wizard.get(), [](QWidget *w) { return qobject_cast<QCheckBox *>(w); });
        QVERIFY(done);
        press(Qt::Key_Space);
        QVERIFY(qobject_cast<QCheckBox *>(done)->isChecked());
        QCOMPARE(ResumeState::load().guide, QStringLiteral("vmware-workstation"));
        QCOMPARE(ResumeState::load().step, 1);
        press(Qt::Key_Return);
        QCOMPARE(h.wizard->currentId(), int(Wizard::SummaryId));
        QWidget *copy = tabUntil(h.wizard.get(), [](QWidget *w) {
            auto *b = qobject_cast<QPushButton *>(w);
            return b && b->text().contains(QLatin1String("summary"));
        });
        QVERIFY(copy);
        press(Qt::Key_Space);
        QVERIFY(QApplication::clipboard()->text().contains(verdictSentence(h.session->results()).toString()));
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("--page vmware-workstation")));
        press(Qt::Key_Return);
        QCOMPARE(h.wizard->result(), int(QDialog::Accepted));
        // Something still fails: the step stays remembered for the next start.
        QVERIFY(ResumeState::load().isValid());
    }

    void guideCommandsCopyWithButton() {
        Harness h(QStringLiteral("vmware-esxi-no-nested"));
        h.start(QStringLiteral("hyper-v"));
        auto *guide = h.page<GuidePage>(Wizard::GuideId);
        QPushButton *copy = nullptr;
        for (QPushButton *b : guide->findChildren<QPushButton *>())
            if (b->accessibleName().contains(QLatin1String("Set-VMProcessor"))) copy = b;
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("Set-VMProcessor -VMName <VM> -ExposeVirtualizationExtensions $true"));
    }

    void checkAgainTurnsFailIntoPass() {
        Harness h(std::make_shared<harness::ChangingSource>(QStringLiteral("vmware-esxi-no-nested"),
                                                            QStringLiteral("vmware-esxi-nested")));
        h.start(QStringLiteral("requirements"));
        QVERIFY(h.finish());
        auto *req = h.page<RequirementsPage>(Wizard::RequirementsId);
        ResultRow *row = req->row(QStringLiteral("cpu.virtualization"));
        QCOMPARE(row->statusText(), statusDisplayName(Status::Fail).toString());
        QVERIFY(req->summaryText().contains(QLatin1String("Failed: 2")));
        QSignalSpy started(h.session.get(), &Session::started);
        QSignalSpy completeChanged(req, &QWizardPage::completeChanged);
        QTest::mouseClick(req->checkAgainButton(), Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QVERIFY(completeChanged.count() >= 1); // incomplete while the run lasts
        QVERIFY(h.finish());
        QCOMPARE(row->statusText(), statusDisplayName(Status::Pass).toString());
        QCOMPARE(req->row(QStringLiteral("linux.kvm-device"))->statusText(),
                 statusDisplayName(Status::Pass).toString());
        QVERIFY(req->summaryText().contains(QLatin1String("Failed: 0")));
    }

    void guideCheckAgainShowsFixedChecks() {
        Harness h(std::make_shared<harness::ChangingSource>(QStringLiteral("vmware-esxi-no-nested"),
                                                            QStringLiteral("vmware-esxi-nested")));
        h.start(QStringLiteral("requirements"));
        QVERIFY(h.finish());
        h.walkTo(Wizard::GuideId); // the guide the results call for, not one given with --page
        auto *guide = h.page<GuidePage>(Wizard::GuideId);
        QCOMPARE(guide->shownGuide(), QStringLiteral("vmware-esxi"));
        QVERIFY(guide->fixStatusText().contains(statusDisplayName(Status::Fail).toString()));
        guide->stepBoxes().at(0)->setChecked(true);
        guide->stepBoxes().at(1)->setChecked(true);
        QTest::mouseClick(guide->checkAgainButton(), Qt::LeftButton);
        QVERIFY(h.finish());
        // The same guide stays on screen; its steps now fit a machine where nesting reaches the VM.
        QCOMPARE(guide->shownGuide(), QStringLiteral("vmware-esxi"));
        QVERIFY(guide->showsSuccess() || !guide->stepBoxes().isEmpty());
        for (QCheckBox *box : guide->stepBoxes())
            QVERIFY(box->isChecked());
        QVERIFY(!guide->fixStatusText().contains(statusDisplayName(Status::Fail).toString()));
        QVERIFY(guide->fixStatusText().contains(statusDisplayName(Status::Pass).toString()));
    }

    // One run at a time: "I've done this: check again" is off while a run is under way. The window's own
    // source: evidence from a `nestready collect` child, as on the live machine (where the button is).
    void guideCheckAgainWaitsForTheRun() {
        SourceOptions options;
        options.sysroot = harness::machine(QStringLiteral("vmware-esxi-no-nested"));
        options.cpuidDump = options.sysroot + QStringLiteral("/cpuid.txt");
        options.noNetwork = true;
        QString error;
        auto source = makeKillableSource(options, QStringLiteral(NESTREADY_BINARY), &error);
        QVERIFY2(source && source->probes().size() == 1 &&
                     source->probes().first().name == QLatin1String("collector"),
                 qPrintable(error));
        Harness h(std::make_shared<harness::LiveLikeSource>(source));
        h.start(QStringLiteral("guide"));
        auto *guide = h.page<GuidePage>(Wizard::GuideId);
        QPushButton *again = guide->checkAgainButton();
        QVERIFY(again->isVisible());
        QVERIFY(!again->isEnabled()); // the first run is under way
        QVERIFY(h.finish());
        QVERIFY(again->isEnabled());
        QCOMPARE(guide->shownGuide(), QStringLiteral("vmware-esxi"));

        QSignalSpy started(h.session.get(), &Session::started);
        QSignalSpy finished(h.session.get(), &Session::finished);
        QTest::mouseClick(again, Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QVERIFY(!again->isEnabled());
        QTest::mouseClick(again, Qt::LeftButton); // pressed again mid-run: nothing happens
        QTest::keyClick(guide, Qt::Key_C, Qt::AltModifier);
        QCOMPARE(started.count(), 1);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(again->isEnabled());
        QVERIFY(guide->fixStatusText().contains(statusDisplayName(Status::Fail).toString()));
    }

    // The Requirements page is complete only once the run has finished; rows say how long it takes.
    void pageCompleteAndTimeouts() {
        Harness h(std::make_shared<harness::HangingSource>(QStringLiteral("physical")));
        auto *req = h.page<RequirementsPage>(Wizard::RequirementsId);
        QSignalSpy completeChanged(req, &QWizardPage::completeChanged);
        h.start(QStringLiteral("requirements"));
        QVERIFY(!req->isComplete());
        QVERIFY(!h.wizard->button(QWizard::NextButton)->isEnabled());
        ResultRow *disk = req->row(QStringLiteral("disk.free"));
        QCOMPARE(disk->statusText(), ResultRow::tr("Checking…"));
        // Local results arrive at once; the hanging probe keeps its row waiting.
        QTRY_COMPARE_WITH_TIMEOUT(req->row(QStringLiteral("cpu.virtualization"))->statusText(),
                                  statusDisplayName(Status::Pass).toString(), 1000);
        QCOMPARE(disk->statusText(), ResultRow::tr("Checking…"));
        QTRY_COMPARE_WITH_TIMEOUT(disk->statusText(), ResultRow::tr("Still checking…"),
                                  RequirementsPage::kSlowMs + 300);
        QVERIFY(!req->isComplete());
        QVERIFY(h.finish());
        QVERIFY(req->isComplete());
        QVERIFY(completeChanged.count() >= 2); // started, finished
        QVERIFY(h.wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(disk->statusText(), ResultRow::tr("Couldn't check"));
        QVERIFY2(disk->summaryText().contains(QLatin1String("disk")), qPrintable(disk->summaryText()));
        // The raw evidence says the same for support.
        disk->setExpanded(true);
        QToolButton *support = nullptr;
        for (QToolButton *b : disk->findChildren<QToolButton *>())
            if (b != disk->expander()) support = b;
        QVERIFY(support);
        support->click();
        QPlainTextEdit *raw = disk->findChild<QPlainTextEdit *>();
        QVERIFY(raw && raw->toPlainText().contains(QLatin1String("[disk.free] timed-out")));
    }

    void resumesAtRememberedStep() {
        ResumeState{QStringLiteral("vmware-esxi"), 2}.save();
        Harness h(QStringLiteral("vmware-esxi-no-nested"), true);
        h.start();
        QVERIFY(h.finish());
        QPushButton *resume = nullptr;
        for (QPushButton *b : h.page<WelcomePage>(Wizard::WelcomeId)->findChildren<QPushButton *>())
            resume = b;
        QVERIFY(resume && resume->isVisible());
        QSignalSpy started(h.session.get(), &Session::started);
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(h.wizard->currentId(), int(Wizard::GuideId));
        auto *guide = h.page<GuidePage>(Wizard::GuideId);
        QCOMPARE(guide->shownGuide(), QStringLiteral("vmware-esxi"));
        QCOMPARE(guide->currentStep(), 2);
        QCOMPARE(started.count(), 1); // resuming checks again
        QVERIFY(h.finish());
    }

    void badResumeSettingsAreIgnored() {
        ResumeState{QStringLiteral("no-such-guide"), 1}.save();
        QVERIFY(!ResumeState::load().isValid());
        ResumeState{QStringLiteral("vmware-esxi"), 99}.save();
        QVERIFY(!ResumeState::load().isValid());
    }

    // Machine data is shown as plain text everywhere: an EditionID, product or processor name written as
    // markup would otherwise be rendered — this one makes Qt read /dev/zero as an image until it has
    // allocated gigabytes.
    void machineDataIsNeverMarkup() {
        const QString evil = QStringLiteral("<img src=\"/dev/zero\">");
        QFile f(QStringLiteral(NESTREADY_GUI_DATA "/../windows/physical-win11-hyperv/evidence.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject registry = doc.value(QStringLiteral("Registry")).toObject();
        QJsonObject cv = registry.value(QStringLiteral("CurrentVersion")).toObject();
        cv.insert(QStringLiteral("EditionID"), evil);
        cv.insert(QStringLiteral("ProductName"), evil);
        registry.insert(QStringLiteral("CurrentVersion"), cv);
        doc.insert(QStringLiteral("Registry"), registry);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evidence.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(doc).toJson());
        out.close();
        QString error;
        auto source = WindowsSource::fromFile(path, CpuidSetting{CpuidSetting::Mode::None, {}}, &error);
        QVERIFY2(source, qPrintable(error));

        Harness h(source);
        h.start();
        QVERIFY(h.finish());
        int shown = 0;
        for (int id = Wizard::WelcomeId; id <= Wizard::SummaryId; ++id) {
            h.walkTo(Wizard::PageId(id));
            if (id == Wizard::RequirementsId)
                for (ResultRow *row : h.page<RequirementsPage>(Wizard::RequirementsId)->rows())
                    row->setExpanded(true);
            QApplication::processEvents();
            for (const QLabel *l : h.wizard->findChildren<QLabel *>()) {
                if (!l->text().contains(evil)) continue;
                ++shown;
                QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->text().left(200)));
            }
        }
        QVERIFY(shown > 0); // the value did reach the window, as text
    }

    void iconsFollowPaletteAndScale() {
        QLabel probe;
        QPalette dark = probe.palette();
        dark.setColor(QPalette::WindowText, Qt::white);
        probe.setPalette(dark);
        const QPixmap pm = iconPixmap(Icon::Fail, &probe);
        QCOMPARE(pm.deviceIndependentSize().toSize(), QSize(iconSize(&probe), iconSize(&probe)));
        QCOMPARE(pm.devicePixelRatio(), probe.devicePixelRatioF());
        // Drawn in the palette's text colour: some pixel is white, none is black.
        const QImage img = pm.toImage();
        bool white = false, black = false;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, y);
                white |= c.alpha() > 200 && c.lightness() > 240;
                black |= c.alpha() > 200 && c.lightness() < 15;
            }
        QVERIFY(white && !black);
        // Text scales with the system font, and icons with it.
        QFont big = probe.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        QLabel large;
        large.setFont(big);
        QVERIFY(iconSize(&large) > iconSize(&probe));
    }

    void exportButtonOnlyWithHandler() {
        Harness h(QStringLiteral("physical"));
        h.start(QStringLiteral("summary"));
        auto *summary = h.page<SummaryPage>(Wizard::SummaryId);
        QVERIFY(!summary->exportButton()->isVisible());
        int calls = 0;
        h.wizard->setExportHandler([&calls] { ++calls; });
        QVERIFY(summary->exportButton()->isVisible());
        QSignalSpy spy(h.wizard.get(), &Wizard::exportRequested);
        QTest::mouseClick(summary->exportButton(), Qt::LeftButton);
        QCOMPARE(calls, 1);
        QCOMPARE(spy.count(), 1);
    }

    void languageComboEmitsChoice() {
        Harness h(QStringLiteral("physical"));
        h.start();
        auto *combo = h.page<WelcomePage>(Wizard::WelcomeId)->findChild<QComboBox *>();
        QVERIFY(combo && combo->count() >= 1);
        QCOMPARE(combo->itemData(0).toString(), QStringLiteral("en"));
        QSignalSpy spy(h.wizard.get(), &Wizard::languageChosen);
        Q_EMIT combo->activated(0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("en"));
    }

    void pageOption_data() {
        QTest::addColumn<QString>("arg");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("guide");
        QTest::newRow("welcome") << "welcome" << int(Wizard::WelcomeId) << "";
        QTest::newRow("machine") << "machine" << int(Wizard::MachineId) << "";
        QTest::newRow("requirements") << "requirements" << int(Wizard::RequirementsId) << "";
        QTest::newRow("guide") << "guide" << int(Wizard::GuideId) << "physical";
        QTest::newRow("summary") << "summary" << int(Wizard::SummaryId) << "";
        QTest::newRow("esxi guide") << "vmware-esxi" << int(Wizard::GuideId) << "vmware-esxi";
        QTest::newRow("nutanix guide") << "nutanix" << int(Wizard::GuideId) << "nutanix";
    }
    void pageOption() {
        QFETCH(QString, arg);
        QFETCH(int, page);
        QFETCH(QString, guide);
        Harness h(QStringLiteral("physical"));
        h.start(arg);
        QCOMPARE(h.wizard->currentId(), page);
        if (!guide.isEmpty()) {
            QVERIFY(h.finish());
            QCOMPARE(h.page<GuidePage>(Wizard::GuideId)->shownGuide(), guide);
        }
    }

    void unknownPageIsRefused() {
        Harness h(QStringLiteral("physical"));
        QVERIFY(!h.wizard->openAt(QStringLiteral("no-such-page")));
        QVERIFY(!Wizard::pageFromName(QStringLiteral("Guide")).has_value());
        QVERIFY(h.wizard->openAt(QString())); // no --page: the start
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
