// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace nestready::gui {

class ResultRow;
class Wizard;

// The live list of requirements, row by row as probes answer. Complete once the run has finished.
class RequirementsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RequirementsPage(Wizard *wizard);
    bool isComplete() const override;
    int nextId() const override;

    QList<ResultRow *> rows() const { return m_rows; }
    ResultRow *row(const QString &checkId) const;
    QString summaryText() const;
    QPushButton *checkAgainButton() const { return m_again; }

    // A run slower than this shows "Still checking…" on the rows still waiting.
    static constexpr int kSlowMs = 2000;

private:
    void rebuild();
    void refreshRow(int row);
    void refreshSummary();
    void onStarted();

    Wizard *m_wizard;
    QLabel *m_summary;
    QVBoxLayout *m_list;
    QPushButton *m_again;
    QList<ResultRow *> m_rows;
    QTimer m_slowTimer;
    bool m_slow = false;
};

} // namespace nestready::gui
