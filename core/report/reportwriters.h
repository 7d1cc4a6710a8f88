// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "report/report.h"

#include <QPair>

namespace nestready {

enum class ReportFormat { Json, Html, Markdown, Summary };

// By extension: .json, .html/.htm, .md/.markdown, .txt (the short summary). std::nullopt otherwise.
NESTREADY_CORE_EXPORT std::optional<ReportFormat> reportFormatForPath(const QString &path);

NESTREADY_CORE_EXPORT QByteArray renderReport(const Report &report, ReportFormat format);
// One self-contained page: inline CSS, no scripts, no external resources, prints well, fits a phone.
NESTREADY_CORE_EXPORT QString reportHtml(const Report &report);
// Ready to paste into a ticket (CommonMark / GitHub-flavoured tables).
NESTREADY_CORE_EXPORT QString reportMarkdown(const Report &report);
// The short plain-text form ("Copy summary"): verdict, machine, what fails and what to do.
NESTREADY_CORE_EXPORT QString reportSummary(const Report &report);

// Writes atomically: a new temporary file beside the target, renamed onto it (core/report/atomicfile.cpp).
// Never writes through a symbolic link (dangling or not, whatever `overwrite` says): the user names the
// real file. A new file is private (0600: reports carry identifiers); a replaced one keeps its mode.
// Without `overwrite`, an existing file is an error and stays untouched.
NESTREADY_CORE_EXPORT bool writeFileAtomic(const QString &path, const QByteArray &bytes, bool overwrite,
                                           QString *error);
// The translated refusal when `path` itself is a symbolic link, else an empty string.
NESTREADY_CORE_EXPORT QString symlinkRefusal(const QString &path);
// Chooses the format by extension and writes atomically.
NESTREADY_CORE_EXPORT bool writeReport(const QString &path, const Report &report, bool overwrite,
                                       QString *error);

// Shared by the writers and the UI: what people read, translated.
namespace reportview {
NESTREADY_CORE_EXPORT QString statusIcon(Status s);  // a symbol beside the word, never instead of it
NESTREADY_CORE_EXPORT QString statusLabel(Status s); // icon + translated word: "✔ Pass"
NESTREADY_CORE_EXPORT QString verdictTitle(const QString &verdictWord);
NESTREADY_CORE_EXPORT QString
verdictLabel(const QString &verdictWord);              // icon + translated words: "✘ Not ready"
NESTREADY_CORE_EXPORT QString outcomeLabel(Outcome o); // how a read went, translated: "Access denied"
NESTREADY_CORE_EXPORT QString verdictSentence(const Report &report);
NESTREADY_CORE_EXPORT QString createdText(const Report &report); // "2026-11-26 13:42 UTC"
NESTREADY_CORE_EXPORT QString bannerText(const Report &report);  // "Report from <machine> taken <time>"
NESTREADY_CORE_EXPORT QList<QPair<QString, QString>>
machineRows(const Report &report); // label → value, only known ones
NESTREADY_CORE_EXPORT QString guideTitle(const QString &guideId);
} // namespace reportview

} // namespace nestready
