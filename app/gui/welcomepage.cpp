// SPDX-License-Identifier: MIT
#include "welcomepage.h"

#include "labels.h"

#include "i18n.h"

#include "guides/guide.h"
#include "statusicons.h"
#include "wizard.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nestready::gui {

WelcomePage::WelcomePage(Wizard *wizard)
    : m_wizard(wizard)
    , m_language(new QComboBox)
    , m_resume(wizard->remembersSteps() ? ResumeState::load() : ResumeState{}) {
    setTitle(wizard->pick(tr("Can iEchor Desktop run on this machine?"),
                          tr("Can iEchor Desktop run on the machine in the report?"),
                          tr("Can iEchor Desktop run on the recorded machine?")));
    setSubTitle(wizard->pick(
        tr("nestready checks this computer and tells you what, if anything, to change."),
        tr("nestready shows what the report found on its machine and what, if anything, to "
           "change there."),
        tr("nestready checks the recorded machine and tells you what, if anything, to change.")));

    auto *layout = scrollingLayout(this);
    if (m_resume.isValid()) {
        const guides::Guide *g = guides::find(m_resume.guide);
        m_resumeBox = new QFrame;
        m_resumeBox->setFrameShape(QFrame::StyledPanel);
        m_resumeBox->setAccessibleName(tr("Pick up where you left off"));
        auto *box = new QHBoxLayout(m_resumeBox);
        auto *icon = new QLabel;
        icon->setPixmap(iconPixmap(Icon::Info, this));
        icon->setAccessibleName(tr("Information"));
        box->addWidget(icon, 0, Qt::AlignTop);
        box->addWidget(
            wrappingLabel(tr("Last time you were at step %1 of the guide \"%2\". If you have made the "
                             "change, pick up there and check again.")
                              .arg(m_resume.step + 1)
                              .arg(guides::text(g->title))),
            1);
        auto *resume = new QPushButton(tr("&Resume and check again"));
        connect(resume, &QPushButton::clicked, this, [this] {
            m_resumeChosen = true;
            m_wizard->next();
        });
        box->addWidget(resume, 0, Qt::AlignVCenter);
        layout->addWidget(m_resumeBox);
    }

    layout->addWidget(wrappingLabel(tr("iEchor Desktop runs its engine inside a small Linux virtual machine. "
                                       "On a physical computer that works "
                                       "once hardware virtualization is on. Inside a virtual machine or a "
                                       "VDI desktop, the hypervisor must also "
                                       "pass virtualization on to the virtual machine: that is called nested "
                                       "virtualization, and it is off by "
                                       "default.")));
    layout->addWidget(wrappingLabel(tr(
        "nestready finds out what kind of machine it is, checks every requirement (processor, memory, disk, "
        "virtualization, the vendor's support policy) and, where something is missing, shows the exact steps "
        "for your platform.")));
    // A report or a recording is only read: the metadata service is asked only about the live machine.
    auto *privacy = wrappingLabel(
        wizard->isLive()
            ? tr("<b>Privacy:</b> nothing leaves this machine. The only network request nestready makes is "
                 "to "
                 "Azure's local metadata service, and only on an Azure VM; that address never leaves the "
                 "host.")
            : tr("<b>Privacy:</b> nestready only reads what was recorded and makes no network request."));
    privacy->setTextFormat(Qt::RichText);
    layout->addWidget(privacy);
    layout->addStretch(1);

    auto *languageRow = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    m_language->setAccessibleName(tr("Language"));
    for (const i18n::Language &language : i18n::availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    const int current = m_language->findData(i18n::currentLanguage());
    m_language->setCurrentIndex(current >= 0 ? current : 0);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { Q_EMIT m_wizard->languageChosen(m_language->itemData(index).toString()); });
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    layout->addLayout(languageRow);
}

void WelcomePage::initializePage() {
    m_resumeChosen = false; // back on this page: Next goes the normal way again
}

int WelcomePage::nextId() const {
    return m_resumeChosen ? Wizard::GuideId : Wizard::MachineId;
}

bool WelcomePage::validatePage() {
    if (m_resumeChosen) {
        m_wizard->setResume(m_resume.guide, m_resume.step);
        m_wizard->session()->start();
    }
    return true;
}

} // namespace nestready::gui
