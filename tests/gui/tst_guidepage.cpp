// SPDX-License-Identifier: MIT
// The Guide page fits the machine (issue 13): only the steps for this OS and state, done ones marked, a
// support line that agrees with Requirements, a cloud remedy on a cloud VM, a success screen when all passes.
#include "gui/guidepage.h"
#include "gui/requirementspage.h"
#include "gui/resultrow.h"
#include "gui/resumestate.h"
#include "guides/guide.h"
#include "wizardharness.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QStandardPaths>

using namespace nestready;
using namespace nestready::gui;
using harness::Harness;

class TestGuidePage : public harness::GuiTest {
    Q_OBJECT
private Q_SLOTS:
    // The support banner and the vendor-support check come from one rule: they never contradict.
    void supportLineAgreesWithRequirements_data() {
        QTest::addColumn<QString>("machine");
        QTest::newRow("esxi-no-nested") << "vmware-esxi-no-nested";
        QTest::newRow("esxi-nested") << "vmware-esxi-nested";
        QTest::newRow("azure-b2s") << "azure-b2s";
    }
    void supportLineAgreesWithRequirements() {
        QFETCH(QString, machine);
        Harness h(machine);
        QVERIFY(h.run());
        auto *guide = h.walkTo<GuidePage>(Wizard::GuideId);
        const guides::Guide *g = guides::find(guide->shownGuide());
        QVERIFY(g);
        const guides::GuideFit fit = guides::fitGuide(*g, h.session->facts());
        const CheckResult *vendor = harness::result(*h.session, QStringLiteral("platform.vendor-support"));
        QVERIFY(vendor);
        // Unsupported or not possible on this machine: the check does not pass, and the page does not say
        // "Supported by the vendor".
        const QString text = guide->contentText();
        if (fit.support != guides::Support::Supported) {
            QVERIFY(vendor->finding.status != Status::Pass);
            QVERIFY2(!text.contains(guides::supportDisplayName(guides::Support::Supported)),
                     qPrintable(text));
        }
        if (!guide->showsSuccess()) QVERIFY(text.contains(guides::supportDisplayName(fit.support)));
    }

    // Only the steps that fit: hidden ones are not on screen, done ones are ticked and say so.
    void onlyFittingStepsAreShown() {
        Harness h(QStringLiteral("vmware-esxi-no-nested"));
        QVERIFY(h.run());
        auto *guide = h.walkTo<GuidePage>(Wizard::GuideId);
        const guides::GuideFit fit = guides::fitGuide(*guides::find(guide->shownGuide()), h.session->facts());
        QList<int> expected;
        for (const guides::StepFit &s : fit.steps)
            if (s.fit != guides::Fit::Hidden) expected << s.index;
        QCOMPARE(guide->shownSteps(), expected);
        QCOMPARE(guide->stepBoxes().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const guides::StepFit &s = fit.steps.at(expected.at(i));
            QCOMPARE(guide->stepBoxes().at(i)->isChecked(), s.fit == guides::Fit::Done);
            // The check box is named with the step's text, for a screen reader.
            QVERIFY(guide->stepBoxes().at(i)->accessibleName().contains(guides::text(s.step->text)));
        }
        for (const guides::StepFit &s : fit.steps)
            if (s.fit == guides::Fit::Hidden)
                QVERIFY(!guide->contentText().contains(guides::text(s.step->text)));
    }

    // An Azure B2s has no host setting to change: the remedy is a resize with `az vm resize`.
    void azureB2sGetsResizeNotHostSetting() {
        Harness h(QStringLiteral("azure-b2s"));
        QVERIFY(h.run());
        auto *guide = h.walkTo<GuidePage>(Wizard::GuideId);
        QCOMPARE(guide->shownGuide(), QStringLiteral("azure"));
        QVERIFY(!guide->showsSuccess());
        const QString text = guide->contentText();
        QVERIFY2(text.contains(QLatin1String("az vm resize")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("on its host"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QLatin1String("change the setting on the host")));
        // An Ubuntu VM: no Windows features, no systeminfo.
        QVERIFY(!text.contains(QLatin1String("systeminfo")));
    }

    // A machine where everything passes is told it is done: no BIOS walk, the next step, what to keep in
    // mind.
    void passingMachineGetsSuccessScreen() {
        Harness h(QStringLiteral("physical"));
        QVERIFY(h.run());
        QCOMPARE(word(verdictOf(h.session->results())), QStringLiteral("ready"));
        auto *guide = h.walkTo<GuidePage>(Wizard::GuideId);
        QVERIFY(guide->showsSuccess());
        QVERIFY(guide->stepBoxes().isEmpty());
        const QString text = guide->contentText();
        QVERIFY2(text.contains(QLatin1String("ready for iEchor Desktop")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Install iEchor Desktop")));
        QVERIFY(text.contains(QLatin1String("Business subscription")));
        QVERIFY(text.contains(QLatin1String("one instance")));
        QVERIFY(!text.contains(QLatin1String("BIOS"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QLatin1String("UEFI")));
        QVERIFY(!text.contains(QLatin1String("powered off")));
        QVERIFY(!text.contains(QLatin1String("Restart")));
    }

    // A guide picked for another platform keeps its steps: the success screen is only for this machine's
    // guide.
    void pickedGuideKeepsItsSteps() {
        Harness h(QStringLiteral("physical"));
        QVERIFY(h.run());
        h.wizard->setGuideOverride(QStringLiteral("vmware-esxi"));
        auto *guide = h.walkTo<GuidePage>(Wizard::GuideId);
        QCOMPARE(guide->shownGuide(), QStringLiteral("vmware-esxi"));
        QVERIFY(!guide->showsSuccess());
        QVERIFY(!guide->stepBoxes().isEmpty());
    }

    // Research notes sit behind "Details for support", hidden until asked for.
    void researchNotesBehindDisclosure() {
        Harness h(QStringLiteral("vmware-esxi-no-nested"));
        QVERIFY(h.run());
        auto *guide = h.walkTo<GuidePage>(Wizard::GuideId);
        const guides::Guide *g = guides::find(guide->shownGuide());
        if (g->unsure.isEmpty()) QSKIP("this guide has no research notes");
        const QString note = guides::text(g->unsure.first());
        for (QLabel *l : guide->findChildren<QLabel *>())
            if (l->text().contains(note)) QVERIFY(!l->isVisible());
    }
};

QTEST_MAIN(TestGuidePage)
#include "tst_guidepage.moc"
