// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace nestready::gui {

// Where the person was in a guide on this machine (the settings also hold which machine: a copied profile
// or a roaming one must not offer another machine's step), kept in QSettings: host changes usually need the
// VM powered off, so nestready may be closed mid-guide and should offer to pick up at that step when it
// starts again.
struct ResumeState {
    QString guide; // guide id; empty: nothing to resume
    int step = 0;  // 0-based index of the step to continue at

    bool isValid() const { return !guide.isEmpty(); }
    static ResumeState load();
    void save() const;
    static void clear();
};

} // namespace nestready::gui
