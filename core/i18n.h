// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineOption;

// Which language the person reads. The translations are compiled into the binary (":/i18n/"), so the
// command line (QtCore only) and the window module load the very same files. Qt's own strings
// (QWizard's buttons, QCommandLineParser's errors) come from qtbase_<lang>.qm where Qt keeps them.
namespace nestready::i18n {

struct Language {
    QString code;       // "de", "zh_CN", "en", "pseudo": the suffix of nestready_<code>.qm
    QString nativeName; // "Deutsch", "日本語": what the language picker shows, never translated
};

// English first, then every language compiled in, in the order of their codes. The
// pseudo-translation is not listed (it is a developer's tool): only `--lang pseudo` reaches it.
NESTREADY_CORE_EXPORT QList<Language> availableLanguages();

// Maps a locale name ("de_DE.UTF-8", "de-AT", "zh-Hans-CN", "ja") to a compiled-in language code,
// or an empty string when there is none (then English applies). Traditional Chinese is not mapped
// to Simplified Chinese: English is the better fallback for a reader of zh_TW.
NESTREADY_CORE_EXPORT QString resolve(const QString &localeName);

// The language the system locale asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix), "en" if
// none of its UI languages is compiled in.
NESTREADY_CORE_EXPORT QString systemLanguage();

// The value of `--lang CODE` or `--lang=CODE` in args (up to a `--`), or an empty string.
NESTREADY_CORE_EXPORT QString languageArgument(const QStringList &args);
// The `--lang` option, for a QCommandLineParser's --help; create it after setLanguage().
NESTREADY_CORE_EXPORT QCommandLineOption languageOption();

// Installs the translators for code ("de", "de_DE.UTF-8", "pseudo"; empty = system language) on the
// running QCoreApplication, replacing the ones installed before. Qt then sends every widget a
// QEvent::LanguageChange, so a page that retranslates in changeEvent() follows a switch at run
// time (the Welcome page's language picker calls this). Returns false, and installs English, when
// the code names no compiled-in language. Needs a QCoreApplication (returns false without one).
NESTREADY_CORE_EXPORT bool setLanguage(const QString &code);

// The code installed by the last setLanguage(), "en" before any.
NESTREADY_CORE_EXPORT QString currentLanguage();

// One message in code's language (empty: the system's), without an application: for the few words needed
// before QCoreApplication exists (the window module's "no platform plugin" message). The source text when
// the language has no translation of it.
NESTREADY_CORE_EXPORT QString translateWithoutApplication(const QString &code, const char *context,
                                                          const char *source);

} // namespace nestready::i18n
