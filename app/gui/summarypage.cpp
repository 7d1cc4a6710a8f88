// SPDX-License-Identifier: MIT
#include "summarypage.h"

#include "disclosure.h"
#include "guides/guide.h"
#include "labels.h"
#include "wizard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace nestready::gui {

namespace {
// Where to get help (https://docs.docker.com/desktop/setup/vm-vdi/: vendor support for VMs is for Business
// customers; hypervisor problems
// belong to the hypervisor vendor).
constexpr char kVmVdiUrl[] = "https://docs.docker.com/desktop/setup/vm-vdi/";
constexpr char kTroubleshootUrl[] =
    "https://docs.docker.com/desktop/troubleshoot-and-support/troubleshoot/topics/";
} // namespace

SummaryPage::SummaryPage(Wizard *wizard)
    : m_wizard(wizard)
    , m_verdict(new QLabel)
    , m_todo(new QLabel)
    , m_copy(new QPushButton(tr("Co&py summary")))
    , m_export(new QPushButton(tr("&Export report…")))
    , m_again(new QPushButton(tr("Check &again")))
    , m_changes(new QLabel)
    , m_unknownHeading(new QLabel(tr("What could not be checked")))
    , m_unknown(new QLabel) {
    setTitle(tr("Summary"));
    auto *layout = scrollingLayout(this);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Verdict"));
    layout->addWidget(m_verdict);

    auto *todoHeading = new QLabel(tr("What is left to do"));
    QFont bold = todoHeading->font();
    bold.setBold(true);
    todoHeading->setFont(bold);
    layout->addWidget(todoHeading);
    m_todo->setTextFormat(Qt::PlainText); // remedies and summaries quote machine data
    m_todo->setWordWrap(true);
    m_todo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_todo->setAccessibleName(tr("What is left to do"));
    layout->addWidget(m_todo);
    // "Some requirements could not be checked" never stands alone: each one, with how to find out.
    m_unknownHeading->setFont(bold);
    layout->addWidget(m_unknownHeading);
    m_unknown->setWordWrap(true);
    m_unknown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unknown->setAccessibleName(tr("What could not be checked"));
    layout->addWidget(m_unknown);
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setAccessibleName(tr("What changed since the last check"));
    m_changes->setVisible(false);
    layout->addWidget(m_changes);

    auto *buttons = new QHBoxLayout;
    m_copy->setAutoDefault(false);
    m_export->setAutoDefault(false);
    m_export->setVisible(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(summaryText());
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copy, [this] { m_copy->setText(tr("Co&py summary")); });
    });
    connect(m_export, &QPushButton::clicked, wizard, &Wizard::requestExport);
    m_again->setAutoDefault(false);
    m_again->setAccessibleName(tr("Check again"));
    // Only the live machine can change: a report or a recording shows what it shows.
    m_again->setVisible(wizard->isLive());
    connect(m_again, &QPushButton::clicked, wizard->session(), &Session::start);
    connect(wizard->session(), &Session::started, m_again, [this] { m_again->setEnabled(false); });
    connect(wizard->session(), &Session::finished, m_again, [this] { m_again->setEnabled(true); });
    buttons->addWidget(m_again);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *helpHeading = new QLabel(tr("Where to get help"));
    helpHeading->setFont(bold);
    layout->addWidget(helpHeading);
    auto *help = wrappingLabel(
        tr("iEchor Business customers: contact iEchor support and attach this summary. Problems with nested "
           "virtualization itself belong to your hypervisor or cloud vendor; the guide links their "
           "documentation."));
    help->setAccessibleName(tr("Where to get help"));
    help->setAccessibleDescription(help->text());
    layout->addWidget(help);
    for (const auto &[url, title] :
         {std::pair{kVmVdiUrl, tr("iEchor Desktop in a VM or VDI environment")},
          std::pair{kTroubleshootUrl, tr("Troubleshooting: virtualization not working")}}) {
        auto *link = new LinkLabel(title, QUrl(QString::fromLatin1(url)));
        link->setAccessibleDescription(QString::fromLatin1(url));
        layout->addWidget(link);
    }
    layout->addStretch(1);

    connect(wizard->session(), &Session::finished, this, &SummaryPage::recordChanges);
    connect(wizard->session(), &Session::finished, this, &SummaryPage::refresh);
    connect(wizard->session(), &Session::started, this, &SummaryPage::refresh);
    setExportAvailable(wizard->hasExportHandler());
}

void SummaryPage::initializePage() {
    refresh();
}

void SummaryPage::setExportAvailable(bool available) {
    m_export->setVisible(available);
}

// After a second run: the time, and for each check that did not pass before, whether it passes now.
void SummaryPage::recordChanges() {
    const Session *session = m_wizard->session();
    QHash<QString, Status> now;
    for (const CheckResult &r : session->results())
        if (!r.pending) now.insert(r.id, r.finding.status);
    if (!m_previous.isEmpty()) {
        QStringList lines;
        //: %1 is a time of day
        lines << tr("Checked again at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm")));
        const guides::Guide *g = guides::find(m_wizard->guideId());
        for (const CheckResult &r : session->results()) {
            const Status before = m_previous.value(r.id, Status::Skipped);
            const Status after = now.value(r.id, Status::Unknown);
            if (before == Status::Pass || before == Status::Skipped) continue;
            if (after == Status::Pass)
                //: %1 is a requirement's title
                lines << tr("%1: now passes.").arg(r.title.toString());
            else if (after == before && g && g->powerOff && g->fixes.contains(r.id))
                lines << tr("%1: still off. A restart is not enough: power the VM off, then start it.")
                             .arg(r.title.toString());
            else if (after == before)
                lines << tr("%1: still %2.")
                             .arg(r.title.toString(), statusDisplayName(after).toString().toLower());
            else
                //: %1 a requirement's title, %2 and %3 status words
                lines << tr("%1: was %2, now %3.")
                             .arg(r.title.toString(), statusDisplayName(before).toString(),
                                  statusDisplayName(after).toString());
        }
        if (lines.size() == 1) lines << tr("Nothing changed: everything that passed still passes.");
        m_changes->setText(lines.join(u'\n'));
        m_changes->setAccessibleDescription(m_changes->text());
        m_changes->setVisible(true);
    }
    m_previous = now;
}

QString SummaryPage::changesText() const {
    return m_changes->isVisibleTo(this) ? m_changes->text() : QString();
}

QString SummaryPage::unknownText() const {
    return m_unknown->text();
}

void SummaryPage::refresh() {
    const Session *session = m_wizard->session();
    if (!session->hasFinished()) {
        m_verdict->setText(m_wizard->checkingText());
        m_todo->setText(QString());
        m_unknown->clear();
        m_unknownHeading->setVisible(false);
        m_unknown->setVisible(false);
        return;
    }
    QStringList unknown;
    for (const CheckResult &r : session->results()) {
        if (r.pending || r.finding.status != Status::Unknown) continue;
        const QString how =
            r.finding.remedy.isEmpty()
                ? tr("Run nestready again as administrator (root on Linux). If it still cannot tell, "
                     "run it on the host, or export a report for support.")
                : r.finding.remedy.toString();
        //: One line of the could-not-check list: the requirement, then how to find out
        unknown << tr("%1: %2").arg(r.title.toString(), how);
    }
    m_unknown->setText(unknown.join(u'\n'));
    m_unknown->setAccessibleDescription(m_unknown->text());
    m_unknownHeading->setVisible(!unknown.isEmpty());
    m_unknown->setVisible(!unknown.isEmpty());
    m_verdict->setText(verdictSentence(session->results()).toString());
    m_verdict->setAccessibleDescription(m_verdict->text());
    QStringList todo;
    // What fails first, then the warnings.
    for (Status wanted : {Status::Fail, Status::Warn})
        for (const CheckResult &r : session->results()) {
            if (r.pending || r.finding.status != wanted) continue;
            const QString what =
                (r.finding.remedy.isEmpty() ? r.finding.summary : r.finding.remedy).toString();
            //: One line of the to-do list: status word, check title, what to do
            todo << tr("%1 · %2: %3")
                        .arg(statusDisplayName(r.finding.status).toString(), r.title.toString(), what);
        }
    if (const guides::Guide *g = guides::find(m_wizard->guideId()); g && !todo.isEmpty())
        todo << tr("The steps for your platform are in the guide \"%1\".").arg(guides::text(g->title));
    m_todo->setText(todo.isEmpty() ? tr("Nothing: every requirement is met.") : todo.join(u'\n'));
    m_todo->setAccessibleDescription(m_todo->text());
}

QString SummaryPage::verdictText() const {
    return m_verdict->text();
}

QString SummaryPage::todoText() const {
    return m_todo->text();
}

QString SummaryPage::summaryText() const {
    const Session *session = m_wizard->session();
    QString out = verdictSentence(session->results()).toString() + u'\n';
    for (const CheckResult &r : session->results())
        out += QStringLiteral("%1  %2: %3\n")
                   .arg(r.pending ? tr("Checking…") : statusDisplayName(r.finding.status).toString(),
                        r.title.toString(), r.finding.summary.toString());
    if (const guides::Guide *g = guides::find(m_wizard->guideId()))
        out += tr("Guide: %1 (nestready --page %2)").arg(guides::text(g->title), QString::fromLatin1(g->id)) +
               u'\n';
    return out;
}

} // namespace nestready::gui
