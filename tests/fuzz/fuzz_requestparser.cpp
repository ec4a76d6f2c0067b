// The server's HTTP request parser on arbitrary bytes, fed the way a connection feeds it: the
// whole input at once, and again in small pieces whose size the first byte picks. Both must
// tell the same story (events, heads, body bytes, errors): TCP may split a request anywhere.
// The parser must never stall (no progress and no event), claim more bytes than it was given,
// or deliver a body longer than its Content-Length.
#include "server/http/httprequestparser.h"

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "request parser: %s\n", what);
    std::abort();
}

// One line per event; body bytes are gathered per request so that piece boundaries vanish.
QByteArray transcript(QByteArrayView input, qsizetype pieceSize)
{
    Server::HttpRequestParser parser;
    QByteArray story;
    QByteArray body;
    qint64 declaredLength = 0;
    bool chunked = false;
    qsizetype offset = 0;
    while (offset < input.size() || !parser.needsInput()) {
        const qsizetype end = std::min(input.size(), offset + pieceSize);
        QByteArrayView piece = input.sliced(offset, end - offset);
        offset = end;
        // Feed the piece until it is used up; a completed request is reported without input.
        for (int rounds = 0;; ++rounds) {
            if (rounds > 100000)
                fail("no end to the events of one piece");
            const auto step = parser.feed(piece);
            if (step.consumed < 0 || step.consumed > piece.size())
                fail("consumed more than it was given");
            piece = piece.sliced(step.consumed);
            switch (step.event) {
            case Server::HttpRequestParser::Event::NeedMore:
                if (!piece.isEmpty())
                    fail("asked for more with input left");
                break;
            case Server::HttpRequestParser::Event::HeadersComplete: {
                const Server::HttpRequestHead &head = parser.head();
                story += "head " + head.method + ' ' + head.target + ' ' +
                    QByteArray::number(head.headers.size()) + ' ' +
                    QByteArray::number(head.contentLength) + (head.chunked ? " chunked" : "") +
                    '\n';
                declaredLength = head.contentLength;
                chunked = head.chunked;
                body.clear();
                continue;
            }
            case Server::HttpRequestParser::Event::BodyData:
                body += parser.body().toByteArray();
                if (!chunked && body.size() > declaredLength)
                    fail("a body longer than its Content-Length");
                continue;
            case Server::HttpRequestParser::Event::RequestComplete:
                if (!chunked && body.size() != declaredLength)
                    fail("a request complete before its Content-Length");
                story += "complete " + QByteArray::number(qHash(body)) + '\n';
                body.clear();
                continue;
            case Server::HttpRequestParser::Event::Error:
                story += "error " + QByteArray::number(parser.errorStatus()) + '\n';
                return story;
            }
            break;
        }
    }
    return story;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const qsizetype pieceSize = qsizetype(data[0] % 16) + 1;
    if (transcript(input, input.size() + 1) != transcript(input, pieceSize))
        fail("the story depends on how the bytes were split");
    return 0;
}
