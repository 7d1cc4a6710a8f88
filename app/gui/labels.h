// SPDX-License-Identifier: MIT
// The few label kinds the pages share, so that text wraps and can be selected the same everywhere.
#pragma once

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nestready::gui {

// Wrapping text the reader can select and copy (findings, steps, explanations).
inline QLabel *wrappingLabel(const QString &text = {}, QWidget *parent = nullptr)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// A bold heading, optionally larger than the body text (scale 1.1 for a section of a page).
inline QLabel *headingLabel(const QString &text, qreal scale = 1.0)
{
    auto *l = new QLabel(text);
    QFont f = l->font();
    f.setBold(true);
    if (scale != 1.0)
        f.setPointSizeF(f.pointSizeF() * scale);
    l->setFont(f);
    return l;
}

// The layout for a page's content inside a scroll area, so the page fits a small screen (an 800×600 VDI
// console) and scrolls instead of pushing Back/Next/Cancel off it.
inline QVBoxLayout *scrollingLayout(QWidget *page)
{
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
