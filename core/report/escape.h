// SPDX-License-Identifier: MIT
// Escaping of machine data (host names, evidence, anything read from a report file) for every place a
// person reads it: the terminal, Markdown, CSV. Every writer goes through these; HTML uses
// QString::toHtmlEscaped() and the window shows machine data as Qt::PlainText.
#pragma once

#include "coreexport.h"
#include <QString>

namespace nestready::escape {

// For the terminal and plain-text files: control characters (C0, DEL, C1: escape sequences start with
// them) and the invisible direction overrides that reorder what a person sees (U+202A..U+202E,
// U+2066..U+2069, ...) become visible escapes such as "\x1b" or "\u202e". Line feeds are kept only with
// keepNewlines; tabs and carriage returns are always escaped.
NESTREADY_CORE_EXPORT QString terminal(const QString &text, bool keepNewlines = false);

// terminal(), cut to at most `width` characters with "…" at the end: a table column that one huge value
// cannot widen.
NESTREADY_CORE_EXPORT QString cell(const QString &text, qsizetype width);

// How many terminal columns `text` takes: East Asian wide and fullwidth characters (CJK, Hangul, fullwidth
// forms) take two, combining marks and format characters none, everything else one — the rule of Markus
// Kuhn's wcwidth (https://www.cl.cam.ac.uk/~mgk25/ucs/wcwidth.c). Table columns in the terminal are padded by
// it, so Japanese and Chinese headings and machine names line up.
NESTREADY_CORE_EXPORT qsizetype columns(const QString &text);

// `text` followed by spaces up to `width` columns (nothing added when it is already as wide).
NESTREADY_CORE_EXPORT QString padColumns(const QString &text, qsizetype width);

// Inline Markdown (CommonMark / GitHub-flavoured), e.g. one table cell: line ends become spaces, other
// control characters are escaped as in terminal(), every character that starts markup (backslash,
// backticks, emphasis, brackets, angle brackets, pipes, entities, math) is backslash-escaped, and
// autolinks ("www.", "scheme://", e-mail addresses) are broken with a zero-width space so that no
// renderer, before or after parsing, turns them into links.
NESTREADY_CORE_EXPORT QString markdown(const QString &text);

// An id or evidence key as inline code when it holds only letters, digits, '.', '_' and '-';
// otherwise markdown() of it without the code span (a backtick or pipe could break out of one).
NESTREADY_CORE_EXPORT QString markdownCode(const QString &text);

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line end. A field a spreadsheet
// would run as a formula — one that starts with '=', '+', '-', '@', tab or carriage return, or has one
// of those right after a ',' or ';' (a separator in some locales) — gets a leading apostrophe and
// quotes (OWASP, CSV injection).
NESTREADY_CORE_EXPORT QString csvField(const QString &text);

} // namespace nestready::escape
