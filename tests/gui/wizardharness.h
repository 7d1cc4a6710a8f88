// SPDX-License-Identifier: MIT
// Helpers for the offscreen wizard tests: recorded machines, and probe sources that change or hang.
#pragma once

#include "probes/linuxsource.h"
#include "session.h"
#include "gui/wizard.h"

#include <QCoroTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace harness {

using namespace nestready;

inline QString machine(const QString &name)
{
    return QStringLiteral(NESTREADY_GUI_DATA "/") + name;
}

// A recorded machine from tests/data/gui, with its cpuid.txt when it has one.
inline std::shared_ptr<ProbeSource> recorded(const QString &name)
{
    SourceOptions o;
    o.sysroot = machine(name);
    if (QFileInfo::exists(o.sysroot + QStringLiteral("/cpuid.txt")))
        o.cpuidDump = o.sysroot + QStringLiteral("/cpuid.txt");
    o.noNetwork = true;
    QString error;
    auto source = makeSource(o, &error);
    if (!source)
        qFatal("%s", qPrintable(error));
    return source;
}

// A recorded machine as a LinuxSource: its cpuid.txt when it has one, never this computer's CPU.
inline LinuxSource recordedLinux(const QString &name)
{
    const QString dump = machine(name) + QStringLiteral("/cpuid.txt");
    CpuidSetting cpuid{CpuidSetting::Mode::None, {}};
    if (QFileInfo::exists(dump))
        cpuid = {CpuidSetting::Mode::Dump, dump};
    return LinuxSource(machine(name), cpuid);
}

// The first run replays machine `before`, every later run machine `after`: "Check again" after a fix.
class ChangingSource : public ProbeSource {
public:
    ChangingSource(const QString &before, const QString &after)
        : m_before(recordedLinux(before))
        , m_after(recordedLinux(after))
    {
    }
    QList<Probe> probes() const override
    {
        const QList<Probe> a = m_before.probes(), b = m_after.probes();
        QList<Probe> out;
        auto runs = m_runs;
        for (int i = 0; i < a.size(); ++i) {
            Probe p = a.at(i);
            // ProbeRunner starts probes in list order, so the first one counts the runs for all.
            if (p.stream) {
                p.stream = [streamA = a.at(i).stream, streamB = b.at(i).stream, runs, first = i == 0](Probe::Deliver d) {
                    if (first)
                        ++*runs;
                    return *runs >= 2 ? streamB(std::move(d)) : streamA(std::move(d));
                };
            } else {
                p.run = [runA = a.at(i).run, runB = b.at(i).run, runs, first = i == 0] {
                    if (first)
                        ++*runs;
                    return *runs >= 2 ? runB() : runA();
                };
            }
            out.append(p);
        }
        return out;
    }
    OsFamily osFamily() const override { return OsFamily::Linux; }
    QString kind() const override { return QStringLiteral("test"); }

private:
    LinuxSource m_before, m_after;
    std::shared_ptr<int> m_runs = std::make_shared<int>(0);
};

// A recorded machine whose disk probe never answers within its budget.
class HangingSource : public ProbeSource {
public:
    explicit HangingSource(const QString &name)
        : m_inner(recordedLinux(name))
    {
    }
    QList<Probe> probes() const override
    {
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
        , wizard(std::make_unique<gui::Wizard>(session.get(), nullptr, remember))
    {
    }
    explicit Harness(const QString &name, std::optional<bool> remember = std::nullopt)
        : Harness(recorded(name), remember)
    {
    }

    // Shows the window and runs the checks, as guimain.cpp does.
    void start(const QString &page = {})
    {
        QVERIFY(wizard->openAt(page));
        wizard->show();
        session->start();
    }
    bool finish(int ms = 8000)
    {
        return session->hasFinished() || QTest::qWaitFor([this] { return session->hasFinished(); }, ms);
    }
    template <typename Page>
    Page *page(gui::Wizard::PageId id) const
    {
        return qobject_cast<Page *>(wizard->page(id));
    }
    void walkTo(gui::Wizard::PageId id)
    {
        while (wizard->currentId() != id && wizard->currentId() != -1) {
            const int before = wizard->currentId();
            wizard->next();
            if (wizard->currentId() == before)
                break;
        }
    }

    std::unique_ptr<Session> session;
    std::unique_ptr<gui::Wizard> wizard;
};

} // namespace harness
