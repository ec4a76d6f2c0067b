// Ui::Icons: every action has a bundled fallback that draws in its stylesheet's colour; a desktop
// theme's icon wins over it, under the theme's own name; the application icon carries every
// hicolor size scripts/make-icons renders.
#include "ui/widgets/icons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using Ui::Icons::ActionIcon;

namespace {

constexpr int MenuIconSize = 22; // Breeze's and the fallbacks' design size

QImage render(const QIcon &icon)
{
    return icon.pixmap(QSize(MenuIconSize, MenuIconSize)).toImage();
}

// The colour of the most opaque pixel: the icon's ink, if it was drawn as designed. Thin outlines
// such as edit-find's cover no pixel fully, so this is the colour the antialiasing kept.
QColor inkOf(const QImage &image)
{
    QColor ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > (ink.isValid() ? ink.alpha() : 0))
                ink = pixel;
        }
    }
    return ink;
}

// Unpremultiplying a partly covered pixel is off by a step or two per channel.
bool isAbout(const QColor &actual, const QColor &expected)
{
    return actual.isValid() && qAbs(actual.red() - expected.red()) <= 3 &&
        qAbs(actual.green() - expected.green()) <= 3 && qAbs(actual.blue() - expected.blue()) <= 3;
}

// A theme directory with `names` as 22 px action icons, each a red square.
void writeTheme(const QString &root, const QString &theme, const QStringList &names)
{
    QDir(root).mkpath(theme + QStringLiteral("/actions/22"));
    QFile index(root + QLatin1Char('/') + theme + QStringLiteral("/index.theme"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Test\nDirectories=actions/22\n\n"
                "[actions/22]\nSize=22\nContext=Actions\nType=Fixed\n");
    for (const QString &name : names) {
        QFile svg(root + QLatin1Char('/') + theme + QStringLiteral("/actions/22/") + name +
                  QStringLiteral(".svg"));
        QVERIFY(svg.open(QIODevice::WriteOnly));
        svg.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"22\" height=\"22\">"
                  "<rect width=\"22\" height=\"22\" fill=\"#ff0000\"/></svg>");
    }
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // No desktop theme, whatever the machine has: the Windows, macOS and bare X11 case.
        QIcon::setThemeSearchPaths({m_themes.path()});
        QIcon::setThemeName(QStringLiteral("nextdesk-test-no-theme"));
        QIcon::setFallbackThemeName(QStringLiteral("nextdesk-test-no-theme"));
    }

    void everyActionHasItsFallback_data()
    {
        QTest::addColumn<ActionIcon>("which");
        for (ActionIcon which : Ui::Icons::allActionIcons())
            QTest::addRow("%s", qPrintable(Ui::Icons::themeNames(which).constLast())) << which;
    }

    void everyActionHasItsFallback()
    {
        QFETCH(ActionIcon, which);
        const QString path = Ui::Icons::fallbackPath(which);
        QVERIFY2(QFile::exists(path), qPrintable(path));

        const QIcon icon = Ui::Icons::action(which);
        QVERIFY(!icon.isNull());
        QVERIFY2(icon.name().isEmpty(), "a theme icon, though there is no theme");
        const QImage image = render(icon);
        QVERIFY(!image.isNull());
        // Drawn in the palette's text colour, or the destructive actions' red of the SVG's
        // embedded stylesheet: were the class not applied, currentColor would paint black.
        const QColor text = QGuiApplication::palette().color(QPalette::WindowText);
        const QColor ink = inkOf(image);
        QVERIFY2(isAbout(ink, text) || isAbout(ink, QColor(0xda, 0x44, 0x53)),
                 qPrintable(path + QStringLiteral(" draws in ") +
                            (ink.isValid() ? ink.name() : QStringLiteral("nothing"))));
    }

    // Breeze's dark grey would vanish on a dark window: the bundled icons take the palette's
    // text colour when drawn, so they follow a theme switch without being made again.
    void fallbacksFollowThePalette()
    {
        const QPalette before = QGuiApplication::palette();
        const QIcon icon = Ui::Icons::action(ActionIcon::Refresh);
        QPalette dark = before;
        dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QGuiApplication::setPalette(dark);
        const QColor onDark = inkOf(render(icon));
        QGuiApplication::setPalette(before);
        QVERIFY2(isAbout(onDark, QColor(0xee, 0xee, 0xee)), qPrintable(onDark.name()));
        QVERIFY(isAbout(inkOf(render(icon)), before.color(QPalette::WindowText)));
    }

    void actionsAreDistinct()
    {
        QSet<QString> paths;
        for (ActionIcon which : Ui::Icons::allActionIcons())
            paths.insert(Ui::Icons::fallbackPath(which));
        QCOMPARE(paths.size(), Ui::Icons::allActionIcons().size());
    }

    void themeIconWinsOverFallback()
    {
        writeTheme(m_themes.path(), QStringLiteral("nextdesk-test-theme"),
                   {QStringLiteral("view-refresh"), QStringLiteral("configure"),
                    QStringLiteral("preferences-system")});
        QIcon::setThemeName(QStringLiteral("nextdesk-test-theme"));

        const QIcon refresh = Ui::Icons::action(ActionIcon::Refresh);
        QCOMPARE(refresh.name(), QStringLiteral("view-refresh"));
        QVERIFY(isAbout(inkOf(render(refresh)), Qt::red));

        // KDE's word for settings comes first: Breeze's preferences-system is an app icon.
        QCOMPARE(Ui::Icons::action(ActionIcon::Settings).name(), QStringLiteral("configure"));

        // What the theme lacks still shows, from the bundle.
        const QIcon remove = Ui::Icons::action(ActionIcon::Delete);
        QVERIFY(remove.name().isEmpty());
        QCOMPARE(render(remove), render(QIcon(Ui::Icons::fallbackPath(ActionIcon::Delete))));
    }

    void applicationIconHasEveryHicolorSize()
    {
        const QIcon icon = Ui::Icons::application();
        QVERIFY(!icon.isNull());
        const QStringList sizes = QStringLiteral(NEXTDESK_APP_ICON_SIZES).split(QLatin1Char(','));
        QList<QSize> expected;
        for (const QString &size : sizes)
            expected.append(QSize(size.toInt(), size.toInt()));
        QList<QSize> available = icon.availableSizes();
        const auto byWidth = [](QSize a, QSize b) {
            return a.width() < b.width();
        };
        std::sort(available.begin(), available.end(), byWidth);
        QCOMPARE(available, expected);
        for (const QSize &size : expected) {
            const QPixmap pixmap = icon.pixmap(size);
            QCOMPARE(pixmap.size(), size);
            // The tile's blue in its middle row, left of the start node: artwork, not a blank.
            const QColor tile = pixmap.toImage().pixelColor(size.width() / 10, size.height() / 3);
            QVERIFY2(tile.blue() > 150 && tile.red() < 100,
                     qPrintable(QStringLiteral("%1 px: %2").arg(size.width()).arg(tile.name())));
        }
    }

private:
    QTemporaryDir m_themes;
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
