// A handle on one asynchronous service call.
#include "pendingcall.h"

#include "httpcall.h"

namespace Api {

void PendingCall::cancel()
{
    if (auto *call = qobject_cast<HttpCall *>(m_operation.data()))
        call->abort();
    else
        delete m_operation.data(); // a chain of calls' own context: its calls stop with it
    m_operation.clear();
}

} // namespace Api
