// The console's icons: the desktop theme's where it has them, NextDesk's bundled ones elsewhere.
#include "icons.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QMap>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

// The bundled fallbacks (resources/icons/actions) are Breeze's 22 px action icons. Each is one
// colour: its shapes are filled with currentColor from a class of the SVG's embedded
// "current-color-scheme" stylesheet, .ColorScheme-Text (#232629) or, for the destructive
// actions (quit, delete, cancel), .ColorScheme-NegativeText (#da4453). That dark grey would
// vanish on a dark palette, so the text colour is swapped for the palette's WindowText each time
// the icon is drawn, the way KDE's KIconLoader recolours Breeze: the icons follow light and dark
// (and the disabled state) with no one rebuilding them. Theme icons need none of this; the
// desktop's theme already matches its colours.

namespace Ui::Icons {

namespace {

const QByteArray breezeTextColour = QByteArrayLiteral("#232629");

class PaletteSvgIconEngine final : public QIconEngine
{
public:
    explicit PaletteSvgIconEngine(const QString &path)
        : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = scaledPixmap(rect.size(), mode, state, ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QColor ink = QGuiApplication::palette().color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
        const QSize pixels = size * scale;
        const QString cacheKey = QStringLiteral("nextdesk-icon:%1:%2x%3:%4")
                                     .arg(m_path)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(ink.name(QColor::HexArgb));
        QPixmap result;
        if (QPixmapCache::find(cacheKey, &result))
            return result;
        QByteArray svg = m_svg;
        svg.replace(breezeTextColour, ink.name().toLatin1());
        QSvgRenderer renderer(svg);
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        result = QPixmap::fromImage(image);
        result.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString key() const override { return QStringLiteral("NextDeskPaletteSvg"); }
    QIconEngine *clone() const override { return new PaletteSvgIconEngine(*this); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QString m_path;
    QByteArray m_svg;
};

} // namespace

namespace {

struct ActionIconNames
{
    QStringList theme;
    QString fallback; // file name under :/icons/actions, without ".svg"
};

// The last theme name is the freedesktop Icon Naming Specification's, or Breeze's where the
// specification has none, and names the fallback file. A name before it is one a theme uses for
// the same action when the specification's name means something else there.
ActionIconNames namesOf(ActionIcon which)
{
    const auto names = [](std::initializer_list<const char *> theme) {
        ActionIconNames result;
        for (const char *name : theme)
            result.theme.append(QString::fromLatin1(name));
        result.fallback = result.theme.constLast();
        return result;
    };
    switch (which) {
    case ActionIcon::New:
        return names({"document-new"});
    case ActionIcon::Open:
        return names({"document-open"});
    case ActionIcon::Save:
        return names({"document-save"});
    case ActionIcon::Upload:
        return names({"document-import"});
    case ActionIcon::Export:
        return names({"document-export"});
    case ActionIcon::Copy:
        return names({"edit-copy"});
    case ActionIcon::Delete:
        return names({"edit-delete"});
    case ActionIcon::Find:
        return names({"edit-find"});
    case ActionIcon::NewRun:
        return names({"media-playback-start"});
    case ActionIcon::Rerun:
        return names({"media-playlist-repeat"});
    case ActionIcon::Refresh:
        return names({"view-refresh"});
    case ActionIcon::Cancel:
        return names({"process-stop"});
    case ActionIcon::NewExperiment:
        return names({"office-chart-line"});
    case ActionIcon::Compare:
        return names({"vcs-diff"});
    case ActionIcon::Connect:
        return names({"network-connect"});
    case ActionIcon::Server:
        return names({"network-server"});
    case ActionIcon::Settings:
        // In Breeze "preferences-system" is the System Settings application's coloured icon.
        return names({"configure", "preferences-system"});
    case ActionIcon::About:
        return names({"help-about"});
    case ActionIcon::Quit:
        return names({"application-exit"});
    }
    Q_UNREACHABLE();
}

// The application icon's PNGs, one per size, each read the first time that size is drawn: a
// window shows one or two of the nine, and reading them all took a tenth of the console's
// start (QIcon::addFile decodes every file it is given, even with its size).
class BundledPngIconEngine final : public QIconEngine
{
public:
    explicit BundledPngIconEngine(QMap<int, QString> files)
        : m_files(std::move(files))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, ratio));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode, QIcon::State, qreal scale) override
    {
        const QSize pixels = size * scale;
        if (m_files.isEmpty() || pixels.isEmpty())
            return {};
        // The smallest file at least as large as asked for, else the largest.
        const int side = std::max(pixels.width(), pixels.height());
        auto file = m_files.lowerBound(side);
        if (file == m_files.end())
            --file;
        QPixmap &loaded = m_loaded[file.key()];
        if (loaded.isNull())
            loaded.load(file.value());
        return loaded.size() == pixels
            ? loaded
            : loaded.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        auto file = m_files.upperBound(side);
        const int actual = file == m_files.begin() ? side : std::prev(file).key();
        return {actual, actual};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int side : m_files.keys())
            sizes.append({side, side});
        return sizes;
    }

    QIconEngine *clone() const override { return new BundledPngIconEngine(*this); }
    QString key() const override { return QStringLiteral("NextDeskBundledPng"); }

private:
    QMap<int, QString> m_files; // by width (the icons are square)
    QHash<int, QPixmap> m_loaded;
};

} // namespace

QList<ActionIcon> allActionIcons()
{
    QList<ActionIcon> all;
    for (int value = 0; value <= int(ActionIcon::Quit); ++value)
        all.append(ActionIcon(value));
    return all;
}

QStringList themeNames(ActionIcon which)
{
    return namesOf(which).theme;
}

QString fallbackPath(ActionIcon which)
{
    return QStringLiteral(":/icons/actions/%1.svg").arg(namesOf(which).fallback);
}

QIcon action(ActionIcon which)
{
    for (const QString &name : themeNames(which)) {
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    }
    return QIcon(new PaletteSvgIconEngine(fallbackPath(which)));
}

QIcon application()
{
    // Always the bundled icon, not the theme's io.nextdesk.NextDesk: it is the same artwork, and
    // on Linux desktops the task bar shows the installed one anyway, found through the desktop
    // file name main() sets. Each PNG is there at the size its name gives (nextdesk-64.png).
    QMap<int, QString> files;
    const QDir pngs(QStringLiteral(":/icons/app/png"));
    for (const QString &file : pngs.entryList({QStringLiteral("nextdesk-*.png")}, QDir::Files)) {
        const int size = QStringView(file).sliced(9).chopped(4).toInt(); // "nextdesk-", ".png"
        if (size > 0)
            files.insert(size, pngs.filePath(file));
    }
    return QIcon(new BundledPngIconEngine(std::move(files)));
}

} // namespace Ui::Icons
