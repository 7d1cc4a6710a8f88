// SPDX-License-Identifier: MIT
// What the offscreen wizard tests share: their setup, recorded machines (live-like, recorded or a saved
// report of one), probe sources that change or hang, and the accessibility walk every page must pass.
#pragma once

#include "gui/disclosure.h"
#include "gui/resumestate.h"
#include "gui/wizard.h"
#include "probes/linuxsource.h"
#include "report/report.h"
#include "report/reportsource.h"
#include "report/reportwriters.h"
#include "session.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoroTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace harness {

using namespace nestready;

inline QString machine(const QString &name) {
    return QStringLiteral(NESTREADY_GUI_DATA "/") + name;
}

// Every GUI test's initTestCase(): never the developer's own settings (QStandardPaths' test mode), under
// an organization of its own.
inline void initGuiTests() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("nestready-tests"));
}

// Every GUI test's init(): no resume point and no window size left over from the test before.
inline void forgetState() {
    gui::ResumeState::clear();
    QSettings().remove(QStringLiteral("window"));
}

// The base of a GUI test class: initGuiTests() once, forgetState() before every test function (QTest finds
// initTestCase() and init() here).
class GuiTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { initGuiTests(); }
    void init() { forgetState(); }
};

// The recorded machines most page tests run on: a failing ESXi guest, an Azure B2s without nested
// virtualization, a passing physical PC.
inline QStringList pageMachines() {
    return {QStringLiteral("vmware-esxi-no-nested"), QStringLiteral("azure-b2s"), QStringLiteral("physical")};
}

// A test's _data(): a column "machine" with a row for each of pageMachines(), named after it.
inline void addMachineRows() {
    QTest::addColumn<QString>("machine");
    for (const QString &m : pageMachines())
        QTest::newRow(qPrintable(m)) << m;
}

inline const CheckResult *result(const Session &s, const QString &id) {
    for (const CheckResult &r : s.results())
        if (r.id == id) return &r;
    return nullptr;
}

// The name a screen reader says for a widget.
inline QString accessibleName(QWidget *w) {
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// A recorded machine from tests/data/gui, with its cpuid.txt when it has one.
inline std::shared_ptr<ProbeSource> recorded(const QString &name) {
    SourceOptions o;
    o.sysroot = machine(name);
    if (QFileInfo::exists(o.sysroot + QStringLiteral("/cpuid.txt")))
        o.cpuidDump = o.sysroot + QStringLiteral("/cpuid.txt");
    o.noNetwork = true;
    QString error;
    auto source = makeSource(o, &error);
    if (!source) qFatal("%s", qPrintable(error));
    return source;
}

// A recorded machine as a LinuxSource: its cpuid.txt when it has one, never this computer's CPU.
inline LinuxSource recordedLinux(const QString &name) {
    const QString dump = machine(name) + QStringLiteral("/cpuid.txt");
    CpuidSetting cpuid{CpuidSetting::Mode::None, {}};
    if (QFileInfo::exists(dump)) cpuid = {CpuidSetting::Mode::Dump, dump};
    return LinuxSource(machine(name), cpuid);
}

// A recorded machine that says it is the live one (source kind "live"), for the words and buttons only
// the machine nestready runs on gets ("this machine", "Check again", resume). It never asks the network.
class LiveLikeSource : public ProbeSource {
public:
    explicit LiveLikeSource(std::shared_ptr<ProbeSource> inner)
        : m_inner(std::move(inner)) {
        setNetworkAllowed(false);
    }
    explicit LiveLikeSource(const QString &name)
        : LiveLikeSource(std::make_shared<LinuxSource>(recordedLinux(name))) {}
    QList<Probe> probes() const override { return m_inner->probes(); }
    OsFamily osFamily() const override { return m_inner->osFamily(); }
    QString kind() const override { return QStringLiteral("live"); }

private:
    std::shared_ptr<ProbeSource> m_inner;
};

// A saved report of a recorded machine, opened as `--open REPORT` opens it (support mode). The report
// file lives in `dir`.
inline std::shared_ptr<ReportSource> savedReport(const QString &name, const QTemporaryDir &dir) {
    Session session(recorded(name));
    session.start();
    if (!session.hasFinished() && !QTest::qWaitFor([&] { return session.hasFinished(); }, 8000))
        qFatal("the recorded machine %s did not finish", qPrintable(name));
    QString error;
    const QString path = dir.filePath(name + QStringLiteral(".json"));
    if (!writeReport(path, makeReport(session), false, &error)) qFatal("%s", qPrintable(error));
    auto report = ReportSource::open(path, &error);
    if (!report) qFatal("%s", qPrintable(error));
    return report;
}

// The first run replays machine `before`, every later run machine `after`: "Check again" after a fix. It is
// the live machine (only that one changes, and only that one offers "Check again").
class ChangingSource : public ProbeSource {
public:
    ChangingSource(const QString &before, const QString &after)
        : m_before(recordedLinux(before))
        , m_after(recordedLinux(after)) {}
    QList<Probe> probes() const override {
        const QList<Probe> a = m_before.probes(), b = m_after.probes();
        QList<Probe> out;
        auto runs = m_runs;
        for (int i = 0; i < a.size(); ++i) {
            Probe p = a.at(i);
            // ProbeRunner starts probes in list order, so the first one counts the runs for all.
            if (p.stream) {
                p.stream = [streamA = a.at(i).stream, streamB = b.at(i).stream, runs,
                            first = i == 0](Probe::Deliver d) {
                    if (first) ++*runs;
                    return *runs >= 2 ? streamB(std::move(d)) : streamA(std::move(d));
                };
            } else {
                p.run = [runA = a.at(i).run, runB = b.at(i).run, runs, first = i == 0] {
                    if (first) ++*runs;
                    return *runs >= 2 ? runB() : runA();
                };
            }
            out.append(p);
        }
        return out;
    }
    OsFamily osFamily() const override { return OsFamily::Linux; }
    QString kind() const override { return QStringLiteral("live"); }

private:
    LinuxSource m_before, m_after;
    std::shared_ptr<int> m_runs = std::make_shared<int>(0);
};

// A recorded machine whose disk probe never answers within its budget.
class HangingSource : public ProbeSource {
public:
    explicit HangingSource(const QString &name)
        : m_inner(recordedLinux(name)) {}
    QList<Probe> probes() const override {
        QList<Probe> out = m_inner.probes();
        for (Probe &p : out)
            if (p.name == QLatin1String("disk")) {
                p.timeout = std::chrono::milliseconds(2600);
                p.stream = {};
                p.run = []() -> QCoro::Task<QList<Evidence>> {
                    co_await QCoro::sleepFor(std::chrono::seconds(5));
                    co_return QList<Evidence>{};
                };
            }
        return out;
    }
    OsFamily osFamily() const override { return OsFamily::Linux; }
    QString kind() const override { return QStringLiteral("test"); }

private:
    LinuxSource m_inner;
};

struct Harness {
    // `remember`: remember guide steps as on the live machine (a recorded one does not by default).
    explicit Harness(std::shared_ptr<ProbeSource> source, std::optional<bool> remember = std::nullopt)
        : session(std::make_unique<Session>(std::move(source)))
        , wizard(std::make_unique<gui::Wizard>(session.get(), nullptr, remember)) {}
    explicit Harness(const QString &name, std::optional<bool> remember = std::nullopt)
        : Harness(recorded(name), remember) {}

    // Shows the window and runs the checks, as guimain.cpp does.
    void start(const QString &page = {}) {
        QVERIFY(wizard->openAt(page));
        wizard->show();
        session->start();
    }
    bool finish(int ms = 8000) {
        return session->hasFinished() || QTest::qWaitFor([this] { return session->hasFinished(); }, ms);
    }
    // start() and finish() in one, for a test that looks only at the finished run: false when `page` is
    // not a page or guide name or the run did not finish in time.
    bool run(const QString &page = {}, int ms = 8000) {
        if (!wizard->openAt(page)) return false;
        wizard->show();
        session->start();
        return finish(ms);
    }
    template <typename Page> Page *page(gui::Wizard::PageId id) const {
        return qobject_cast<Page *>(wizard->page(id));
    }
    void walkTo(gui::Wizard::PageId id) {
        while (wizard->currentId() != id && wizard->currentId() != -1) {
            const int before = wizard->currentId();
            wizard->next();
            if (wizard->currentId() == before) break;
        }
    }
    // walkTo() and page() in one: `auto *guide = h.walkTo<GuidePage>(Wizard::GuideId);`
    template <typename Page> Page *walkTo(gui::Wizard::PageId id) {
        walkTo(id);
        return page<Page>(id);
    }

    std::unique_ptr<Session> session;
    std::unique_ptr<gui::Wizard> wizard;
};

// The role a control of this kind must show; QAccessible::NoRole: no expectation.
inline QAccessible::Role expectedRole(QWidget *w) {
    if (qobject_cast<gui::LinkLabel *>(w)) return QAccessible::Link;
    if (qobject_cast<QCheckBox *>(w)) return QAccessible::CheckBox;
    if (qobject_cast<QComboBox *>(w)) return QAccessible::ComboBox;
    if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)) return QAccessible::EditableText;
    if (qobject_cast<QAbstractButton *>(w)) return QAccessible::Button;
    return QAccessible::NoRole;
}

// Walks every shown widget of a page as a screen reader sees it: a control a person can reach has a name
// and the role its kind calls for (an expander is a button that is expandable, not a check box); a
// picture has a name; a link is a control of its own, never an <a> inside a label's text.
inline void walkAccessibility(QWidget *root, const QString &where) {
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root)) continue;
        const QString what =
            QStringLiteral("%1: %2 \"%3\"")
                .arg(where, QString::fromLatin1(w->metaObject()->className()), w->objectName());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (!label->pixmap().isNull())
                QVERIFY2(!accessibleName(w).trimmed().isEmpty(),
                         qPrintable(what + QStringLiteral(" (a picture) has no name")));
            const bool rich = label->textFormat() == Qt::RichText ||
                              (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            QVERIFY2(!(rich && label->text().contains(QLatin1String("<a "))),
                     qPrintable(what + QStringLiteral(" holds a link in its text: ") + label->text()));
        }
        if (!(w->focusPolicy() & Qt::TabFocus)) continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY2(iface, qPrintable(what));
        QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(what + QStringLiteral(" has no name")));
        const QAccessible::Role want = expectedRole(w);
        const QString role = QStringLiteral(" has the wrong role 0x%1").arg(int(iface->role()), 0, 16);
        if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->isCheckable()) {
            QVERIFY2(iface->role() == QAccessible::Button, qPrintable(what + role));
            QVERIFY2(iface->state().expandable && iface->state().expanded == tool->isChecked() &&
                         iface->state().collapsed == !tool->isChecked(),
                     qPrintable(what + QStringLiteral(" does not say whether it is expanded")));
        } else if (want == QAccessible::Button) {
            QVERIFY2(iface->role() == QAccessible::Button || iface->role() == QAccessible::PushButton,
                     qPrintable(what + role));
        } else if (want != QAccessible::NoRole) {
            QVERIFY2(iface->role() == want, qPrintable(what + role));
        }
    }
}

// The widgets after `from` in Tab order, once round.
inline QList<QWidget *> focusChainAfter(QWidget *from) {
    QList<QWidget *> chain;
    for (QWidget *w = from->nextInFocusChain(); w && w != from && chain.size() < 1000;
         w = w->nextInFocusChain())
        chain << w;
    return chain;
}

} // namespace harness
