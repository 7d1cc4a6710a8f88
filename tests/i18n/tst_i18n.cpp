// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "i18n.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QTest>

using namespace nestready;

class TestI18n : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { i18n::setLanguage(QStringLiteral("en")); }

    void everyLanguageIsCompiledIn() {
        QStringList codes;
        for (const i18n::Language &l : i18n::availableLanguages())
            codes << l.code;
        for (const char *code : {"en", "de", "es", "fr", "ja", "zh_CN"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        QCOMPARE(codes.constFirst(), QStringLiteral("en"));
        for (const QString &code : codes) {
            if (code != QLatin1String("en"))
                QVERIFY(QFile::exists(QStringLiteral(":/i18n/nestready_%1.qm").arg(code)));
        }
    }

    void resolvesLocaleNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("POSIX with encoding") << "de_DE.UTF-8"
                                             << "de";
        QTest::newRow("modifier") << "fr_FR@euro"
                                  << "fr";
        QTest::newRow("BCP 47") << "es-419"
                                << "es";
        QTest::newRow("bare") << "ja"
                              << "ja";
        QTest::newRow("code itself") << "zh_CN"
                                     << "zh_CN";
        QTest::newRow("Simplified script") << "zh-Hans-SG"
                                           << "zh_CN";
        QTest::newRow("bare Chinese") << "zh"
                                      << "zh_CN";
        QTest::newRow("Traditional is not Simplified") << "zh_TW"
                                                       << "";
        QTest::newRow("Hong Kong") << "zh-HK"
                                   << "";
        QTest::newRow("English") << "en_GB.UTF-8"
                                 << "en";
        QTest::newRow("C") << "C.UTF-8"
                           << "en";
        QTest::newRow("not translated") << "it_IT.UTF-8"
                                        << "";
        QTest::newRow("garbage") << "!!"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void resolvesLocaleNames() {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(i18n::resolve(name), code);
    }

    void readsTheLangOption() {
        const auto args = [](std::initializer_list<const char *> list) {
            QStringList l{QStringLiteral("nestready")};
            for (const char *a : list)
                l << QString::fromLatin1(a);
            return l;
        };
        QCOMPARE(i18n::languageArgument(args({"check", "--lang", "ja"})), QStringLiteral("ja"));
        QCOMPARE(i18n::languageArgument(args({"--lang=de", "check"})), QStringLiteral("de"));
        QCOMPARE(i18n::languageArgument(args({"check", "--", "--lang", "ja"})), QString());
        QCOMPARE(i18n::languageArgument(args({"check", "--lang"})), QString());
        QCOMPARE(i18n::languageOption().names(), QStringList{QStringLiteral("lang")});
    }

    void translatesOurStrings() {
        QVERIFY(i18n::setLanguage(QStringLiteral("de")));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("Checks", "Memory"), QStringLiteral("Arbeitsspeicher"));
        // Under LC_ALL=C.UTF-8 a chosen German also formats numbers the German way.
        QCOMPARE(QLocale().toString(23.5), QStringLiteral("23,5"));
        QVERIFY(i18n::setLanguage(QStringLiteral("ja_JP.UTF-8")));
        QCOMPARE(QCoreApplication::translate("Checks", "Memory"), QStringLiteral("メモリ"));
        // Switching back removes the previous catalogue rather than stacking a second one.
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Checks", "Memory"), QStringLiteral("Memory"));
        QCOMPARE(QLocale().toString(23.5), QStringLiteral("23.5"));
    }

    void englishHasItsPluralForms() {
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Checks", "%n logical processor(s).", nullptr, 1),
                 QStringLiteral("1 logical processor."));
        QCOMPARE(QCoreApplication::translate("Checks", "%n logical processor(s).", nullptr, 4),
                 QStringLiteral("4 logical processors."));
    }

    void unknownLanguageFallsBackToEnglish() {
        i18n::setLanguage(QStringLiteral("de"));
        QVERIFY(!i18n::setLanguage(QStringLiteral("tlh")));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Checks", "Memory"), QStringLiteral("Memory"));
    }

    void systemLanguageIsEnglishUnderC() {
        // ctest runs every test with LC_ALL=C.UTF-8 (tests/CMakeLists.txt).
        QCOMPARE(i18n::systemLanguage(), QStringLiteral("en"));
        QVERIFY(i18n::setLanguage(QString()));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
    }

    void pseudoTranslationLengthens() {
        if (i18n::resolve(QStringLiteral("pseudo")).isEmpty()) QSKIP("built with NESTREADY_PSEUDO_L10N=OFF");
        QVERIFY(i18n::setLanguage(QStringLiteral("pseudo")));
        const QString text = QCoreApplication::translate("Checks", "Memory");
        QVERIFY2(text.startsWith(u'[') && text.endsWith(u']') && text.size() > 8, qPrintable(text));
        const QString plural = QCoreApplication::translate("Checks", "%n logical processor(s).", nullptr, 3);
        QVERIFY2(plural.contains(QLatin1String("3 ")), qPrintable(plural));
    }

    void switchingTellsTheWidgets() {
        // Widgets retranslate on QEvent::LanguageChange; QApplication forwards what qApp receives.
        struct Counter : QObject {
            int changes = 0;
            bool eventFilter(QObject *, QEvent *e) override {
                changes += e->type() == QEvent::LanguageChange;
                return false;
            }
        } counter;
        qApp->installEventFilter(&counter);
        i18n::setLanguage(QStringLiteral("fr"));
        QVERIFY(counter.changes > 0);
        qApp->removeEventFilter(&counter);
    }

    void langBeforeTheCommandIsStillTheCommandLine() {
        const auto isCli = [](std::initializer_list<const char *> list) {
            std::vector<char *> argv{const_cast<char *>("nestready")};
            for (const char *a : list)
                argv.push_back(const_cast<char *>(a));
            return cli::isCommandLine(int(argv.size()), argv.data());
        };
        QVERIFY(isCli({"--lang", "de", "check"}));
        QVERIFY(isCli({"--lang=ja", "check"}));
        QVERIFY(isCli({"check", "--lang", "de"}));
        QVERIFY(isCli({"--lang", "de", "--version"}));
        QVERIFY(!isCli({"--lang", "de"}));
        QVERIFY(!isCli({"--lang=de", "--no-network"}));
    }

    void theProgramSpeaksTheChosenLanguage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("localeVariable");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const QString missing = QStringLiteral("/nonexistent/sysroot");
        QTest::newRow("--lang after check") << QStringList{"check", "--lang", "ja", "--sysroot", missing}
                                            << "C.UTF-8" << 2 << "はフォルダーではありません";
        QTest::newRow("--lang= before check")
            << QStringList{"--lang=de", "check", "--help"} << "C.UTF-8" << 0 << "Prüft, ob iEchor Desktop";
        QTest::newRow("system locale")
            << QStringList{"check", "--sysroot", missing} << "fr_FR.UTF-8" << 2 << "n’est pas un dossier";
        QTest::newRow("--lang beats the locale") << QStringList{"check", "--lang", "en", "--sysroot", missing}
                                                 << "zh_CN.UTF-8" << 2 << "is not a folder";
        QTest::newRow("Qt's own strings") << QStringList{"check", "--lang", "es", "--bogus"} << "C.UTF-8" << 2
                                          << "Opción desconocida «bogus»";
    }
    void theProgramSpeaksTheChosenLanguage() {
        QFETCH(QStringList, args);
        QFETCH(QString, localeVariable);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        if (QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("Qt's own strings") &&
            !QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                           QStringLiteral("/qtbase_es.qm")))
            QSKIP("qtbase_es.qm is not installed (Debian: qt6-translations-l10n)");
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), localeVariable);
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(NESTREADY_BINARY), args);
        QVERIFY(process.waitForFinished(30000));
        const QString out =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY2(out.contains(expected), qPrintable(out));
    }

    void qtsOwnStringsFollow() {
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(dir + QStringLiteral("/qtbase_de.qm")))
            QSKIP("qtbase_de.qm is not installed (Debian: qt6-translations-l10n)");
        QVERIFY(i18n::setLanguage(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), QStringLiteral("&Weiter >"));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
