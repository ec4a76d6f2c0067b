// A streaming JSON syntax check that agrees with QJsonDocument::fromJson.
#include "jsonsyntaxcheck.h"

#include <QSysInfo>
#include <QtAlgorithms>

#include <array>
#include <cstring>

namespace Api {

namespace {

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

// Eight bytes at a time (SWAR): the flags of a word's bytes that end a run of plain string
// bytes, a quote, a backslash or one of 0x80 and up, each flagged by its high bit. A byte equal
// to b is found as a zero byte of word ^ b; the classic test may also flag bytes after a true
// zero (a borrow runs on), never before one, so the first flag is always right.
constexpr quint64 byteOnes = 0x0101010101010101ULL;
constexpr quint64 byteHighs = 0x8080808080808080ULL;

Q_ALWAYS_INLINE quint64 zeroBytes(quint64 word)
{
    return (word - byteOnes) & ~word & byteHighs;
}

Q_ALWAYS_INLINE quint64 stringSpecialBytes(quint64 word)
{
    return zeroBytes(word ^ (byteOnes * '"')) | zeroBytes(word ^ (byteOnes * '\\')) |
        (word & byteHighs);
}

// The first byte of [p, end) that ends a run of plain string bytes, or end.
Q_ALWAYS_INLINE const char *skipPlainString(const char *p, const char *end)
{
    // Only where the first byte in memory is the least significant: a borrow runs towards
    // later bytes then, so the first flag is a true one (on big-endian machines it would not be).
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (const quint64 flags = stringSpecialBytes(word))
                return p + int(qCountTrailingZeroBits(flags)) / 8;
            p += 8;
        }
    }
    while (p < end && !stringSpecial[uchar(*p)])
        ++p;
    return p;
}

enum NumberPhase {
    NumberBegin,
    AfterMinus,
    AfterZero,
    Integer,
    Fraction,
    AfterE,
    AfterExponentSign,
    Exponent
};

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
    case NumberBegin:
        if (c == '-')
            return AfterMinus;
        if (c == '.')
            return Fraction;
        return c == '0' ? AfterZero : Integer; // structural() saw a digit
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

// Whether Qt takes the number token [digits, digits + size) that ended in `phase`.
bool numberIsValid(const char *digits, qsizetype size, int phase)
{
    const bool noDigits =
        (size == 1 && digits[0] == '.') || (size == 2 && digits[0] == '-' && digits[1] == '.');
    if (size <= PlainNumberBytes &&
        (phase == AfterZero || phase == Integer || (phase == Fraction && !noDigits)))
        return true;
    bool ok = false;
    QByteArray::fromRawData(digits, size).toDouble(&ok);
    return ok;
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
    if (m_depth >= MaxDepth)
        return fail(QJsonParseError::DeepNesting, offset);
    m_inArray[m_depth++] = bracket == '[';
    m_state = bracket == '[' ? State::ValueOrArrayEnd : State::KeyOrObjectEnd;
    return true;
}

Q_ALWAYS_INLINE bool JsonSyntaxCheck::close(char bracket, qint64 offset)
{
    const bool array = innerIsArray();
    if (array != (bracket == ']'))
        return fail(array ? QJsonParseError::UnterminatedArray
                          : QJsonParseError::UnterminatedObject,
                    offset);
    --m_depth;
    valueDone();
    return true;
}

Q_ALWAYS_INLINE void JsonSyntaxCheck::valueDone()
{
    m_state = m_depth == 0 ? State::End : State::CommaOrEnd;
}

// A value ended just before p; the usual ',' after it is taken here, a round of structural()
// the less.
Q_ALWAYS_INLINE const char *JsonSyntaxCheck::valueDoneAt(const char *p, const char *end)
{
    valueDone();
    if (p < end && *p == ',' && m_depth > 0) {
        m_state = innerIsArray() ? State::Value : State::Key;
        return p + 1;
    }
    return p;
}

// The number's first byte is read with the rest of it, by feed().
Q_ALWAYS_INLINE void JsonSyntaxCheck::startNumber()
{
    m_number.clear();
    m_numberPhase = NumberBegin;
    m_state = State::Number;
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
            startNumber();
            return true;
        default:
            if (isDigit(c)) {
                startNumber();
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
            m_state = innerIsArray() ? State::Value : State::Key;
            return true;
        }
        if (c == ']' || c == '}')
            return close(c, offset);
        return fail(innerIsArray() ? QJsonParseError::MissingValueSeparator
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

// A string's bytes from p, with no escape or UTF-8 sequence pending there: up to its closing
// quote, or as far as the chunk goes; what is cut off by the chunk's end is left pending.
// nullptr on an error.
const char *JsonSyntaxCheck::string(const char *p, const char *end, const char *begin)
{
    auto failAt = [&](QJsonParseError::ParseError error, const char *at) {
        fail(error, m_offset + (at - begin));
        return nullptr;
    };
    for (;;) {
        // The bulk of any document: plain bytes up to a quote, a backslash or non-ASCII.
        p = skipPlainString(p, end);
        if (p == end)
            return p;
        const uchar c = uchar(*p);
        if (c == '"') {
            if (!m_key)
                return valueDoneAt(p + 1, end);
            // The usual ':' after a key is taken here, a round of structural() the less.
            if (end - p >= 2 && p[1] == ':') {
                m_state = State::Value;
                return p + 2;
            }
            m_state = State::Colon;
            return p + 1;
        }
        if (c == '\\') {
            // Qt takes any escaped byte as itself; only \u wants more.
            if (end - p >= 2 && p[1] != 'u') {
                p += 2;
                continue;
            }
            if (end - p >= 6) {
                for (int i = 2; i < 6; ++i) {
                    if (!isHex(p[i]))
                        return failAt(QJsonParseError::IllegalEscapeSequence, p + i);
                }
                p += 6;
                continue;
            }
            m_escape = 1;
            return p + 1;
        }
        // Strict UTF-8: no overlong forms, surrogates or code points past U+10FFFF.
        int left = 0;
        uchar low = 0x80;
        uchar high = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            left = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            left = 2;
            low = c == 0xe0 ? 0xa0 : 0x80;
            high = c == 0xed ? 0x9f : 0xbf;
        } else if (c >= 0xf0 && c <= 0xf4) {
            left = 3;
            low = c == 0xf0 ? 0x90 : 0x80;
            high = c == 0xf4 ? 0x8f : 0xbf;
        } else {
            return failAt(QJsonParseError::IllegalUTF8String, p);
        }
        if (end - p <= left) {
            m_utf8Left = left;
            m_utf8Low = low;
            m_utf8High = high;
            return p + 1;
        }
        for (int i = 1; i <= left; ++i) {
            if (uchar(p[i]) < low || uchar(p[i]) > high)
                return failAt(QJsonParseError::IllegalUTF8String, p + i);
            low = 0x80;
            high = 0xbf;
        }
        p += left + 1;
    }
}

// A number's bytes from p: up to the first byte past it, or as far as the chunk goes (it may go
// on in the next one). nullptr on an error.
const char *JsonSyntaxCheck::number(const char *p, const char *end, const char *begin)
{
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
    if (qsizetype(m_number.size()) + (p - start) > MaxNumberBytes) {
        fail(QJsonParseError::IllegalNumber, m_offset + (p - begin));
        return nullptr;
    }
    if (p == end) {
        m_number.append(start, p - start);
        return p;
    }
    // Most numbers lie in one chunk: they are judged where they are.
    bool valid = false;
    if (m_number.empty()) {
        valid = numberIsValid(start, p - start, phase);
    } else {
        m_number.append(start, p - start);
        valid = numberIsValid(m_number.data(), qsizetype(m_number.size()), phase);
    }
    if (!valid) {
        fail(QJsonParseError::IllegalNumber, m_offset + (p - begin));
        return nullptr;
    }
    return valueDoneAt(p, end);
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
            if (!(p = string(p, end, begin)))
                return false;
            break;
        }
        case State::Number:
            if (!(p = number(p, end, begin)))
                return false;
            break;
        case State::Literal: {
            const qsizetype left = qsizetype(std::strlen(m_literal));
            if (left == 0) {
                valueDone();
                break;
            }
            if (end - p >= left && std::memcmp(p, m_literal, left) == 0) {
                p += left;
                valueDone();
                break;
            }
            if (*p != *m_literal)
                return fail(QJsonParseError::IllegalValue, offsetOf(p));
            ++m_literal;
            ++p;
            break;
        }
        default:
            // Between tokens, where the state changes at every byte: stay in this loop while
            // tokens end in this chunk.
            do {
                if (!structural(*p, offsetOf(p)))
                    return false;
                if (m_state == State::String)
                    p = string(p + 1, end, begin);
                else if (m_state == State::Number)
                    p = number(p, end, begin); // its first byte is read with the rest of it
                else
                    ++p;
                if (!p)
                    return false;
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
    return fail(innerIsArray() ? QJsonParseError::UnterminatedArray
                               : QJsonParseError::UnterminatedObject,
                m_offset);
}

} // namespace Api
