// SPDX-License-Identifier: MIT
#include "escape.h"

#include <QList>

namespace nestready::escape {

namespace {
// Characters that change what a terminal (or a text view) shows without being shown themselves.
bool invisibleControl(char16_t c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1 (CSI 0x9b, OSC 0x9d, ...)
           || c == 0x061c                       // Arabic letter mark
           || c == 0x200e || c == 0x200f        // left-to-right / right-to-left mark
           || (c >= 0x202a && c <= 0x202e)      // embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069)      // isolates
           || c == 0x2028 || c == 0x2029;       // line and paragraph separators
}

void appendEscaped(QString &out, char16_t c) {
    switch (c) {
    case u'\t':
        out += QLatin1String("\\t");
        return;
    case u'\n':
        out += QLatin1String("\\n");
        return;
    case u'\r':
        out += QLatin1String("\\r");
        return;
    default:
        break;
    }
    if (c < 0x100)
        out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    else
        out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

bool startsWithAt(const QString &text, qsizetype i, QLatin1String what) {
    return QStringView(text).mid(i).startsWith(what, Qt::CaseInsensitive);
}

bool formulaStart(QChar c) {
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

constexpr char16_t kZeroWidthSpace = 0x200b;
} // namespace

QString terminal(const QString &text, bool keepNewlines) {
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (invisibleControl(c) && !(keepNewlines && c == u'\n'))
            appendEscaped(out, c);
        else
            out += qc;
    }
    return out;
}

QString cell(const QString &text, qsizetype width) {
    QString out = terminal(text);
    if (width < 1 || out.size() <= width) return out;
    qsizetype cut = width - 1;
    if (cut > 0 && out.at(cut - 1).isHighSurrogate()) --cut; // never half a character
    return out.left(cut) + QChar(0x2026);
}

namespace {
bool wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || c == 0x2329 || c == 0x232A ||
           (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x2FFFD) || (c >= 0x30000 && c <= 0x3FFFD);
}
} // namespace

qsizetype columns(const QString &text) {
    qsizetype n = 0;
    for (const uint u : text.toUcs4()) {
        const auto c = char32_t(u);
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
            break;
        default:
            n += wide(c) ? 2 : 1;
        }
    }
    return n;
}

QString padColumns(const QString &text, qsizetype width) {
    const qsizetype have = columns(text);
    return have >= width ? text : text + QString(width - have, u' ');
}

QString markdown(const QString &text) {
    static const QString special = QStringLiteral("\\`*_~<>|[]&$");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar qc = text.at(i);
        const char16_t c = qc.unicode();
        if (c == u'\n' || c == u'\r') {
            out += QLatin1Char(' '); // a line end would end the table row
        } else if (invisibleControl(c)) {
            appendEscaped(out, c);
        } else if (special.contains(qc)) {
            out += QLatin1Char('\\');
            out += qc;
        } else if (startsWithAt(text, i, QLatin1String("www."))) {
            out += text.mid(i, 3);
            out += QChar(kZeroWidthSpace);
            i += 2;
        } else if (c == u':' && startsWithAt(text, i + 1, QLatin1String("//"))) {
            out += qc;
            out += QChar(kZeroWidthSpace);
        } else if (c == u'@') {
            out += qc;
            out += QChar(kZeroWidthSpace);
        } else {
            out += qc;
        }
    }
    return out;
}

QString markdownCode(const QString &text) {
    bool plain = !text.isEmpty();
    for (const QChar c : text)
        plain = plain && ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                          c == u'.' || c == u'_' || c == u'-');
    return plain ? u'`' + text + u'`' : markdown(text);
}

QString csvField(const QString &text) {
    bool formula = !text.isEmpty() && formulaStart(text.front());
    for (qsizetype i = 0; !formula && i + 1 < text.size(); ++i)
        formula = (text.at(i) == u',' || text.at(i) == u';') && formulaStart(text.at(i + 1));
    const QString v = formula ? u'\'' + text : text;
    if (!formula && !v.contains(u',') && !v.contains(u'"') && !v.contains(u'\n') && !v.contains(u'\r'))
        return v;
    return u'"' + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

} // namespace nestready::escape
