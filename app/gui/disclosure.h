// SPDX-License-Identifier: MIT
// Two small controls a screen reader must read right (issue 13): a disclosure button that says whether
// what it opens is open, and a link that is a link — one Tab stop and role Link — not an <a> inside a
// label (which AT-SPI shows as text, and which Tab enters only through the label's own focus).
#pragma once

#include <QLabel>
#include <QToolButton>
#include <QUrl>

namespace nestready::gui {

// A button that shows or hides a part of the page: an arrow, optionally words beside it. Its
// accessibility interface is a button with the state expandable and expanded or collapsed (not a check
// box that is "checked"), and a change of that state is announced.
class Expander : public QToolButton {
    Q_OBJECT
public:
    explicit Expander(const QString &text = {}, QWidget *parent = nullptr);
    bool isExpanded() const { return isChecked(); }
};

// A link on its own line: underlined text in the link colour that opens `url` on a click, Enter or
// Space. A "guide:" or other internal URL is only signalled (activated()); http(s) URLs are also
// opened in the browser.
class LinkLabel : public QLabel {
    Q_OBJECT
public:
    LinkLabel(const QString &text, const QUrl &url, QWidget *parent = nullptr);
    QUrl url() const { return m_url; }
    void setLink(const QString &text, const QUrl &url);
    // Follows the link as a click does.
    void activate();

Q_SIGNALS:
    void activated(const QUrl &url);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyLook();
    QRect textRect() const;
    QUrl m_url;
};

} // namespace nestready::gui
