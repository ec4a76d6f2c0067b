// A streaming JSON syntax check that agrees with QJsonDocument::fromJson.
#include "jsonsyntaxcheck.h"

#include <array>

namespace Api {

namespace {

// QJsonDocument's nesting limit.
constexpr size_t MaxDepth = 1024;
// A number token longer than this is not read (Qt would take it only with a short value).
constexpr qsizetype MaxNumberBytes = 1024 * 1024;
// Up to this many digits, with no exponent, a number is finite whatever its digits.
constexpr qsizetype PlainNumberBytes = 300;

// The bytes that end a run of plain string bytes.
constexpr auto stringSpecial = [] {
    std::array<bool, 256> special{};
    special['"'] = special['\\'] = true;
    for (int c = 0x80; c < 0x100; ++c)
        special[c] = true;
    return special;
}();

enum NumberPhase { AfterMinus, AfterZero, Integer, Fraction, AfterE, AfterExponentSign, Exponent };

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The next phase of a number after byte c, or -1 when c is not part of the number. As Qt reads
// numbers: leniently ("1.", ".5"), leaving the verdict to QByteArray::toDouble.
int nextNumberPhase(int phase, char c)
{
    switch (phase) {
    case AfterMinus:
        if (c == '0')
            return AfterZero;
        if (isDigit(c))
            return Integer;
        return c == '.' ? Fraction : -1;
    case AfterZero:
    case Integer:
        if (phase == Integer && isDigit(c))
            return Integer;
        if (c == '.')
            return Fraction;
        return c == 'e' || c == 'E' ? AfterE : -1;
    case Fraction:
        if (isDigit(c))
            return Fraction;
        return c == 'e' || c == 'E' ? AfterE : -1;
    case AfterE:
        if (c == '+' || c == '-')
            return AfterExponentSign;
        return isDigit(c) ? Exponent : -1;
    case AfterExponentSign:
    case Exponent:
        return isDigit(c) ? Exponent : -1;
    }
    return -1;
}

} // namespace

bool JsonSyntaxCheck::fail(QJsonParseError::ParseError error, qint64 offset)
{
    if (!failed()) {
        m_error.error = error;
        m_error.offset = int(std::min<qint64>(offset, INT_MAX));
    }
    return false;
}

Q_ALWAYS_INLINE bool JsonSyntaxCheck::open(char bracket, qint64 offset)
{
    if (m_open.size() >= MaxDepth)
        return fail(QJsonParseError::DeepNesting, offset);
    m_open.push_back(bracket);
    m_state = bracket == '[' ? State::ValueOrArrayEnd : State::KeyOrObjectEnd;
    return true;
}

Q_ALWAYS_INLINE bool JsonSyntaxCheck::close(char bracket, qint64 offset)
{
    const char opening = bracket == ']' ? '[' : '{';
    if (m_open.back() != opening)
        return fail(m_open.back() == '[' ? QJsonParseError::UnterminatedArray
                                         : QJsonParseError::UnterminatedObject,
                    offset);
    m_open.pop_back();
    valueDone();
    return true;
}

Q_ALWAYS_INLINE void JsonSyntaxCheck::valueDone()
{
    m_state = m_open.empty() ? State::End : State::CommaOrEnd;
}

bool JsonSyntaxCheck::numberIsValid() const
{
    if (qsizetype(m_number.size()) <= PlainNumberBytes &&
        (m_numberPhase == AfterZero || m_numberPhase == Integer ||
         (m_numberPhase == Fraction && m_number != "." && m_number != "-.")))
        return true;
    bool ok = false;
    QByteArray::fromRawData(m_number.data(), qsizetype(m_number.size())).toDouble(&ok);
    return ok;
}

Q_ALWAYS_INLINE bool JsonSyntaxCheck::structural(char c, qint64 offset)
{
    if (isSpace(c))
        return true;
    switch (m_state) {
    case State::TopLevel:
        if (c == '[' || c == '{')
            return open(c, offset);
        return fail(QJsonParseError::IllegalValue, offset);
    case State::Value:
    case State::ValueOrArrayEnd:
        switch (c) {
        case '[':
        case '{':
            return open(c, offset);
        case '"':
            m_state = State::String;
            m_key = false;
            return true;
        case 't':
            m_literal = "rue";
            m_state = State::Literal;
            return true;
        case 'f':
            m_literal = "alse";
            m_state = State::Literal;
            return true;
        case 'n':
            m_literal = "ull";
            m_state = State::Literal;
            return true;
        case ']':
            if (m_state == State::ValueOrArrayEnd)
                return close(c, offset);
            return fail(QJsonParseError::MissingObject, offset);
        case '}':
            return fail(QJsonParseError::MissingObject, offset);
        case '-':
        case '.':
            m_number.assign(1, c);
            m_numberPhase = c == '-' ? AfterMinus : Fraction;
            m_state = State::Number;
            return true;
        default:
            if (isDigit(c)) {
                m_number.assign(1, c);
                m_numberPhase = c == '0' ? AfterZero : Integer;
                m_state = State::Number;
                return true;
            }
            return fail(QJsonParseError::IllegalValue, offset);
        }
    case State::KeyOrObjectEnd:
    case State::Key:
        if (c == '"') {
            m_state = State::String;
            m_key = true;
            return true;
        }
        if (c == '}' && m_state == State::KeyOrObjectEnd)
            return close(c, offset);
        return fail(c == '}' ? QJsonParseError::MissingObject : QJsonParseError::UnterminatedObject,
                    offset);
    case State::Colon:
        if (c != ':')
            return fail(QJsonParseError::MissingNameSeparator, offset);
        m_state = State::Value;
        return true;
    case State::CommaOrEnd:
        if (c == ',') {
            m_state = m_open.back() == '[' ? State::Value : State::Key;
            return true;
        }
        if (c == ']' || c == '}')
            return close(c, offset);
        return fail(m_open.back() == '[' ? QJsonParseError::MissingValueSeparator
                                         : QJsonParseError::UnterminatedObject,
                    offset);
    case State::End:
        return fail(QJsonParseError::GarbageAtEnd, offset);
    case State::Start:
    case State::String:
    case State::Number:
    case State::Literal:
        break;
    }
    Q_UNREACHABLE();
    return false;
}

bool JsonSyntaxCheck::feed(QByteArrayView chunk)
{
    if (failed())
        return false;
    const char *const begin = chunk.data();
    const char *const end = begin + chunk.size();
    const char *p = begin;
    auto offsetOf = [&](const char *at) {
        return m_offset + (at - begin);
    };
    while (p < end) {
        switch (m_state) {
        case State::Start: {
            // Qt skips a UTF-8 byte order mark.
            static constexpr uchar bom[] = {0xef, 0xbb, 0xbf};
            if (m_bomSeen == 0 && uchar(*p) != bom[0]) {
                m_state = State::TopLevel;
                break;
            }
            if (uchar(*p) != bom[m_bomSeen])
                return fail(QJsonParseError::IllegalValue, offsetOf(p));
            ++p;
            if (++m_bomSeen == 3)
                m_state = State::TopLevel;
            break;
        }
        case State::String: {
            if (m_utf8Left > 0 || m_escape > 0) {
                const uchar c = uchar(*p);
                if (m_utf8Left > 0) {
                    if (c < m_utf8Low || c > m_utf8High)
                        return fail(QJsonParseError::IllegalUTF8String, offsetOf(p));
                    m_utf8Low = 0x80;
                    m_utf8High = 0xbf;
                    --m_utf8Left;
                } else if (m_escape == 1) {
                    // Qt takes any escaped byte as itself; only \u wants more.
                    m_escape = c == 'u' ? 5 : 0;
                } else {
                    if (!isHex(char(c)))
                        return fail(QJsonParseError::IllegalEscapeSequence, offsetOf(p));
                    m_escape = m_escape == 2 ? 0 : m_escape - 1;
                }
                ++p;
                break;
            }
            // The bulk of any document: plain bytes up to a quote, a backslash or non-ASCII.
            while (p < end && !stringSpecial[uchar(*p)])
                ++p;
            if (p == end)
                break;
            const uchar c = uchar(*p);
            if (c == '"') {
                if (m_key)
                    m_state = State::Colon;
                else
                    valueDone();
            } else if (c == '\\') {
                m_escape = 1;
            } else if (c >= 0xc2 && c <= 0xdf) {
                // Strict UTF-8: no overlong forms, surrogates or code points past U+10FFFF.
                m_utf8Left = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                m_utf8Left = 2;
                m_utf8Low = c == 0xe0 ? 0xa0 : 0x80;
                m_utf8High = c == 0xed ? 0x9f : 0xbf;
            } else if (c >= 0xf0 && c <= 0xf4) {
                m_utf8Left = 3;
                m_utf8Low = c == 0xf0 ? 0x90 : 0x80;
                m_utf8High = c == 0xf4 ? 0x8f : 0xbf;
            } else {
                return fail(QJsonParseError::IllegalUTF8String, offsetOf(p));
            }
            ++p;
            break;
        }
        case State::Number: {
            const char *start = p;
            int phase = m_numberPhase;
            int next = 0;
            while (p < end) {
                if (isDigit(*p) && (phase == Integer || phase == Fraction || phase == Exponent)) {
                    ++p; // digits run on in the same phase
                    continue;
                }
                if ((next = nextNumberPhase(phase, *p)) < 0)
                    break;
                phase = next;
                ++p;
            }
            m_numberPhase = phase;
            if (qsizetype(m_number.size()) + (p - start) > MaxNumberBytes)
                return fail(QJsonParseError::IllegalNumber, offsetOf(p));
            m_number.append(start, p - start);
            if (p == end)
                break; // it may go on in the next chunk
            if (!numberIsValid())
                return fail(QJsonParseError::IllegalNumber, offsetOf(p));
            valueDone();
            break;
        }
        case State::Literal:
            if (*m_literal == '\0') {
                valueDone();
                break;
            }
            if (*p != *m_literal)
                return fail(QJsonParseError::IllegalValue, offsetOf(p));
            ++m_literal;
            ++p;
            break;
        default:
            // Between tokens, where the state changes at every byte: stay in this loop while
            // it does not enter a string, number or literal.
            do {
                if (!structural(*p, offsetOf(p)))
                    return false;
                ++p;
            } while (p < end && m_state < State::String);
            break;
        }
    }
    m_offset += chunk.size();
    return true;
}

bool JsonSyntaxCheck::finish()
{
    if (failed())
        return false;
    switch (m_state) {
    case State::End:
        return true;
    case State::String:
        return fail(QJsonParseError::UnterminatedString, m_offset);
    case State::Start:
    case State::TopLevel:
        return fail(QJsonParseError::IllegalValue, m_offset);
    default:
        break;
    }
    // The top level is always a container: the input ended inside one.
    return fail(m_open.back() == '[' ? QJsonParseError::UnterminatedArray
                                     : QJsonParseError::UnterminatedObject,
                m_offset);
}

} // namespace Api
