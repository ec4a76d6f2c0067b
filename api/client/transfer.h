// A long upload or download the user can watch, cancel and retry (the transfers panel lists
// them). Subclasses implement the steps; this class keeps the state and progress.
#pragma once

#include "api/wire/result.h"

#include <QObject>

namespace Api {

class Transfer : public QObject
{
    Q_OBJECT

public:
    enum class Direction { Upload, Download };
    enum class State { Pending, Running, Succeeded, Failed, Canceled };
    Q_ENUM(State)

    Transfer(Direction direction, QString title, QObject *parent = nullptr);

    Direction direction() const { return m_direction; }
    QString title() const { return m_title; }
    State state() const { return m_state; }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; } // -1 while unknown
    const Error &error() const { return m_error; }
    // What the transfer produced: the new run's ID, or the written file's path.
    QString result() const { return m_result; }

    void start();
    void cancel();
    // Starts again from the beginning after a failure or cancel.
    void retry();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void stateChanged(Api::Transfer::State state);
    void finished();

protected:
    virtual void run() = 0; // begin (again) from the first step
    virtual void abort() = 0; // stop whatever step is in flight

    void setProgress(qint64 done, qint64 total);
    void succeed(const QString &result);
    void fail(const Error &error);

private:
    void setState(State state);

    const Direction m_direction;
    const QString m_title;
    State m_state = State::Pending;
    qint64 m_done = 0;
    qint64 m_total = -1;
    // What progressChanged last said.
    qint64 m_shownDone = 0;
    qint64 m_shownTotal = -1;
    Error m_error;
    QString m_result;
};

} // namespace Api
