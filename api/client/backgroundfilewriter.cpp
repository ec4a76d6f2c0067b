// A file written on a worker thread.
#include "backgroundfilewriter.h"

#include <QSaveFile>

namespace Api {

BackgroundFileWriter::BackgroundFileWriter(const QString &path, QObject *parent)
    : QIODevice(parent)
    , m_file(new QSaveFile(path))
{
    m_thread.setObjectName(QStringLiteral("BackgroundFileWriter"));
    m_file->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundFileWriter::~BackgroundFileWriter()
{
    // Queued writes see the flag and skip. A task posted to the thread now might never run
    // (quit() can win the race), so the file is deleted here, once its thread has ended; that
    // also drops, and frees, the tasks still queued for it.
    *m_canceled = true;
    m_thread.quit();
    m_thread.wait();
    m_file->cancelWriting();
    delete m_file;
}

bool BackgroundFileWriter::open(OpenMode mode)
{
    // Creating a file can wait on a busy disk too: a failure comes with the commit.
    QMetaObject::invokeMethod(m_file, [file = m_file, error = m_writeError] {
        if (!file->open(QIODevice::WriteOnly))
            *error = file->errorString();
    });
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

qint64 BackgroundFileWriter::writeData(const char *data, qint64 size)
{
    QMetaObject::invokeMethod(m_file,
                              [file = m_file, bytes = QByteArray(data, size), canceled = m_canceled,
                               error = m_writeError] {
                                  if (*canceled || !error->isEmpty())
                                      return;
                                  if (file->write(bytes) != bytes.size())
                                      *error = file->errorString();
                              });
    return size;
}

void BackgroundFileWriter::commit(QObject *context, std::function<void(const QString &)> done)
{
    QMetaObject::invokeMethod(
        m_file, [file = m_file, canceled = m_canceled, error = m_writeError, context, done] {
            if (*canceled)
                return;
            QString failure = *error;
            if (failure.isEmpty() && !file->commit())
                failure = file->errorString();
            else if (!failure.isEmpty())
                file->cancelWriting();
            QMetaObject::invokeMethod(context, [done, failure] { done(failure); });
        });
}

void BackgroundFileWriter::cancelWriting()
{
    *m_canceled = true;
    QMetaObject::invokeMethod(m_file, [file = m_file] { file->cancelWriting(); });
}

} // namespace Api
