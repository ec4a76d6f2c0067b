// The experiment charts, built from models/experimentchartdata: box plots per instance, the
// percentile ladder, and the per-input paired scatter. The only place that knows Qt Charts'
// series types, so the views stay about layout and interaction.
#pragma once

#include "models/experiments/experimentchartdata.h"

#include <QtCharts/QChart>
#include <QtCharts/QXYSeries>

class QPalette;

namespace Ui::ExperimentCharts {

// One box (min, p25, median, p75, max) per instance, side by side.
QChart *boxPlots(const QList<Models::InstanceDistribution> &distributions,
                 const QString &statistic);
// One line per instance through p01 … p99.
QChart *percentileLadder(const QList<Models::InstanceDistribution> &distributions,
                         const QString &statistic);
// One point per input: x the baseline's value, y the candidate's, coloured by which is
// higher, with the y = x diagonal. inputSeries() are the series of those points (markers
// only, no line), inputIdAt() names the input of a clicked point.
QChart *pairedInputs(const QList<Models::PairedInputValue> &pairs, const QString &statistic,
                     const QString &baseline, const QString &candidate);
QList<QXYSeries *> inputSeries(QChart *chart);
QString inputIdAt(const QXYSeries *series, const QPointF &point);
// An empty chart that says why there is nothing to draw yet.
QChart *placeholder(const QString &text);
// Light or dark chart theme after the widget palette, keeping axis titles readable.
void applyPalette(QChart *chart, const QPalette &palette);

} // namespace Ui::ExperimentCharts
