// The rule every ID we create or accept follows: 1-64 letters, digits, '.', '_' or '-', starting
// with a letter or digit. One place, so the console's forms and the server's routes agree.
#pragma once

#include <QString>

namespace Api {

bool isValidId(const QString &id);

// The rule in words, for error messages ("use 1-64 letters, ...").
QString idRuleText();

} // namespace Api
