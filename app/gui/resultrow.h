// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"
#include "disclosure.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace nestready {
class Session;
}

namespace nestready::gui {

// One requirement on the Requirements page: icon + status word + title + one-line finding; expanding it
// shows why it matters, how to fix it (with a link to the guide) and, under "Details for support", what
// more was found (the finding's details, which quote evidence, paths and options) and the raw evidence
// it rests on.
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
    Expander *expander() const { return m_expand; }
    Expander *supportToggle() const { return m_supportToggle; }
    LinkLabel *guideLink() const { return m_guideLink; }   // shown when the finding names a guide
    QPushButton *fixButton() const { return m_fixButton; } // shown on a failing row with a guide
    Status status() const;                                 // Unknown while pending

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
    Expander *m_expand;
    QPushButton *m_fixButton;
    QLabel *m_icon;
    QLabel *m_status;
    QLabel *m_title;
    QLabel *m_summary;
    QWidget *m_details;
    QLabel *m_why;
    QLabel *m_fix;
    LinkLabel *m_guideLink;
    Expander *m_supportToggle;
    QWidget *m_support;
    QLabel *m_howFound;
    QPlainTextEdit *m_evidence = nullptr; // made when the support details are first opened
    int m_iconKind = -1;
};

} // namespace nestready::gui
