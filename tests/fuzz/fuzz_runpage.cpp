// RunPage::readCommonShape on arbitrary bytes, against the general reading of a page (the client
// falls back to it whenever the fast reading gives up). It may give up on anything but must not
// crash, hang or trip ASan/UBSan; and every page it takes, the general reading takes too, with
// the same runs and token.
#include "api/dto/runpage.h"
#include "tests/support/generalrunpage.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Api::RunPage> fast = Api::RunPage::readCommonShape(json);
    if (!fast)
        return 0;
    const std::optional<Api::RunPage> general = TestSupport::readRunPageGenerally(json);
    if (!general || general->nextPageToken != fast->nextPageToken || general->runs != fast->runs) {
        std::fprintf(stderr, "the fast reading differs from the general one on: %s\n",
                     json.constData());
        std::abort();
    }
    return 0;
}
