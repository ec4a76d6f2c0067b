// The translations: every .ts file is up to date with the sources and complete (plural forms,
// placeholders and mnemonics kept), German loads into the console, and Qt's own strings follow.
#include "support/consolefixture.h"
#include "translations/translationcatalog.h"

#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString translationsDir = QStringLiteral(NEXTDESK_TRANSLATIONS_SOURCE_DIR);

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty when done
    QStringList forms; // one, or the plural forms
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = {
                context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms.append(xml.readElementText());
        } else if (name == u"numerusform") {
            current.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?![&\\s])"));
    return !text.contains(u'<') && pattern.match(text).hasMatch();
}

QString fileName(const char *name)
{
    return QDir(translationsDir).filePath(QString::fromUtf8(name));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFileIsUpToDate_data()
    {
        QTest::addColumn<QString>("tsFile");
        QTest::addColumn<QStringList>("options");
        const auto split = [](const char *options) {
            return QString::fromUtf8(options).split(u' ', Qt::SkipEmptyParts);
        };
        QTest::newRow("German") << fileName(NEXTDESK_FULL_TRANSLATIONS)
                                << split(NEXTDESK_LUPDATE_OPTIONS);
        QTest::newRow("English (plurals)") << fileName(NEXTDESK_SOURCE_LANGUAGE_TRANSLATION)
                                           << split(NEXTDESK_SOURCE_LANGUAGE_LUPDATE_OPTIONS);
    }

    // lupdate over the same sources with the same options must leave the checked-in file as it
    // is; a difference means strings were added or changed without updating it.
    void tsFileIsUpToDate()
    {
        QFETCH(QString, tsFile);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
        QVERIFY(QFile::copy(tsFile, copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(NEXTDESK_LUPDATE),
                      QStringList{QStringLiteral("@" NEXTDESK_LUPDATE_LIST)} + options +
                          QStringList{QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        const QString report = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(report));
        // "file:line: Class 'X' lacks Q_OBJECT macro" and the like: lupdate guessed a context
        // that tr() will not use at run time, so those strings would never show translated.
        static const QRegularExpression warning(QStringLiteral("^.+:\\d+: .*$"),
                                                QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = warning.match(report);
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
        QFile before(tsFile);
        QFile after(copy);
        QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
        QVERIFY2(before.readAll() == after.readAll(),
                 qPrintable(QStringLiteral("%1 is out of date with the sources: run `cmake "
                                           "--build build --target update_translations`, then "
                                           "translate what it marks unfinished.")
                                .arg(tsFile)));
    }

    void tsFileIsComplete_data()
    {
        QTest::addColumn<QString>("tsFile");
        QTest::newRow("German") << fileName(NEXTDESK_FULL_TRANSLATIONS);
        QTest::newRow("English (plurals)") << fileName(NEXTDESK_SOURCE_LANGUAGE_TRANSLATION);
    }

    void tsFileIsComplete()
    {
        QFETCH(QString, tsFile);
        QString error;
        const QList<TsMessage> messages = readTs(tsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const TsMessage &message : messages) {
            const QString where = message.context + QStringLiteral(": \"") + message.source + u'"';
            // All our classes live in a namespace; a bare context means lupdate lost track of
            // it, while tr() at run time uses the qualified name and finds no translation.
            static const QRegularExpression context(
                QStringLiteral("^(main|(Api|Models|Ui)::\\w+(::\\w+)*)$"));
            if (!context.match(message.context).hasMatch())
                problems.append(where + QStringLiteral(" has a context tr() never uses"));
            if (!message.translationType.isEmpty()) {
                problems.append(where + QStringLiteral(" is ") + message.translationType);
                continue;
            }
            // German and English both have two plural forms.
            if (message.forms.size() != (message.numerus ? 2 : 1)) {
                problems.append(where + QStringLiteral(" has %1 forms").arg(message.forms.size()));
                continue;
            }
            for (const QString &form : message.forms) {
                if (form.isEmpty())
                    problems.append(where + QStringLiteral(" has an empty translation"));
                else if (placeholders(form) != placeholders(message.source))
                    problems.append(where + QStringLiteral(" changes the placeholders: ") + form);
                else if (hasMnemonic(message.source) != hasMnemonic(form))
                    problems.append(where + QStringLiteral(" loses or adds the mnemonic: ") + form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void germanIsAvailableAndShowsInTheMenus()
    {
        QVERIFY(I18n::TranslationCatalog::availableLanguages().contains(QStringLiteral("de")));
        I18n::TranslationCatalog catalog;
        QVERIFY(catalog.install(QStringLiteral("de")));
        QCOMPARE(catalog.installedLanguage(), QStringLiteral("de"));

        TestSupport::ConsoleFixture console;
        const QList<QAction *> menus = console.window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), QStringLiteral("&Datei"));
        // Plurals come out of the German file too.
        QCOMPARE(Ui::MainWindow::tr("%n run(s)", nullptr, 1), QStringLiteral("1 Lauf"));
        QCOMPARE(Ui::MainWindow::tr("%n run(s)", nullptr, 3), QStringLiteral("3 Läufe"));
    }

    void englishPluralsReadWell()
    {
        I18n::TranslationCatalog catalog;
        QVERIFY(catalog.install(QStringLiteral("en")));
        QCOMPARE(Ui::MainWindow::tr("%n run(s)", nullptr, 1), QStringLiteral("1 run"));
        QCOMPARE(Ui::MainWindow::tr("%n run(s)", nullptr, 2), QStringLiteral("2 runs"));
    }

    void qtsOwnStringsFollowTheLanguage()
    {
        const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        // scripts/lib.sh installs them (qt6-translations-l10n), and the package recommends them.
        QVERIFY2(QFile::exists(QDir(qtTranslations).filePath(QStringLiteral("qtbase_de.qm"))),
                 qPrintable(qtTranslations));
        I18n::TranslationCatalog catalog;
        QVERIFY(catalog.install(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
    }

    void switchingBackRemovesTheTranslation()
    {
        I18n::TranslationCatalog catalog;
        QVERIFY(catalog.install(QStringLiteral("de")));
        QVERIFY(catalog.install(QStringLiteral("en")));
        QCOMPARE(Ui::MainWindow::tr("&File"), QStringLiteral("&File"));
        QVERIFY(!catalog.install(QStringLiteral("tlh"))); // no Klingon yet: falls back to English
        QCOMPARE(Ui::MainWindow::tr("&File"), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
