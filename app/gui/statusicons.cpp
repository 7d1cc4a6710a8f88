// SPDX-License-Identifier: MIT
#include "statusicons.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>
#include <QWidget>

namespace nestready::gui {

Icon iconFor(Status s)
{
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
QString resource(Icon icon)
{
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

int iconSize(const QWidget *widget)
{
    return qMax(16, widget->fontMetrics().height() * 5 / 4);
}

QPixmap iconPixmap(Icon icon, const QWidget *widget)
{
    QFile file(resource(icon));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The icons are drawn in currentColor; paint them with the palette's text colour.
    const QByteArray colour = widget->palette().color(QPalette::WindowText).name().toLatin1();
    QSvgRenderer renderer(file.readAll().replace("currentColor", colour));
    const int size = iconSize(widget);
    const qreal dpr = widget->devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pixmap;
}

} // namespace nestready::gui
