// The languages NextDesk is translated into, and switching the running console to one of them:
// its own messages and Qt's (standard dialogs, buttons), together.
#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace I18n {

class TranslationCatalog
{
    Q_DISABLE_COPY_MOVE(TranslationCatalog)

public:
    TranslationCatalog() = default;
    ~TranslationCatalog();

    // English (the source language) first, then the codes with a translation of NextDesk
    // ("de", …) in order. Found in
    // the built-in resources and in installedDirectory(), so a translation dropped there
    // counts without rebuilding.
    static QStringList availableLanguages();
    // Where a package puts the .qm files, relative to the console's executable.
    static QString installedDirectory();

    // Installs the translators for `language` (a code from availableLanguages(); empty = the
    // system's languages, in order of preference) and removes the previous ones. False when
    // NextDesk has no translation for it, in which case it shows in English (the source).
    bool install(const QString &language);
    QString installedLanguage() const { return m_language; }

private:
    void removeTranslators();

    QTranslator m_nextdesk;
    QTranslator m_qt;
    QString m_language;
};

} // namespace I18n
