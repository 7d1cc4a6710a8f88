// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QFrame;
class QPushButton;
class QToolButton;
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
    QString verdictText() const; // the banner's words
    QFrame *verdictBanner() const { return m_banner; }
    QToolButton *notApplicableToggle() const { return m_skippedToggle; }

    // A run slower than this shows "Still checking…" on the rows still waiting.
    static constexpr int kSlowMs = 2000;

private:
    void rebuild();
    void refreshRow(int row);
    void refreshSummary();
    void onStarted();
    void refreshBanner();
    void reorder(); // failures first, then could-not-check, warnings, passes; skipped behind a toggle
    void openFix(const QString &guideId, const QString &checkId);

    Wizard *m_wizard;
    QLabel *m_summary;
    QFrame *m_banner;
    QLabel *m_bannerIcon;
    QLabel *m_bannerText;

    QVBoxLayout *m_list;
    QVBoxLayout *m_skippedList;
    QToolButton *m_skippedToggle;
    QPushButton *m_again;
    QList<ResultRow *> m_rows;
    QTimer m_slowTimer;
    bool m_slow = false;
};

} // namespace nestready::gui
