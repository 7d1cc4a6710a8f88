// SPDX-License-Identifier: MIT
#include "parsers.h"

#include <QStringView>

namespace nestready::parse {

namespace {
QSet<QString> words(QStringView s) {
    const QList<QStringView> parts = s.split(u' ', Qt::SkipEmptyParts);
    QSet<QString> out;
    out.reserve(parts.size()); // a flags line has a hundred words or more: no rehashing on the way
    for (QStringView w : parts)
        out.insert(w.trimmed().toString());
    return out;
}
} // namespace

CpuInfo cpuinfo(const QString &text) {
    CpuInfo info;
    bool firstDone = false;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0) {
            if (line.trimmed().isEmpty() && info.logicalCpus > 0)
                firstDone = true; // a blank line ends a processor block
            continue;
        }
        const QStringView key = line.left(colon).trimmed();
        const QStringView value = line.mid(colon + 1).trimmed();
        if (key == u"processor") {
            ++info.logicalCpus;
        } else if (firstDone) {
            continue; // flags and names of the first processor stand for all
        } else if (key == u"vendor_id") {
            info.vendorId = value.toString();
        } else if (key == u"model name") {
            info.modelName = value.toString();
        } else if (key == u"flags" || key == u"Features") {
            info.flags = words(value);
        } else if (key == u"vmx flags") {
            info.vmxFlags = words(value);
        } else if (key == u"CPU architecture") {
            info.cpuArchitecture = value.toString();
        }
    }
    return info;
}

std::optional<qint64> memTotalBytes(const QString &meminfo) {
    for (QStringView line : QStringView(meminfo).split(u'\n')) {
        if (!line.startsWith(u"MemTotal:")) continue;
        const auto parts = line.mid(9).trimmed().split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty()) return std::nullopt;
        bool ok = false;
        const qint64 value = parts.first().toLongLong(&ok);
        if (!ok || value < 0) return std::nullopt;
        qint64 unit = 1;
        if (parts.size() > 1) {
            const QStringView u = parts.at(1);
            if (u.compare(u"kB", Qt::CaseInsensitive) == 0)
                unit = 1024;
            else if (u.compare(u"MB", Qt::CaseInsensitive) == 0)
                unit = 1024 * 1024;
            else
                return std::nullopt;
        }
        if (value > std::numeric_limits<qint64>::max() / unit) return std::nullopt;
        return value * unit;
    }
    return std::nullopt;
}

QMap<QString, QString> osRelease(const QString &text) {
    QMap<QString, QString> out;
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) continue;
        const QString key = line.left(eq).trimmed().toString();
        QStringView raw = line.mid(eq + 1).trimmed();
        QString value;
        if (raw.size() >= 2 && (raw.front() == u'"' || raw.front() == u'\'') && raw.back() == raw.front()) {
            const QChar quote = raw.front();
            raw = raw.mid(1, raw.size() - 2);
            for (qsizetype i = 0; i < raw.size(); ++i) {
                if (quote == u'"' && raw[i] == u'\\' && i + 1 < raw.size()) ++i;
                value.append(raw[i]);
            }
        } else {
            value = raw.toString();
        }
        out.insert(key, value);
    }
    return out;
}

QMap<QString, QString> keyValues(const QString &text, QChar separator) {
    QMap<QString, QString> out;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const qsizetype eq = line.indexOf(separator);
        if (eq <= 0) continue;
        out.insert(line.left(eq).trimmed().toString(), line.mid(eq + 1).trimmed().toString());
    }
    return out;
}

std::optional<qint64> integer(const QString &text) {
    const QString t = text.trimmed();
    bool ok = false;
    const qint64 v = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? t.mid(2).toLongLong(&ok, 16)
                                                                            : t.toLongLong(&ok, 10);
    if (!ok) return std::nullopt;
    return v;
}

} // namespace nestready::parse
