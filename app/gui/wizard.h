// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

#include <QWizard>

#include <functional>
#include <optional>
#include <utility>

namespace nestready::gui {

// The setup wizard: Welcome → Your machine → Requirements → Guide → Summary. It shows one Session; the
// session's probes run on the event loop, so no page ever waits on a probe.
class Wizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomeId, MachineId, RequirementsId, GuideId, SummaryId };
    Q_ENUM(PageId)

    // `remembersSteps`: whether guide steps are remembered and a remembered one offered (resume after a
    // reboot); by default only for the live machine, never for a report or a recorded machine.
    explicit Wizard(Session *session, QWidget *parent = nullptr,
                    std::optional<bool> remembersSteps = std::nullopt);

    bool remembersSteps() const { return m_remembersSteps; }
    // The session shows the machine nestready runs on (not a report or a recording): "Check again" applies.
    bool isLive() const;
    // Support mode: a saved report is on screen (no "Check again", no resume).
    bool showsReport() const;
    // Shown where "Check again" would be when a recorded machine is on screen: why there is none. Empty for
    // the live machine (it has the button) and for a report (its banner says what it is).
    QString recordedNote() const;
    // Words that name the machine shown, as whole sentences for the translators: "this machine" only for
    // the live one; a saved report's machine and a recorded one each have their own.
    QString pick(const QString &live, const QString &report, const QString &recorded) const {
        return isLive() ? live : showsReport() ? report : recorded;
    }
    // "Checking this machine…" while the run is under way, in the words for the machine shown.
    QString checkingText() const;

    Session *session() const { return m_session; }

    // The page for a `--page` name ("welcome", "machine", "requirements", "guide", "summary").
    static std::optional<PageId> pageFromName(const QString &name);
    // Opens at a page name or a guide id (`nestready --page vmware-esxi`). False for an unknown name.
    bool openAt(const QString &pageOrGuide);

    // The platform the person picked on "Your machine" (a guide id), where the evidence could not tell.
    QString platformPick() const { return m_platformPick; }
    void setPlatformPick(const QString &guideId);
    // The guide shown: one the person chose on the Guide page (or --page), else the one the results call for.
    QString guideId() const;
    void setGuideOverride(const QString &guideId);
    // The guide step to open at when resuming after a reboot (-1: none).
    int resumeStep() const { return m_resumeStep; }
    void setResume(const QString &guideId, int step);
    // The guide step a Fix button asked for (-1: none); taken once by the Guide page.
    void setFixStep(int step) { m_fixStep = step; }
    int takeFixStep() { return std::exchange(m_fixStep, -1); }

    // The Summary page shows "Export report…" only once a handler is set (the report feature sets it).
    void setExportHandler(std::function<void()> handler);
    bool hasExportHandler() const { return bool(m_exportHandler); }
    void requestExport();

    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    void guideChanged();
    void exportRequested();
    // A UI language code ("en", "de", ...) picked on the Welcome page; the translations loader acts on it.
    void languageChosen(const QString &code);

private:
    Session *m_session;
    QString m_platformPick;
    QString m_guideOverride;
    QString m_lastGuide;
    int m_resumeStep = -1;
    int m_fixStep = -1;
    bool m_remembersSteps = false;
    int m_deepLink = -1;

protected:
    void showEvent(QShowEvent *event) override;
    std::function<void()> m_exportHandler;
};

} // namespace nestready::gui
