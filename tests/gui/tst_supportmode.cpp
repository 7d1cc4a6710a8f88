// SPDX-License-Identifier: MIT
// Whose machine the window talks about (issue 13): "this machine" only for the machine nestready runs on;
// a saved report (`--open REPORT`, support mode) and a recorded machine each get their own words, on every
// page and in the guide.
#include "gui/guidepage.h"
#include "gui/machinepage.h"
#include "wizardharness.h"

#include <QAbstractButton>
#include <QLabel>

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

class TestSupportMode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { harness::initGuiTests(); }
    void init() { harness::forgetState(); }

    void reportNeverSaysThisMachine_data() {
        QTest::addColumn<QString>("machine");
        QTest::newRow("esxi-no-nested") << "vmware-esxi-no-nested";
        QTest::newRow("azure-b2s") << "azure-b2s";
        QTest::newRow("physical") << "physical"; // passing: the success screen
    }
    void reportNeverSaysThisMachine() {
        QFETCH(QString, machine);
        QTemporaryDir dir;
        Harness h(harness::savedReport(machine, dir));
        QVERIFY(h.wizard->showsReport());
        h.start();
        QVERIFY(h.finish());
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
        h.start();
        QVERIFY(h.finish());
        const QStringList texts = everyText(h);
        QVERIFY2(thisMachine(texts).isEmpty(), qPrintable(thisMachine(texts).join(u'\n')));
    }

    // The machine nestready runs on is "this machine", and its pages say so.
    void liveMachineIsThisMachine() {
        Harness h(std::make_shared<harness::LiveLikeSource>(QStringLiteral("physical")));
        QVERIFY(h.wizard->isLive());
        h.start();
        QVERIFY(h.finish());
        const QStringList texts = everyText(h);
        QVERIFY(texts.contains(QStringLiteral("Can iEchor Desktop run on this machine?")));
        QVERIFY(texts.contains(GuidePage::tr("This machine is ready for iEchor Desktop")));
        QCOMPARE(h.page<MachinePage>(Wizard::MachineId)->title(), MachinePage::tr("Your machine"));
    }

private:
    static QString WelcomePageTitleForReport() {
        return QCoreApplication::translate("nestready::gui::WelcomePage",
                                           "Can iEchor Desktop run on the machine in the report?");
    }
};

QTEST_MAIN(TestSupportMode)
#include "tst_supportmode.moc"
