// SPDX-License-Identifier: MIT
// The few label kinds the pages share, so that text wraps and can be selected the same everywhere.
// Every label is plain text unless its code opts into rich text with only escaped data in it: machine data
// (host names, firmware strings, report contents) must never be read as markup — "<img src=...>" in a
// host name would otherwise be loaded as an image, and any markup could spoof the page.
#pragma once

#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nestready::gui {

// Wrapping text the reader can select and copy (findings, steps, explanations).
inline QLabel *wrappingLabel(const QString &text = {}, QWidget *parent = nullptr) {
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// A bold heading, optionally larger than the body text (scale 1.1 for a section of a page).
inline QLabel *headingLabel(const QString &text, qreal scale = 1.0) {
    auto *l = new QLabel(text);
    l->setTextFormat(Qt::PlainText);
    QFont f = l->font();
    f.setBold(true);
    if (scale != 1.0) f.setPointSizeF(f.pointSizeF() * scale);
    l->setFont(f);
    return l;
}

// A message box whose text is shown as plain text: its messages quote paths and report contents.
inline int showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                       QMessageBox::StandardButton defaultButton = QMessageBox::NoButton) {
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton) box.setDefaultButton(defaultButton);
    return box.exec();
}

// The layout for a page's content inside a scroll area, so the page fits a small screen (an 800×600 VDI
// console) and scrolls instead of pushing Back/Next/Cancel off it.
inline QVBoxLayout *scrollingLayout(QWidget *page) {
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
    return layout;
}

} // namespace nestready::gui
