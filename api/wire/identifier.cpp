#include "identifier.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Api {

bool isValidId(const QString &id)
{
    // Anchored as a whole: a plain '$' also matches before a trailing newline, which let
    // "nl\n" through and made a folder of that name.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")));
    return pattern.match(id).hasMatch();
}

QString idRuleText()
{
    return QCoreApplication::translate(
        "Api::Identifier",
        "use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
}

} // namespace Api
