// One run's app and everything it starts, stopped as a whole.
#include "appprocessgroup.h"

#include <QProcess>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <climits>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace Server {

#ifdef Q_OS_UNIX
namespace {

// Runs in the forked child before exec, so only async-signal-safe calls: the server has other
// threads, and a lock one of them held at fork time would never be released here.
void markDescriptorsCloseOnExec()
{
#if defined(Q_OS_LINUX) && defined(SYS_close_range)
    // Linux 5.11+: one call. QProcess's own exec-error pipe is close-on-exec already, so marking
    // it changes nothing.
    constexpr unsigned int closeRangeCloexec = 1U << 2; // CLOSE_RANGE_CLOEXEC
    if (::syscall(SYS_close_range, 3U, ~0U, closeRangeCloexec) == 0)
        return;
#endif
    const long limit = ::sysconf(_SC_OPEN_MAX);
    const int end = limit > 0 && limit < INT_MAX ? int(limit) : 65536;
    for (int fd = 3; fd < end; ++fd) {
        const int flags = ::fcntl(fd, F_GETFD);
        if (flags >= 0 && !(flags & FD_CLOEXEC))
            ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
    }
}

} // namespace
#endif

AppProcessGroup::~AppProcessGroup()
{
#ifdef Q_OS_WIN
    if (m_job)
        CloseHandle(m_job);
#endif
}

void AppProcessGroup::isolate(QProcess &process)
{
#ifdef Q_OS_UNIX
    const pid_t server = ::getpid();
    process.setChildProcessModifier([server] {
        // Its own group, so that a cancel reaches the app's children too.
        ::setpgid(0, 0);
#ifdef Q_OS_LINUX
        // Killed when the server dies, even by SIGKILL. The signal follows the thread that
        // forked, which is the run executor's launcher thread (the only one that starts apps;
        // it lives until every app is stopped). If the server died before the request took
        // effect, it would never come: leave now.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != server)
            ::_exit(127);
#else
        Q_UNUSED(server);
#endif
        // An inherited descriptor is a handle on the server (its signal socket, database,
        // listening socket): the app gets stdin, stdout and stderr only.
        markDescriptorsCloseOnExec();
    });
#else
    Q_UNUSED(process);
#endif
}

void AppProcessGroup::attach(QProcess &process)
{
    m_leader = &process;
    m_id = process.processId();
#ifdef Q_OS_WIN
    // A job that kills its processes when its last handle closes: on cancel, at the end of the
    // run, and when the server dies however it dies. Processes the app starts before it is
    // assigned (a few instructions after CreateProcess) escape the job.
    m_job = CreateJobObjectW(nullptr, nullptr);
    if (!m_job)
        return;
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    SetInformationJobObject(m_job, JobObjectExtendedLimitInformation, &limits, sizeof limits);
    HANDLE handle = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(m_id));
    if (handle) {
        AssignProcessToJobObject(m_job, handle);
        CloseHandle(handle);
    }
#endif
}

void AppProcessGroup::terminate()
{
#ifdef Q_OS_UNIX
    signal(SIGTERM, true);
#else
    kill();
#endif
}

void AppProcessGroup::kill()
{
#ifdef Q_OS_UNIX
    signal(SIGKILL, true);
#elif defined(Q_OS_WIN)
    if (m_job)
        TerminateJobObject(m_job, 1);
    else if (m_leader)
        m_leader->kill();
#else
    if (m_leader)
        m_leader->kill();
#endif
}

void AppProcessGroup::killStragglers()
{
#ifdef Q_OS_UNIX
    signal(SIGKILL, false);
#elif defined(Q_OS_WIN)
    if (m_job)
        TerminateJobObject(m_job, 1);
#endif
}

void AppProcessGroup::signal(int unixSignal, bool leaderAlive)
{
#ifdef Q_OS_UNIX
    if (m_id <= 0)
        return;
    // Until the child has called setpgid() there is no group yet; then the app alone gets the
    // signal. Once the app is reaped its pid may be reused, so only the group is signalled (a
    // group ID cannot be reused while the group has members).
    if (::kill(-pid_t(m_id), unixSignal) != 0 && errno == ESRCH && leaderAlive)
        ::kill(pid_t(m_id), unixSignal);
#else
    Q_UNUSED(unixSignal);
    Q_UNUSED(leaderAlive);
#endif
}

} // namespace Server
