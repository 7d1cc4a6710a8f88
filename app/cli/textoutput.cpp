// SPDX-License-Identifier: MIT
#include "textoutput.h"

#include "console.h"
#include "report/escape.h"

#include <QCoreApplication>

namespace nestready::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CheckText)
};
} // namespace

void writeError(const QString &message) {
    writeText(stderr, QStringLiteral("nestready: %1\n").arg(escape::terminal(message)));
}

void writeText(FILE *stream, const QString &text) {
    const QByteArray bytes = text.toUtf8();
    console::write(stream, bytes.constData(), size_t(bytes.size()));
}

QString checkText(const Session &session) {
    qsizetype idWidth = 0;
    for (const CheckResult &r : session.results())
        idWidth = std::max(idWidth, r.id.size());
    QString out;
    for (const CheckResult &r : session.results()) {
        const QString status = r.pending ? QStringLiteral("unknown") : word(r.finding.status);
        const QString summary = r.pending ? Text::tr("No answer.") : r.finding.summary.toString();
        // Summaries carry machine data (names, firmware strings): never a raw escape sequence to the
        // terminal.
        out += status.leftJustified(8) + escape::terminal(r.id).leftJustified(idWidth + 2) +
               escape::terminal(summary) + u'\n';
    }
    out += QStringLiteral("verdict %1: %2\n")
               .arg(word(verdictOf(session.results())), verdictSentence(session.results()).toString());
    return out;
}

} // namespace nestready::cli
