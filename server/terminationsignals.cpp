// Turns termination signals into a clean quit of the event loop.
#include "terminationsignals.h"

#include <QCoreApplication>
#include <QMetaObject>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace Server {

#ifdef Q_OS_UNIX
namespace {
int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: one byte down a socket the event loop watches.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}
} // namespace

void quitOnTerminationSignals()
{
    // Close-on-exec: an app that inherited the socket could stop the server with one byte.
#ifdef SOCK_CLOEXEC
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return;
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    for (const int fd : signalPipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
#endif
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#elif defined(Q_OS_WIN)
namespace {
BOOL WINAPI onConsoleEvent(DWORD)
{
    QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    return TRUE;
}
} // namespace

void quitOnTerminationSignals()
{
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}
#else
void quitOnTerminationSignals()
{
}
#endif

} // namespace Server
