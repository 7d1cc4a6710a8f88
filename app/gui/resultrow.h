// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace nestready {
class Session;
}

namespace nestready::gui {

// One requirement on the Requirements page: icon + status word + title + one-line finding; expanding it
// shows why it matters, what was found, how to fix it (with a link to the guide) and, under "Details for
// support", the raw evidence the check rests on.
class ResultRow : public QFrame {
    Q_OBJECT
public:
    ResultRow(const Session *session, int row, QWidget *parent = nullptr);

    // Re-reads the row from the session. `slow`: the run has taken longer than it should ("Still checking…").
    void refresh(bool slow);
    void setExpanded(bool expanded);
    bool isExpanded() const;

    QString statusText() const;  // the status word as shown
    QString summaryText() const; // the one-line finding as shown
    QToolButton *expander() const { return m_expand; }
    QPushButton *fixButton() const { return m_fixButton; } // shown on a failing row with a guide
    Status status() const; // Unknown while pending

Q_SIGNALS:
    void guideRequested(const QString &guideId);
    // "Fix": open the guide at the step that fixes this check.
    void fixRequested(const QString &guideId, const QString &checkId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString evidenceText() const;
    QString timeoutReason() const;

    const Session *m_session;
    int m_row;
    QToolButton *m_expand;
    QPushButton *m_fixButton;
    QLabel *m_icon;
    QLabel *m_status;
    QLabel *m_title;
    QLabel *m_summary;
    QWidget *m_details;
    QLabel *m_why;
    QLabel *m_found;
    QLabel *m_fix;
    QToolButton *m_supportToggle;
    QPlainTextEdit *m_evidence = nullptr; // made when the support details are first opened
    int m_iconKind = -1;
};

} // namespace nestready::gui
