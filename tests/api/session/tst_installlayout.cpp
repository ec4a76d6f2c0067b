// Where the console finds nextdesk-server and the sample apps: in an installed tree (the
// sample apps where packaging/InstallLayout.cmake installs them, relative to the programs so
// any unpacked copy works), and in the build tree (everything in bin/).
#include "api/session/installlayout.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool makeExecutable(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("#!/bin/sh\n");
    file.close();
    return file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
}

} // namespace

class TestInstallLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compiledInRelativeDirIsThePlatformsLayout()
    {
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        QCOMPARE(Api::InstallLayout::installedSamplesRelativeDir(), QStringLiteral("."));
#else
        QCOMPARE(Api::InstallLayout::installedSamplesRelativeDir(),
                 QStringLiteral("../libexec/nextdesk"));
#endif
    }

    void serverIsBesideTheConsole()
    {
        const Api::InstallLayout layout(QStringLiteral("/opt/nd/bin"), QStringLiteral("."));
        QCOMPARE(layout.serverExecutable(),
                 QStringLiteral("/opt/nd/bin/") +
                     Api::InstallLayout::executableFileName(QStringLiteral("nextdesk-server")));
    }

#ifdef Q_OS_MACOS
    void findsTheServerBesideTheBundleInTheBuildTree()
    {
        QTemporaryDir build;
        const QString server = build.filePath(QStringLiteral("bin/nextdesk-server"));
        QVERIFY(makeExecutable(server));
        const Api::InstallLayout layout(
            build.filePath(QStringLiteral("bin/nextdesk.app/Contents/MacOS")), QStringLiteral("."));
        QCOMPARE(layout.serverExecutable(), server);
    }
#endif

    void findsTheInstalledSampleAppInAnUnpackedTree()
    {
        // A tree as this build installs it, unpacked somewhere else than its prefix.
        QTemporaryDir root;
        const QString bin = root.filePath(QStringLiteral("usr/bin"));
        const QString knapsack = QDir::cleanPath(
            bin + QLatin1Char('/') + Api::InstallLayout::installedSamplesRelativeDir() +
            QLatin1Char('/') + Api::InstallLayout::executableFileName(QStringLiteral("knapsack")));
        QVERIFY(QDir().mkpath(bin));
        QVERIFY(makeExecutable(knapsack));

        const auto layout = Api::InstallLayout::aroundServer(QDir(bin).filePath(
            Api::InstallLayout::executableFileName(QStringLiteral("nextdesk-server"))));
        QCOMPARE(layout.sampleExecutable(QStringLiteral("knapsack")), knapsack);
    }

    void fallsBackToTheServersFolderInTheBuildTree()
    {
        QTemporaryDir build;
        const QString bin = build.filePath(QStringLiteral("bin"));
        const QString knapsack =
            QDir(bin).filePath(Api::InstallLayout::executableFileName(QStringLiteral("knapsack")));
        QVERIFY(makeExecutable(knapsack));
        const Api::InstallLayout layout(bin, QStringLiteral("../libexec/nextdesk"));
        QCOMPARE(layout.sampleExecutable(QStringLiteral("knapsack")), knapsack);
    }

    void prefersTheInstalledPlaceWhenBothExist()
    {
        QTemporaryDir root;
        const QString file = Api::InstallLayout::executableFileName(QStringLiteral("knapsack"));
        const QString bin = root.filePath(QStringLiteral("usr/bin"));
        const QString installed = root.filePath(QStringLiteral("usr/libexec/nextdesk/")) + file;
        QVERIFY(makeExecutable(installed));
        QVERIFY(makeExecutable(QDir(bin).filePath(file)));
        const Api::InstallLayout layout(bin, QStringLiteral("../libexec/nextdesk"));
        QCOMPARE(layout.sampleCandidates(QStringLiteral("knapsack")),
                 (QStringList{installed, QDir(bin).filePath(file)}));
        QCOMPARE(layout.sampleExecutable(QStringLiteral("knapsack")), installed);
    }

    void sameFolderLayoutsHaveOneCandidate()
    {
        // Windows and the macOS bundle keep the sample apps beside the programs.
        const Api::InstallLayout layout(QStringLiteral("/Apps/nextdesk.app/Contents/MacOS"),
                                        QStringLiteral("."));
        QCOMPARE(layout.sampleCandidates(QStringLiteral("knapsack")).size(), 1);
    }

    void namesTheInstalledPlaceWhenNothingIsThere()
    {
        QTemporaryDir empty;
        const Api::InstallLayout layout(empty.filePath(QStringLiteral("bin")),
                                        QStringLiteral("../libexec/nextdesk"));
        QCOMPARE(layout.sampleExecutable(QStringLiteral("knapsack")),
                 empty.filePath(QStringLiteral("libexec/nextdesk/")) +
                     Api::InstallLayout::executableFileName(QStringLiteral("knapsack")));
    }
};

QTEST_GUILESS_MAIN(TestInstallLayout)
#include "tst_installlayout.moc"
