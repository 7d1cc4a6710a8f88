// SPDX-License-Identifier: MIT
#include "wizard.h"

#include "guidepage.h"
#include "guides/guide.h"
#include "guides/guideselect.h"
#include "machinepage.h"
#include "requirementspage.h"
#include "resumestate.h"
#include "summarypage.h"
#include "welcomepage.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>

#include <utility>

namespace nestready::gui {

Wizard::Wizard(Session *session, QWidget *parent, std::optional<bool> remembersSteps)
    : QWizard(parent)
    , m_session(session)
    , m_remembersSteps(remembersSteps.value_or(session->source().kind() == QLatin1String("live"))) {
    setWindowTitle(tr("nestready: can iEchor Desktop run here?"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(WelcomeId, new WelcomePage(this));
    setPage(MachineId, new MachinePage(this));
    setPage(RequirementsId, new RequirementsPage(this));
    setPage(GuideId, new GuidePage(this));
    setPage(SummaryId, new SummaryPage(this));
    setStartId(WelcomeId);

    // The guide follows the results as they stream in; pages listen to guideChanged().
    const auto refreshGuide = [this] {
        const QString g = guideId();
        if (g != m_lastGuide) {
            m_lastGuide = g;
            Q_EMIT guideChanged();
        }
    };
    connect(session, &Session::resultUpdated, this, refreshGuide);
    connect(session, &Session::finished, this, refreshGuide);
    connect(this, &Wizard::guideChanged, this, [this] { m_lastGuide = guideId(); });
    // Small enough for an 800×600 console (the pages scroll), large enough to read a step.
    setMinimumSize(640, 480);
    QSize size = QSettings().value(QStringLiteral("window/size")).toSize();
    if (!size.isValid()) size = sizeHint().expandedTo(QSize(860, 640));
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize());
    resize(size.expandedTo(minimumSize()));
}

void Wizard::done(int result) {
    // The next start opens at the size the person left it at.
    QSettings settings;
    settings.setValue(QStringLiteral("window/size"), size());
    QWizard::done(result);
}

std::optional<Wizard::PageId> Wizard::pageFromName(const QString &name) {
    static const struct {
        const char *name;
        PageId id;
    } pages[] = {{"welcome", WelcomeId},
                 {"machine", MachineId},
                 {"requirements", RequirementsId},
                 {"guide", GuideId},
                 {"summary", SummaryId}};
    for (const auto &p : pages)
        if (name == QLatin1String(p.name)) return p.id;
    return std::nullopt;
}

bool Wizard::isLive() const {
    return m_session->source().kind() == QLatin1String("live");
}

QString Wizard::checkingText() const {
    return pick(tr("Checking this machine…"), tr("Reading the report…"), tr("Reading the recorded machine…"));
}

bool Wizard::showsReport() const {
    return m_session->source().kind() == QLatin1String("report");
}

QString Wizard::recordedNote() const {
    if (isLive() || showsReport()) return {};
    // A recording (--sysroot, a collector's folder) is read again as it was: a change made since never shows.
    return tr("Recorded machine: its results can't change. To check again, run nestready on that machine.");
}

// A deep link opens at its page with the pages before it in the history, so Back reaches them.
bool Wizard::openAt(const QString &name) {
    if (name.isEmpty()) return true;
    if (const auto page = pageFromName(name)) {
        m_deepLink = *page;
        if (isVisible()) showEvent(nullptr);
        return true;
    }
    if (guides::find(name)) {
        setGuideOverride(name);
        m_deepLink = GuideId;
        if (isVisible()) showEvent(nullptr);
        return true;
    }
    return false;
}

void Wizard::showEvent(QShowEvent *event) {
    if (event) QWizard::showEvent(event);
    if (m_deepLink < 0) return;
    const int target = std::exchange(m_deepLink, -1);
    // next() validates the page, it does not wait for the run: the pages on the way fill in as it goes.
    while (currentId() != target && currentId() != -1) {
        const int before = currentId();
        next();
        if (currentId() == before) break;
    }
}

void Wizard::setPlatformPick(const QString &guideId) {
    if (m_platformPick == guideId) return;
    m_platformPick = guideId;
    if (guideId != m_lastGuide && m_guideOverride.isEmpty()) Q_EMIT guideChanged();
}

QString Wizard::guideId() const {
    if (!m_guideOverride.isEmpty()) return m_guideOverride;
    return guides::chooseGuide(m_session->facts(), m_session->results(), m_platformPick);
}

void Wizard::setGuideOverride(const QString &guideId) {
    if (m_guideOverride == guideId) return;
    m_guideOverride = guideId;
    Q_EMIT guideChanged();
}

void Wizard::setResume(const QString &guideId, int step) {
    setGuideOverride(guideId);
    m_resumeStep = step;
}

void Wizard::setExportHandler(std::function<void()> handler) {
    m_exportHandler = std::move(handler);
    if (auto *summary = qobject_cast<SummaryPage *>(page(SummaryId)))
        summary->setExportAvailable(bool(m_exportHandler));
}

void Wizard::requestExport() {
    Q_EMIT exportRequested();
    if (m_exportHandler) m_exportHandler();
}

void Wizard::accept() {
    // Done: a remembered guide step is only worth offering while something still fails.
    if (verdictOf(m_session->results()) != Verdict::NotReady) ResumeState::clear();
    QWizard::accept();
}

} // namespace nestready::gui
