// SPDX-License-Identifier: MIT
// A language picked in the window reaches every page, row, fact and guide: the core returns messages and
// the window translates them when it shows them. The test compares every text the window shows after a
// switch with what a window started in that language shows (as `--lang de` would), and back to English.
#include "i18n.h"
#include "wizardharness.h"

#include "gui/guidepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>

using namespace harness;

namespace {

// Every text a person can read in the window, page by page, in walking order.
QStringList shownTexts(Harness &h) {
    QStringList out;
    const auto collect = [&](const QString &page) {
        for (QWidget *w : h.wizard->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(h.wizard.get())) continue;
            QString text;
            if (auto *l = qobject_cast<QLabel *>(w))
                text = l->text();
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                text = b->text();
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                text = g->title();
            if (!text.trimmed().isEmpty()) out.append(page + QStringLiteral(": ") + text);
            if (!w->accessibleName().isEmpty())
                out.append(page + QStringLiteral(" [name]: ") + w->accessibleName());
        }
        out.append(page + QStringLiteral(" [title]: ") + h.wizard->currentPage()->title());
    };
    h.wizard->restart();
    for (gui::Wizard::PageId id :
         {gui::Wizard::WelcomeId, gui::Wizard::MachineId, gui::Wizard::RequirementsId, gui::Wizard::GuideId,
          gui::Wizard::SummaryId}) {
        h.walkTo(id);
        QCoreApplication::processEvents();
        collect(QString::number(int(id)));
    }
    out.sort();
    return out;
}

// Walking the pages leaves a resume point behind (QSettings); each window here starts without one, so that
// the comparison is about language alone.
void forgetResumePoint() {
    QSettings().clear();
}

// The window of a finished session, as guimain.cpp builds it after a language switch.
QStringList rebuiltAfterSwitch(Harness &h, const QString &code) {
    if (!i18n::setLanguage(code)) return {QStringLiteral("setLanguage failed")};
    forgetResumePoint();
    h.wizard = std::make_unique<gui::Wizard>(h.session.get());
    h.wizard->show();
    return shownTexts(h);
}

QStringList startedIn(const QString &machineName, const QString &code) {
    if (!i18n::setLanguage(code)) return {QStringLiteral("setLanguage failed")};
    forgetResumePoint();
    Harness fresh(machineName);
    fresh.start();
    if (!fresh.finish()) return {QStringLiteral("did not finish")};
    return shownTexts(fresh);
}

// Texts that differ between the two lists, for a readable failure.
QString difference(const QStringList &a, const QStringList &b) {
    QStringList onlyA, onlyB;
    for (const QString &s : a)
        if (!b.contains(s)) onlyA << s;
    for (const QString &s : b)
        if (!a.contains(s)) onlyB << s;
    return QStringLiteral("after the switch only:\n  %1\nstarted in the language only:\n  %2")
        .arg(onlyA.mid(0, 12).join(QStringLiteral("\n  ")), onlyB.mid(0, 12).join(QStringLiteral("\n  ")));
}

} // namespace

class TestRetranslate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        initGuiTests();
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }
    void cleanup() { i18n::setLanguage(QStringLiteral("en")); }

    void switchingLanguageRetranslatesEverything_data() { addMachineRows(); }
    void switchingLanguageRetranslatesEverything() {
        QFETCH(QString, machine);
        const QStringList german = startedIn(machine, QStringLiteral("de"));
        const QStringList english = startedIn(machine, QStringLiteral("en"));
        QVERIFY(german.size() > 40);
        QVERIFY2(german != english, "the German window differs from the English one");

        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        forgetResumePoint();
        Harness h(machine);
        h.start();
        QVERIFY(h.finish());
        QCOMPARE(shownTexts(h), english);

        const QStringList switched = rebuiltAfterSwitch(h, QStringLiteral("de"));
        QVERIFY2(switched == german, qPrintable(difference(switched, german)));
        // A text that is English in the German window would show up here: the machine's own words
        // (vendor strings, paths, commands) are the same in both, everything else differs.
        int englishLeft = 0;
        for (const QString &s : switched)
            if (english.contains(s) && s.contains(QLatin1String(" the "))) {
                ++englishLeft;
                qWarning("still English: %s", qPrintable(s));
            }
        QCOMPARE(englishLeft, 0);

        const QStringList back = rebuiltAfterSwitch(h, QStringLiteral("en"));
        QVERIFY2(back == english, qPrintable(difference(back, english)));
    }
};

QTEST_MAIN(TestRetranslate)
#include "tst_retranslate.moc"
