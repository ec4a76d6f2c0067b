// Where the console finds nextdesk-server and the sample apps, both in the build tree (every
// executable in build/bin) and installed (packaging/InstallLayout.cmake: the sample apps in
// libexec/nextdesk on Linux, beside the programs on Windows and in the macOS bundle). Paths are
// relative to the program's own folder, so an installed tree works wherever it is unpacked.
#pragma once

#include <QString>
#include <QStringList>

namespace Api {

class InstallLayout
{
public:
    // binDir: the folder of the console and the server; samplesRelativeDir: from there to the
    // sample apps as installed.
    InstallLayout(QString binDir, QString samplesRelativeDir);

    // The running program's layout, as this build installs it.
    static InstallLayout ofThisProgram();
    // The layout around a given server executable (tests point the Local server elsewhere).
    static InstallLayout aroundServer(const QString &serverExecutable);
    // The relative folder compiled in from CMake (NEXTDESK_SAMPLES_RELATIVE_DIR).
    static QString installedSamplesRelativeDir();
    // "name" with the platform's suffix for executables (".exe" on Windows).
    static QString executableFileName(const QString &name);

    QString binDir() const { return m_binDir; }
    // Where the server may be, in order: beside the console; on macOS also beside the
    // console's bundle (the build tree, where nextdesk.app sits in bin/).
    QStringList serverCandidates() const;
    QString serverExecutable() const;
    // Where the sample app `name` may be, in order: the installed place, then beside the
    // server (the build tree).
    QStringList sampleCandidates(const QString &name) const;
    QString sampleExecutable(const QString &name) const;

private:
    // The first that exists, else the first (so that an error names where it should be).
    static QString firstExisting(const QStringList &candidates);

    QString m_binDir;
    QString m_samplesRelativeDir;
};

} // namespace Api
