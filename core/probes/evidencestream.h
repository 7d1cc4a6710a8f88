// SPDX-License-Identifier: MIT
// The evidence stream of `nestready collect`: one evidence item per line, each a compact JSON object in
// exactly the form of a report's "evidence" array items (Evidence::toJson), written as each probe answers.
#pragma once

#include "coreexport.h"
#include "evidence.h"
#include "fileprobe.h"

#include <QByteArrayView>

namespace nestready::evidencestream {

// The largest item is /proc/cpuinfo; JSON escapes its tabs and line ends, so allow twice its cap.
inline constexpr qint64 kMaxLineBytes = 2 * fileprobe::kMaxCpuinfoBytes + 1024 * 1024;
// Everything a run writes: the largest item plus room for all the others (a few KB on real machines).
inline constexpr qint64 kMaxTotalBytes = kMaxLineBytes + 16 * 1024 * 1024;
// As many items as a report may hold.
inline constexpr int kMaxItems = 10000;

// One line: the item as compact JSON and a line end.
NESTREADY_CORE_EXPORT QByteArray line(const Evidence &e);

// Splits bytes as they come into lines and parses each, within the caps above. Any violation (a line
// or the whole stream too long, a line that is not an evidence item, too many items) stops the reader
// for good: error() says why, in English, for the evidence's detail.
class NESTREADY_CORE_EXPORT Reader {
public:
    // Parses what is complete; appends the items to `out`. False once the reader has stopped.
    bool feed(QByteArrayView bytes, QList<Evidence> *out);
    // The stream has ended: a last line without its line end is an error (the writer was cut off).
    bool finish();
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 totalBytes() const { return m_total; }
    int items() const { return m_items; }

private:
    bool fail(const QString &why);
    QByteArray m_partial;
    qint64 m_total = 0;
    int m_items = 0;
    QString m_error;
};

// A whole recorded stream (a file written by `nestready collect`). std::nullopt and an English reason
// when it breaks a rule of the stream or holds no item.
NESTREADY_CORE_EXPORT std::optional<QList<Evidence>> parse(QByteArrayView bytes, QString *error);

} // namespace nestready::evidencestream
