// The experiment charts.
#include "experimentcharts.h"

#include "ui/theme/themecontroller.h"
#include "ui/widgets/statuscolors.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QBoxSet>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace Ui::ExperimentCharts {

namespace {

// Translation context for the chart texts (free functions have no class of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ui::ExperimentCharts)
};

const char *const inputIdsProperty = "nextdeskInputIds";

const QList<int> ladderPercentiles{1, 5, 10, 25, 50, 75, 90, 95, 99};

QString targetLabel(const Models::InstanceDistribution &d)
{
    return d.versionId.isEmpty() || d.instanceId.startsWith(QLatin1String("version:"))
        ? d.instanceId
        : QStringLiteral("%1 (%2)").arg(d.instanceId, d.versionId);
}

// Colours chosen on purpose survive a theme change (applyPalette re-themes the chart).
const char *const fixedColorProperty = "nextdeskFixedColor";

// Series whose points are inputs, drawn as markers without a line between them.
const char *const pointsOnlyProperty = "nextdeskPointsOnly";

// An input's point, drawn as one image (a "light marker"). The per-input points are line
// series with no pen and these markers, not scatter series: a scatter series makes a graphics
// item per point, and a thousand inputs took longer to lay out and paint than the rest of the
// results view. Clicks still name the point: the series matches them against its markers.
QImage pointMarker(const QColor &color, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    return image;
}

void setFixedColor(QXYSeries *series, const QColor &color)
{
    series->setProperty(fixedColorProperty, color);
    if (series->property(pointsOnlyProperty).toBool()) {
        // The pen's colour is the legend's; its style draws no line between the inputs.
        QPen pen(color);
        pen.setStyle(Qt::NoPen);
        series->setPen(pen);
        series->setLightMarker(pointMarker(color, int(series->markerSize())));
        return;
    }
    series->setColor(color);
    if (qobject_cast<QLineSeries *>(series)) {
        QPen pen = series->pen();
        pen.setWidthF(2); // the themes' width, which a plain colour change would lose
        series->setPen(pen);
    }
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation); // large experiments must draw at once
    return chart;
}

// Both ends 5 % beyond the data, and a visible range around a single value.
std::pair<double, double> paddedRange(double low, double high)
{
    const double pad = high > low ? (high - low) * 0.05 : std::max(1.0, std::abs(high) * 0.05);
    return {low - pad, high + pad};
}

QValueAxis *valueAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.6g"));
    return axis;
}

} // namespace

QChart *boxPlots(const QList<Models::InstanceDistribution> &distributions, const QString &statistic)
{
    QChart *chart = newChart(Text::tr("Distribution of %1 per instance").arg(statistic));
    auto *series = new QBoxPlotSeries;
    series->setName(statistic);
    QStringList categories;
    double low = 0;
    double high = 0;
    for (const Models::InstanceDistribution &d : distributions) {
        const Api::DistributionSummary &s = d.summary;
        auto *box = new QBoxSet(s.min, s.percentiles.value(25, s.min), s.percentiles.value(50),
                                s.percentiles.value(75, s.max), s.max, targetLabel(d));
        series->append(box);
        categories.append(targetLabel(d));
        low = categories.size() == 1 ? s.min : std::min(low, s.min);
        high = categories.size() == 1 ? s.max : std::max(high, s.max);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->setTitleText(Text::tr("Instance"));
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = valueAxis(statistic);
    const auto [from, to] = paddedRange(low, high);
    y->setRange(from, to);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChart *percentileLadder(const QList<Models::InstanceDistribution> &distributions,
                         const QString &statistic)
{
    QChart *chart = newChart(Text::tr("Percentiles of %1").arg(statistic));
    QValueAxis *x = valueAxis(Text::tr("Percentile"));
    x->setRange(0, 100);
    x->setTickCount(11);
    x->setLabelFormat(QStringLiteral("p%d"));
    QValueAxis *y = valueAxis(statistic);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bool first = true;
    double low = 0;
    double high = 0;
    for (qsizetype i = 0; i < distributions.size(); ++i) {
        const Models::InstanceDistribution &d = distributions.at(i);
        auto *line = new QLineSeries;
        line->setName(targetLabel(d));
        if (distributions.size() > 5)
            setFixedColor(line, StatusColors::series(i, distributions.size()));
        line->setPointsVisible(true);
        QList<QPointF> points;
        points.reserve(ladderPercentiles.size());
        for (int p : ladderPercentiles) {
            if (!d.summary.percentiles.contains(p))
                continue;
            const double value = d.summary.percentiles.value(p);
            points.append({double(p), value});
            low = first ? value : std::min(low, value);
            high = first ? value : std::max(high, value);
            first = false;
        }
        line->replace(points); // one update, not one per point
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    const auto [from, to] = paddedRange(low, high);
    y->setRange(from, to);
    return chart;
}

QChart *pairedInputs(const QList<Models::PairedInputValue> &pairs, const QString &statistic,
                     const QString &baseline, const QString &candidate)
{
    QChart *chart =
        newChart(Text::tr("%1 per input: %2 against %3").arg(statistic, candidate, baseline));
    auto *higher = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *equal = new QLineSeries;
    // Each series' points and, parallel to them, their inputs; handed over at once.
    enum Side { Higher, Lower, Equal };
    QList<QPointF> points[3];
    QStringList inputIds[3];
    double low = 0;
    double high = 0;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const Models::PairedInputValue &pair = pairs.at(i);
        const Side side = pair.candidate > pair.baseline ? Higher
            : pair.candidate < pair.baseline             ? Lower
                                                         : Equal;
        points[side].append({pair.baseline, pair.candidate});
        inputIds[side].append(pair.inputId);
        const double a = std::min(pair.baseline, pair.candidate);
        const double b = std::max(pair.baseline, pair.candidate);
        low = i == 0 ? a : std::min(low, a);
        high = i == 0 ? b : std::max(high, b);
    }
    for (Side side : {Higher, Lower, Equal}) {
        QLineSeries *series = side == Higher ? higher : side == Lower ? lower : equal;
        series->replace(points[side]);
        series->setProperty(inputIdsProperty, inputIds[side]);
        series->setProperty(pointsOnlyProperty, true);
        series->setMarkerSize(9);
    }
    higher->setName(Text::tr("%1 higher (%n input(s))", nullptr, higher->count()).arg(candidate));
    lower->setName(Text::tr("%1 lower (%n input(s))", nullptr, lower->count()).arg(candidate));
    equal->setName(Text::tr("Equal (%n input(s))", nullptr, equal->count()));
    const auto [from, to] = paddedRange(low, high);
    auto *diagonal = new QLineSeries;
    diagonal->setName(Text::tr("Same value"));
    diagonal->append(from, from);
    diagonal->append(to, to);
    QValueAxis *x = valueAxis(Text::tr("%1 of %2 (baseline)").arg(statistic, baseline));
    QValueAxis *y = valueAxis(Text::tr("%1 of %2 (candidate)").arg(statistic, candidate));
    x->setRange(from, to);
    y->setRange(from, to);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries *series : std::initializer_list<QXYSeries *>{diagonal, higher, lower, equal}) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // Fixed hues: green where the candidate is higher, red where lower, grey when equal; a
    // "better" direction depends on the metric, so the legend says higher/lower, not better.
    setFixedColor(higher, StatusColors::good());
    setFixedColor(lower, StatusColors::bad());
    setFixedColor(equal, StatusColors::neutral());
    setFixedColor(diagonal, StatusColors::neutral());
    return chart;
}

QChart *placeholder(const QString &text)
{
    QChart *chart = newChart(text);
    chart->legend()->hide();
    return chart;
}

QList<QXYSeries *> inputSeries(QChart *chart)
{
    QList<QXYSeries *> result;
    for (QAbstractSeries *series : chart->series()) {
        if (series->property(inputIdsProperty).isValid())
            result.append(static_cast<QXYSeries *>(series));
    }
    return result;
}

QString inputIdAt(const QXYSeries *series, const QPointF &point)
{
    const qsizetype index = series->points().indexOf(point);
    return series->property(inputIdsProperty).toStringList().value(index);
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    chart->setTheme(ThemeController::isDark(palette) ? QChart::ChartThemeDark
                                                     : QChart::ChartThemeLight);
    for (QAbstractSeries *series : chart->series()) {
        const QVariant color = series->property(fixedColorProperty);
        if (auto *xy = qobject_cast<QXYSeries *>(series); xy && color.isValid())
            setFixedColor(xy, color.value<QColor>());
    }
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(palette.text());
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.text());
    }
}

} // namespace Ui::ExperimentCharts
