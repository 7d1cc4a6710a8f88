// SPDX-License-Identifier: MIT
// Whose machine the window talks about (issue 13): "this machine" only for the machine nestready runs on;
// a saved report (`--open REPORT`, support mode) and a recorded machine each get their own words, on every
// page and in the guide.
#include "gui/guidepage.h"
#include "gui/machinepage.h"
#include "gui/requirementspage.h"
#include "gui/summarypage.h"
#include "wizardharness.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>

using namespace nestready;
using namespace nestready::gui;
using harness::Harness;

namespace {
// Every text a person reads or hears on every page: titles, labels, buttons, accessible names, with all
// rows and disclosures opened.
QStringList everyText(Harness &h) {
    QStringList out;
    for (int id = Wizard::WelcomeId; id <= Wizard::SummaryId; ++id) {
        h.walkTo(Wizard::PageId(id));
        QWizardPage *page = h.wizard->currentPage();
        for (QToolButton *t : page->findChildren<QToolButton *>())
            if (t->isCheckable() && !t->isChecked()) t->click();
        out << page->title() << page->subTitle();
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(page)) continue;
            if (auto *l = qobject_cast<QLabel *>(w))
                out << l->text();
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                out << b->text();
            out << w->accessibleName() << w->accessibleDescription();
        }
    }
    out.removeAll(QString());
    return out;
}

QStringList thisMachine(const QStringList &texts) {
    QStringList hits;
    for (const QString &t : texts)
        for (const char *words : {"this machine", "this computer", "your computer"})
            if (t.contains(QLatin1String(words), Qt::CaseInsensitive)) hits << t;
    return hits;
}
} // namespace

class TestSupportMode : public harness::GuiTest {
    Q_OBJECT
private Q_SLOTS:
    void reportNeverSaysThisMachine_data() { harness::addMachineRows(); }
    void reportNeverSaysThisMachine() {
        QFETCH(QString, machine);
        QTemporaryDir dir;
        Harness h(harness::savedReport(machine, dir));
        QVERIFY(h.wizard->showsReport());
        QVERIFY(h.run());
        const QStringList texts = everyText(h);
        QVERIFY(texts.size() > 40);
        QVERIFY2(thisMachine(texts).isEmpty(), qPrintable(thisMachine(texts).join(u'\n')));
        QVERIFY(texts.contains(WelcomePageTitleForReport()));
        if (machine == QLatin1String("physical"))
            QVERIFY(texts.contains(GuidePage::tr("The machine in the report is ready for iEchor Desktop")));
    }

    void recordingNeverSaysThisMachine() {
        Harness h(QStringLiteral("vmware-esxi-no-nested"));
        QVERIFY(!h.wizard->isLive() && !h.wizard->showsReport());
        QVERIFY(h.run());
        const QStringList texts = everyText(h);
        QVERIFY2(thisMachine(texts).isEmpty(), qPrintable(thisMachine(texts).join(u'\n')));
    }

    // The machine nestready runs on is "this machine", and its pages say so.
    void liveMachineIsThisMachine() {
        Harness h(std::make_shared<harness::LiveLikeSource>(QStringLiteral("physical")));
        QVERIFY(h.wizard->isLive());
        QVERIFY(h.run());
        const QStringList texts = everyText(h);
        QVERIFY(texts.contains(QStringLiteral("Can iEchor Desktop run on this machine?")));
        QVERIFY(texts.contains(GuidePage::tr("This machine is ready for iEchor Desktop")));
        QCOMPARE(h.page<MachinePage>(Wizard::MachineId)->title(), MachinePage::tr("Your machine"));
    }

    // "Check again" only where a run can find something new: the live machine. A saved report and a
    // recording (read again as it was, whether replayed in this process or by the window's collector child)
    // have no button on any page and no shortcut to one; the recording says why where the button would be,
    // the report has its banner.
    void checkAgainOnlyForTheLiveMachine_data() {
        QTest::addColumn<QString>("shown");
        QTest::newRow("live") << "live";
        QTest::newRow("recording") << "recording";
        QTest::newRow("recording through the collector") << "collector";
        QTest::newRow("report") << "report";
    }
    void checkAgainOnlyForTheLiveMachine() {
        QFETCH(QString, shown);
        const QString name = QStringLiteral("vmware-esxi-no-nested");
        QTemporaryDir dir;
        std::shared_ptr<ProbeSource> source;
        if (shown == QLatin1String("live")) {
            source = std::make_shared<harness::LiveLikeSource>(name);
        } else if (shown == QLatin1String("recording")) {
            source = harness::recorded(name);
        } else if (shown == QLatin1String("collector")) {
            SourceOptions o;
            o.sysroot = harness::machine(name);
            o.cpuidDump = o.sysroot + QStringLiteral("/cpuid.txt");
            o.noNetwork = true;
            QString error;
            source = makeKillableSource(o, QStringLiteral(NESTREADY_BINARY), &error);
            QVERIFY2(source, qPrintable(error));
        } else {
            source = harness::savedReport(name, dir);
        }
        Harness h(source);
        QVERIFY(h.run({}, 15000));
        const bool live = shown == QLatin1String("live");
        const bool recording = !live && shown != QLatin1String("report");
        QCOMPARE(h.wizard->isLive(), live);
        const QString note = WizardText("Recorded machine: its results can't change. To check again, run "
                                        "nestready on that machine.");
        QCOMPARE(h.wizard->recordedNote(), recording ? note : QString());

        auto *req = h.walkTo<RequirementsPage>(Wizard::RequirementsId);
        auto *guide = h.walkTo<GuidePage>(Wizard::GuideId);
        QVERIFY(!guide->stepBoxes().isEmpty()); // the steps are there to read, whatever the machine
        auto *summary = h.walkTo<SummaryPage>(Wizard::SummaryId);
        QCOMPARE(h.wizard->currentId(), int(Wizard::SummaryId));
        for (QWizardPage *page : {static_cast<QWizardPage *>(req), static_cast<QWizardPage *>(guide)}) {
            auto *label = page->findChild<QLabel *>(QStringLiteral("recordedNote"));
            QVERIFY(label);
            QCOMPARE(label->isVisibleTo(page), recording);
            if (recording) QCOMPARE(label->text(), note);
        }
        QCOMPARE(req->checkAgainButton()->isVisibleTo(req), live);
        QCOMPARE(guide->checkAgainButton()->isVisibleTo(guide), live);
        QCOMPARE(summary->checkAgainButton()->isVisibleTo(summary), live);

        // The keyboard reaches the button only where it is shown: Alt+A on Requirements, Alt+C on the Guide.
        // A mnemonic presses the button at once and clicks it a moment later (QAbstractButton::animateClick).
        QSignalSpy started(h.session.get(), &Session::started);
        h.wizard->back();
        h.wizard->back();
        QCOMPARE(h.wizard->currentId(), int(Wizard::RequirementsId));
        QVERIFY(QTest::qWaitForWindowActive(h.wizard.get()));
        QSignalSpy reqPressed(req->checkAgainButton(), &QAbstractButton::pressed);
        QTest::keyClick(req, Qt::Key_A, Qt::AltModifier);
        QCOMPARE(reqPressed.count(), live ? 1 : 0);
        if (live) QTRY_COMPARE(started.count(), 1);
        QVERIFY(h.finish(15000));
        h.wizard->next();
        QCOMPARE(h.wizard->currentId(), int(Wizard::GuideId));
        QSignalSpy guidePressed(guide->checkAgainButton(), &QAbstractButton::pressed);
        QTest::keyClick(guide, Qt::Key_C, Qt::AltModifier);
        QCOMPARE(guidePressed.count(), live ? 1 : 0);
        if (live) QTRY_COMPARE(started.count(), 2);
        QVERIFY(h.finish(15000));
        QCOMPARE(started.count(), live ? 2 : 0);
    }

private:
    static QString WizardText(const char *source) {
        return QCoreApplication::translate("nestready::gui::Wizard", source);
    }
    static QString WelcomePageTitleForReport() {
        return QCoreApplication::translate("nestready::gui::WelcomePage",
                                           "Can iEchor Desktop run on the machine in the report?");
    }
};

QTEST_MAIN(TestSupportMode)
#include "tst_supportmode.moc"
