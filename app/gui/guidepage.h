// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

class QVBoxLayout;

namespace nestready {
struct Facts;
}

namespace nestready::guides {
struct Guide;
struct GuideFit;
} // namespace nestready::guides

namespace nestready::gui {

class Wizard;

// The steps for the detected (or chosen) platform: support banner, prerequisites, numbered steps with
// copyable commands, the power-off note, how to tell it worked, what could not be confirmed, vendor links.
class GuidePage : public QWizardPage {
    Q_OBJECT
public:
    explicit GuidePage(Wizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    QString shownGuide() const { return m_shown; }
    QString contentText() const; // every text of the guide as shown, for tests
    QComboBox *guidePicker() const { return m_picker; }
    QPushButton *checkAgainButton() const { return m_again; }
    QList<QCheckBox *> stepBoxes() const { return m_stepDone; }
    int currentStep() const; // the index in the guide's steps of the first step not ticked
    // The guide's steps on screen, by their index in Guide::steps (hidden ones left out).
    QList<int> shownSteps() const { return m_stepIndex; }
    bool showsSuccess() const { return m_success; }
    // Scrolls to (and focuses) step `guideStep` of the guide shown; false when it is not on screen.
    bool showStep(int guideStep, bool tickEarlier = false);
    // The step of `guide` that fixes check `checkId` on this machine (its index in Guide::steps): the
    // first step still to do for the state the check is about, else the first step still to do; -1: none.
    static int stepFor(const guides::Guide &guide, const Facts &facts, const QString &checkId);
    QString fixStatusText() const;

private:
    void showGuide(const QString &guideId);
    void build(const guides::GuideFit &fit, QWidget *content);
    void buildSuccess(const guides::GuideFit &fit, QVBoxLayout *layout);
    bool successShown(const guides::GuideFit &fit) const;
    QString fitKey(const QString &guideId) const;
    void rememberStep();
    void refreshFixStatus();

    Wizard *m_wizard;
    QComboBox *m_picker;
    QScrollArea *m_scroll;
    QPushButton *m_again;
    QLabel *m_fixStatus;
    QString m_shown;
    QString m_key;
    bool m_success = false;
    QList<int> m_stepIndex;
    QList<QCheckBox *> m_stepDone;
    QList<QWidget *> m_stepFrames;
};

} // namespace nestready::gui
