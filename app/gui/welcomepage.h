// SPDX-License-Identifier: MIT
#pragma once

#include "resumestate.h"

#include <QWizardPage>

class QComboBox;
class QFrame;

namespace nestready::gui {

class Wizard;

// What nestready checks and why, what it sends where (nothing, except Azure's local metadata service),
// the language, and, after a reboot in the middle of a guide, the offer to pick up there.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(Wizard *wizard);
    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

private:
    Wizard *m_wizard;
    QComboBox *m_language;
    QFrame *m_resumeBox = nullptr;
    ResumeState m_resume;
    bool m_resumeChosen = false;
};

} // namespace nestready::gui
