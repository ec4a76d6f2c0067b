// The Linux desktop integration files: the .desktop entry and the AppStream metainfo pass their
// validators, and installed (component desktop-integration) they make a tree in which AppStream
// finds the launchable and every hicolor icon is in place, all under the application ID
// io.nextdesk.NextDesk.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString AppId = QStringLiteral("io.nextdesk.NextDesk");

struct Outcome
{
    int exitCode = -1;
    QString output;
};

// Runs `program` to the end. A validator missing on Linux is a failure: scripts/lib.sh installs
// desktop-file-utils and appstream with the rest of what the tests need.
Outcome run(const QString &program, const QStringList &arguments)
{
    Outcome outcome;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        outcome.output = program + QStringLiteral(" is not installed");
        return outcome;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    if (!process.waitForFinished(120'000)) {
        outcome.output = program + QStringLiteral(" did not finish: ") + process.errorString();
        return outcome;
    }
    outcome.output = QString::fromLocal8Bit(process.readAll());
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return outcome;
}

QString desktopEntryValue(const QString &file, const QString &key)
{
    QFile entry(file);
    if (!entry.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(entry.readAll())).captured(1);
}

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryIsValid()
    {
        const Outcome outcome =
            run(QStringLiteral("desktop-file-validate"), {QStringLiteral(NEXTDESK_DESKTOP_FILE)});
        // Hints are advice; warnings and errors are defects.
        QVERIFY2(outcome.exitCode == 0 && !outcome.output.contains(QLatin1String(": warning: ")) &&
                     !outcome.output.contains(QLatin1String(": error: ")),
                 qPrintable(outcome.output));
    }

    void desktopEntryNamesTheApplication()
    {
        const QString file = QStringLiteral(NEXTDESK_DESKTOP_FILE);
        QCOMPARE(QFileInfo(file).completeBaseName(), AppId);
        QCOMPARE(desktopEntryValue(file, QStringLiteral("Icon")), AppId);
        QCOMPARE(desktopEntryValue(file, QStringLiteral("Exec")), QStringLiteral("nextdesk"));
        // X11 window managers match windows by WM_CLASS, which Qt takes from the application
        // name app/main.cpp sets.
        QCOMPARE(desktopEntryValue(file, QStringLiteral("StartupWMClass")),
                 QStringLiteral("nextdesk"));
    }

    void metainfoIsValid()
    {
        // --strict: infos (an unknown tag, a summary's style) fail too; pedantic notes do not,
        // and the one there is (upper case in the ID) is the reverse-DNS ID's convention.
        const Outcome outcome =
            run(QStringLiteral("appstreamcli"),
                {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--strict"),
                 QStringLiteral("--no-color"), QStringLiteral(NEXTDESK_METAINFO_FILE)});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.output));
    }

    void metainfoReleaseIsTheProjectVersion()
    {
        QFile metainfo(QStringLiteral(NEXTDESK_METAINFO_FILE));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QVERIFY(metainfo.readAll().contains(
            QByteArrayLiteral("<release version=\"" NEXTDESK_PROJECT_VERSION "\"")));
    }

    void installedTreeIsComplete()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const Outcome install =
            run(QStringLiteral(NEXTDESK_CMAKE_COMMAND),
                {QStringLiteral("--install"), QStringLiteral(NEXTDESK_BUILD_DIR),
                 QStringLiteral("--component"), QStringLiteral("desktop-integration"),
                 QStringLiteral("--prefix"), prefix.path()});
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));

        const QDir share(prefix.filePath(QStringLiteral(NEXTDESK_INSTALL_DATADIR)));
        QVERIFY(share.exists(QStringLiteral("applications/%1.desktop").arg(AppId)));
        QVERIFY(share.exists(QStringLiteral("metainfo/%1.metainfo.xml").arg(AppId)));
        QVERIFY(share.exists(QStringLiteral("icons/hicolor/scalable/apps/%1.svg").arg(AppId)));
        for (const QString &size :
             QStringLiteral(NEXTDESK_APP_ICON_SIZES).split(QLatin1Char(','))) {
            const QString png = QStringLiteral("icons/hicolor/%1x%1/apps/%2.png").arg(size, AppId);
            QVERIFY2(share.exists(png), qPrintable(png));
        }

        // AppStream's view of the tree: the .desktop file the metainfo launches is there.
        const Outcome tree =
            run(QStringLiteral("appstreamcli"),
                {QStringLiteral("validate-tree"), QStringLiteral("--no-net"),
                 QStringLiteral("--strict"), QStringLiteral("--no-color"), prefix.path()});
        QVERIFY2(tree.exitCode == 0, qPrintable(tree.output));
    }
};

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
