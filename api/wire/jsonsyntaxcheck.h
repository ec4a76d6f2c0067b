// Checks that bytes form a JSON document as QJsonDocument::fromJson takes one (an object or an
// array at the top, strict UTF-8, nesting up to 1024, Qt's reading of numbers and escapes)
// without building it: a chunk at a time in constant memory, so a 1 GB input is checked at disk
// speed beside its upload instead of as a document five times its size.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonParseError>

#include <bitset>
#include <string>

namespace Api {

class JsonSyntaxCheck
{
public:
    // Takes the next bytes of the input; false once the input is known not to be JSON (the
    // rest is then ignored).
    bool feed(QByteArrayView chunk);
    // The input ended: false unless it was one whole document.
    bool finish();

    bool failed() const { return m_error.error != QJsonParseError::NoError; }
    // What QJsonDocument::fromJson would report (its offset may differ by a few bytes).
    QJsonParseError error() const { return m_error; }

private:
    enum class State : quint8 {
        Start, // before an optional byte order mark
        TopLevel,
        Value, // after ':' or ','
        ValueOrArrayEnd, // after '['
        KeyOrObjectEnd, // after '{'
        Key, // after ',' in an object
        Colon,
        CommaOrEnd, // after a value in a container
        End, // after the top-level value
        String,
        Number,
        Literal,
    };

    bool innerIsArray() const { return m_inArray[m_depth - 1]; }
    bool fail(QJsonParseError::ParseError error, qint64 offset);
    bool open(char bracket, qint64 offset);
    bool close(char bracket, qint64 offset);
    void startNumber();
    const char *string(const char *p, const char *end, const char *begin);
    const char *number(const char *p, const char *end, const char *begin);
    void valueDone();
    const char *valueDoneAt(const char *p, const char *end);
    // Everything but a string's, number's or literal's bytes; false on an error.
    bool structural(char c, qint64 offset);

    State m_state = State::Start;
    QJsonParseError m_error{};
    qint64 m_offset = 0; // of the first byte of the next chunk
    // QJsonDocument's nesting limit.
    static constexpr int MaxDepth = 1024;
    // The containers around: how many, and which of them are arrays.
    int m_depth = 0;
    std::bitset<MaxDepth> m_inArray;
    // In a string: a key?; after a backslash (1) or in a \u escape (hex digits left + 1);
    // UTF-8 continuation bytes left and the range of the next one.
    bool m_key = false;
    int m_escape = 0;
    int m_utf8Left = 0;
    uchar m_utf8Low = 0x80;
    uchar m_utf8High = 0xbf;
    // In a number: its bytes so far (Qt's reading decides), and how far its grammar got. Its
    // capacity is kept: millions of numbers go through it.
    std::string m_number;
    int m_numberPhase = 0;
    // In a literal: the rest of it to come.
    const char *m_literal = nullptr;
    // Where the byte order mark check stands (bytes of EF BB BF seen).
    int m_bomSeen = 0;
};

} // namespace Api
