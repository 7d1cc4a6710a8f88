// SPDX-License-Identifier: MIT
#pragma once

#include "report/redactor.h"
#include "report/reportsource.h"
#include "session.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace nestready {

// The machine a report is from, as a person reads it: its host name, "redacted", or "an unnamed machine".
QString reportMachineName(const Report &report);
// The header a window shows while it displays a saved report (support mode): whose machine, its OS, when
// the report was taken, and whether identifying details were removed.
QString reportHeaderText(const Report &report);
QLabel *makeReportBanner(const Report &report, QWidget *parent = nullptr);

// `nestready --open FILE`: the report's source, or nullptr after telling the user what is wrong.
std::shared_ptr<ReportSource> openReportForWindow(const QString &path, QWidget *parent = nullptr);

// Where an export goes by default: Documents when that folder exists, else the home folder.
QString defaultExportFolder();

// "Export report…": a file name (format by extension), a "remove identifying details" box that is
// checked by default, and a preview of exactly what would be removed. Never overwrites without asking.
class ReportExportDialog : public QDialog {
    Q_OBJECT
public:
    ReportExportDialog(const Session &session, QString guide = {}, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    bool redact() const;
    void setRedact(bool on);
    // What the preview lists (the redactions of the current report), for tests.
    QList<Redaction> previewRedactions() const { return m_removed; }
    // Writes the report; asks before replacing a file (askOverwrite answers in tests).
    bool exportReport(QString *error);
    std::function<bool(const QString &path)> askOverwrite;
    // After a save: says where the file is and offers to open its folder (tests answer here instead).
    std::function<void(const QString &path)> confirmSaved;

    void accept() override;

private:
    void browse();
    void updatePreview();

    Report m_report;
    QList<Redaction> m_removed;
    QLineEdit *m_path;
    QCheckBox *m_redact;
    QPlainTextEdit *m_preview;
};

// "Copy summary": the short text form on the clipboard (redacted unless told otherwise). When redaction
// fails nothing is copied and *error says why.
bool copyReportSummary(const Session &session, bool redact = true, const QString &guide = {},
                       QString *error = nullptr);

} // namespace nestready
