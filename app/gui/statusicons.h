// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"

#include <QPixmap>

class QWidget;

namespace nestready::gui {

// The pictures next to a status word. Never the only signal: a word always goes with them.
enum class Icon { Pass, Warn, Fail, Unknown, Pending, Skipped, Info };
Icon iconFor(Status s);

// Renders an SVG icon for `widget`: sized from its font (text scales with the system font, icons with
// it), drawn in its palette's text colour (light and dark themes) at its screen's device pixel ratio
// (sharp at 200 %).
QPixmap iconPixmap(Icon icon, const QWidget *widget);
int iconSize(const QWidget *widget);

} // namespace nestready::gui
