// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace nestready {

// What happened when a probe tried to read one piece of evidence.
// The words are machine-readable (they go into reports) and never translated.
enum class Outcome {
    Ok,          // read; data holds exactly what was read
    Missing,     // the file, key or command does not exist here
    Denied,      // exists, but this user may not read it
    NeedsAdmin,  // Windows: the item needs an elevated process
    Error,       // the read failed; detail says why
    TimedOut,    // the probe did not answer within its time budget
    Unavailable, // not applicable to this source (e.g. CPUID when replaying a sysroot without a dump)
};

NESTREADY_CORE_EXPORT QString outcomeName(Outcome o);
NESTREADY_CORE_EXPORT Outcome outcomeFromName(const QString &name, bool *ok = nullptr);

// Raw material exactly as read, plus where it came from and how long it took.
// Evidence is what a report carries, so everything that facts are derived from must be in here.
struct NESTREADY_CORE_EXPORT Evidence {
    QString key;    // stable id, e.g. "dmi.sys_vendor" (see evidencekeys.h)
    QString source; // where it was read: a path, a command line, a URL
    Outcome outcome = Outcome::Missing;
    QByteArray data; // the raw bytes (text for nearly everything)
    QString detail;  // why it failed, in English, for support (not shown as UI text)
    qint64 elapsedUs = 0;

    bool ok() const { return outcome == Outcome::Ok; }
    // The data as trimmed text, or an empty string when the read did not succeed.
    QString text() const;

    QJsonObject toJson() const;
    static Evidence fromJson(const QJsonObject &o, QString *error);
};

// Bounds on the evidence of one run, applied as it is collected (EvidenceSet::insert), so that a report
// of any run stays within what the report reader accepts (report::MaxFileBytes, 32 MiB): JSON text at
// most doubles a byte (a quote or backslash), base64 adds a third. Real evidence is far smaller: the
// largest item is a big server's /proc/cpuinfo (about 1.2 KB per processor: 4,096 processors are 4.7 MB)
// or a Windows evidence file, well under 1 MiB. The cap of one item is /proc/cpuinfo's read cap.
namespace evidencelimits {
inline constexpr qint64 MaxItemBytes = 8 * 1024 * 1024;
inline constexpr qint64 MaxTotalBytes = 12 * 1024 * 1024;
} // namespace evidencelimits

// All evidence of one run, keyed by Evidence::key. Later evidence for the same key replaces earlier.
// An item over evidencelimits::MaxItemBytes, or one that would take the run over MaxTotalBytes, is kept
// as an Error without data, saying why: the facts and a report of the run then rest on the same evidence.
class NESTREADY_CORE_EXPORT EvidenceSet {
public:
    void insert(Evidence e);
    bool contains(const QString &key) const { return m_items.contains(key); }
    const Evidence *find(const QString &key) const;
    // Text of a successfully read item, or an empty string.
    QString text(const QString &key) const;
    bool ok(const QString &key) const;
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    QList<Evidence> items() const { return m_items.values(); }
    QStringList keys() const { return m_items.keys(); }
    void clear() {
        m_items.clear();
        m_bytes = 0;
    }

private:
    QMap<QString, Evidence> m_items;
    qint64 m_bytes = 0;
};

} // namespace nestready
