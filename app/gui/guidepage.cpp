// SPDX-License-Identifier: MIT
#include "guidepage.h"

#include "disclosure.h"
#include "labels.h"

#include "guides/guide.h"
#include "resumestate.h"
#include "statusicons.h"
#include "wizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace nestready::gui {

namespace {
QLabel *iconLabel(Icon icon, const QString &name, const QWidget *style) {
    auto *l = new QLabel;
    l->setPixmap(iconPixmap(icon, style));
    l->setAccessibleName(name);
    return l;
}

Icon supportIcon(guides::Support s) {
    switch (s) {
    case guides::Support::Supported:
        return Icon::Pass;
    case guides::Support::Unsupported:
        return Icon::Warn;
    case guides::Support::NotPossible:
        break;
    }
    return Icon::Fail;
}

// A command as a read-only, selectable line with its own Copy button.
QWidget *commandRow(const QString &command) {
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *line = new QLineEdit(command);
    line->setReadOnly(true);
    line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    line->setAccessibleName(GuidePage::tr("Command"));
    line->setAccessibleDescription(command);
    line->setCursorPosition(0);
    auto *copy = new QPushButton(GuidePage::tr("Copy"));
    copy->setAutoDefault(false);
    copy->setAccessibleName(GuidePage::tr("Copy command: %1").arg(command));
    QObject::connect(copy, &QPushButton::clicked, copy, [copy, command] {
        QGuiApplication::clipboard()->setText(command);
        copy->setText(GuidePage::tr("Copied"));
        QTimer::singleShot(1500, copy, [copy] { copy->setText(GuidePage::tr("Copy")); });
    });
    layout->addWidget(line, 1);
    layout->addWidget(copy);
    return row;
}
} // namespace

GuidePage::GuidePage(Wizard *wizard)
    : m_wizard(wizard)
    , m_picker(new QComboBox)
    , m_scroll(new QScrollArea)
    , m_again(new QPushButton(tr("I've done this: &check again")))
    , m_fixStatus(new QLabel) {
    setTitle(tr("Guide"));
    auto *layout = new QVBoxLayout(this);
    auto *pickRow = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("&Show the guide for:"));
    pickLabel->setBuddy(m_picker);
    m_picker->setAccessibleName(tr("Show the guide for"));
    for (const guides::Guide &g : guides::catalogue())
        m_picker->addItem(guides::text(g.title), QString::fromLatin1(g.id));
    // A person's choice here is an action, like a button: it steers the guide for the rest of the wizard.
    connect(m_picker, &QComboBox::activated, this,
            [this](int index) { m_wizard->setGuideOverride(m_picker->itemData(index).toString()); });
    pickRow->addWidget(pickLabel);
    pickRow->addWidget(m_picker, 1);
    layout->addLayout(pickRow);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_scroll, 1);

    auto *bottom = new QHBoxLayout;
    m_again->setAutoDefault(false);
    connect(m_again, &QPushButton::clicked, this, [this] {
        rememberStep();
        m_wizard->session()->start();
    });
    m_fixStatus->setTextFormat(Qt::PlainText);
    m_fixStatus->setWordWrap(true);
    m_fixStatus->setAccessibleName(tr("Result of the checks this guide fixes"));
    bottom->addWidget(m_again);
    bottom->addWidget(m_fixStatus, 1);
    layout->addLayout(bottom);
    auto *note = wrappingLabel(wizard->recordedNote());
    note->setObjectName(QStringLiteral("recordedNote"));
    note->setVisible(!note->text().isEmpty());
    layout->addWidget(note);

    // While a run is under way the chosen guide flickers (results go back to pending): keep the steps,
    // and the person's ticks, on screen and settle on the run's guide once it has finished.
    const auto follow = [this] {
        if (!m_wizard->session()->hasFinished() && !m_shown.isEmpty()) return;
        if (m_wizard->currentId() == Wizard::GuideId || !m_shown.isEmpty()) showGuide(m_wizard->guideId());
    };
    connect(wizard, &Wizard::guideChanged, this, follow);
    connect(wizard->session(), &Session::finished, this, follow);
    connect(wizard->session(), &Session::resultUpdated, this, &GuidePage::refreshFixStatus);
    connect(wizard->session(), &Session::started, this, &GuidePage::refreshFixStatus);
    // One run at a time: pressed again mid-run, it would throw away the answers of the run under way.
    connect(wizard->session(), &Session::started, m_again, [this] { m_again->setEnabled(false); });
    connect(wizard->session(), &Session::finished, m_again, [this] { m_again->setEnabled(true); });
    m_again->setEnabled(!wizard->session()->isRunning());
    // Only the live machine can change: a saved report shows another machine at another time, and a
    // recording is read again as it was (recordedNote() says so where the button would be).
    m_again->setVisible(wizard->isLive());
}

void GuidePage::initializePage() {
    showGuide(m_wizard->guideId());
    if (const int step = m_wizard->takeFixStep(); step >= 0) showStep(step);
}

int GuidePage::stepFor(const guides::Guide &guide, const Facts &facts, const QString &checkId) {
    using guides::When;
    const guides::GuideFit fit = guides::fitGuide(guide, facts);
    QList<When> states;
    if (checkId == QLatin1String("linux.kvm-device"))
        states = {When::KvmDeviceMissing, When::KvmAccessMissing};
    else if (checkId == QLatin1String("cpu.virtualization"))
        states = {When::AzureSizeWithoutNesting, When::VirtualizationOff};
    for (const When w : states)
        for (const guides::StepFit &s : fit.steps)
            if (s.fit == guides::Fit::Todo && s.step->when == w) return s.index;
    for (const guides::StepFit &s : fit.steps)
        if (s.fit == guides::Fit::Todo) return s.index;
    return -1;
}

// What decides the layout of the guide for this machine: which steps fit and whether it is done. A change
// (after "Check again") rebuilds the page; the same answer keeps the person's ticks.
QString GuidePage::fitKey(const QString &guideId) const {
    const guides::Guide *g = guides::find(guideId);
    if (!g) return guideId;
    const guides::GuideFit fit = guides::fitGuide(*g, m_wizard->session()->facts());
    QStringList parts{guideId, successShown(fit) ? QStringLiteral("ready") : QStringLiteral("steps")};
    for (const guides::StepFit &s : fit.steps)
        parts << guides::fitName(s.fit) + s.commands.join(u'|');
    return parts.join(u';');
}

bool GuidePage::successShown(const guides::GuideFit &fit) const {
    // Only for the guide about this machine, and only once the run has finished and everything passed:
    // a guide picked for another platform still shows its steps.
    const Session *session = m_wizard->session();
    if (!fit.aboutThisMachine || !session->hasFinished() || session->results().isEmpty()) return false;
    const Verdict v = verdictOf(session->results());
    return (v == Verdict::Ready || v == Verdict::ReadyWithWarnings) && fit.nothingLeft();
}

void GuidePage::showGuide(const QString &guideId) {
    const guides::Guide *g = guides::find(guideId);
    const QString key = fitKey(guideId);
    const bool same = m_shown == guideId && m_scroll->widget() && key == m_key;
    m_shown = guideId;
    m_key = key;
    m_picker->setCurrentIndex(m_picker->findData(guideId));
    if (same) {
        refreshFixStatus();
        return;
    }
    m_stepDone.clear();
    m_stepFrames.clear();
    m_stepIndex.clear();
    m_success = false;
    auto *content = new QWidget;
    if (g) {
        setSubTitle(guides::text(g->title));
        build(guides::fitGuide(*g, m_wizard->session()->facts()), content);
    } else {
        setSubTitle(QString());
        auto *l = new QVBoxLayout(content);
        l->addWidget(wrappingLabel(m_wizard->pick(tr("nestready could not tell which platform this machine "
                                                     "runs on. Choose it in the list above to see its "
                                                     "steps."),
                                                  tr("nestready could not tell which platform the machine in "
                                                     "the report runs on. Choose it in the list "
                                                     "above to see its steps."),
                                                  tr("nestready could not tell which platform the recorded "
                                                     "machine runs on. Choose it in the list above "
                                                     "to see its steps."))));
        l->addStretch(1);
    }
    m_scroll->setWidget(content); // deletes the previous content
    // Reading order: the picker, the steps, then "check again" at the bottom (it was made before them).
    QWidget *last = m_picker;
    for (QWidget *w : content->findChildren<QWidget *>())
        if (w->focusPolicy() & Qt::TabFocus) {
            setTabOrder(last, w);
            last = w;
        }
    setTabOrder(last, m_again);
    refreshFixStatus();
    // Resuming after a reboot, or a Fix button: open at that step of the guide.
    const int target = m_wizard->resumeStep();
    if (g && target >= 0) showStep(target, true);
}

bool GuidePage::showStep(int guideStep, bool tickEarlier) {
    const int at = int(m_stepIndex.indexOf(guideStep));
    if (at < 0) return false;
    if (tickEarlier)
        for (int i = 0; i < at; ++i)
            m_stepDone.at(i)->setChecked(true);
    QWidget *target = m_stepFrames.at(at);
    QTimer::singleShot(0, this, [this, target] {
        m_scroll->ensureWidgetVisible(target);
        if (QCheckBox *box = target->findChild<QCheckBox *>())
            if (isVisible()) box->setFocus(Qt::OtherFocusReason);
    });
    return true;
}

void GuidePage::buildSuccess(const guides::GuideFit &fit, QVBoxLayout *layout) {
    using guides::text;
    m_success = true;
    auto *banner = new QFrame;
    banner->setObjectName(QStringLiteral("successBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::AlternateBase);
    const QString heading = m_wizard->pick(tr("This machine is ready for iEchor Desktop"),
                                           tr("The machine in the report is ready for iEchor Desktop"),
                                           tr("The recorded machine is ready for iEchor Desktop"));
    banner->setAccessibleName(heading);
    auto *grid = new QGridLayout(banner);
    grid->addWidget(iconLabel(Icon::Pass, tr("Ready"), this), 0, 0, Qt::AlignTop);
    grid->addWidget(headingLabel(heading, 1.2), 0, 1);
    grid->addWidget(
        wrappingLabel(m_wizard->pick(
            tr("Nothing in this guide is left to do: virtualization reaches this system."),
            tr("Nothing in this guide is left to do: virtualization reaches the system in the report."),
            tr("Nothing in this guide is left to do: virtualization reaches the recorded system."))),
        1, 1);
    grid->setColumnStretch(1, 1);
    layout->addWidget(banner);

    layout->addWidget(headingLabel(tr("Next step"), 1.1));
    layout->addWidget(wrappingLabel(m_wizard->pick(
        tr("Install iEchor Desktop and start it. nestready is done here."),
        tr("The person who sent the report can install iEchor Desktop on that machine and start it."),
        tr("Install iEchor Desktop on the recorded machine and start it."))));

    layout->addWidget(headingLabel(tr("Keep in mind"), 1.1));
    layout->addWidget(
        wrappingLabel(QStringLiteral("•  ") + tr("The vendor supports iEchor Desktop inside a virtual "
                                                 "machine only with a Business subscription.")));
    layout->addWidget(
        wrappingLabel(QStringLiteral("•  ") + tr("Run one instance of iEchor Desktop per machine.")));
    if (fit.supportNote) layout->addWidget(wrappingLabel(QStringLiteral("•  ") + text(fit.supportNote)));
}

void GuidePage::build(const guides::GuideFit &fit, QWidget *content) {
    using guides::text;
    const guides::Guide &g = *fit.guide;
    auto *layout = new QVBoxLayout(content);

    if (successShown(fit)) {
        buildSuccess(fit, layout);
    } else {
        // Banner: the vendor's support for this machine, from the rule the vendor-support check uses, in
        // words and with an icon.
        const QString supportWords = guides::supportDisplayName(fit.support);
        auto *banner = new QFrame;
        banner->setFrameShape(QFrame::StyledPanel);
        banner->setAutoFillBackground(true);
        banner->setBackgroundRole(QPalette::AlternateBase);
        banner->setAccessibleName(supportWords);
        auto *bannerLayout = new QGridLayout(banner);
        bannerLayout->addWidget(iconLabel(supportIcon(fit.support), supportWords, this), 0, 0, Qt::AlignTop);
        bannerLayout->addWidget(headingLabel(supportWords, 1.1), 0, 1);
        bannerLayout->addWidget(wrappingLabel(text(fit.supportNote)), 1, 1);
        if (fit.alternative)
            bannerLayout->addWidget(wrappingLabel(tr("Instead: %1").arg(text(fit.alternative))), 2, 1);
        bannerLayout->setColumnStretch(1, 1);
        layout->addWidget(banner);

        if (!g.prerequisites.isEmpty()) {
            layout->addWidget(headingLabel(tr("Before you start"), 1.1));
            for (const char *p : g.prerequisites)
                layout->addWidget(wrappingLabel(QStringLiteral("•  ") + text(p)));
        }

        if (fit.powerOff) {
            auto *note = new QHBoxLayout;
            note->addWidget(iconLabel(Icon::Warn, tr("Important"), this), 0, Qt::AlignTop);
            // Only the live machine's steps are remembered (rememberStep()): the promise is made only there.
            note->addWidget(
                wrappingLabel(m_wizard->remembersSteps()
                                  ? tr("The VM must be powered off for this change: shut it down (a "
                                       "restart is not enough), change the setting on the host, then "
                                       "start the VM. nestready remembers the step you are at and offers "
                                       "to pick up there when it starts again.")
                                  : tr("The VM must be powered off for this change: shut it down (a "
                                       "restart is not enough), change the setting on the host, then "
                                       "start the VM.")),
                1);
            layout->addLayout(note);
        }

        layout->addWidget(headingLabel(tr("Steps"), 1.1));
        int number = 0;
        for (const guides::StepFit &sf : fit.steps) {
            if (sf.fit == guides::Fit::Hidden) continue;
            ++number;
            const guides::Step &s = *sf.step;
            const bool alreadyDone = sf.fit == guides::Fit::Done;
            auto *frame = new QFrame;
            frame->setObjectName(QStringLiteral("step-%1").arg(sf.index));
            frame->setFrameShape(QFrame::StyledPanel);
            auto *grid = new QGridLayout(frame);
            grid->addWidget(headingLabel(tr("%1.").arg(number), 1.1), 0, 0, Qt::AlignTop);
            auto *body = new QVBoxLayout;
            body->addWidget(wrappingLabel(text(s.text)));
            if (alreadyDone) {
                auto *row = new QHBoxLayout;
                row->addWidget(iconLabel(Icon::Pass, tr("Already done"), this), 0, Qt::AlignTop);
                //: %1 says why, e.g. "Virtualization already reaches this system."
                row->addWidget(wrappingLabel(m_wizard
                                                 ->pick(tr("Already done on this machine. %1"),
                                                        tr("Already done on the machine in the report. %1"),
                                                        tr("Already done on the recorded machine. %1"))
                                                 .arg(guides::fitReasonDisplay(sf.reason))),
                               1);
                body->addLayout(row);
            }
            if (s.setting) {
                auto *setting = wrappingLabel(
                    tr("Setting: %1")
                        .arg(QStringLiteral("<b>%1</b>").arg(QString::fromUtf8(s.setting).toHtmlEscaped())));
                setting->setTextFormat(Qt::RichText);
                body->addWidget(setting);
            }
            if (!alreadyDone)
                for (const QString &c : sf.commands)
                    body->addWidget(commandRow(c));
            grid->addLayout(body, 0, 1);
            auto *done = new QCheckBox(tr("Done"));
            done->setChecked(alreadyDone);
            //: %1 is the step's text
            done->setAccessibleName(tr("Step %1 done: %2").arg(number).arg(text(s.text)));
            // Remembered at once: the person may power this VM off before pressing anything else.
            connect(done, &QCheckBox::toggled, this, &GuidePage::rememberStep);
            grid->addWidget(done, 0, 2, Qt::AlignTop);
            grid->setColumnStretch(1, 1);
            layout->addWidget(frame);
            m_stepDone.append(done);
            m_stepFrames.append(frame);
            m_stepIndex.append(sf.index);
        }

        layout->addWidget(headingLabel(tr("How to tell it worked"), 1.1));
        layout->addWidget(wrappingLabel(text(g.verify)));
        for (const char *c : fit.verifyCommands)
            layout->addWidget(commandRow(QString::fromUtf8(c)));
    }

    layout->addWidget(headingLabel(tr("Vendor documentation"), 1.1));
    for (const guides::Link &l : g.links) {
        auto *link = new LinkLabel(text(l.title), QUrl(QString::fromUtf8(l.url)));
        link->setAccessibleDescription(QString::fromUtf8(l.url));
        layout->addWidget(link);
    }

    // Research notes are for support, not for the person following the steps.
    if (!g.unsure.isEmpty()) {
        auto *toggle = new Expander(tr("Details for support"));
        toggle->setAccessibleName(tr("Details for support"));
        auto *details = new QWidget;
        auto *dl = new QVBoxLayout(details);
        dl->setContentsMargins(0, 0, 0, 0);
        dl->addWidget(headingLabel(tr("Could not be confirmed at the source"), 1.0));
        for (const char *u : g.unsure)
            dl->addWidget(wrappingLabel(QStringLiteral("•  ") + text(u)));
        details->setVisible(false);
        connect(toggle, &QToolButton::toggled, details, &QWidget::setVisible);
        layout->addWidget(toggle);
        layout->addWidget(details);
    }
    layout->addStretch(1);
}

int GuidePage::currentStep() const {
    for (int i = 0; i < m_stepDone.size(); ++i)
        if (!m_stepDone.at(i)->isChecked()) return m_stepIndex.at(i);
    return m_stepIndex.isEmpty() ? -1 : m_stepIndex.last();
}

void GuidePage::rememberStep() {
    // A report or a recorded machine is not this machine: its steps are not this person's to resume.
    if (!m_wizard->remembersSteps() || !guides::find(m_shown) || m_stepDone.isEmpty()) return;
    ResumeState{m_shown, qMax(0, currentStep())}.save();
}

void GuidePage::refreshFixStatus() {
    const guides::Guide *g = guides::find(m_shown);
    const Session *session = m_wizard->session();
    QStringList parts;
    bool allPass = session->hasFinished();
    int found = 0;
    if (g)
        for (const CheckResult &r : session->results())
            if (g->fixes.contains(r.id)) {
                ++found;
                allPass = allPass && !r.pending && r.finding.status == Status::Pass;
                //: A check's title and its status word, e.g. "Hardware virtualization: Pass"
                parts << tr("%1: %2").arg(r.title.toString(),
                                          r.pending ? tr("Checking…")
                                                    : statusDisplayName(r.finding.status).toString());
            }
    QString text = parts.join(QStringLiteral(" · "));
    if (found > 0 && allPass)
        //: %1 lists checks and their status words
        text = tr("Nothing left to do in this guide: %1").arg(text);
    m_fixStatus->setText(text);
    m_fixStatus->setAccessibleDescription(m_fixStatus->text());
}

QString GuidePage::fixStatusText() const {
    return m_fixStatus->text();
}

QString GuidePage::contentText() const {
    QStringList out;
    if (QWidget *w = m_scroll->widget()) {
        for (const QLabel *l : w->findChildren<QLabel *>())
            out << l->text();
        for (const QLineEdit *e : w->findChildren<QLineEdit *>())
            out << e->text();
    }
    return out.join(u'\n');
}

bool GuidePage::validatePage() {
    rememberStep();
    return true;
}

int GuidePage::nextId() const {
    return Wizard::SummaryId;
}

} // namespace nestready::gui
