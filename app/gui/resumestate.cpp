// SPDX-License-Identifier: MIT
#include "resumestate.h"

#include "guides/guide.h"

#include <QSettings>

namespace nestready::gui {

namespace {
const QString kGuide = QStringLiteral("resume/guide");
const QString kStep = QStringLiteral("resume/step");
} // namespace

ResumeState ResumeState::load()
{
    QSettings settings;
    ResumeState s;
    s.guide = settings.value(kGuide).toString();
    s.step = settings.value(kStep, 0).toInt();
    // Settings may come from an older version or be edited by hand: only a known guide and step count.
    const guides::Guide *g = guides::find(s.guide);
    if (!g || s.step < 0 || s.step >= g->steps.size())
        return {};
    return s;
}

void ResumeState::save() const
{
    QSettings settings;
    settings.setValue(kGuide, guide);
    settings.setValue(kStep, step);
    settings.sync();
}

void ResumeState::clear()
{
    QSettings settings;
    settings.remove(QStringLiteral("resume"));
    settings.sync();
}

} // namespace nestready::gui
