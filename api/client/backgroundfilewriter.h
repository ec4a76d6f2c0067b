// A file written on a worker thread: write() only queues the bytes, so a download streamed to
// disk never makes the window wait for the disk (a busy disk takes seconds for 50 MB). The file
// appears complete or not at all, as with QSaveFile.
#pragma once

#include <QIODevice>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class QSaveFile;

namespace Api {

class BackgroundFileWriter final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundFileWriter)

public:
    explicit BackgroundFileWriter(const QString &path, QObject *parent = nullptr);
    // Drops what is still queued; the file is not created unless committed.
    ~BackgroundFileWriter() override;

    // Creates the file on the worker thread; a failure to is reported by commit().
    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }

    // Once every queued write is on disk, puts the file in place and calls `done` on
    // `context`'s thread with an empty string, or with what went wrong. `context` owns this
    // writer (or otherwise outlives it).
    void commit(QObject *context, std::function<void(const QString &error)> done);
    // Stops writing; the file is not created.
    void cancelWriting();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QThread m_thread;
    QSaveFile *m_file; // lives on m_thread and is used there only
    // Shared with the queued writes: set once canceled, and the first write error.
    std::shared_ptr<std::atomic_bool> m_canceled = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<QString> m_writeError = std::make_shared<QString>();
};

} // namespace Api
