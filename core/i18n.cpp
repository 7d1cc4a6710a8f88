// SPDX-License-Identifier: MIT
#include "i18n.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace nestready::i18n {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Language)
};

// Every language nestready can be translated into, in the order the picker lists them. A language
// counts as available only when its .qm was compiled in, so a build without a language (or without
// the pseudo-translation, see NESTREADY_PSEUDO_L10N) simply does not offer it. Native names are the
// languages' own names for themselves (CLDR), which is what a reader looks for in a picker.
struct KnownLanguage {
    const char *code;
    const char *nativeName;
};
constexpr KnownLanguage knownLanguages[] = {
    {"en", "English"},  {"de", "Deutsch"}, {"es", "Español"},
    {"fr", "Français"}, {"ja", "日本語"},  {"zh_CN", "简体中文"},
};

const QString english = QStringLiteral("en");
const QString pseudo = QStringLiteral("pseudo");

QString qmPath(const QString &code) {
    return QStringLiteral(":/i18n/nestready_%1.qm").arg(code);
}

bool compiledIn(const QString &code) {
    return code == english || QFile::exists(qmPath(code));
}

QString current = english;
QPointer<QTranslator> ownTranslator;
QPointer<QTranslator> qtTranslator;

void removeTranslators() {
    for (QPointer<QTranslator> *t : {&ownTranslator, &qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}

// Qt's own catalogue: where the Qt installation keeps it (Debian: qt6-translations-l10n), else a
// translations folder beside the executable, where windeployqt puts its combined qt_<lang>.qm, or
// in the macOS bundle's Resources (packaging/macos/macos.cmake installs qtbase_<lang>.qm there).
std::unique_ptr<QTranslator> loadQtTranslations(const QString &code) {
    auto translator = std::make_unique<QTranslator>();
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &dir :
         {QLibraryInfo::path(QLibraryInfo::TranslationsPath), appDir + QStringLiteral("/translations"),
          appDir + QStringLiteral("/../Resources/translations")}) {
        for (const QString &prefix : {QStringLiteral("qtbase_"), QStringLiteral("qt_")}) {
            if (translator->load(prefix + code, dir)) return translator;
        }
    }
    return nullptr;
}
} // namespace

QList<Language> availableLanguages() {
    QList<Language> languages;
    for (const KnownLanguage &l : knownLanguages) {
        const QString code = QString::fromLatin1(l.code);
        if (code != pseudo && compiledIn(code)) languages.append({code, QString::fromUtf8(l.nativeName)});
    }
    return languages;
}

QString resolve(const QString &localeName) {
    QString name = localeName.trimmed();
    name = name.left(name.indexOf(u'.')).left(name.indexOf(u'@')); // drop ".UTF-8" and "@euro"
    if (name.isEmpty()) return {};
    if (name == pseudo) return compiledIn(pseudo) ? pseudo : QString();
    if (name == QLatin1String("C") || name == QLatin1String("POSIX")) return english;

    const QLocale locale(name);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage) return {};
    if (locale.language() == QLocale::Chinese) {
        // QLocale("zh") and QLocale("zh_SG") are Simplified; zh_TW, zh_HK, zh_MO and zh-Hant are not.
        return locale.script() == QLocale::SimplifiedChineseScript && compiledIn(QStringLiteral("zh_CN"))
                   ? QStringLiteral("zh_CN")
                   : QString();
    }
    const QString code = QLocale::languageToCode(locale.language());
    return compiledIn(code) ? code : QString();
}

QString systemLanguage() {
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = resolve(ui);
        if (!code.isEmpty()) return code;
    }
    return english;
}

QString languageArgument(const QStringList &args) {
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--")) break;
        if (a == option && i + 1 < args.size()) return args.at(i + 1);
        if (a.startsWith(option + u'=')) return a.mid(option.size() + 1);
    }
    return {};
}

QCommandLineOption languageOption() {
    //: Help text of the --lang option; <code> is the value the person types.
    return {QStringLiteral("lang"),
            Text::tr("Show the text in language <code> (en, de, es, fr, ja, zh_CN) instead of the "
                     "system's language."),
            //: Placeholder name of the --lang option's value, as in "--lang <code>".
            Text::tr("code")};
}

bool setLanguage(const QString &code) {
    if (!QCoreApplication::instance()) return false; // translators live in the application; there is none yet
    const QString resolved = code.isEmpty() ? systemLanguage() : resolve(code);
    const QString language = resolved.isEmpty() ? english : resolved;
    removeTranslators();

    // English needs its own catalogue too: it holds the singular and plural forms of "%n ...(s)".
    auto own = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (own->load(qmPath(language))) {
        QCoreApplication::installTranslator(own.get());
        ownTranslator = own.release();
    }
    if (language != english && language != pseudo) {
        if (auto qt = loadQtTranslations(language)) {
            qt->setParent(QCoreApplication::instance());
            QCoreApplication::installTranslator(qt.get());
            qtTranslator = qt.release();
        }
    }
    // Numbers and sizes follow a language the person chose ("23,5 GB" with --lang de), but a system
    // locale that already speaks it keeps its own conventions (de_CH stays de_CH), and so does a
    // system language that falls back to English (it_IT keeps "23,5").
    const QLocale system = QLocale::system();
    const bool keepSystem = code.isEmpty() || language == pseudo || resolve(system.name()) == language;
    QLocale::setDefault(keepSystem ? system : QLocale(language));
    current = language;
    return !resolved.isEmpty();
}

QString currentLanguage() {
    return current;
}

QString translateWithoutApplication(const QString &code, const char *context, const char *source) {
    const QString resolved = code.isEmpty() ? systemLanguage() : resolve(code);
    QTranslator translator;
    QString text;
    if (!resolved.isEmpty() && translator.load(qmPath(resolved)))
        text = translator.translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace nestready::i18n
