// SPDX-License-Identifier: MIT
#include "disclosure.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

namespace nestready::gui {

namespace {

// Qt's own interface for a checkable QToolButton says "check box, checked": a screen reader then reads
// "Details, check box, checked" instead of "Details, button, expanded".
class AccessibleExpander : public QAccessibleWidget {
public:
    explicit AccessibleExpander(Expander *e)
        : QAccessibleWidget(e, QAccessible::Button) {}
    Expander *expander() const { return static_cast<Expander *>(widget()); }
    QString text(QAccessible::Text t) const override {
        QString s = QAccessibleWidget::text(t);
        if (t == QAccessible::Name && s.isEmpty()) s = expander()->text();
        return s;
    }
    QAccessible::State state() const override {
        QAccessible::State s = QAccessibleWidget::state();
        s.expandable = true;
        s.expanded = expander()->isExpanded();
        s.collapsed = !expander()->isExpanded();
        s.checkable = false;
        s.checked = false;
        return s;
    }
    QStringList actionNames() const override {
        return QStringList{pressAction(), toggleAction()} + QAccessibleWidget::actionNames();
    }
    void doAction(const QString &name) override {
        if (name == pressAction() || name == toggleAction())
            expander()->click();
        else
            QAccessibleWidget::doAction(name);
    }
};

class AccessibleLink : public QAccessibleWidget {
public:
    explicit AccessibleLink(LinkLabel *l)
        : QAccessibleWidget(l, QAccessible::Link) {}
    LinkLabel *link() const { return static_cast<LinkLabel *>(widget()); }
    QString text(QAccessible::Text t) const override {
        QString s = QAccessibleWidget::text(t);
        if (t == QAccessible::Name && s.isEmpty())
            s = link()->text();
        else if (t == QAccessible::Value)
            s = link()->url().toString();
        return s;
    }
    QAccessible::State state() const override {
        QAccessible::State s = QAccessibleWidget::state();
        s.linked = true;
        s.traversed = false;
        return s;
    }
    QStringList actionNames() const override {
        return QStringList{pressAction()} + QAccessibleWidget::actionNames();
    }
    void doAction(const QString &name) override {
        if (name == pressAction())
            link()->activate();
        else
            QAccessibleWidget::doAction(name);
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object) {
    if (className == QLatin1String(Expander::staticMetaObject.className()))
        if (auto *e = qobject_cast<Expander *>(object)) return new AccessibleExpander(e);
    if (className == QLatin1String(LinkLabel::staticMetaObject.className()))
        if (auto *l = qobject_cast<LinkLabel *>(object)) return new AccessibleLink(l);
    return nullptr;
}

void installFactory() {
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace

Expander::Expander(const QString &text, QWidget *parent)
    : QToolButton(parent) {
    installFactory();
    setCheckable(true);
    setText(text);
    setArrowType(Qt::RightArrow);
    setToolButtonStyle(text.isEmpty() ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QToolButton::toggled, this, [this](bool on) {
        setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        QAccessible::State changed;
        changed.expanded = true;
        changed.collapsed = true;
        QAccessibleStateChangeEvent event(this, changed);
        QAccessible::updateAccessibility(&event);
    });
}

LinkLabel::LinkLabel(const QString &text, const QUrl &url, QWidget *parent)
    : QLabel(parent) {
    installFactory();
    setTextFormat(Qt::PlainText); // titles are text, never markup
    setWordWrap(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setLink(text, url);
    applyLook();
}

void LinkLabel::setLink(const QString &text, const QUrl &url) {
    m_url = url;
    setText(text);
    setAccessibleName(text);
    setToolTip(url.scheme().startsWith(QLatin1String("http")) ? url.toString() : QString());
}

void LinkLabel::applyLook() {
    QFont f = font();
    f.setUnderline(true);
    setFont(f);
    // The theme's link colour, whatever the background the label sits on (a label on a Base background
    // would otherwise paint in Text), and again after a switch between light and dark.
    setForegroundRole(QPalette::Link);
}

void LinkLabel::activate() {
    Q_EMIT activated(m_url);
    if (m_url.scheme() == QLatin1String("https") || m_url.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(m_url);
}

void LinkLabel::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        activate();
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

// Where the words are: the label may be wider than its text (it takes the layout's width so that a long
// title wraps), and only the words are the link.
QRect LinkLabel::textRect() const {
    const QRect area = contentsRect();
    return fontMetrics().boundingRect(area, int(alignment()) | Qt::TextWordWrap, text()) & area;
}

void LinkLabel::mouseMoveEvent(QMouseEvent *event) {
    setCursor(textRect().contains(event->position().toPoint()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QLabel::mouseMoveEvent(event);
}

void LinkLabel::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && textRect().contains(event->position().toPoint())) {
        activate();
        event->accept();
        return;
    }
    QLabel::mouseReleaseEvent(event);
}

void LinkLabel::paintEvent(QPaintEvent *event) {
    QLabel::paintEvent(event);
    if (!hasFocus()) return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = textRect().adjusted(-2, 0, 2, 0);
    option.backgroundColor = palette().color(QPalette::Window);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

} // namespace nestready::gui
