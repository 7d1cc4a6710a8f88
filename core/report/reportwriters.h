// SPDX-License-Identifier: MIT
#pragma once

#include "report/report.h"

#include <QPair>

namespace nestready {

enum class ReportFormat { Json, Html, Markdown, Summary };

// By extension: .json, .html/.htm, .md/.markdown, .txt (the short summary). std::nullopt otherwise.
std::optional<ReportFormat> reportFormatForPath(const QString &path);

QByteArray renderReport(const Report &report, ReportFormat format);
// One self-contained page: inline CSS, no scripts, no external resources, prints well, fits a phone.
QString reportHtml(const Report &report);
// Ready to paste into a ticket (CommonMark / GitHub-flavoured tables).
QString reportMarkdown(const Report &report);
// The short plain-text form ("Copy summary"): verdict, machine, what fails and what to do.
QString reportSummary(const Report &report);

// Writes atomically: a new temporary file beside the target, renamed onto it (core/report/atomicfile.cpp).
// Never writes through a symbolic link (dangling or not, whatever `overwrite` says): the user names the
// real file. A new file is private (0600: reports carry identifiers); a replaced one keeps its mode.
// Without `overwrite`, an existing file is an error and stays untouched.
bool writeFileAtomic(const QString &path, const QByteArray &bytes, bool overwrite, QString *error);
// The translated refusal when `path` itself is a symbolic link, else an empty string.
QString symlinkRefusal(const QString &path);
// Chooses the format by extension and writes atomically.
bool writeReport(const QString &path, const Report &report, bool overwrite, QString *error);

// Shared by the writers and the UI: what people read, translated.
namespace reportview {
QString statusIcon(Status s);   // a symbol beside the word, never instead of it
QString statusLabel(Status s);  // icon + translated word: "✔ Pass"
QString verdictTitle(const QString &verdictWord);
QString verdictLabel(const QString &verdictWord); // icon + translated words: "✘ Not ready"
QString outcomeLabel(Outcome o);                  // how a read went, translated: "Access denied"
QString verdictSentence(const Report &report);
QString createdText(const Report &report); // "2026-11-26 13:42 UTC"
QString bannerText(const Report &report); // "Report from <machine> taken <time>"
QList<QPair<QString, QString>> machineRows(const Report &report); // label → value, only known ones
QString guideTitle(const QString &guideId);
} // namespace reportview

} // namespace nestready
