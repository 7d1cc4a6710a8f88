// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QWizardPage>

class QComboBox;
class QVBoxLayout;
class QLabel;
class QToolButton;

namespace nestready::gui {

class Wizard;

// What kind of machine this is (physical, VM, container), on which hypervisor and cloud, each with how
// sure nestready is and on what evidence. Where the evidence cannot tell, the person picks the platform.
class MachinePage : public QWizardPage {
    Q_OBJECT
public:
    explicit MachinePage(Wizard *wizard);
    int nextId() const override;
    bool validatePage() override;
    void initializePage() override;

    // The rows as shown, for tests: label → value line.
    QString rowText(const QString &label) const;
    QComboBox *platformPicker() const { return m_pick; }
    // "Details for support": the evidence keys each row rests on, hidden until opened.
    QToolButton *supportToggle() const;
    QString supportText() const;

private:
    void refresh(bool force = false);

    Wizard *m_wizard;
    QVBoxLayout *m_facts;
    QMap<QString, QString> m_rows;
    QLabel *m_status;
    QLabel *m_pickLabel;
    QComboBox *m_pick;
    QToolButton *m_supportToggle;
    QLabel *m_support;
    QStringList m_evidenceLines;
    QString m_pickedFor; // the hypervisor the picker was filled for, so refreshes keep the choice
};

} // namespace nestready::gui
