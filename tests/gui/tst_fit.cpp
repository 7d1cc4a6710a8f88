// SPDX-License-Identifier: MIT
// The window on small screens and through a screen reader's eyes (issue 13): at 800×600 and 1366×768 every
// page keeps Back/Next/Cancel on screen, the size is restored, and every control on every page has a name
// and a fitting role in the accessibility tree.
#include "gui/guidepage.h"
#include "gui/requirementspage.h"
#include "gui/resultrow.h"
#include "gui/resumestate.h"
#include "guides/guide.h"
#include "wizardharness.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>

using namespace nestready;
using namespace nestready::gui;
using harness::Harness;

namespace {
void verifyButtonsOnScreen(Wizard *wizard, const QString &where) {
    for (auto which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton, QWizard::FinishButton}) {
        QAbstractButton *b = wizard->button(which);
        if (!b->isVisible()) continue;
        const QRect r(b->mapTo(wizard, QPoint()), b->size());
        QVERIFY2(wizard->rect().contains(r), qPrintable(where));
    }
}
} // namespace

class TestFit : public harness::GuiTest {
    Q_OBJECT
private Q_SLOTS:
    void fitsSmallScreens_data() {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QSize>("screen");
        for (const QString &m : harness::pageMachines()) {
            QTest::addRow("%s 800x600", qPrintable(m)) << m << QSize(800, 600);
            QTest::addRow("%s 1366x768", qPrintable(m)) << m << QSize(1366, 768);
        }
    }
    void fitsSmallScreens() {
        QFETCH(QString, machine);
        QFETCH(QSize, screen);
        Harness h(machine);
        QVERIFY(h.wizard->minimumSize().width() <= 800 && h.wizard->minimumSize().height() <= 600);
        QVERIFY(h.run());
        h.wizard->resize(screen);
        for (int page = Wizard::WelcomeId; page <= Wizard::SummaryId; ++page) {
            h.walkTo(Wizard::PageId(page));
            QCOMPARE(h.wizard->currentId(), page);
            QCoreApplication::processEvents();
            const QString where = QStringLiteral("%1 page %2 at %3x%4")
                                      .arg(machine)
                                      .arg(page)
                                      .arg(screen.width())
                                      .arg(screen.height());
            // The window did not grow past the screen to fit the page.
            QVERIFY2(h.wizard->width() <= screen.width() && h.wizard->height() <= screen.height(),
                     qPrintable(where));
            verifyButtonsOnScreen(h.wizard.get(), where);
        }
    }

    // A deep link (`--page vmware-esxi`, as support sends) keeps Back: Requirements is one step away.
    void deepLinkKeepsBack() {
        Harness h(QStringLiteral("vmware-esxi-no-nested"));
        h.start(QStringLiteral("vmware-esxi"));
        QCOMPARE(h.wizard->currentId(), int(Wizard::GuideId));
        QVERIFY(h.wizard->button(QWizard::BackButton)->isVisible());
        h.wizard->back();
        QCOMPARE(h.wizard->currentId(), int(Wizard::RequirementsId));
    }

    // Tab walks the guide in reading order: every step's box comes before "check again" (the live machine's
    // button).
    void guideFocusFollowsReadingOrder() {
        Harness h(std::make_shared<harness::LiveLikeSource>(QStringLiteral("vmware-esxi-no-nested")));
        QVERIFY(h.run());
        auto *guide = h.walkTo<GuidePage>(Wizard::GuideId);
        QVERIFY(!guide->stepBoxes().isEmpty());
        QVERIFY(guide->checkAgainButton()->isVisible());
        QList<QWidget *> chain;
        for (QWidget *w = guide->guidePicker()->nextInFocusChain();
             w && w != guide->guidePicker() && chain.size() < 500; w = w->nextInFocusChain())
            chain << w;
        const qsizetype again = chain.indexOf(guide->checkAgainButton());
        QVERIFY(again >= 0);
        for (QCheckBox *box : guide->stepBoxes())
            QVERIFY(chain.indexOf(box) >= 0 && chain.indexOf(box) < again);
    }

    void restoresSize() {
        {
            Harness h(QStringLiteral("physical"));
            QVERIFY(h.run());
            h.wizard->resize(760, 560); // within the offscreen screen (800×600)
            h.wizard->reject();
        }
        Harness again(QStringLiteral("physical"));
        QCOMPARE(again.wizard->size(), QSize(760, 560));
    }

    // Documentation links are links: role Link, named with their title, one Tab stop each, in reading
    // order; a row's "Open the guide" link opens the guide from the keyboard (issue 13).
    void linksAreLinks() {
        Harness h(QStringLiteral("vmware-esxi-no-nested"));
        QVERIFY(h.run());
        const auto verifyLinks = [](QWidget *page, QWidget *from, qsizetype expected) {
            QList<LinkLabel *> links;
            for (LinkLabel *l : page->findChildren<LinkLabel *>())
                if (l->isVisibleTo(page)) links << l;
            QCOMPARE(links.size(), expected);
            const QList<QWidget *> chain = harness::focusChainAfter(from);
            for (qsizetype i = 0; i < links.size(); ++i) {
                LinkLabel *l = links.at(i);
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(l);
                QVERIFY(iface);
                QCOMPARE(iface->role(), QAccessible::Link);
                QCOMPARE(iface->text(QAccessible::Name), l->text());
                QVERIFY(l->url().scheme() == QLatin1String("https"));
                QCOMPARE(chain.count(l), 1);
                if (i > 0) QCOMPARE(chain.indexOf(l), chain.indexOf(links.at(i - 1)) + 1);
            }
        };
        auto *guide = h.walkTo<GuidePage>(Wizard::GuideId);
        const guides::Guide *g = guides::find(guide->shownGuide());
        QVERIFY(g && !g->links.isEmpty());
        verifyLinks(guide, guide->guidePicker(), g->links.size());
        if (QTest::currentTestFailed()) return;
        h.walkTo(Wizard::SummaryId);
        verifyLinks(h.wizard->currentPage(), h.wizard->currentPage(), 2);
        if (QTest::currentTestFailed()) return;

        h.wizard->back();
        h.wizard->back();
        QCOMPARE(h.wizard->currentId(), int(Wizard::RequirementsId));
        auto *req = h.page<RequirementsPage>(Wizard::RequirementsId);
        ResultRow *row = req->row(QStringLiteral("cpu.virtualization"));
        QVERIFY(row && row->isExpanded() && row->guideLink()->isVisible());
        QCOMPARE(QAccessible::queryAccessibleInterface(row->guideLink())->role(), QAccessible::Link);
        QTest::keyClick(row->guideLink(), Qt::Key_Return);
        QCOMPARE(h.wizard->currentId(), int(Wizard::GuideId));
    }

    // Every page, every control: a name and the role its kind calls for.
    void accessibilityTreeOnEveryPage_data() { harness::addMachineRows(); }
    void accessibilityTreeOnEveryPage() {
        QFETCH(QString, machine);
        Harness h(machine);
        QVERIFY(h.run());
        for (int page = Wizard::WelcomeId; page <= Wizard::SummaryId; ++page) {
            h.walkTo(Wizard::PageId(page));
            // Open everything that can be opened, so hidden controls are walked too.
            for (QToolButton *t : h.wizard->currentPage()->findChildren<QToolButton *>())
                if (t->isCheckable() && t->isVisible() && !t->isChecked()) t->click();
            harness::walkAccessibility(h.wizard->currentPage(),
                                       QStringLiteral("%1 page %2").arg(machine).arg(page));
            if (QTest::currentTestFailed()) return;
        }
    }
};

QTEST_MAIN(TestFit)
#include "tst_fit.moc"
