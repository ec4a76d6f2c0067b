#include "translationcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>

namespace I18n {

namespace {

const QString builtInDirectory = QStringLiteral(":/i18n");
const QString fileStem = QStringLiteral("nextdesk");
const QString sourceLanguage = QStringLiteral("en");

// Loads `stem`_<language>.qm for `locale` from the first of `directories` that has one.
bool loadFrom(QTranslator &translator, const QLocale &locale, const QString &stem,
              const QStringList &directories)
{
    for (const QString &directory : directories) {
        if (translator.load(locale, stem, QStringLiteral("_"), directory))
            return true;
    }
    return false;
}

} // namespace

TranslationCatalog::~TranslationCatalog()
{
    removeTranslators();
}

QString TranslationCatalog::installedDirectory()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral(NEXTDESK_TRANSLATIONS_RELATIVE_DIR));
}

QStringList TranslationCatalog::availableLanguages()
{
    static const QRegularExpression name(
        QStringLiteral("^nextdesk_([a-z]{2,3}(?:_[A-Z]{2})?)\\.qm$"));
    QStringList languages;
    for (const QString &directory : {installedDirectory(), builtInDirectory}) {
        const QStringList files =
            QDir(directory).entryList({QStringLiteral("nextdesk_*.qm")}, QDir::Files);
        for (const QString &file : files) {
            const QRegularExpressionMatch match = name.match(file);
            if (match.hasMatch() && !languages.contains(match.captured(1)) &&
                match.captured(1) != sourceLanguage)
                languages.append(match.captured(1));
        }
    }
    languages.sort();
    return QStringList{sourceLanguage} + languages;
}

bool TranslationCatalog::install(const QString &language)
{
    removeTranslators();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // A file installed next to the program wins over the built-in one, so translators can try a
    // new .qm without rebuilding.
    const bool found =
        loadFrom(m_nextdesk, locale, fileStem, {installedDirectory(), builtInDirectory});
    if (found)
        QCoreApplication::installTranslator(&m_nextdesk);
    // Qt's own strings (standard buttons, file dialogs) in the same language, when the system has
    // them; English needs none.
    if (loadFrom(m_qt, locale, QStringLiteral("qtbase"),
                 {QLibraryInfo::path(QLibraryInfo::TranslationsPath), installedDirectory()}))
        QCoreApplication::installTranslator(&m_qt);
    m_language = found ? QLocale(m_nextdesk.language()).name().section(u'_', 0, 0) : sourceLanguage;
    return found || locale.language() == QLocale::English;
}

void TranslationCatalog::removeTranslators()
{
    if (!m_nextdesk.isEmpty())
        QCoreApplication::removeTranslator(&m_nextdesk);
    if (!m_qt.isEmpty())
        QCoreApplication::removeTranslator(&m_qt);
    m_language.clear();
}

} // namespace I18n
