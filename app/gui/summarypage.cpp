// SPDX-License-Identifier: MIT
#include "summarypage.h"

#include "guides/guide.h"
#include "wizard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace nestready::gui {

namespace {
// Where to get help (FACTS.md §1.2: vendor support for VMs is for Business customers; hypervisor problems
// belong to the hypervisor vendor).
constexpr char kVmVdiUrl[] = "https://docs.docker.com/desktop/setup/vm-vdi/";
constexpr char kTroubleshootUrl[] = "https://docs.docker.com/desktop/troubleshoot-and-support/troubleshoot/topics/";
} // namespace

SummaryPage::SummaryPage(Wizard *wizard)
    : m_wizard(wizard)
    , m_verdict(new QLabel)
    , m_todo(new QLabel)
    , m_copy(new QPushButton(tr("Co&py summary")))
    , m_export(new QPushButton(tr("&Export report…")))
{
    setTitle(tr("Summary"));
    auto *layout = new QVBoxLayout(this);
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
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *helpHeading = new QLabel(tr("Where to get help"));
    helpHeading->setFont(bold);
    layout->addWidget(helpHeading);
    auto *help = new QLabel(
        tr("iEchor Business customers: contact iEchor support and attach this summary. Problems with nested "
           "virtualization itself belong to your hypervisor or cloud vendor; the guide links their documentation.") +
        QStringLiteral("<br><a href=\"%1\">%2</a><br><a href=\"%3\">%4</a>")
            .arg(QLatin1String(kVmVdiUrl), tr("iEchor Desktop in a VM or VDI environment").toHtmlEscaped(),
                 QLatin1String(kTroubleshootUrl), tr("Troubleshooting: virtualization not working").toHtmlEscaped()));
    help->setTextFormat(Qt::RichText);
    help->setWordWrap(true);
    help->setOpenExternalLinks(true);
    help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    help->setAccessibleName(tr("Where to get help"));
    layout->addWidget(help);
    layout->addStretch(1);

    connect(wizard->session(), &Session::finished, this, &SummaryPage::refresh);
    connect(wizard->session(), &Session::started, this, &SummaryPage::refresh);
    setExportAvailable(wizard->hasExportHandler());
}

void SummaryPage::initializePage()
{
    refresh();
}

void SummaryPage::setExportAvailable(bool available)
{
    m_export->setVisible(available);
}

void SummaryPage::refresh()
{
    const Session *session = m_wizard->session();
    if (!session->hasFinished()) {
        m_verdict->setText(tr("Checking this machine…"));
        m_todo->setText(QString());
        return;
    }
    m_verdict->setText(verdictSentence(session->results()).toString());
    QStringList todo;
    // What fails first, then the warnings.
    for (Status wanted : {Status::Fail, Status::Warn})
        for (const CheckResult &r : session->results()) {
            if (r.pending || r.finding.status != wanted)
                continue;
            const QString what = (r.finding.remedy.isEmpty() ? r.finding.summary : r.finding.remedy).toString();
            //: One line of the to-do list: status word, check title, what to do
            todo << tr("%1 · %2: %3").arg(statusDisplayName(r.finding.status).toString(), r.title.toString(), what);
        }
    if (const guides::Guide *g = guides::find(m_wizard->guideId()); g && !todo.isEmpty())
        todo << tr("The steps for your platform are in the guide \"%1\".").arg(guides::text(g->title));
    m_todo->setText(todo.isEmpty() ? tr("Nothing: every requirement is met.") : todo.join(u'\n'));
}

QString SummaryPage::verdictText() const
{
    return m_verdict->text();
}

QString SummaryPage::todoText() const
{
    return m_todo->text();
}

QString SummaryPage::summaryText() const
{
    const Session *session = m_wizard->session();
    QString out = verdictSentence(session->results()).toString() + u'\n';
    for (const CheckResult &r : session->results())
        out += QStringLiteral("%1  %2: %3\n")
                   .arg(r.pending ? tr("Checking…") : statusDisplayName(r.finding.status).toString(),
                        r.title.toString(), r.finding.summary.toString());
    if (const guides::Guide *g = guides::find(m_wizard->guideId()))
        out += tr("Guide: %1 (nestready --page %2)").arg(guides::text(g->title), QString::fromLatin1(g->id)) + u'\n';
    return out;
}

} // namespace nestready::gui
