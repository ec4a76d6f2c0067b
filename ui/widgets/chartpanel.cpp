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
    , m_view(new QChartView(this))
{
    m_view->setObjectName(objectName);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Chart"));
    auto *exportButton = new QPushButton(tr("Export PNG…"), this);
    exportButton->setObjectName(objectName + QStringLiteral("Export"));
    exportButton->setAccessibleDescription(tr("Saves the chart above as a PNG image"));
    connect(exportButton, &QPushButton::clicked, this, &ChartPanel::askAndExport);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    ExperimentCharts::applyPalette(chart, palette());
    m_view->setChart(chart);
    // A screen reader cannot see the plot: it hears the chart's title and how much it shows.
    m_view->setAccessibleName(chart->title().isEmpty() ? tr("Chart") : chart->title());
    m_view->setAccessibleDescription(tr("Chart with %n series; Export PNG saves it as an image.",
                                        nullptr, int(chart->series().size())));
    delete old; // QChartView::setChart does not delete the previous chart
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

bool ChartPanel::exportPng(const QString &path)
{
    // Rendered at the device's pixel ratio, so the file is as sharp as the screen.
    if (m_view->grab().save(path, "PNG"))
        return true;
    Q_EMIT exportFailed(tr("Could not write the chart to %1.").arg(path));
    return false;
}

void ChartPanel::askAndExport()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .filePath(m_view->objectName() + QStringLiteral(".png"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), suggested, tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_view->chart())
        ExperimentCharts::applyPalette(m_view->chart(), palette());
}

} // namespace Ui
