// SPDX-License-Identifier: MIT
// Opening the window from the executable: refuse what the window cannot do before loading anything
// (options of `check`, no display), then load the window module, check its version, and hand over.
#include "cli.h"
#include "console.h"
#include "i18n.h"
#include "modules.h"
#include "textoutput.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>
#include <functional>
#include <string>

namespace nestready::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Window)
};

using GuiMain = int (*)(int, char **);

// Options only `check` takes. Without a command they are refused with the command to type, never guessed
// at: `nestready --json` opening a window, or silently running `check`, would both surprise a script.
constexpr const char *kCheckOnlyOptions[] = {"json", "report", "redact", "from-report", "force"};

// "--json" and "--report=x" → "--json", "--report"; anything else is not an option of `check`.
QString checkOnlyOption(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0) break;
        if (std::strncmp(a, "--", 2) != 0) continue;
        const char *name = a + 2;
        const size_t length = std::strcspn(name, "=");
        for (const char *option : kCheckOnlyOptions) {
            if (std::strlen(option) == length && std::strncmp(name, option, length) == 0)
                return QStringLiteral("--") + QLatin1String(option);
        }
    }
    return {};
}

// Prints a message in the person's language (--lang or the system's) and returns Usage. Only on this path
// does the executable make a QCoreApplication, for the translations; the window makes its own QApplication.
int refuse(int argc, char **argv, const std::function<QString()> &message) {
    QCoreApplication app(argc, argv);
    i18n::setLanguage(i18n::languageArgument(QCoreApplication::arguments()));
    writeText(stderr, message() + u'\n');
    return Usage;
}

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
// The value of Qt's own -platform / -display argument (Qt also takes --platform), if given.
const char *qtArgument(int argc, char **argv, const char *name) {
    for (int i = 1; i + 1 < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0) break;
        if (a[0] != '-') continue;
        if (std::strcmp(a + (a[1] == '-' ? 2 : 1), name) == 0) return argv[i + 1];
    }
    return nullptr;
}

// Whether QGuiApplication has a display to connect to. Without one it aborts (SIGABRT, a core dump) in
// its constructor, so the executable asks first, the way Qt picks its platform: -platform, else
// QT_QPA_PLATFORM, else Wayland and X11. A platform that needs no display server (offscreen, vnc, eglfs,
// linuxfb, ...) is not ours to judge: if it fails, the window module says so (guimain.cpp).
bool haveDisplay(int argc, char **argv) {
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY") || qtArgument(argc, argv, "display");
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const bool wayland =
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        (!runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/wayland-0")));
    const char *argument = qtArgument(argc, argv, "platform");
    QString platforms = argument ? QString::fromLocal8Bit(argument) : qEnvironmentVariable("QT_QPA_PLATFORM");
    if (platforms.trimmed().isEmpty()) platforms = QStringLiteral("wayland;xcb");
    for (const QString &candidate : platforms.split(u';', Qt::SkipEmptyParts)) {
        const QString name = candidate.section(u':', 0, 0).trimmed(); // "xcb:option=value" → "xcb"
        if (name == QLatin1String("xcb")) {
            if (x11) return true;
        } else if (name.startsWith(QLatin1String("wayland"))) {
            if (wayland) return true;
        } else if (!name.isEmpty()) {
            return true;
        }
    }
    return false;
}
#else
bool haveDisplay(int, char **) {
    return true; // Windows and macOS: a desktop session always has one
}
#endif
} // namespace

int runWindow(int argc, char **argv) {
    const QString checkOption = checkOnlyOption(argc, argv);
    if (!checkOption.isEmpty()) {
        return refuse(argc, argv, [&] {
            //: %1 is an option such as --json. `nestready check` is a command, not translated.
            return Text::tr("nestready: %1 is an option of `nestready check`; the window does not take it.\n"
                            "Run `nestready check %1`, or `nestready --help` for usage.")
                .arg(checkOption);
        });
    }
    if (!haveDisplay(argc, argv)) {
        return refuse(argc, argv, [] {
            return Text::tr(
                "nestready: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
                "are not set, or QT_QPA_PLATFORM names a platform that has none).\n"
                "Run `nestready check` to check this machine on the command line.");
        });
    }

    std::string error;
    void *module = modules::loadChecked(NESTREADY_GUI_MODULE, NESTREADY_VERSION, &error);
    const auto entry =
        module ? reinterpret_cast<GuiMain>(modules::symbol(module, "nestready_gui_main", &error)) : nullptr;
    if (!entry) {
        return refuse(argc, argv, [&] {
            //: %1 is the loader's reason, in the system's words (dlerror / GetLastError).
            return Text::tr(
                       "nestready: cannot load the window module: %1\n"
                       "Reinstall nestready, or run `nestready check` for the checks on the command line.")
                .arg(QString::fromUtf8(error.c_str()));
        });
    }
    console::releaseOwnConsole(); // after the load: a load error must still be readable in that console
    return entry(argc, argv);
}

} // namespace nestready::cli
