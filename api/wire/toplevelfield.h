// One string field at the top level of a JSON object, read without parsing the document: a
// page's next_page_token is known in microseconds, so the next page can be asked for while
// this one is still being decoded. Anything unusual gives nullopt: the full decode decides.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Api {

// The value of `key` when the document is an object whose top level holds `key` with a
// string value; an empty string when the key is absent or null there; nullopt when the value
// is of another type or the document does not look like an object.
std::optional<QString> topLevelStringField(QByteArrayView json, QByteArrayView key);

} // namespace Api
