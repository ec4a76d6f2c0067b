// A handle on one asynchronous service call.
#include "pendingcall.h"

#include "httpcall.h"

namespace Api {

void PendingCall::cancel()
{
    if (auto *call = qobject_cast<HttpCall *>(m_operation.data()))
        call->abort();
    m_operation.clear();
}

} // namespace Api
