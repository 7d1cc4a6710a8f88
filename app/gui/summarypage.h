// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"

#include <QHash>
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
    QPushButton *checkAgainButton() const { return m_again; }
    QString changesText() const; // what the last "Check again" changed, with its time
    QString unknownText() const; // the checks that could not be run, each with how to resolve it

private:
    void refresh();

    Wizard *m_wizard;
    QLabel *m_verdict;
    QLabel *m_todo;
    QPushButton *m_copy;
    QPushButton *m_export;
    QPushButton *m_again;
    QLabel *m_changes;
    QLabel *m_unknownHeading;
    QLabel *m_unknown;
    QHash<QString, Status> m_previous; // the statuses of the last finished run, by check id
    void recordChanges();
};

} // namespace nestready::gui
