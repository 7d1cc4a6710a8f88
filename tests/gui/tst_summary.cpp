// SPDX-License-Identifier: MIT
// The Summary page (issue 13): what could not be checked, each with how to find out; what "Check again"
// changed, with its time.
#include "gui/resumestate.h"
#include "gui/summarypage.h"
#include "wizardharness.h"

#include <QApplication>
#include <QPushButton>
#include <QStandardPaths>

using namespace nestready;
using namespace nestready::gui;
using harness::Harness;

class TestSummary : public harness::GuiTest {
    Q_OBJECT
private Q_SLOTS:
    // A probe that never answers leaves its check unknown: the Summary names it and says how to find out.
    void unknownsAreExplained() {
        Harness h(std::make_shared<harness::HangingSource>(QStringLiteral("physical")));
        QVERIFY(h.run({}, 20000));
        auto *summary = h.walkTo<SummaryPage>(Wizard::SummaryId);
        int unknown = 0;
        for (const CheckResult &r : h.session->results())
            if (r.finding.status == Status::Unknown) {
                ++unknown;
                QVERIFY2(summary->unknownText().contains(r.title.toString()),
                         qPrintable(summary->unknownText()));
            }
        QVERIFY(unknown > 0);
        QCOMPARE(summary->unknownText().count(u'\n') + 1, unknown);
    }

    void nothingUnknownNoList() {
        Harness h(QStringLiteral("physical"));
        QVERIFY(h.run());
        auto *summary = h.walkTo<SummaryPage>(Wizard::SummaryId);
        QVERIFY(summary->unknownText().isEmpty());
        QVERIFY(summary->changesText().isEmpty()); // one run: nothing to compare
        // A recorded machine does not change: no "Check again" on its Summary.
        QVERIFY(!summary->checkAgainButton()->isVisibleTo(summary));
    }

    // After the fix: the time, and "now passes" for what failed before.
    void checkAgainSaysWhatChanged() {
        Harness h(std::make_shared<harness::ChangingSource>(QStringLiteral("vmware-esxi-no-nested"),
                                                            QStringLiteral("vmware-esxi-nested")));
        QVERIFY(h.run());
        auto *summary = h.walkTo<SummaryPage>(Wizard::SummaryId);
        h.session->start();
        QVERIFY(h.finish());
        const QString text = summary->changesText();
        QVERIFY2(text.startsWith(QLatin1String("Checked again at ")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("now passes")));
    }

    // The same machine twice: what failed still fails, and the page says so.
    void checkAgainSaysStillFailing() {
        Harness h(std::make_shared<harness::ChangingSource>(QStringLiteral("vmware-esxi-no-nested"),
                                                            QStringLiteral("vmware-esxi-no-nested")));
        QVERIFY(h.run());
        auto *summary = h.walkTo<SummaryPage>(Wizard::SummaryId);
        h.session->start();
        QVERIFY(h.finish());
        const QString text = summary->changesText();
        QVERIFY2(text.contains(QLatin1String("still")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("now passes")));
    }
};

QTEST_MAIN(TestSummary)
#include "tst_summary.moc"
