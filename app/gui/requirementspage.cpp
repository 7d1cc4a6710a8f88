// SPDX-License-Identifier: MIT
#include "requirementspage.h"

#include "disclosure.h"
#include "guidepage.h"
#include "guides/guide.h"
#include "labels.h"
#include "resultrow.h"
#include "statusicons.h"
#include "wizard.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace nestready::gui {

RequirementsPage::RequirementsPage(Wizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel)
    , m_banner(new QFrame)
    , m_bannerIcon(new QLabel)
    , m_bannerText(new QLabel)
    , m_list(new QVBoxLayout)
    , m_skippedList(new QVBoxLayout)
    , m_skippedToggle(new Expander)
    , m_again(new QPushButton(tr("Check &again"))) {
    setTitle(tr("Requirements"));
    setSubTitle(wizard->pick(
        tr("Each requirement, checked on this machine. Open a row to see why it matters and how to fix it."),
        tr("Each requirement, as checked on the machine in the report. Open a row to see why it matters and "
           "how to "
           "fix it."),
        tr("Each requirement, checked on the recorded machine. Open a row to see why it matters and how to "
           "fix it.")));
    auto *layout = new QVBoxLayout(this);
    m_summary->setTextFormat(Qt::PlainText);
    // The verdict first, in a coloured banner with an icon and words: colour is never the only signal.
    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    m_bannerText->setWordWrap(true);
    QFont big = m_bannerText->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_bannerText->setFont(big);
    bannerLayout->addWidget(m_bannerText, 1);
    layout->addWidget(m_banner);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary of the checks"));
    layout->addWidget(m_summary);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_list);
    m_skippedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_skippedToggle->setVisible(false);
    auto *skipped = new QWidget;
    skipped->setLayout(m_skippedList);
    m_skippedList->setContentsMargins(0, 0, 0, 0);
    skipped->setVisible(false);
    connect(m_skippedToggle, &QToolButton::toggled, skipped, &QWidget::setVisible);
    contentLayout->addWidget(m_skippedToggle, 0, Qt::AlignLeft);
    contentLayout->addWidget(skipped);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(scroll, 1);

    m_again->setAccessibleName(tr("Check again"));
    m_again->setAutoDefault(false);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    // Only the live machine can change: a report or a recording shows what it shows.
    m_again->setVisible(wizard->isLive());
    auto *note = wrappingLabel(wizard->recordedNote());
    note->setObjectName(QStringLiteral("recordedNote"));
    note->setVisible(!note->text().isEmpty());
    layout->addWidget(note);
    // Re-running is an action the person asks for, not a side effect of showing the page.
    connect(m_again, &QPushButton::clicked, wizard->session(), &Session::start);

    m_slowTimer.setSingleShot(true);
    m_slowTimer.setInterval(kSlowMs);
    connect(&m_slowTimer, &QTimer::timeout, this, [this] {
        m_slow = true;
        for (int i = 0; i < m_rows.size(); ++i)
            refreshRow(i);
    });

    Session *session = wizard->session();
    connect(session, &Session::started, this, &RequirementsPage::onStarted);
    connect(session, &Session::resultUpdated, this, [this](int row) {
        refreshRow(row);
        refreshSummary();
    });
    connect(session, &Session::finished, this, [this] {
        m_slowTimer.stop();
        for (int i = 0; i < m_rows.size(); ++i)
            refreshRow(i);
        reorder();
        refreshSummary();
        m_again->setEnabled(true);
        Q_EMIT completeChanged();
    });
    rebuild();
    if (session->isRunning()) m_slowTimer.start();
}

void RequirementsPage::rebuild() {
    qDeleteAll(m_rows);
    m_rows.clear();
    const Session *session = m_wizard->session();
    for (int i = 0; i < session->results().size(); ++i) {
        auto *row = new ResultRow(session, i);
        connect(row, &ResultRow::fixRequested, this, &RequirementsPage::openFix);
        connect(row, &ResultRow::guideRequested, this, [this](const QString &id) {
            m_wizard->setGuideOverride(id);
            if (m_wizard->currentId() == Wizard::RequirementsId && isComplete()) m_wizard->next();
        });
        m_list->addWidget(row);
        m_rows.append(row);
    }
    if (session->hasFinished()) reorder();
    refreshSummary();
}

void RequirementsPage::openFix(const QString &guideId, const QString &checkId) {
    const guides::Guide *g = guides::find(guideId);
    if (!g) return;
    m_wizard->setGuideOverride(guideId);
    m_wizard->setFixStep(GuidePage::stepFor(*g, m_wizard->session()->facts(), checkId));
    if (m_wizard->currentId() == Wizard::RequirementsId && isComplete()) m_wizard->next();
}

namespace {
int rank(Status s) {
    switch (s) {
    case Status::Fail:
        return 0;
    case Status::Unknown:
        return 1;
    case Status::Warn:
        return 2;
    case Status::Pass:
        return 3;
    case Status::Skipped:
        break;
    }
    return 4;
}
} // namespace

void RequirementsPage::reorder() {
    QList<ResultRow *> sorted = m_rows;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](ResultRow *a, ResultRow *b) { return rank(a->status()) < rank(b->status()); });
    int skipped = 0;
    bool firstFail = true;
    for (ResultRow *r : sorted) {
        m_list->removeWidget(r);
        m_skippedList->removeWidget(r);
        if (r->status() == Status::Skipped) {
            m_skippedList->addWidget(r);
            ++skipped;
        } else {
            m_list->addWidget(r);
        }
        // The first failure opens, so the page shows what to fix without a click; passes stay closed.
        if (r->status() == Status::Fail && firstFail) {
            r->setExpanded(true);
            firstFail = false;
        } else if (r->status() == Status::Pass || r->status() == Status::Skipped) {
            r->setExpanded(false);
        }
    }
    // Tab order follows the new reading order.
    QWidget *prev = nullptr;
    for (ResultRow *r : sorted) {
        for (QWidget *w : r->findChildren<QWidget *>())
            if (w->focusPolicy() & Qt::TabFocus) {
                if (prev) setTabOrder(prev, w);
                prev = w;
            }
    }
    m_skippedToggle->setVisible(skipped > 0);
    m_skippedToggle->setText(tr("%n not applicable", nullptr, skipped));
    m_skippedToggle->setAccessibleName(m_skippedToggle->text());
}

void RequirementsPage::onStarted() {
    m_slow = false;
    m_slowTimer.start();
    m_again->setEnabled(false);
    for (int i = 0; i < m_rows.size(); ++i)
        refreshRow(i);
    refreshSummary();
    Q_EMIT completeChanged();
}

void RequirementsPage::refreshRow(int row) {
    if (row >= 0 && row < m_rows.size()) m_rows.at(row)->refresh(m_slow);
}

void RequirementsPage::refreshSummary() {
    const ResultCounts counts = countResults(m_wizard->session()->results());
    const int pending = counts.pending;
    // A count line, not a sentence: the parts that are not zero, failures first.
    //: A part of the count line, e.g. "Failed: 3"
    QStringList parts{tr("Failed: %1").arg(counts.fail)};
    if (counts.unknown > 0 && pending == 0)
        //: A part of the count line, e.g. "1 could not be checked"
        parts << tr("%n could not be checked", nullptr, counts.unknown);
    if (counts.warn > 0) parts << tr("Warnings: %1").arg(counts.warn);
    parts << tr("Passed: %1").arg(counts.pass);
    QString text = parts.join(QStringLiteral(" · "));
    if (pending > 0) text = tr("Checking… %n requirement(s) left.", nullptr, pending) + u' ' + text;
    m_summary->setText(text);
    m_summary->setAccessibleDescription(text);
    refreshBanner();
}

void RequirementsPage::refreshBanner() {
    const Session *session = m_wizard->session();
    Icon icon = Icon::Pending;
    QColor tint;
    QString words;
    if (!session->hasFinished()) {
        words = m_wizard->checkingText();
    } else {
        words = verdictSentence(session->results()).toString();
        switch (verdictOf(session->results())) {
        case Verdict::Ready:
            icon = Icon::Pass;
            tint = QColor(0x2e, 0x7d, 0x32);
            break;
        case Verdict::ReadyWithWarnings:
            icon = Icon::Warn;
            tint = QColor(0xf9, 0xa8, 0x25);
            break;
        case Verdict::NotReady:
            icon = Icon::Fail;
            tint = QColor(0xc6, 0x28, 0x28);
            break;
        case Verdict::Undetermined:
            icon = Icon::Unknown;
            tint = QColor(0x75, 0x75, 0x75);
            break;
        }
    }
    // A light wash of the verdict's colour over the window background, so text keeps its contrast in light
    // and dark themes; the icon and the words carry the meaning.
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    if (tint.isValid()) {
        const qreal a = 0.22;
        pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
                                                        base.greenF() * (1 - a) + tint.greenF() * a,
                                                        base.blueF() * (1 - a) + tint.blueF() * a));
    }
    m_banner->setPalette(pal);
    m_bannerIcon->setPixmap(iconPixmap(icon, this));
    m_bannerIcon->setAccessibleName(words);
    m_bannerText->setText(words);
    m_banner->setAccessibleName(tr("Verdict"));
    m_banner->setAccessibleDescription(words);
}

QString RequirementsPage::verdictText() const {
    return m_bannerText->text();
}

ResultRow *RequirementsPage::row(const QString &checkId) const {
    for (ResultRow *r : m_rows)
        if (r->objectName() == QStringLiteral("row-") + checkId) return r;
    return nullptr;
}

QString RequirementsPage::summaryText() const {
    return m_summary->text();
}

bool RequirementsPage::isComplete() const {
    return m_wizard->session()->hasFinished();
}

int RequirementsPage::nextId() const {
    return Wizard::GuideId;
}

} // namespace nestready::gui
