// SPDX-License-Identifier: MIT
#include "reportui.h"

#include "labels.h"

#include "report/reportwriters.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace nestready {

namespace {
struct Banner {
    Q_DECLARE_TR_FUNCTIONS(ReportBanner)
};

QString osName(OsFamily os) {
    switch (os) {
    case OsFamily::Linux:
        return QStringLiteral("Linux");
    case OsFamily::Windows:
        return QStringLiteral("Windows");
    case OsFamily::MacOS:
        return QStringLiteral("macOS");
    case OsFamily::Unknown:
        break;
    }
    return Banner::tr("unknown");
}
} // namespace

QString reportMachineName(const Report &report) {
    if (report.redacted)
        //: The machine a report is from, when its name was removed
        return Banner::tr("redacted");
    if (report.host.hostname.isEmpty()) return Banner::tr("an unnamed machine");
    return report.host.hostname;
}

QString reportHeaderText(const Report &report) {
    QStringList lines;
    lines << Banner::tr("Saved report — not this machine");
    //: %1 is a host name, "redacted" or "an unnamed machine"
    lines << Banner::tr("Machine: %1").arg(reportMachineName(report));
    lines << Banner::tr("System: %1").arg(osName(report.osFamily));
    lines << Banner::tr("Taken: %1").arg(reportview::createdText(report));
    lines << (report.redacted ? Banner::tr("Identifying details removed")
                              : Banner::tr("Identifying details included"));
    return lines.join(u'\n');
}

QLabel *makeReportBanner(const Report &report, QWidget *parent) {
    auto *label = new QLabel(reportHeaderText(report), parent);
    label->setTextFormat(Qt::PlainText); // names the machine as the report does
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    // Wide enough that each line ("Machine: …", "Taken: …") stays on one line beside the pages.
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 30);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setObjectName(QStringLiteral("reportBanner"));
    label->setWordWrap(true);
    label->setMargin(8);
    label->setFrameShape(QFrame::StyledPanel);
    label->setBackgroundRole(QPalette::ToolTipBase);
    label->setForegroundRole(QPalette::ToolTipText);
    label->setAutoFillBackground(true);
    label->setAccessibleName(label->text());
    return label;
}

std::shared_ptr<ReportSource> openReportForWindow(const QString &path, QWidget *parent) {
    QString error;
    auto source = ReportSource::open(path, &error);
    if (!source)
        gui::showMessage(parent, QMessageBox::Critical, ReportExportDialog::tr("Cannot open the report"),
                         error);
    return source;
}

ReportExportDialog::ReportExportDialog(const Session &session, QString guide, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit)
    , m_redact(new QCheckBox(tr("&Remove identifying details (names, addresses, serial numbers, cloud ids)")))
    , m_preview(new QPlainTextEdit) {
    ReportOptions options;
    options.guide = std::move(guide);
    m_report = makeReport(session, options);
    setWindowTitle(tr("Export report"));

    const QString name = QStringLiteral("nestready-report-%1.html")
                             .arg(m_report.createdUtc.toString(QStringLiteral("yyyyMMdd-HHmm")));
    m_path->setText(QDir(defaultExportFolder()).filePath(name));
    m_path->setAccessibleName(tr("File name"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_redact->setChecked(true);
    connect(m_redact, &QCheckBox::toggled, this, &ReportExportDialog::updatePreview);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("What will be removed"));

    auto *form = new QFormLayout;
    // A real buddy: Alt+F moves to the file name instead of typing "f" into it.
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto *hint =
        new QLabel(tr("The name decides the format: .html to read or print, .md to paste into a ticket, "
                      ".json for support (it can be replayed), .txt for the short summary."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_redact);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    updatePreview();
}

QString ReportExportDialog::path() const {
    return m_path->text();
}
void ReportExportDialog::setPath(const QString &path) {
    m_path->setText(path);
}
bool ReportExportDialog::redact() const {
    return m_redact->isChecked();
}
void ReportExportDialog::setRedact(bool on) {
    m_redact->setChecked(on);
}

void ReportExportDialog::browse() {
    // The overwrite question is asked once, by exportReport(), not by the file dialog as well.
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export report"), path(),
                                     tr("Web page (*.html);;Markdown for a ticket (*.md);;JSON for support "
                                        "(*.json);;Short summary (*.txt)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty()) setPath(chosen);
}

void ReportExportDialog::updatePreview() {
    m_removed.clear();
    if (!redact()) {
        m_preview->setPlainText(
            tr("Nothing is removed: the report names the machine, its user and its addresses."));
        return;
    }
    QString error;
    if (!redactReport(m_report, &m_removed, &error)) {
        m_removed.clear();
        m_preview->setPlainText(error);
        return;
    }
    QString text = tr("These values will be replaced:") + u'\n';
    for (const Redaction &r : std::as_const(m_removed))
        //: One line of the redaction preview: %1 the value found, %2 what replaces it
        text += tr("%1 → %2").arg(r.original, r.placeholder) + u'\n';
    if (m_removed.isEmpty()) text = tr("No identifying values were found.");
    m_preview->setPlainText(text);
}

bool ReportExportDialog::exportReport(QString *error) {
    const QString file = path();
    if (!reportFormatForPath(file)) {
        *error = tr("Name the file .html, .md, .json or .txt: the name decides the format.");
        return false;
    }
    if (const QString refusal = symlinkRefusal(file); !refusal.isEmpty()) {
        *error = refusal; // asked before the overwrite question: the answer would not matter
        return false;
    }
    bool overwrite = false;
    if (QFileInfo::exists(file)) {
        const auto ask = askOverwrite ? askOverwrite : [this](const QString &p) {
            return gui::showMessage(this, QMessageBox::Question, tr("Replace the file?"),
                                    tr("\"%1\" already exists. Replace it?").arg(p),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        };
        if (!ask(file)) {
            error->clear();
            return false;
        }
        overwrite = true;
    }
    if (!redact()) return writeReport(file, m_report, overwrite, error);
    const std::optional<Report> redacted = redactReport(m_report, nullptr, error);
    return redacted && writeReport(file, *redacted, overwrite, error);
}

QString defaultExportFolder() {
    // Documents may be configured but missing (a fresh profile, a redirected folder): then the home folder.
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!docs.isEmpty() && QFileInfo(docs).isDir()) return docs;
    return QDir::homePath();
}

void ReportExportDialog::accept() {
    QString error;
    if (exportReport(&error)) {
        const QString file = QFileInfo(path()).absoluteFilePath();
        if (confirmSaved) {
            confirmSaved(file);
        } else {
            QMessageBox box(QMessageBox::Information, tr("Report saved"),
                            tr("The report was saved as \"%1\".").arg(QDir::toNativeSeparators(file)),
                            QMessageBox::Ok, this);
            QPushButton *open = box.addButton(tr("&Open folder"), QMessageBox::ActionRole);
            box.exec();
            if (box.clickedButton() == open)
                QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
        }
        QDialog::accept();
        return;
    }
    if (!error.isEmpty()) gui::showMessage(this, QMessageBox::Warning, tr("Export report"), error);
}

bool copyReportSummary(const Session &session, bool redact, const QString &guide, QString *error) {
    ReportOptions options;
    options.guide = guide;
    const Report report = makeReport(session, options);
    if (!redact) {
        QApplication::clipboard()->setText(reportSummary(report));
        return true;
    }
    const std::optional<Report> redacted = redactReport(report, nullptr, error);
    if (redacted) QApplication::clipboard()->setText(reportSummary(*redacted));
    return redacted.has_value();
}

} // namespace nestready
