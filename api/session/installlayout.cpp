// Finding nextdesk-server and the sample apps from the program's own folder.
#include "installlayout.h"

#include "nextdeskbuildinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Api {

InstallLayout::InstallLayout(QString binDir, QString samplesRelativeDir)
    : m_binDir(std::move(binDir))
    , m_samplesRelativeDir(std::move(samplesRelativeDir))
{
}

InstallLayout InstallLayout::ofThisProgram()
{
    return {QCoreApplication::applicationDirPath(), installedSamplesRelativeDir()};
}

InstallLayout InstallLayout::aroundServer(const QString &serverExecutable)
{
    return {QFileInfo(serverExecutable).absolutePath(), installedSamplesRelativeDir()};
}

QString InstallLayout::installedSamplesRelativeDir()
{
    return QStringLiteral(NEXTDESK_SAMPLES_RELATIVE_DIR);
}

QString InstallLayout::executableFileName(const QString &name)
{
#ifdef Q_OS_WIN
    return name + QStringLiteral(".exe");
#else
    return name;
#endif
}

QStringList InstallLayout::serverCandidates() const
{
    const QString file = executableFileName(QStringLiteral("nextdesk-server"));
    QStringList candidates{QDir::cleanPath(QDir(m_binDir).filePath(file))};
#ifdef Q_OS_MACOS
    candidates.append(QDir::cleanPath(QDir(m_binDir).filePath(QStringLiteral("../../../") + file)));
#endif
    return candidates;
}

QString InstallLayout::serverExecutable() const
{
    return firstExisting(serverCandidates());
}

QStringList InstallLayout::sampleCandidates(const QString &name) const
{
    const QString file = executableFileName(name);
    const QString installed =
        QDir::cleanPath(QDir(QDir(m_binDir).filePath(m_samplesRelativeDir)).filePath(file));
    const QString besideServer = QDir::cleanPath(QDir(m_binDir).filePath(file));
    if (installed == besideServer)
        return {installed};
    return {installed, besideServer};
}

QString InstallLayout::sampleExecutable(const QString &name) const
{
    return firstExisting(sampleCandidates(name));
}

QString InstallLayout::firstExisting(const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return candidates.first();
}

} // namespace Api
