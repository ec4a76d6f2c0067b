// A chart with its own "Export PNG…" button; follows the widget palette (light or dark).
// The chart view, and a chart given as a recipe, are made when the panel is first seen (or the
// chart is asked for): the results view has three, and only one is on screen at a time.
#pragma once

#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Ui {

class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    using ChartRecipe = std::function<QChart *()>;

    explicit ChartPanel(const QString &objectName, QWidget *parent = nullptr);

    // Takes ownership; the previous chart is deleted.
    void setChart(QChart *chart);
    // The chart to show, made once the panel is visible (at once if it is); replaces the chart
    // shown and any recipe not made yet.
    void setChart(ChartRecipe recipe);
    // Makes the chart now if it is still a recipe.
    QChart *chart();
    bool hasPendingChart() const { return bool(m_recipe); }
    bool exportPng(const QString &path);

Q_SIGNALS:
    void exportFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QChartView *view();
    void askAndExport();

    QString m_chartName; // the view's object name, and the suggested file name
    QVBoxLayout *m_layout;
    QChartView *m_view = nullptr; // made when first needed
    ChartRecipe m_recipe; // a chart not made yet
};

} // namespace Ui
