// The app process groups this server has running, on disk for the next server.
#include "processgroupledger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace Server {

namespace {

#ifdef Q_OS_LINUX
QByteArray bootId()
{
    static const QByteArray id = [] {
        QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    }();
    return id;
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

const QString removedKey = QStringLiteral("removed");
const QString groupKey = QStringLiteral("group");

// The groups the journal still holds: every entry not removed later. A file from a server before
// the journal holds one JSON array of entries.
QList<QJsonObject> recordedGroups(const QByteArray &content)
{
    if (content.trimmed().startsWith('[')) {
        QList<QJsonObject> groups;
        for (const QJsonValue &value : QJsonDocument::fromJson(content).array())
            groups.append(value.toObject());
        return groups;
    }
    QMap<qint64, QJsonObject> groups;
    for (const QByteArray &line : content.split('\n')) {
        // A line cut short (the disk filled up) is skipped, not taken for the end.
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        const qint64 group = entry.value(groupKey).toInteger();
        if (entry.contains(removedKey))
            groups.remove(group);
        else if (group > 0)
            groups.insert(group, entry);
    }
    return groups.values();
}

} // namespace

ProcessGroupLedger::ProcessGroupLedger(const QString &dataDir)
    : m_path(filePath(dataDir))
    , m_file(m_path)
{
}

ProcessGroupLedger::~ProcessGroupLedger()
{
    if (m_file.isOpen() && m_groups.isEmpty()) {
        m_file.close();
        QFile::remove(m_path);
    }
}

QString ProcessGroupLedger::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("app-processes.json"));
}

void ProcessGroupLedger::add(qint64 groupId, const QString &runId)
{
    if (groupId <= 0)
        return;
    QJsonObject entry{{groupKey, groupId}, {QStringLiteral("run"), runId}};
#ifdef Q_OS_LINUX
    entry.insert(QStringLiteral("boot"), QString::fromLatin1(bootId()));
    entry.insert(QStringLiteral("started"), processStat(groupId).startTicks);
#endif
    m_groups.insert(groupId, entry);
    append(entry);
}

void ProcessGroupLedger::remove(qint64 groupId)
{
    if (m_groups.remove(groupId) == 0)
        return;
    if (m_groups.isEmpty() && m_file.isOpen() && m_file.size() > compactAboveBytes) {
        m_file.resize(0); // nothing left to record: start afresh instead of growing for ever
        return;
    }
    append({{groupKey, groupId}, {removedKey, true}});
}

int ProcessGroupLedger::killLeftovers()
{
    int killed = 0;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QJsonObject &entry : recordedGroups(file.readAll())) {
            if (!stillOurs(entry))
                continue;
#ifdef Q_OS_UNIX
            ::kill(-pid_t(entry.value(groupKey).toInteger()), SIGKILL);
#endif
            ++killed;
        }
        file.close();
    }
    m_groups.clear();
    m_file.close();
    QFile::remove(m_path);
    return killed;
}

void ProcessGroupLedger::append(const QJsonObject &line)
{
    if (!m_file.isOpen()) {
        // Unbuffered: each line reaches the file in one write, whole, as it is appended.
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            qWarning("nextdesk-server: cannot record app processes in %s", qPrintable(m_path));
            return;
        }
        m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    if (m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') < 0)
        qWarning("nextdesk-server: cannot record app processes in %s", qPrintable(m_path));
}

} // namespace Server
