// SPDX-License-Identifier: MIT
#include "guide.h"

namespace nestready::guides {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Guides)
};
} // namespace

QString supportName(Support s) {
    switch (s) {
    case Support::Supported:
        return QStringLiteral("supported");
    case Support::Unsupported:
        return QStringLiteral("unsupported");
    case Support::NotPossible:
        break;
    }
    return QStringLiteral("not-possible");
}

QString supportDisplayName(Support s) {
    switch (s) {
    case Support::Supported:
        //: Banner of a guide: the product vendor supports this platform
        return Text::tr("Supported by the vendor");
    case Support::Unsupported:
        //: Banner of a guide: it can work, but the product vendor does not support it
        return Text::tr("Works, but not supported by the vendor");
    case Support::NotPossible:
        break;
    }
    //: Banner of a guide: iEchor Desktop cannot run on this platform
    return Text::tr("Not possible here");
}

const QList<Guide> &catalogue() {
    static const QList<Guide> all = [] {
        QList<Guide> list = vmwareGuides();
        list += cloudGuides();
        list += hostGuides();
        list += localGuides();
        return list;
    }();
    return all;
}

const Guide *find(const QString &id) {
    for (const Guide &g : catalogue())
        if (id == QLatin1String(g.id)) return &g;
    return nullptr;
}

QStringList ids() {
    QStringList out;
    for (const Guide &g : catalogue())
        out.append(QString::fromLatin1(g.id));
    return out;
}

} // namespace nestready::guides
