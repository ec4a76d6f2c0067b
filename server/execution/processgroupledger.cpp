// The app process groups this server has running, on disk for the next server.
#include "processgroupledger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace Server {

namespace {

#ifdef Q_OS_LINUX
QByteArray bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

struct ProcessStat
{
    qint64 group = -1;
    qint64 startTicks = -1; // since boot: with the pid, names one process for good
};

ProcessStat processStat(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    // "pid (name) state ppid pgrp ... starttime ...": the name may hold spaces and parentheses.
    const qsizetype nameEnd = text.lastIndexOf(')');
    if (nameEnd < 0)
        return {};
    const QList<QByteArray> fields = text.mid(nameEnd + 2).split(' ');
    if (fields.size() < 20 || fields.at(0) == "Z")
        return {};
    return {fields.at(2).toLongLong(), fields.at(19).toLongLong()};
}

bool environmentHas(qint64 pid, const QByteArray &entry)
{
    QFile file(QStringLiteral("/proc/%1/environ").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll().split('\0').contains(entry);
}
#endif

// Whether the recorded group still runs and is still the one recorded, not a stranger that got
// its ID after the server's machine rebooted or the IDs wrapped around.
bool stillOurs(const QJsonObject &entry)
{
    const qint64 group = entry.value(QStringLiteral("group")).toInteger();
    if (group <= 1)
        return false;
#ifdef Q_OS_LINUX
    if (entry.value(QStringLiteral("boot")).toString().toLatin1() != bootId())
        return false;
    const QByteArray mark = QByteArray(ProcessGroupLedger::runIdVariable) + '=' +
        entry.value(QStringLiteral("run")).toString().toUtf8();
    const qint64 leaderStart = entry.value(QStringLiteral("started")).toInteger(-2);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &name : entries) {
        bool isPid = false;
        const qint64 pid = name.toLongLong(&isPid);
        if (!isPid)
            continue;
        const ProcessStat stat = processStat(pid);
        if (stat.group != group)
            continue;
        // One member known to be ours is enough: a group ID is not reused while it has members.
        if ((pid == group && stat.startTicks == leaderStart) || environmentHas(pid, mark))
            return true;
    }
    return false;
#elif defined(Q_OS_UNIX)
    // Without /proc there is no portable way to tell a leftover from a stranger that reused the
    // ID; the group is killed when it exists. IDs are rarely reused between a server's death
    // and its restart.
    return ::kill(-pid_t(group), 0) == 0;
#else
    return false; // Windows: the job objects died with the server and took the apps along
#endif
}

} // namespace

ProcessGroupLedger::ProcessGroupLedger(const QString &dataDir)
    : m_path(filePath(dataDir))
{
}

QString ProcessGroupLedger::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("app-processes.json"));
}

void ProcessGroupLedger::add(qint64 groupId, const QString &runId)
{
    if (groupId <= 0)
        return;
    QJsonObject entry{{QStringLiteral("group"), groupId}, {QStringLiteral("run"), runId}};
#ifdef Q_OS_LINUX
    entry.insert(QStringLiteral("boot"), QString::fromLatin1(bootId()));
    entry.insert(QStringLiteral("started"), processStat(groupId).startTicks);
#endif
    m_groups.insert(groupId, entry);
    save();
}

void ProcessGroupLedger::remove(qint64 groupId)
{
    if (m_groups.remove(groupId) > 0)
        save();
}

int ProcessGroupLedger::killLeftovers()
{
    int killed = 0;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            if (!stillOurs(entry))
                continue;
#ifdef Q_OS_UNIX
            ::kill(-pid_t(entry.value(QStringLiteral("group")).toInteger()), SIGKILL);
#endif
            ++killed;
        }
        file.close();
    }
    m_groups.clear();
    QFile::remove(m_path);
    return killed;
}

void ProcessGroupLedger::save() const
{
    if (m_groups.isEmpty()) {
        QFile::remove(m_path);
        return;
    }
    QJsonArray entries;
    for (const QJsonObject &entry : m_groups)
        entries.append(entry);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qWarning("nextdesk-server: cannot record app processes in %s", qPrintable(m_path));
        return;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qWarning("nextdesk-server: cannot record app processes in %s", qPrintable(m_path));
}

} // namespace Server
