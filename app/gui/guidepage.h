// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace nestready::guides {
struct Guide;
}

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
    int currentStep() const;
    QString fixStatusText() const;

private:
    void showGuide(const QString &guideId);
    void build(const guides::Guide &g, QWidget *content);
    void rememberStep();
    void refreshFixStatus();

    Wizard *m_wizard;
    QComboBox *m_picker;
    QScrollArea *m_scroll;
    QPushButton *m_again;
    QLabel *m_fixStatus;
    QString m_shown;
    QList<QCheckBox *> m_stepDone;
    QList<QWidget *> m_stepFrames;
};

} // namespace nestready::gui
