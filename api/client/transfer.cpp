// A long upload or download with state, progress, cancel and retry.
#include "transfer.h"

namespace Api {

Transfer::Transfer(Direction direction, QString title, QObject *parent)
    : QObject(parent)
    , m_direction(direction)
    , m_title(std::move(title))
{
}

void Transfer::start()
{
    m_error = {};
    m_result.clear();
    setProgress(0, -1);
    setState(State::Running);
    run();
}

void Transfer::cancel()
{
    if (m_state != State::Running)
        return;
    abort();
    m_error = {Error::Kind::Canceled, 0, tr("Canceled."), {}};
    setState(State::Canceled);
    Q_EMIT finished();
}

void Transfer::retry()
{
    if (m_state == State::Running)
        return;
    start();
}

void Transfer::setProgress(qint64 done, qint64 total)
{
    if (done == m_done && total == m_total)
        return;
    m_done = done;
    m_total = total;
    // Qt reports every 16-64 kB: tens of thousands of repaints of the transfers panel for a
    // 1 GB upload. A thousandth of the total is as fine as a progress bar can show.
    const bool sameTotal = total == m_shownTotal;
    if (sameTotal && total > 0 && done != 0 && done != total &&
        qAbs(done - m_shownDone) < total / 1000)
        return;
    m_shownDone = done;
    m_shownTotal = total;
    Q_EMIT progressChanged(done, total);
}

void Transfer::succeed(const QString &result)
{
    if (m_state != State::Running)
        return;
    m_result = result;
    if (m_total > 0)
        setProgress(m_total, m_total);
    setState(State::Succeeded);
    Q_EMIT finished();
}

void Transfer::fail(const Error &error)
{
    if (m_state != State::Running)
        return;
    m_error = error;
    setState(State::Failed);
    Q_EMIT finished();
}

void Transfer::setState(State state)
{
    if (state == m_state && state != State::Running)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Api
