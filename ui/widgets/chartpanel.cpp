// A chart with its own PNG export.
#include "chartpanel.h"

#include "ui/experiments/experimentcharts.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace Ui {

ChartPanel::ChartPanel(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_chartName(objectName)
    , m_layout(new QVBoxLayout(this))
{
    auto *exportButton = new QPushButton(tr("Export PNG…"), this);
    exportButton->setObjectName(objectName + QStringLiteral("Export"));
    exportButton->setAccessibleDescription(tr("Saves the chart above as a PNG image"));
    connect(exportButton, &QPushButton::clicked, this, &ChartPanel::askAndExport);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(exportButton);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1); // where the view goes once made
    m_layout->addLayout(buttons);
}

QChartView *ChartPanel::view()
{
    if (m_view)
        return m_view;
    m_view = new QChartView(this);
    m_view->setObjectName(m_chartName);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Chart"));
    delete m_layout->takeAt(0); // the stretch that held its place
    m_layout->insertWidget(0, m_view, 1);
    return m_view;
}

void ChartPanel::setChart(QChart *chart)
{
    m_recipe = nullptr;
    QChartView *shown = view();
    QChart *old = shown->chart();
    ExperimentCharts::applyPalette(chart, palette());
    shown->setChart(chart);
    // A screen reader cannot see the plot: it hears the chart's title and how much it shows.
    shown->setAccessibleName(chart->title().isEmpty() ? tr("Chart") : chart->title());
    shown->setAccessibleDescription(tr("Chart with %n series; Export PNG saves it as an image.",
                                       nullptr, int(chart->series().size())));
    delete old; // QChartView::setChart does not delete the previous chart
}

void ChartPanel::setChart(ChartRecipe recipe)
{
    m_recipe = std::move(recipe);
    if (isVisible())
        chart();
}

QChart *ChartPanel::chart()
{
    if (m_recipe)
        setChart(std::exchange(m_recipe, nullptr)());
    return m_view ? m_view->chart() : nullptr;
}

bool ChartPanel::exportPng(const QString &path)
{
    chart();
    // Rendered at the device's pixel ratio, so the file is as sharp as the screen.
    if (view()->grab().save(path, "PNG"))
        return true;
    Q_EMIT exportFailed(tr("Could not write the chart to %1.").arg(path));
    return false;
}

void ChartPanel::askAndExport()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .filePath(m_chartName + QStringLiteral(".png"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), suggested, tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}

void ChartPanel::showEvent(QShowEvent *event)
{
    view();
    chart();
    QWidget::showEvent(event);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_view && m_view->chart())
        ExperimentCharts::applyPalette(m_view->chart(), palette());
}

} // namespace Ui
