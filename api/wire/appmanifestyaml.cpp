// A reader for the YAML subset of app.yaml manifests, keeping line numbers for errors.
#include "appmanifestyaml.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace Api {

namespace {

// YAML's one-character escapes in double-quoted values (\x, \u and \U take hex digits).
std::optional<QChar> singleCharacterEscape(char escape)
{
    static constexpr std::pair<char, char16_t> escapes[] = {
        {'0', 0},   {'a', 7},     {'b', 8},    {'t', '\t'}, {'\t', '\t'},  {'n', '\n'},
        {'v', 11},  {'f', 12},    {'r', '\r'}, {'e', 27},   {' ', ' '},    {'"', '"'},
        {'/', '/'}, {'\\', '\\'}, {'N', 0x85}, {'_', 0xa0}, {'L', 0x2028}, {'P', 0x2029},
    };
    for (const auto &[written, meant] : escapes) {
        if (written == escape)
            return QChar(meant);
    }
    return std::nullopt;
}

using Node = AppManifestYaml;

struct Line
{
    int number = 0; // 1-based
    QString raw; // the line as written, without its line break
    int indent = 0; // leading spaces
    bool tabInIndent = false; // a tab right after the leading spaces
    QString content; // after the indentation, comment removed, trailing space trimmed
    bool unterminatedQuote = false; // a quoted value that does not end on this line
    bool isBlank() const { return content.isEmpty(); }
    bool isRawBlank() const { return raw.trimmed().isEmpty(); }
};

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// Removes a comment: '#' at the start or after a space, outside quoted values. A quote opens a
// quoted value only where a value can start (line start, after ": ", "- ", '[', '{' or ',').
QString stripComment(const QString &text, bool *unterminatedQuote)
{
    *unterminatedQuote = false;
    QChar previous; // last character that is not a space
    bool spaceSincePrevious = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isSpace(c)) {
            spaceSincePrevious = true;
            continue;
        }
        if (c == QLatin1Char('#') && (i == 0 || isSpace(text.at(i - 1))))
            return text.left(i);
        const bool valueStart = previous.isNull() ||
            ((previous == QLatin1Char(':') || previous == QLatin1Char('-')) &&
             spaceSincePrevious) ||
            previous == QLatin1Char('[') || previous == QLatin1Char('{') ||
            previous == QLatin1Char(',');
        if (valueStart && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            qsizetype j = i + 1;
            bool closed = false;
            for (; j < text.size(); ++j) {
                if (c == QLatin1Char('"') && text.at(j) == QLatin1Char('\\')) {
                    ++j;
                } else if (text.at(j) == c) {
                    if (c == QLatin1Char('\'') && j + 1 < text.size() &&
                        text.at(j + 1) == QLatin1Char('\'')) {
                        ++j;
                        continue;
                    }
                    closed = true;
                    break;
                }
            }
            if (!closed) {
                *unterminatedQuote = true;
                return text;
            }
            i = j;
            previous = c;
            spaceSincePrevious = false;
            continue;
        }
        previous = c;
        spaceSincePrevious = false;
    }
    return text;
}

std::vector<Line> splitLines(const QString &text)
{
    std::vector<Line> lines;
    const QStringList raw = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < raw.size(); ++i) {
        Line line;
        line.number = int(i + 1);
        line.raw = raw.at(i);
        if (line.raw.endsWith(QLatin1Char('\r')))
            line.raw.chop(1);
        while (line.indent < line.raw.size() && line.raw.at(line.indent) == QLatin1Char(' '))
            ++line.indent;
        line.tabInIndent =
            line.indent < line.raw.size() && line.raw.at(line.indent) == QLatin1Char('\t');
        QString rest = line.raw.mid(line.indent);
        line.content = stripComment(rest, &line.unterminatedQuote);
        while (!line.content.isEmpty() && isSpace(line.content.back()))
            line.content.chop(1);
        // A line holding only tabs and a comment is blank, not badly indented.
        if (line.content.trimmed().isEmpty()) {
            line.content.clear();
            line.tabInIndent = false;
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

class Parser
{
public:
    explicit Parser(std::vector<Line> lines)
        : m_lines(std::move(lines))
    {
    }

    Result<Node> document()
    {
        skipBlank();
        if (!atEnd() && m_lines[m_pos].content.startsWith(QLatin1Char('%')))
            return fail(m_lines[m_pos].number,
                        AppManifestYaml::tr("YAML directives (%…) are not supported"));
        if (!atEnd() && isDocumentStart(m_lines[m_pos])) {
            if (m_lines[m_pos].content != QLatin1String("---"))
                return fail(
                    m_lines[m_pos].number,
                    AppManifestYaml::tr("put the document's content on the lines after ---"));
            ++m_pos;
        }
        Node root = node(-1);
        if (m_error)
            return *m_error;
        skipBlank();
        if (!atEnd() && m_lines[m_pos].content == QLatin1String("...")) {
            ++m_pos;
            skipBlank();
        }
        if (!atEnd()) {
            const Line &line = m_lines[m_pos];
            if (isDocumentStart(line))
                return fail(line.number,
                            AppManifestYaml::tr("only one YAML document is supported"));
            return fail(line.number, AppManifestYaml::tr("unexpected text; check the indentation"));
        }
        return root;
    }

private:
    Error fail(int line, const QString &message)
    {
        if (!m_error)
            m_error = Error::validation(AppManifestYaml::tr("line %1: %2").arg(line).arg(message));
        return *m_error;
    }

    bool atEnd() const { return m_pos >= m_lines.size(); }

    void skipBlank()
    {
        while (!atEnd() && m_lines[m_pos].isBlank())
            ++m_pos;
    }

    static bool isDocumentStart(const Line &line)
    {
        return line.indent == 0 &&
            (line.content == QLatin1String("---") ||
             line.content.startsWith(QLatin1String("--- ")));
    }

    static bool isListItem(const QString &content)
    {
        return content == QLatin1String("-") || content.startsWith(QLatin1String("- "));
    }

    // Where a quoted scalar starting at `from` ends (index after the closing quote), or -1.
    static qsizetype quotedEnd(const QString &text, qsizetype from)
    {
        const QChar quote = text.at(from);
        for (qsizetype j = from + 1; j < text.size(); ++j) {
            if (quote == QLatin1Char('"') && text.at(j) == QLatin1Char('\\')) {
                ++j;
            } else if (text.at(j) == quote) {
                if (quote == QLatin1Char('\'') && j + 1 < text.size() &&
                    text.at(j + 1) == QLatin1Char('\'')) {
                    ++j;
                    continue;
                }
                return j + 1;
            }
        }
        return -1;
    }

    // "key: rest" or "key:" → the key's text and the rest; nullopt when not a map entry.
    std::optional<std::pair<Node, QString>> splitKey(const QString &content, int lineNumber)
    {
        if (content.isEmpty() || isListItem(content))
            return std::nullopt;
        qsizetype colon = -1;
        Node key;
        key.kind = Node::Kind::Scalar;
        key.line = lineNumber;
        const QChar first = content.front();
        if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
            const qsizetype end = quotedEnd(content, 0);
            if (end < 0)
                return std::nullopt;
            qsizetype after = end;
            while (after < content.size() && isSpace(content.at(after)))
                ++after;
            if (after >= content.size() || content.at(after) != QLatin1Char(':') ||
                (after + 1 < content.size() && !isSpace(content.at(after + 1))))
                return std::nullopt;
            auto text = unquote(content.left(end), lineNumber);
            if (!text)
                return std::nullopt;
            key.text = *text;
            key.quoted = true;
            colon = after;
        } else {
            if (first == QLatin1Char('[') || first == QLatin1Char('{'))
                return std::nullopt;
            for (qsizetype i = 0; i < content.size(); ++i) {
                if (content.at(i) == QLatin1Char(':') &&
                    (i + 1 == content.size() || isSpace(content.at(i + 1)))) {
                    colon = i;
                    break;
                }
            }
            if (colon <= 0)
                return std::nullopt;
            key.text = content.left(colon).trimmed();
        }
        return std::make_pair(key, content.mid(colon + 1).trimmed());
    }

    // The text of a one-line quoted scalar (quotes included in `quoted`), escapes resolved.
    std::optional<QString> unquote(const QString &quoted, int lineNumber)
    {
        const QChar quote = quoted.front();
        const QString body = quoted.mid(1, quoted.size() - 2);
        if (quote == QLatin1Char('\''))
            return QString(body).replace(QStringLiteral("''"), QStringLiteral("'"));
        QString out;
        for (qsizetype i = 0; i < body.size(); ++i) {
            const QChar c = body.at(i);
            if (c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            if (++i >= body.size())
                break;
            const char e = body.at(i).toLatin1();
            int hexDigits = 0;
            switch (e) {
            case 'x':
                hexDigits = 2;
                break;
            case 'u':
                hexDigits = 4;
                break;
            case 'U':
                hexDigits = 8;
                break;
            default:
                if (const auto escaped = singleCharacterEscape(e)) {
                    out += *escaped;
                    break;
                }
                fail(lineNumber,
                     AppManifestYaml::tr("unknown escape \\%1 in a double-quoted value")
                         .arg(body.at(i)));
                return std::nullopt;
            }
            if (hexDigits > 0) {
                bool ok = body.size() - i - 1 >= hexDigits;
                const uint code = ok ? body.mid(i + 1, hexDigits).toUInt(&ok, 16) : 0;
                if (!ok) {
                    fail(lineNumber,
                         AppManifestYaml::tr("a \\%1 escape needs %2 hexadecimal digits")
                             .arg(QChar::fromLatin1(e))
                             .arg(hexDigits));
                    return std::nullopt;
                }
                const char32_t ucs4 = code;
                out += QString::fromUcs4(&ucs4, 1);
                i += hexDigits;
            }
        }
        return out;
    }

    // A value written after "key:" or "- " on line `lineNumber` (already consumed); more
    // lines may follow for plain and block scalars. `parent` is the indentation of the
    // map or list the value belongs to.
    Node inlineValue(const QString &rest, int lineNumber, int parent)
    {
        const QChar first = rest.front();
        if (first == QLatin1Char('|') || first == QLatin1Char('>'))
            return blockScalar(rest, lineNumber, parent);
        if (first == QLatin1Char('[') || first == QLatin1Char('{')) {
            qsizetype pos = 0;
            Node value = flowValue(rest, pos, lineNumber);
            if (m_error)
                return {};
            while (pos < rest.size() && isSpace(rest.at(pos)))
                ++pos;
            if (pos < rest.size())
                fail(lineNumber, AppManifestYaml::tr("unexpected text after the closing bracket"));
            return value;
        }
        if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
            const qsizetype end = quotedEnd(rest, 0);
            if (end < 0) {
                fail(lineNumber,
                     AppManifestYaml::tr("a quoted value must end on the line it starts on"));
                return {};
            }
            if (end != rest.size()) {
                fail(lineNumber, AppManifestYaml::tr("unexpected text after the closing quote"));
                return {};
            }
            Node value;
            value.kind = Node::Kind::Scalar;
            value.line = lineNumber;
            value.quoted = true;
            if (auto text = unquote(rest, lineNumber))
                value.text = *text;
            return value;
        }
        if (!checkPlain(rest, lineNumber))
            return {};
        Node value;
        value.kind = Node::Kind::Scalar;
        value.line = lineNumber;
        value.text = rest;
        // A plain value may go on over more indented lines, folded into one.
        qsizetype blankLines = 0;
        for (std::size_t i = m_pos; i < m_lines.size(); ++i) {
            const Line &line = m_lines[i];
            if (line.isRawBlank()) {
                ++blankLines;
                continue;
            }
            if (line.isBlank() || line.indent <= parent)
                break;
            if (line.unterminatedQuote || !checkPlain(line.content, line.number))
                return {};
            value.text +=
                blankLines > 0 ? QString(blankLines, QLatin1Char('\n')) : QStringLiteral(" ");
            value.text += line.content;
            blankLines = 0;
            m_pos = i + 1;
        }
        return value;
    }

    bool checkPlain(const QString &text, int lineNumber)
    {
        const QChar first = text.front();
        if (first == QLatin1Char('&') || first == QLatin1Char('*') || first == QLatin1Char('!')) {
            fail(lineNumber,
                 AppManifestYaml::tr("anchors (&), aliases (*) and tags (!) are not supported"));
            return false;
        }
        if (first == QLatin1Char('@') || first == QLatin1Char('`') || first == QLatin1Char(']') ||
            first == QLatin1Char('}') ||
            (first == QLatin1Char('?') && (text.size() == 1 || isSpace(text.at(1))))) {
            fail(lineNumber,
                 AppManifestYaml::tr("a value cannot start with '%1'; quote it").arg(first));
            return false;
        }
        if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(":\t")) ||
            text.endsWith(QLatin1Char(':'))) {
            fail(lineNumber,
                 AppManifestYaml::tr("a value holding ': ' must be quoted (or check the "
                                     "indentation)"));
            return false;
        }
        return true;
    }

    Node blockScalar(const QString &header, int lineNumber, int parent)
    {
        static const QRegularExpression valid(QStringLiteral("^([|>])([-+]?)([1-9]?)([-+]?)$"));
        const auto match = valid.match(header);
        if (!match.hasMatch() || (!match.captured(2).isEmpty() && !match.captured(4).isEmpty())) {
            fail(lineNumber,
                 AppManifestYaml::tr("'%1' is not a block scalar header such as | or >-")
                     .arg(header));
            return {};
        }
        const bool literal = match.captured(1) == QLatin1String("|");
        const QString chomping = match.captured(2) + match.captured(4);
        int blockIndent = match.captured(3).isEmpty() ? -1 : parent + match.captured(3).toInt();
        if (parent < 0 && blockIndent >= 0)
            blockIndent = match.captured(3).toInt();

        QStringList lines; // content lines with the block's indentation removed; "" for blank
        std::size_t i = m_pos;
        for (; i < m_lines.size(); ++i) {
            const Line &line = m_lines[i];
            if (line.isRawBlank()) {
                lines.append(QString());
                continue;
            }
            if (line.indent <= parent)
                break;
            if (blockIndent < 0)
                blockIndent = line.indent;
            if (line.indent < blockIndent) {
                fail(line.number,
                     AppManifestYaml::tr(
                         "this line is less indented than the block value it belongs to"));
                return {};
            }
            lines.append(line.raw.mid(blockIndent));
        }
        m_pos = i;
        qsizetype trailing = 0;
        while (!lines.isEmpty() && lines.back().isEmpty()) {
            lines.removeLast();
            ++trailing;
        }
        QString text;
        if (literal) {
            text = lines.join(QLatin1Char('\n'));
        } else {
            qsizetype blanks = 0;
            bool started = false;
            bool previousMore = false;
            for (const QString &line : std::as_const(lines)) {
                if (line.isEmpty()) {
                    ++blanks;
                    continue;
                }
                const bool more = isSpace(line.front());
                if (!started)
                    text += QString(blanks, QLatin1Char('\n'));
                else if (blanks > 0)
                    text += QString(blanks + ((previousMore || more) ? 1 : 0), QLatin1Char('\n'));
                else
                    text += (previousMore || more) ? QLatin1Char('\n') : QLatin1Char(' ');
                text += line;
                started = true;
                previousMore = more;
                blanks = 0;
            }
        }
        if (!lines.isEmpty()) {
            if (chomping == QLatin1String("+"))
                text += QString(trailing + 1, QLatin1Char('\n'));
            else if (chomping.isEmpty())
                text += QLatin1Char('\n');
        } else if (chomping == QLatin1String("+")) {
            text = QString(trailing, QLatin1Char('\n'));
        }
        Node value;
        value.kind = Node::Kind::Scalar;
        value.line = lineNumber;
        value.quoted = true; // a block scalar is always a string
        value.text = text;
        return value;
    }

    // A flow collection or scalar starting at `pos` on one line.
    Node flowValue(const QString &text, qsizetype &pos, int lineNumber)
    {
        while (pos < text.size() && isSpace(text.at(pos)))
            ++pos;
        Node value;
        value.line = lineNumber;
        if (pos >= text.size()) {
            fail(lineNumber,
                 AppManifestYaml::tr("a flow list or map must close on the line it starts on"));
            return {};
        }
        const QChar first = text.at(pos);
        if (first == QLatin1Char('[') || first == QLatin1Char('{')) {
            const bool isList = first == QLatin1Char('[');
            const QChar close = isList ? QLatin1Char(']') : QLatin1Char('}');
            value.kind = isList ? Node::Kind::List : Node::Kind::Map;
            ++pos;
            for (;;) {
                while (pos < text.size() && isSpace(text.at(pos)))
                    ++pos;
                if (pos >= text.size()) {
                    fail(lineNumber,
                         AppManifestYaml::tr(
                             "a flow list or map must close on the line it starts on"));
                    return {};
                }
                if (text.at(pos) == close) {
                    ++pos;
                    return value;
                }
                if (isList) {
                    Node item = flowValue(text, pos, lineNumber);
                    if (m_error)
                        return {};
                    value.items.push_back(std::move(item));
                } else {
                    Node key = flowScalar(text, pos, lineNumber, true);
                    if (m_error)
                        return {};
                    while (pos < text.size() && isSpace(text.at(pos)))
                        ++pos;
                    Node item;
                    item.line = lineNumber;
                    if (pos < text.size() && text.at(pos) == QLatin1Char(':')) {
                        ++pos;
                        while (pos < text.size() && isSpace(text.at(pos)))
                            ++pos;
                        if (pos < text.size() && text.at(pos) != QLatin1Char(',') &&
                            text.at(pos) != close) {
                            item = flowValue(text, pos, lineNumber);
                            if (m_error)
                                return {};
                        }
                    }
                    if (value.keys.contains(key.text)) {
                        fail(lineNumber,
                             AppManifestYaml::tr("the key '%1' appears twice").arg(key.text));
                        return {};
                    }
                    value.keys.append(key.text);
                    value.items.push_back(std::move(item));
                }
                while (pos < text.size() && isSpace(text.at(pos)))
                    ++pos;
                if (pos < text.size() && text.at(pos) == QLatin1Char(',')) {
                    ++pos;
                    continue;
                }
                if (pos < text.size() && text.at(pos) == close)
                    continue;
                fail(lineNumber,
                     pos < text.size()
                         ? AppManifestYaml::tr("expected ',' or '%1' in a flow list or map")
                               .arg(close)
                         : AppManifestYaml::tr(
                               "a flow list or map must close on the line it starts on"));
                return {};
            }
        }
        return flowScalar(text, pos, lineNumber, false);
    }

    Node flowScalar(const QString &text, qsizetype &pos, int lineNumber, bool isKey)
    {
        Node value;
        value.kind = Node::Kind::Scalar;
        value.line = lineNumber;
        const QChar first = text.at(pos);
        if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
            const qsizetype end = quotedEnd(text, pos);
            if (end < 0) {
                fail(lineNumber,
                     AppManifestYaml::tr("a quoted value must end on the line it starts on"));
                return {};
            }
            value.quoted = true;
            if (auto unquoted = unquote(text.mid(pos, end - pos), lineNumber))
                value.text = *unquoted;
            pos = end;
            return value;
        }
        const qsizetype start = pos;
        for (; pos < text.size(); ++pos) {
            const QChar c = text.at(pos);
            if (c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']') ||
                c == QLatin1Char('{') || c == QLatin1Char('}'))
                break;
            if (c == QLatin1Char(':') &&
                (pos + 1 == text.size() || isSpace(text.at(pos + 1)) ||
                 text.at(pos + 1) == QLatin1Char(',') || text.at(pos + 1) == QLatin1Char('}'))) {
                if (isKey)
                    break;
                fail(lineNumber,
                     AppManifestYaml::tr("key: value pairs inside a flow list are not "
                                         "supported; quote the value"));
                return {};
            }
        }
        value.text = text.mid(start, pos - start).trimmed();
        if (value.text.isEmpty()) {
            if (isKey || pos >= text.size() || text.at(pos) == QLatin1Char('[') ||
                text.at(pos) == QLatin1Char('{') || text.at(pos) == QLatin1Char(',')) {
                fail(lineNumber, AppManifestYaml::tr("an empty entry in a flow list or map"));
                return {};
            }
            value.kind = Node::Kind::Null;
            return value;
        }
        if (!checkPlain(value.text, lineNumber))
            return {};
        return value;
    }

    // The block node on the lines after the current position, if they are more indented than
    // `parent`; Null otherwise.
    Node node(int parent)
    {
        skipBlank();
        if (atEnd() || m_lines[m_pos].indent <= parent)
            return {};
        const Line &line = m_lines[m_pos];
        if (line.tabInIndent) {
            fail(line.number, AppManifestYaml::tr("tabs cannot indent YAML; use spaces"));
            return {};
        }
        if (line.unterminatedQuote) {
            fail(line.number,
                 AppManifestYaml::tr("a quoted value must end on the line it starts on"));
            return {};
        }
        if (isListItem(line.content))
            return list(line.indent);
        if (splitKey(line.content, line.number))
            return map(line.indent);
        if (m_error)
            return {};
        const int number = line.number;
        const QString content = line.content;
        ++m_pos;
        return inlineValue(content, number, parent);
    }

    Node map(int indent)
    {
        Node result;
        result.kind = Node::Kind::Map;
        result.line = m_lines[m_pos].number;
        for (skipBlank(); !atEnd() && !m_error; skipBlank()) {
            const Line &line = m_lines[m_pos];
            if (line.indent < indent ||
                (line.indent == 0 &&
                 (isDocumentStart(line) || line.content == QLatin1String("..."))))
                break;
            if (line.tabInIndent) {
                fail(line.number, AppManifestYaml::tr("tabs cannot indent YAML; use spaces"));
                break;
            }
            if (line.indent > indent) {
                fail(line.number, AppManifestYaml::tr("unexpected indentation"));
                break;
            }
            if (line.unterminatedQuote) {
                fail(line.number,
                     AppManifestYaml::tr("a quoted value must end on the line it starts on"));
                break;
            }
            if (isListItem(line.content)) {
                fail(line.number,
                     AppManifestYaml::tr("a list item where a 'key: value' line was expected"));
                break;
            }
            auto entry = splitKey(line.content, line.number);
            if (!entry) {
                fail(line.number, AppManifestYaml::tr("expected a 'key: value' line"));
                break;
            }
            const QString key = entry->first.text;
            const int number = line.number;
            if (result.keys.contains(key)) {
                fail(number, AppManifestYaml::tr("the key '%1' appears twice").arg(key));
                break;
            }
            ++m_pos;
            Node value;
            if (entry->second.isEmpty()) {
                skipBlank();
                if (!atEnd() && m_lines[m_pos].indent == indent &&
                    isListItem(m_lines[m_pos].content)) {
                    value = list(indent); // "key:" with its list at the key's indentation
                } else {
                    value = node(indent);
                    if (value.isNull())
                        value.line = number;
                }
            } else {
                value = inlineValue(entry->second, number, indent);
            }
            result.keys.append(key);
            result.items.push_back(std::move(value));
        }
        return result;
    }

    Node list(int indent)
    {
        Node result;
        result.kind = Node::Kind::List;
        result.line = m_lines[m_pos].number;
        for (skipBlank(); !atEnd() && !m_error; skipBlank()) {
            Line &line = m_lines[m_pos];
            if (line.indent < indent || !isListItem(line.content))
                break;
            if (line.tabInIndent) {
                fail(line.number, AppManifestYaml::tr("tabs cannot indent YAML; use spaces"));
                break;
            }
            if (line.indent > indent) {
                fail(line.number, AppManifestYaml::tr("unexpected indentation"));
                break;
            }
            qsizetype offset = 1;
            while (offset < line.content.size() && isSpace(line.content.at(offset)))
                ++offset;
            const QString rest = line.content.mid(offset);
            const int number = line.number;
            if (rest.isEmpty()) {
                ++m_pos;
                Node item = node(indent);
                if (item.isNull())
                    item.line = number;
                result.items.push_back(std::move(item));
            } else if (isListItem(rest) || splitKey(rest, number)) {
                // "- key: value" or "- - item": the item is a block node starting at the
                // column after the dash, continued on the lines below at that column.
                line.indent += int(offset);
                line.content = rest;
                result.items.push_back(node(indent));
            } else {
                if (m_error)
                    break;
                ++m_pos;
                result.items.push_back(inlineValue(rest, number, indent));
            }
        }
        return result;
    }

    std::vector<Line> m_lines;
    std::size_t m_pos = 0;
    std::optional<Error> m_error;
};

enum class PlainType { Null, Bool, Int, Float, String };

PlainType plainType(const QString &text)
{
    static const QRegularExpression nulls(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression bools(
        QStringLiteral("^(yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|"
                       "Off|OFF)$"));
    static const QRegularExpression ints(
        QStringLiteral("^[-+]?(0b[01_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-fA-F_]+)$"));
    static const QRegularExpression floats(QStringLiteral(
        "^([-+]?[0-9][0-9_]*\\.[0-9_]*([eE][-+][0-9]+)?|[-+]?\\.[0-9_]+([eE][-+][0-9]+)?)$"));
    if (nulls.match(text).hasMatch())
        return PlainType::Null;
    if (bools.match(text).hasMatch())
        return PlainType::Bool;
    if (ints.match(text).hasMatch())
        return PlainType::Int;
    if (floats.match(text).hasMatch())
        return PlainType::Float;
    return PlainType::String;
}

bool plainBool(const QString &text)
{
    const QString lower = text.toLower();
    return lower == QLatin1String("yes") || lower == QLatin1String("true") ||
        lower == QLatin1String("on");
}

qint64 plainInt(const QString &text)
{
    QString digits = text;
    digits.remove(QLatin1Char('_'));
    bool negative = false;
    if (digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+'))) {
        negative = digits.front() == QLatin1Char('-');
        digits.remove(0, 1);
    }
    qint64 value = 0;
    if (digits.startsWith(QLatin1String("0b")))
        value = digits.mid(2).toLongLong(nullptr, 2);
    else if (digits.startsWith(QLatin1String("0x")))
        value = digits.mid(2).toLongLong(nullptr, 16);
    else if (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        value = digits.mid(1).toLongLong(nullptr, 8);
    else
        value = digits.toLongLong();
    return negative ? -value : value;
}

} // namespace

Result<AppManifestYaml> AppManifestYaml::parse(const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    if (text.toUtf8() != data)
        return Error::validation(tr("the file is not UTF-8 text"));
    return Parser(splitLines(text)).document();
}

const AppManifestYaml *AppManifestYaml::value(const QString &key) const
{
    if (kind != Kind::Map)
        return nullptr;
    const qsizetype index = keys.indexOf(key);
    return index < 0 ? nullptr : &items[std::size_t(index)];
}

const AppManifestYaml *AppManifestYaml::value(std::initializer_list<const char *> aliases) const
{
    for (const char *alias : aliases) {
        if (const AppManifestYaml *found = value(QString::fromLatin1(alias)))
            return found;
    }
    return nullptr;
}

QJsonValue AppManifestYaml::toJson() const
{
    switch (kind) {
    case Kind::Null:
        return QJsonValue::Null;
    case Kind::List: {
        QJsonArray array;
        for (const AppManifestYaml &item : items)
            array.append(item.toJson());
        return array;
    }
    case Kind::Map: {
        QJsonObject object;
        for (qsizetype i = 0; i < keys.size(); ++i)
            object.insert(keys.at(i), items[std::size_t(i)].toJson());
        return object;
    }
    case Kind::Scalar:
        break;
    }
    if (quoted)
        return text;
    switch (plainType(text)) {
    case PlainType::Null:
        return QJsonValue::Null;
    case PlainType::Bool:
        return plainBool(text);
    case PlainType::Int:
        return plainInt(text);
    case PlainType::Float: {
        QString digits = text;
        return digits.remove(QLatin1Char('_')).toDouble();
    }
    case PlainType::String:
        break;
    }
    return text;
}

QString AppManifestYaml::pythonText() const
{
    if (kind == Kind::Null)
        return QStringLiteral("None");
    if (kind != Kind::Scalar || quoted)
        return text;
    switch (plainType(text)) {
    case PlainType::Null:
        return QStringLiteral("None");
    case PlainType::Bool:
        return plainBool(text) ? QStringLiteral("True") : QStringLiteral("False");
    case PlainType::Int:
        return QString::number(plainInt(text));
    case PlainType::Float:
    case PlainType::String:
        break;
    }
    return text;
}

} // namespace Api
