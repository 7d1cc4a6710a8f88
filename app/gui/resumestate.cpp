// SPDX-License-Identifier: MIT
#include "resumestate.h"

#include "guides/guide.h"

#include <QSettings>
#include <QSysInfo>

namespace nestready::gui {

namespace {
const QString kGuide = QStringLiteral("resume/guide");
const QString kStep = QStringLiteral("resume/step");
const QString kMachine = QStringLiteral("resume/machine");

QString machineKey() {
    const QByteArray id = QSysInfo::machineUniqueId();
    return id.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(id);
}
} // namespace

ResumeState ResumeState::load() {
    QSettings settings;
    ResumeState s;
    s.guide = settings.value(kGuide).toString();
    s.step = settings.value(kStep, 0).toInt();
    if (settings.value(kMachine).toString() != machineKey()) return {};
    // Settings may come from an older version or be edited by hand: only a known guide and step count.
    const guides::Guide *g = guides::find(s.guide);
    if (!g || s.step < 0 || s.step >= g->steps.size()) return {};
    return s;
}

void ResumeState::save() const {
    QSettings settings;
    settings.setValue(kGuide, guide);
    settings.setValue(kStep, step);
    settings.setValue(kMachine, machineKey());
    settings.sync();
}

void ResumeState::clear() {
    QSettings settings;
    settings.remove(QStringLiteral("resume"));
    settings.sync();
}

} // namespace nestready::gui
