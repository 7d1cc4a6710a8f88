// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace nestready::gui {

class Wizard;

// The verdict in one sentence, what is left to do, Copy summary, Export report (once the report feature
// sets a handler on the wizard), and where to get help.
class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SummaryPage(Wizard *wizard);
    void initializePage() override;
    int nextId() const override { return -1; }

    void setExportAvailable(bool available);
    QString verdictText() const;
    QString todoText() const;
    // The plain-text summary "Copy summary" puts on the clipboard.
    QString summaryText() const;
    QPushButton *exportButton() const { return m_export; }

private:
    void refresh();

    Wizard *m_wizard;
    QLabel *m_verdict;
    QLabel *m_todo;
    QPushButton *m_copy;
    QPushButton *m_export;
};

} // namespace nestready::gui
