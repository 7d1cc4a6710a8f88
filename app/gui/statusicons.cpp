// SPDX-License-Identifier: MIT
#include "statusicons.h"

#include <QFile>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>
#include <QWidget>

namespace nestready::gui {

Icon iconFor(Status s) {
    switch (s) {
    case Status::Pass:
        return Icon::Pass;
    case Status::Warn:
        return Icon::Warn;
    case Status::Fail:
        return Icon::Fail;
    case Status::Skipped:
        return Icon::Skipped;
    case Status::Unknown:
        break;
    }
    return Icon::Unknown;
}

namespace {
QString resource(Icon icon) {
    switch (icon) {
    case Icon::Pass:
        return QStringLiteral(":/icons/status-pass.svg");
    case Icon::Warn:
        return QStringLiteral(":/icons/status-warn.svg");
    case Icon::Fail:
        return QStringLiteral(":/icons/status-fail.svg");
    case Icon::Pending:
        return QStringLiteral(":/icons/status-pending.svg");
    case Icon::Skipped:
        return QStringLiteral(":/icons/status-skipped.svg");
    case Icon::Info:
        return QStringLiteral(":/icons/info.svg");
    case Icon::Unknown:
        break;
    }
    return QStringLiteral(":/icons/status-unknown.svg");
}
} // namespace

int iconSize(const QWidget *widget) {
    return qMax(16, widget->fontMetrics().height() * 5 / 4);
}

QPixmap iconPixmap(Icon icon, const QWidget *widget) {
    // The icons are drawn in currentColor; paint them with the palette's text colour.
    const QByteArray colour = widget->palette().color(QPalette::WindowText).name().toLatin1();
    const int size = iconSize(widget);
    const qreal dpr = widget->devicePixelRatioF();
    // Every row of the requirements page shows the same few icons: parsing and rendering the SVG once per
    // icon, colour, size and scale instead of once per row was a tenth of the window's first frame.
    const QString key = QStringLiteral("nestready-icon/%1/%2/%3/%4")
                            .arg(int(icon))
                            .arg(QLatin1String(colour))
                            .arg(size)
                            .arg(dpr);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap)) return pixmap;
    QFile file(resource(icon));
    if (!file.open(QIODevice::ReadOnly)) return {};
    QSvgRenderer renderer(file.readAll().replace("currentColor", colour));
    pixmap = QPixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

} // namespace nestready::gui
