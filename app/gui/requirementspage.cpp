// SPDX-License-Identifier: MIT
#include "requirementspage.h"

#include "resultrow.h"
#include "wizard.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nestready::gui {

RequirementsPage::RequirementsPage(Wizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel)
    , m_list(new QVBoxLayout)
    , m_again(new QPushButton(tr("Check &again")))
{
    setTitle(tr("Requirements"));
    setSubTitle(tr("Each requirement, checked on this machine. Open a row to see why it matters and how to fix it."));
    auto *layout = new QVBoxLayout(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary of the checks"));
    layout->addWidget(m_summary);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_list);
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
        refreshSummary();
        m_again->setEnabled(true);
        Q_EMIT completeChanged();
    });
    rebuild();
    if (session->isRunning())
        m_slowTimer.start();
}

void RequirementsPage::rebuild()
{
    qDeleteAll(m_rows);
    m_rows.clear();
    const Session *session = m_wizard->session();
    for (int i = 0; i < session->results().size(); ++i) {
        auto *row = new ResultRow(session, i);
        connect(row, &ResultRow::guideRequested, this, [this](const QString &id) {
            m_wizard->setGuideOverride(id);
            if (m_wizard->currentId() == Wizard::RequirementsId && isComplete())
                m_wizard->next();
        });
        m_list->addWidget(row);
        m_rows.append(row);
    }
    refreshSummary();
}

void RequirementsPage::onStarted()
{
    m_slow = false;
    m_slowTimer.start();
    m_again->setEnabled(false);
    for (int i = 0; i < m_rows.size(); ++i)
        refreshRow(i);
    refreshSummary();
    Q_EMIT completeChanged();
}

void RequirementsPage::refreshRow(int row)
{
    if (row >= 0 && row < m_rows.size())
        m_rows.at(row)->refresh(m_slow);
}

void RequirementsPage::refreshSummary()
{
    const ResultCounts counts = countResults(m_wizard->session()->results());
    const int pending = counts.pending;
    //: A count line, not a sentence: status words and numbers
    QString text = tr("Passed: %1 · Warnings: %2 · Failed: %3").arg(counts.pass).arg(counts.warn).arg(counts.fail);
    if (pending > 0)
        text = tr("Checking… %n requirement(s) left.", nullptr, pending) + u' ' + text;
    else if (const int unknown = counts.unknown; unknown > 0)
        text += u' ' + tr("%n could not be checked.", nullptr, unknown);
    m_summary->setText(text);
    m_summary->setAccessibleDescription(text);
}

ResultRow *RequirementsPage::row(const QString &checkId) const
{
    for (ResultRow *r : m_rows)
        if (r->objectName() == QStringLiteral("row-") + checkId)
            return r;
    return nullptr;
}

QString RequirementsPage::summaryText() const
{
    return m_summary->text();
}

bool RequirementsPage::isComplete() const
{
    return m_wizard->session()->hasFinished();
}

int RequirementsPage::nextId() const
{
    return Wizard::GuideId;
}

} // namespace nestready::gui
