// SPDX-License-Identifier: MIT
#include "machinepage.h"

#include "disclosure.h"
#include "evidencekeys.h"
#include "facts/windowsfacts.h"
#include "guides/guide.h"
#include "guides/guideselect.h"
#include "labels.h"
#include "wizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace nestready::gui {

namespace {
QString surenessText(Sureness s) {
    switch (s) {
    case Sureness::Certain:
        //: How sure nestready is of a finding about this machine
        return MachinePage::tr("certain");
    case Sureness::Likely:
        //: How sure nestready is of a finding about this machine
        return MachinePage::tr("likely");
    case Sureness::Unknown:
        break;
    }
    //: How sure nestready is of a finding about this machine
    return MachinePage::tr("unknown");
}

// "VMware (certain). The firmware tables name "VMware, Inc."." The evidence keys it rests on are for
// support and shown apart (evidenceOf()).
template <typename T> QString describe(const Fact<T> &fact, const QString &value) {
    if (!fact.known())
        return fact.reason.isEmpty() ? MachinePage::tr("Not known.")
                                     : MachinePage::tr("Not known: %1").arg(fact.reason.toString());
    QString text = MachinePage::tr("%1 (%2).").arg(value, surenessText(fact.sureness));
    if (!fact.reason.isEmpty()) text += u' ' + fact.reason.toString();
    return text;
}

template <typename T> QStringList evidenceOf(const Fact<T> &fact) {
    return fact.known() ? fact.basis : QStringList();
}
} // namespace

MachinePage::MachinePage(Wizard *wizard)
    : m_wizard(wizard)
    , m_facts(new QVBoxLayout)
    , m_status(new QLabel)
    , m_pickLabel(new QLabel)
    , m_pick(new QComboBox)
    , m_supportToggle(new Expander(tr("Details for support")))
    , m_support(wrappingLabel()) {
    setTitle(wizard->pick(tr("Your machine"), tr("The machine in the report"), tr("The recorded machine")));
    setSubTitle(
        wizard->pick(tr("What nestready found out about this computer, and how sure it is."),
                     tr("What nestready found out about the machine in the report, and how sure it is."),
                     tr("What nestready found out about the recorded machine, and how sure it is.")));
    auto *layout = scrollingLayout(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addLayout(m_facts);
    m_supportToggle->setAccessibleName(tr("Details for support: evidence"));
    layout->addWidget(m_supportToggle, 0, Qt::AlignLeft);
    m_support->setVisible(false);
    m_support->setAccessibleName(tr("Evidence for support"));
    layout->addWidget(m_support);
    connect(m_supportToggle, &QToolButton::toggled, m_support, &QWidget::setVisible);
    m_pickLabel->setWordWrap(true);
    m_pickLabel->setBuddy(m_pick);
    m_pick->setAccessibleName(wizard->pick(tr("Platform that runs this machine"),
                                           tr("Platform that runs the machine in the report"),
                                           tr("Platform that runs the recorded machine")));
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_pickLabel);
    layout->addWidget(m_pick, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(wizard->session(), &Session::factsChanged, this, [this] { refresh(); });
    connect(wizard->session(), &Session::finished, this, [this] { refresh(); });
}

void MachinePage::initializePage() {
    refresh(true);
}

QString MachinePage::rowText(const QString &label) const {
    return m_rows.value(label);
}

void MachinePage::refresh(bool force) {
    // Off screen there is nothing to update; initializePage() refreshes before the page is shown.
    if (!force && !isVisible()) return;
    const Session *session = m_wizard->session();
    const Facts &f = session->facts();
    while (QLayoutItem *item = m_facts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    m_evidenceLines.clear();
    // One row per fact: a bold name and a wrapping value, "VMware (certain). <why>. Evidence: <keys>".
    // Both plain text: the values quote what the machine says about itself (firmware strings, EditionID).
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_facts->addWidget(box);
    const auto add = [this, form](const QString &label, const QString &text,
                                  const QStringList &evidence = {}) {
        if (!evidence.isEmpty())
            //: For support: a row of the Machine page and the evidence keys (not translated) it rests on
            m_evidenceLines << tr("%1: %2").arg(label, evidence.join(QStringLiteral(", ")));
        auto *name = new QLabel(label + u':');
        name->setTextFormat(Qt::PlainText);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto *value = new QLabel(text);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::TabFocus);
        value->setAccessibleName(label);
        value->setAccessibleDescription(text);
        form->addRow(name, value);
        m_rows.insert(label, text);
    };

    m_status->setText(session->hasFinished() ? QString() : m_wizard->checkingText());
    m_status->setVisible(!session->hasFinished());

    QString kind;
    if (f.isContainer())
        kind = f.container.value ==
                       ContainerId::Other // a label ("Unrecognized …") does not go in brackets mid-line
                   ? tr("A container whose manager nestready does not recognize")
                   : tr("A container (%1)").arg(containerDisplayName(f.container.value).toString());
    else if (f.isPhysical())
        kind = tr("A physical machine");
    else if (f.isVirtualMachine())
        kind = tr("A virtual machine");
    else
        kind = tr("Unknown");
    add(tr("Kind of machine"), f.isContainer() ? describe(f.container, kind) : describe(f.vm, kind),
        f.isContainer() ? evidenceOf(f.container) : evidenceOf(f.vm));
    if (!f.isPhysical())
        add(tr("Hypervisor"), describe(f.vm, hypervisorDisplayName(f).toString()), evidenceOf(f.vm));
    add(tr("Cloud"), describe(f.cloud, cloudDisplayName(f.cloud.value, f.cloudProvider).toString()),
        evidenceOf(f.cloud));
    if (f.instanceType.known())
        add(tr("VM size"), describe(f.instanceType, *f.instanceType.value), evidenceOf(f.instanceType));
    if (f.osName.known()) {
        // Its reason is only the file it was read from (/etc/os-release): for support.
        Fact<QString> os = f.osName;
        os.reason = {};
        add(tr("Operating system"), describe(os, *f.osName.value),
            evidenceOf(f.osName) + QStringList{f.osName.reason.toString()});
    }
    if (f.osFamily == OsFamily::Windows) {
        // The VDI agent the Windows evidence names (the windows.vdi check explains the vendor's rule).
        Fact<QString> vdi;
        vdi.reason = f.windows.vdiReason;
        if (!f.windows.vdi.isEmpty())
            vdi.set(f.windows.vdi, Sureness::Certain, {QString::fromLatin1(keys::WindowsEvidence)},
                    f.windows.vdiReason);
        const QString name = f.windows.vdi == QLatin1String("none")
                                 ? tr("None: no VDI agent is installed")
                                 : vdiDisplayName(f.windows.vdi).toString();
        add(tr("Virtual desktop (VDI)"), describe(vdi, name), evidenceOf(vdi));
    }
    //: Heading of the evidence list for support; the keys after it are not translated
    m_support->setText(tr("Evidence each row rests on:") + u'\n' + m_evidenceLines.join(u'\n'));
    m_supportToggle->setVisible(!m_evidenceLines.isEmpty());

    // The picker, where the evidence cannot tell platforms apart.
    const QList<guides::PlatformChoice> choices = guides::platformChoices(f);
    const QString pickKey = (f.vm.known() ? word(*f.vm.value) : QString()) + u'/' +
                            (f.cloud.known() ? word(*f.cloud.value) : QString());
    if (pickKey != m_pickedFor) {
        m_pickedFor = pickKey;
        m_pick->clear();
        for (const auto &c : choices)
            m_pick->addItem(guides::text(c.label), c.guide);
        const int current = m_pick->findData(m_wizard->platformPick());
        if (current >= 0) m_pick->setCurrentIndex(current);
    }
    const bool ask = !choices.isEmpty() && session->hasFinished();
    const QString question = m_wizard->pick(tr("Which &platform runs this machine?"),
                                            tr("Which &platform runs the machine in the report?"),
                                            tr("Which &platform runs the recorded machine?"));
    //: %1 is the question "Which platform runs this machine?" (or the report's machine)
    m_pickLabel->setText(
        f.vm.value == VmId::Vmware
            ? tr("From inside the VM, VMware ESXi, Workstation and Fusion look the same. %1").arg(question)
            : tr("nestready cannot tell which hypervisor this is. %1").arg(question));
    m_pickLabel->setVisible(ask);
    m_pick->setVisible(ask);
}

QToolButton *MachinePage::supportToggle() const {
    return m_supportToggle;
}

QString MachinePage::supportText() const {
    return m_support->text();
}

int MachinePage::nextId() const {
    return Wizard::RequirementsId;
}

bool MachinePage::validatePage() {
    if (m_pick->isVisible() && m_pick->currentIndex() >= 0)
        m_wizard->setPlatformPick(m_pick->currentData().toString());
    return true;
}

} // namespace nestready::gui
