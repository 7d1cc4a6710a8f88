// SPDX-License-Identifier: MIT
// libFuzzer target for the report readers: any bytes must give a report or a clear error, never a crash,
// a hang or a sanitizer finding; and the fleet's quick readers (report/reportdigest.h) must answer as the
// strict reader does. Built in the sanitizer build (preset asan, tests/fuzz/CMakeLists.txt).
#include "report/report.h"
#include "report/reportdigest.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace {
bool sameDigest(const nestready::ReportDigest &a, const nestready::ReportDigest &b) {
    if (a.failing.size() != b.failing.size()) return false;
    for (qsizetype i = 0; i < a.failing.size(); ++i)
        if (a.failing.at(i).id != b.failing.at(i).id || a.failing.at(i).title != b.failing.at(i).title)
            return false;
    return a.schema == b.schema && a.appVersion == b.appVersion && a.createdUtc == b.createdUtc &&
           a.osFamily == b.osFamily && a.verdict == b.verdict && a.sourceKind == b.sourceKind &&
           a.hostname == b.hostname && a.redacted == b.redacted && a.hypervisor == b.hypervisor &&
           a.cloud == b.cloud && a.cloudProvider == b.cloudProvider && a.instanceType == b.instanceType &&
           a.osName == b.osName && a.guide == b.guide && a.evidenceItems == b.evidenceItems;
}

bool sameEvidence(const nestready::Report &a, const nestready::Report &b) {
    if (a.evidence.size() != b.evidence.size() || a.host.hostname != b.host.hostname ||
        a.host.user != b.host.user || a.sourceLocation != b.sourceLocation ||
        a.guideChosenBy != b.guideChosenBy)
        return false;
    for (qsizetype i = 0; i < a.evidence.size(); ++i) {
        const nestready::Evidence &x = a.evidence.at(i), &y = b.evidence.at(i);
        if (x.key != y.key || x.source != y.source || x.outcome != y.outcome || x.data != y.data ||
            x.detail != y.detail || x.elapsedUs != y.elapsedUs)
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto report = nestready::parseReport(bytes, &error);
    if (report) {
        // What the reader accepts, the writer must write and the reader read back.
        QString again;
        if (!nestready::parseReport(nestready::reportToJsonBytes(*report), &again)) __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap(); // every refusal says why
    }

    // The quick readers: the same answer as the strict one. The digest alone may take a report whose
    // evidence items the strict reader refuses (it does not look inside them).
    QString digestError, evidenceError;
    const auto digest = nestready::parseReportDigest(bytes, &digestError);
    const auto evidence = nestready::parseReportEvidence(bytes, &evidenceError);
    if (bool(evidence) != bool(report)) __builtin_trap();
    if (report) {
        if (!digest || !sameDigest(*digest, nestready::digestOf(*report)) ||
            !sameEvidence(*evidence, *report))
            __builtin_trap();
    } else {
        if (evidenceError != error) __builtin_trap();
        if (digest ? !error.startsWith(QLatin1String("Bad evidence in the report")) : digestError != error)
            __builtin_trap();
    }
    return 0;
}
