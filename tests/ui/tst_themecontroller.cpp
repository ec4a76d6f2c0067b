// Light and dark as a user sees them, offscreen: forcing Dark darkens the whole application and
// the charts already on screen, forcing Light lightens them again, and System gives the
// platform's own look back.
#include "ui/experiments/experimentcharts.h"
#include "ui/theme/themecontroller.h"
#include "ui/widgets/chartpanel.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QtCharts/QChart>

using Theme = Ui::Preferences::Theme;

namespace {

int windowLightness()
{
    return QApplication::palette().color(QPalette::Window).lightness();
}

} // namespace

class TestThemeController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forcedThemesRepaintTheChartsOnScreen()
    {
        const QPalette platform = QApplication::palette();
        const QString platformStyle = QApplication::style()->name();
        QVERIFY(windowLightness() >= 128); // offscreen starts light
        Ui::ThemeController theme;
        QSignalSpy darkChanged(&theme, &Ui::ThemeController::darkChanged);
        Ui::ChartPanel panel(QStringLiteral("chart"));
        panel.setChart(Ui::ExperimentCharts::placeholder(QStringLiteral("Waiting")));
        panel.show();
        QCOMPARE(panel.chart()->theme(), QChart::ChartThemeLight);

        theme.setTheme(Theme::Dark);
        QVERIFY(windowLightness() < 128);
        QVERIFY(theme.isDark());
        QCOMPARE(darkChanged.size(), 1);
        QCOMPARE(darkChanged.first().first().toBool(), true);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QTRY_COMPARE(panel.chart()->theme(), QChart::ChartThemeDark);
        // A chart made while dark starts dark.
        panel.setChart(Ui::ExperimentCharts::placeholder(QStringLiteral("Later")));
        QCOMPARE(panel.chart()->theme(), QChart::ChartThemeDark);

        theme.setTheme(Theme::Light);
        QVERIFY(windowLightness() >= 128);
        QVERIFY(!theme.isDark());
        QCOMPARE(darkChanged.size(), 2);
        QTRY_COMPARE(panel.chart()->theme(), QChart::ChartThemeLight);

        theme.setTheme(Theme::Dark);
        theme.setTheme(Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), platform.color(QPalette::Text));
        QCOMPARE(QApplication::style()->name().toLower(), platformStyle.toLower());
        QTRY_COMPARE(panel.chart()->theme(), QChart::ChartThemeLight);
    }

    // Disabled text must look disabled, and links and selections must stand out on dark.
    void darkPaletteIsComplete()
    {
        const QPalette dark = Ui::ThemeController::darkPalette();
        QVERIFY(Ui::ThemeController::isDark(dark));
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
            QVERIFY(dark.color(QPalette::Disabled, role) != dark.color(QPalette::Active, role));
            QVERIFY(dark.color(QPalette::Disabled, role).lightness() >
                    dark.color(QPalette::Base).lightness());
        }
        QVERIFY(dark.color(QPalette::Link).lightness() - dark.color(QPalette::Base).lightness() >
                80);
        QVERIFY(Ui::ThemeController::isDark(dark) ==
                (dark.color(QPalette::ToolTipBase).lightness() <
                 dark.color(QPalette::ToolTipText).lightness()));
        QVERIFY(dark.color(QPalette::Highlight) != dark.color(QPalette::Base));
    }
};

QTEST_MAIN(TestThemeController)
#include "tst_themecontroller.moc"
