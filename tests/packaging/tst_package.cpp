// The Debian package as a user gets it: built by CPack from this build tree, unpacked into a
// scratch root (dpkg-deb -x, no root needed), its files and control data checked, and both
// programs started from the unpacked /usr/bin. The console's --check-local proves that the
// Local connection finds the server and the sample app of that tree, not of the build tree.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

Output run(const QString &program, const QStringList &arguments, int timeoutMs,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Output result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish within %2 s: %3")
                         .arg(program)
                         .arg(timeoutMs / 1000)
                         .arg(process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

// "Label: value" lines of a report.
QString field(const QString &report, const QString &label)
{
    const QRegularExpression line(QStringLiteral("^%1: (.*)$").arg(label),
                                  QRegularExpression::MultilineOption);
    return line.match(report).captured(1).trimmed();
}

bool isUnder(const QString &path, const QString &dir)
{
    return QFileInfo(path).canonicalFilePath().startsWith(QFileInfo(dir).canonicalFilePath() +
                                                          QLatin1Char('/'));
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        // Only the DEB generator: the TGZ holds the same files, and time counts in the suite.
        const Output cpack =
            run(QStringLiteral(NEXTDESK_CPACK_COMMAND),
                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                 QStringLiteral(NEXTDESK_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"),
                 m_work.filePath(QStringLiteral("out"))},
                5 * 60 * 1000);
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
        const QStringList debs = QDir(m_work.filePath(QStringLiteral("out")))
                                     .entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_work.filePath(QStringLiteral("out/") + debs.first());
        m_root = m_work.filePath(QStringLiteral("root"));
        const Output unpack =
            run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root}, 60000);
        QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.err));
    }

    void holdsTheProgramsAndTheSampleApps()
    {
        for (const QString &path :
             {QStringLiteral("usr/bin/nextdesk"), QStringLiteral("usr/bin/nextdesk-server"),
              QStringLiteral("usr/" NEXTDESK_INSTALL_SAMPLESDIR "/knapsack"),
              QStringLiteral("usr/" NEXTDESK_INSTALL_SAMPLESDIR "/knapsack-inputs")}) {
            const QFileInfo file(QDir(m_root).filePath(path));
            QVERIFY2(file.isFile() && file.isExecutable(), qPrintable(path));
        }
        // Nothing of the tests, benchmarks or libraries is shipped.
        QDirIterator files(m_root, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString name = QFileInfo(files.next()).fileName();
            QVERIFY2(!name.startsWith(QLatin1String("tst_")) &&
                         !name.endsWith(QLatin1String(".a")) &&
                         !name.contains(QLatin1String("testapp")) &&
                         !name.startsWith(QLatin1String("bench")),
                     qPrintable(files.filePath()));
        }
    }

    void holdsTheDesktopIntegrationAndTranslations()
    {
        const QString usrShare = QDir(m_root).filePath(QStringLiteral("usr/share"));
        const QString desktopFile =
            usrShare + QStringLiteral("/applications/" NEXTDESK_APP_ID ".desktop");
        QVERIFY2(QFileInfo::exists(desktopFile), qPrintable(desktopFile));
        QVERIFY(QFileInfo::exists(usrShare +
                                  QStringLiteral("/metainfo/" NEXTDESK_APP_ID ".metainfo.xml")));
        // The icon the desktop file names is in the hicolor theme.
        const QSettings entry(desktopFile, QSettings::IniFormat);
        const QString icon = entry.value(QStringLiteral("Desktop Entry/Icon")).toString();
        QVERIFY(!icon.isEmpty());
        QDirIterator icons(usrShare + QStringLiteral("/icons/hicolor"),
                           {icon + QStringLiteral(".png"), icon + QStringLiteral(".svg")},
                           QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(icons.hasNext(), qPrintable(icon));
        // The translations, where the console looks beside its built-in copies.
        for (const char *language : {"de", "en"}) {
            const QString qm = usrShare +
                QStringLiteral("/nextdesk/translations/nextdesk_%1.qm")
                    .arg(QLatin1String(language));
            QVERIFY2(QFileInfo(qm).size() > 0, qPrintable(qm));
        }
    }

    void controlDependsComeFromShlibdeps()
    {
        const Output control =
            run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb}, 30000);
        QCOMPARE(control.exitCode, 0);
        QCOMPARE(field(control.out, QStringLiteral("Package")), QStringLiteral("nextdesk"));
        QCOMPARE(field(control.out, QStringLiteral("Version")),
                 QStringLiteral(NEXTDESK_PROJECT_VERSION));
        const QString depends = field(control.out, QStringLiteral("Depends"));
        qInfo().noquote() << "Depends:" << depends;
        // Versioned library packages are what dpkg-shlibdeps writes; the plugins are ours.
        for (const QString &package :
             {QStringLiteral("libc6 (>="), QStringLiteral("libqt6core6 (>="),
              QStringLiteral("libqt6widgets6 (>="), QStringLiteral("libqt6sql6 (>="),
              QStringLiteral("libqt6sql6-sqlite"), QStringLiteral("libqt6svg6")})
            QVERIFY2(depends.contains(package), qPrintable(package));
    }

    void serverRunsFromTheUnpackedTree()
    {
        const QString server = QDir(m_root).filePath(QStringLiteral("usr/bin/nextdesk-server"));
        const Output help = run(server, {QStringLiteral("--help")}, 30000);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QLatin1String("--data-dir")), qPrintable(help.out));
        const Output version = run(server, {QStringLiteral("--version")}, 30000);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(),
                 QStringLiteral("nextdesk-server " NEXTDESK_PROJECT_VERSION));
    }

    void consoleRunsFromTheUnpackedTree()
    {
        const Output version = run(QDir(m_root).filePath(QStringLiteral("usr/bin/nextdesk")),
                                   {QStringLiteral("--version")}, 30000, privateEnvironment());
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("nextdesk " NEXTDESK_PROJECT_VERSION));
    }

    void localConnectionUsesTheUnpackedServerAndSampleApp()
    {
        const Output check =
            run(QDir(m_root).filePath(QStringLiteral("usr/bin/nextdesk")),
                {QStringLiteral("--check-local")}, 3 * 60 * 1000, privateEnvironment());
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const QString server = field(check.out, QStringLiteral("Server"));
        const QString sample = field(check.out, QStringLiteral("Sample app"));
        const QString data = field(check.out, QStringLiteral("Data"));
        QCOMPARE(QFileInfo(server).canonicalFilePath(),
                 QFileInfo(QDir(m_root).filePath(QStringLiteral("usr/bin/nextdesk-server")))
                     .canonicalFilePath());
        QCOMPARE(QFileInfo(sample).canonicalFilePath(),
                 QFileInfo(QDir(m_root).filePath(
                               QStringLiteral("usr/" NEXTDESK_INSTALL_SAMPLESDIR "/knapsack")))
                     .canonicalFilePath());
        QVERIFY(!check.out.contains(QLatin1String(NEXTDESK_BUILD_DIR "/")));
        QVERIFY2(isUnder(data, m_home.path()), qPrintable(data));
        QVERIFY2(check.out.contains(QRegularExpression(
                     QStringLiteral("Sample runs: ([1-9][0-9]*) of \\1 succeeded"))),
                 qPrintable(check.out));
        // The console stops the server it started: its lock on the data dir is free again.
        // (QTRY evaluates the condition more than once: it must not keep the lock it takes.)
        const auto lockIsFree = [&data] {
            QLockFile lock(QDir(data).filePath(QStringLiteral("server.lock")));
            return lock.tryLock(0);
        };
        QTRY_VERIFY_WITH_TIMEOUT(lockIsFree(), 20000);
    }

private:
    // A home of its own: the console's settings and the Local server's data never touch the
    // user's.
    QProcessEnvironment privateEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        for (const char *name :
             {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            environment.insert(QLatin1String(name),
                               QDir(m_home.path()).filePath(QString::fromLatin1(name).toLower()));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return environment;
    }

    QTemporaryDir m_work;
    QTemporaryDir m_home;
    QString m_deb;
    QString m_root;
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
