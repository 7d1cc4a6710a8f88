// SPDX-License-Identifier: MIT
// libFuzzer target for the report reader: any bytes must give a report or a clear error, never a crash,
// a hang or a sanitizer finding. Built in the sanitizer build (preset asan, tests/fuzz/CMakeLists.txt).
#include "report/report.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto report = nestready::parseReport(bytes, &error);
    if (report) {
        // What the reader accepts, the writer must write and the reader read back.
        QString again;
        if (!nestready::parseReport(nestready::reportToJsonBytes(*report), &again))
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap(); // every refusal says why
    }
    return 0;
}
