// SPDX-License-Identifier: MIT
// The reader thread of a run (fileprobe::Reader): one thread reads every queued file, and a read that hangs
// costs the others `slow`, never more, and never a later run's reads.
#include "fileprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimerEvent>

#include <algorithm>
#include <atomic>
#include <coroutine>
#include <deque>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace nestready::fileprobe {

namespace {
using Clock = std::chrono::steady_clock;

std::atomic<int> g_stuckThreads{0};
std::atomic<int> g_threadsStarted{0};

enum class State {
    Queued,   // no thread has taken it yet
    Running,  // a thread is in it
    Answered, // its answer waits for the owning thread
    Done,     // handed over (answered, timed out or not read)
    Dropped,  // its group stopped before it was started
};

struct Item {
    const Read *read = nullptr; // in its group's list, which the queue keeps
    int group = 0;
    size_t index = 0; // its place in the queue
    State state = State::Queued;
    Clock::time_point started;
    quint64 worker = 0;
    bool leftBehind = false; // its thread was given up on while in it: counted in g_stuckThreads
    Evidence answer;
};

// What the reader threads and the owning thread share; every field under `lock`. The threads never touch
// anything else of the reader, so a thread left in a read may outlive all of it but this.
struct Queue {
    std::mutex lock;
    std::vector<QList<Read>> lists; // each group's reads, shared with the probe that asked (not copied)
    std::deque<Item> items;         // a deque: an item keeps its address while groups are added
    size_t next = 0;                // the first item that may still be queued
    quint64 active = 0;             // the thread that takes queued items; 0 when none is running
    quint64 lastWorker = 0;
    QObject *wake = nullptr; // the pump, until it goes
    bool wakePosted = false;
};

QEvent::Type wakeEvent() {
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}

// Under the lock. One wake-up at a time: the pump looks at everything that came in when it wakes.
void wakeOwner(Queue &q) {
    if (!q.wake || q.wakePosted) return;
    q.wakePosted = true;
    QCoreApplication::postEvent(q.wake, new QEvent(wakeEvent()));
}

// Under the lock: the first queued item, or nullptr. Items of stopped groups are passed over.
Item *takeQueued(Queue &q, quint64 worker) {
    while (q.next < q.items.size() && q.items[q.next].state != State::Queued)
        ++q.next;
    if (q.next == q.items.size()) return nullptr;
    Item &it = q.items[q.next++];
    it.state = State::Running;
    it.started = Clock::now();
    it.worker = worker;
    return &it;
}

bool anyQueued(Queue &q) {
    for (size_t i = q.next; i < q.items.size(); ++i)
        if (q.items[i].state == State::Queued) return true;
    return false;
}

// A reader thread: reads queued items one after another until the queue is empty or it is left behind.
void work(std::shared_ptr<Queue> q, quint64 me, Item *item) {
    for (;;) {
        Evidence e = item->read->run(); // blocking, without the lock: this is where a thread may hang
        const std::lock_guard guard(q->lock);
        if (item->leftBehind) --g_stuckThreads; // the read came back after all: this thread is free again
        bool answered = false;
        if (item->state == State::Running) { // not timed out meanwhile
            item->state = State::Answered;
            item->answer = std::move(e);
            answered = true;
        }
        if (q->active != me) { // the queue went on without this thread
            if (answered) wakeOwner(*q);
            return;
        }
        item = takeQueued(*q, me);
        if (!item) {
            // One wake-up per run, at its end: a wake-up per file or per group costs a thread switch each.
            q->active = 0;
            wakeOwner(*q);
            return;
        }
    }
}

Evidence notRead(const Item &item, const QString &detail, qint64 elapsedUs) {
    Evidence e;
    e.key = item.read->key;
    e.source = item.read->source;
    e.outcome = Outcome::TimedOut;
    e.detail = detail;
    e.elapsedUs = elapsedUs;
    return e;
}
} // namespace

namespace detail {

// The owning thread's side of a reader: its groups, one timer for every budget, and the wake-ups of the
// reader threads. Shared by the Reader and the tasks of its groups; lives on the thread that made it.
class Pump : public QObject, public std::enable_shared_from_this<Pump> {
public:
    Pump(std::chrono::milliseconds budget, std::chrono::milliseconds slow)
        : m_budget(budget)
        , m_slow(std::min(slow, budget)) {
        m_queue->wake = this;
    }
    ~Pump() override {
        const std::lock_guard guard(m_queue->lock);
        m_queue->wake = nullptr;
    }

    int add(QList<Read> reads);
    // Whether a group has something to hand over: what came in since it last looked, or its end.
    bool hasNews(int group) const {
        const Group &g = m_groups[size_t(group)];
        return !g.got.isEmpty() || g.left == 0;
    }
    void waitFor(int group, std::coroutine_handle<> waiter) { m_groups[size_t(group)].waiter = waiter; }
    QList<Evidence> take(int group, bool *complete);
    void stop(int group);

protected:
    void customEvent(QEvent *event) override;
    void timerEvent(QTimerEvent *event) override;

private:
    struct Group {
        std::coroutine_handle<> waiter;
        QList<std::pair<size_t, Evidence>> got; // by queue position, so a group answers in its own order
        qsizetype left = 0;                     // reads not handed over yet
        bool stopped = false;
    };

    void look();
    Item *startWorker(bool afterSlowRead); // under the lock
    void settle(Item &item, Evidence e);   // under the lock
    void setTimer(std::optional<Clock::time_point> at);

    const std::chrono::milliseconds m_budget, m_slow;
    const std::shared_ptr<Queue> m_queue = std::make_shared<Queue>();
    std::vector<Group> m_groups;
    size_t m_firstOpen = 0; // items before it are all handed over
    int m_timer = 0;
    Clock::time_point m_timerAt;
};

int Pump::add(QList<Read> reads) {
    const int group = int(m_groups.size());
    m_groups.push_back({});
    m_groups.back().left = reads.size();
    if (reads.isEmpty()) return group;
    const std::lock_guard guard(m_queue->lock);
    // Never changed from here on, so the addresses of its reads hold.
    const QList<Read> &list = m_queue->lists.emplace_back(std::move(reads));
    for (const Read &r : list) {
        Item &it = m_queue->items.emplace_back();
        it.read = &r;
        it.group = group;
        it.index = m_queue->items.size() - 1;
    }
    // The thread starts from the event loop, once every group the caller adds in this turn (the runner
    // starts all probes of a run at once) is queued: started here, it could empty the queue before the
    // next group came, and that group would need a thread of its own.
    if (m_queue->active == 0) wakeOwner(*m_queue);
    return group;
}

Item *Pump::startWorker(bool afterSlowRead) {
    if (afterSlowRead && g_stuckThreads >= kMaxStuckThreads) {
        const QString why =
            QStringLiteral("not read: %1 reads are stuck on this machine").arg(int(g_stuckThreads));
        for (size_t i = m_queue->next; i < m_queue->items.size(); ++i)
            if (m_queue->items[i].state == State::Queued)
                settle(m_queue->items[i], notRead(m_queue->items[i], why, 0));
        return nullptr;
    }
    const quint64 id = ++m_queue->lastWorker;
    Item *first = takeQueued(*m_queue, id);
    if (!first) return nullptr;
    m_queue->active = id;
    try {
        // Detached: a thread stuck in open() or read() must keep neither the caller nor the process waiting.
        std::thread(work, m_queue, id, first).detach();
        ++g_threadsStarted;
    } catch (const std::system_error &e) {
        m_queue->active = 0;
        const QString why =
            QStringLiteral("not read: no thread to read it (%1)").arg(QString::fromLocal8Bit(e.what()));
        for (size_t i = m_queue->next - 1; i < m_queue->items.size(); ++i) {
            Item &it = m_queue->items[i];
            if (it.state != State::Queued && &it != first) continue;
            Evidence failed = notRead(it, why, 0);
            failed.outcome = Outcome::Error;
            settle(it, std::move(failed));
        }
        return nullptr;
    }
    return first;
}

void Pump::settle(Item &item, Evidence e) {
    item.state = State::Done;
    Group &g = m_groups[size_t(item.group)];
    --g.left;
    if (!g.stopped) g.got.append({item.index, std::move(e)});
}

void Pump::setTimer(std::optional<Clock::time_point> at) {
    if (m_timer != 0 && at && *at == m_timerAt) return;
    if (m_timer != 0) killTimer(m_timer);
    m_timer = 0;
    if (!at) return;
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(*at - Clock::now());
    m_timer = startTimer(std::max(ms, std::chrono::milliseconds(1)), Qt::PreciseTimer);
    m_timerAt = *at;
}

// Hands over what the threads answered, answers a read whose budget is spent and leaves a slow thread
// behind; wakes the groups with news; then starts the thread that goes on with the queue and sets the
// timer for the next budget or slow read. The groups go first, so that one that stops (its probe's budget
// is spent) has its queued reads skipped before a thread takes them.
void Pump::look() {
    const auto keep = shared_from_this(); // a group's task may drop every other reference while it runs
    bool leftBehind = false;
    {
        const std::lock_guard guard(m_queue->lock);
        m_queue->wakePosted = false;
        const Clock::time_point now = Clock::now();
        const bool queued = anyQueued(*m_queue);
        for (size_t i = m_firstOpen; i < m_queue->items.size(); ++i) {
            Item &it = m_queue->items[i];
            if (it.state == State::Answered) {
                settle(it, std::move(it.answer));
                continue;
            }
            if (it.state != State::Running) continue;
            const auto elapsed = now - it.started;
            const bool active = it.worker == m_queue->active;
            if (elapsed >= m_budget) {
                settle(it, notRead(it, QStringLiteral("no answer within %1 ms").arg(m_budget.count()),
                                   std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count()));
                if (!it.leftBehind) {
                    it.leftBehind = true;
                    ++g_stuckThreads;
                    leftBehind = true;
                }
                if (active) m_queue->active = 0;
            } else if (active && queued && elapsed >= m_slow) {
                // Slow: the reads queued behind it go on in a fresh thread; this one keeps its budget.
                it.leftBehind = true;
                ++g_stuckThreads;
                leftBehind = true;
                m_queue->active = 0;
            }
        }
    }
    std::vector<std::coroutine_handle<>> wake;
    for (Group &g : m_groups)
        if (g.waiter && (!g.got.isEmpty() || g.left == 0)) wake.push_back(std::exchange(g.waiter, {}));
    for (std::coroutine_handle<> h : wake)
        h.resume();

    std::optional<Clock::time_point> next;
    const auto sooner = [&next](Clock::time_point t) {
        if (!next || t < *next) next = t;
    };
    {
        const std::lock_guard guard(m_queue->lock);
        if (m_queue->active == 0 && anyQueued(*m_queue)) startWorker(leftBehind);
        const bool queued = anyQueued(*m_queue);
        while (m_firstOpen < m_queue->items.size() && (m_queue->items[m_firstOpen].state == State::Done ||
                                                       m_queue->items[m_firstOpen].state == State::Dropped))
            ++m_firstOpen;
        for (size_t i = m_firstOpen; i < m_queue->items.size(); ++i) {
            const Item &it = m_queue->items[i];
            if (it.state != State::Running) continue;
            sooner(it.started + m_budget);
            if (queued && it.worker == m_queue->active) sooner(it.started + m_slow);
        }
    }
    setTimer(next);
    // A read that came in meanwhile, or a group that a stop or a failed start completed, is handed over on
    // the next look; the last one is posted when anything is left to hand over.
    bool news = false;
    for (const Group &g : m_groups)
        news = news || (g.waiter && (!g.got.isEmpty() || g.left == 0));
    if (news) {
        const std::lock_guard guard(m_queue->lock);
        wakeOwner(*m_queue);
    }
}

QList<Evidence> Pump::take(int group, bool *complete) {
    Group &g = m_groups[size_t(group)];
    std::sort(g.got.begin(), g.got.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Evidence> out;
    out.reserve(g.got.size());
    for (auto &[index, e] : g.got)
        out.append(std::move(e));
    g.got.clear();
    *complete = g.left == 0;
    return out;
}

void Pump::stop(int group) {
    Group &g = m_groups[size_t(group)];
    g.stopped = true;
    g.got.clear();
    const std::lock_guard guard(m_queue->lock);
    for (size_t i = m_queue->next; i < m_queue->items.size(); ++i) {
        Item &it = m_queue->items[i];
        if (it.group == group && it.state == State::Queued) {
            it.state = State::Dropped;
            --g.left;
        }
    }
}

void Pump::customEvent(QEvent *event) {
    if (event->type() != wakeEvent()) return QObject::customEvent(event);
    look();
}

void Pump::timerEvent(QTimerEvent *event) {
    if (event->timerId() != m_timer) return QObject::timerEvent(event);
    killTimer(m_timer);
    m_timer = 0;
    look();
}

} // namespace detail

namespace {
// Suspends a group's task until its pump has news for it.
struct Arrival {
    detail::Pump *pump;
    int group;
    bool await_ready() const noexcept { return pump->hasNews(group); }
    void await_suspend(std::coroutine_handle<> waiter) const noexcept { pump->waitFor(group, waiter); }
    void await_resume() const noexcept {}
};

QCoro::Task<QList<Evidence>> readGroup(std::shared_ptr<detail::Pump> pump, int group,
                                       Probe::Deliver deliver) {
    for (;;) {
        // Named first, awaited second: g++ 12 destroys temporaries of a co_await operand twice.
        Arrival arrival{pump.get(), group};
        co_await arrival;
        bool complete = false;
        QList<Evidence> news = pump->take(group, &complete);
        if (complete) co_return news;
        if (!deliver(std::move(news))) {
            pump->stop(group);
            co_return QList<Evidence>{};
        }
    }
}
} // namespace

Reader::Reader(std::chrono::milliseconds budget, std::chrono::milliseconds slow)
    : m_budget(budget)
    , m_slow(slow) {}

Reader::~Reader() = default;

QCoro::Task<QList<Evidence>> Reader::read(QList<Read> reads, Probe::Deliver deliver) {
    if (!m_pump) m_pump = std::make_shared<detail::Pump>(m_budget, m_slow);
    const int group = m_pump->add(std::move(reads));
    return readGroup(m_pump, group, std::move(deliver));
}

QCoro::Task<QList<Evidence>> readInTurn(QList<Read> reads, Probe::Deliver deliver,
                                        std::chrono::milliseconds budget) {
    Reader reader(budget, std::min(kSlowRead, budget / 2));
    return reader.read(std::move(reads), std::move(deliver));
}

int stuckThreads() {
    return g_stuckThreads;
}

int threadsStarted() {
    return g_threadsStarted;
}

} // namespace nestready::fileprobe
