// A handle on one asynchronous service call: lets the caller cancel it (the callback then never
// runs). Copyable; a default-constructed handle refers to nothing.
#pragma once

#include <QObject>
#include <QPointer>

namespace Api {

class PendingCall
{
public:
    PendingCall() = default;
    explicit PendingCall(QObject *operation)
        : m_operation(operation)
    {
    }

    bool isActive() const { return !m_operation.isNull(); }
    // Aborts the request; the operation object deletes itself without calling back.
    void cancel();

private:
    QPointer<QObject> m_operation;
};

} // namespace Api
