// The summary table of a batch experiment for one statistic (e.g. result.value): one row per
// instance with count, mean, spread and percentiles, and the mean's difference from a chosen
// baseline instance, absolute and relative. Exports as CSV.
#pragma once

#include "api/dto/experiment.h"

#include <QAbstractTableModel>

namespace Models {

class ExperimentSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentSummaryModel)

public:
    enum Column {
        Instance,
        Version,
        Count,
        Mean,
        DeltaMean,
        DeltaPercent,
        Min,
        P50,
        P90,
        Max,
        Std,
        ColumnCount
    };
    enum Role { UnderlyingDataRole = Qt::UserRole + 1 };

    explicit ExperimentSummaryModel(QObject *parent = nullptr);

    void setExperiment(const Api::BatchExperiment &experiment);
    void setStatistic(const QString &indicator);
    void setBaseline(const QString &instanceId);
    QString statistic() const { return m_statistic; }
    QString baseline() const { return m_baseline; }
    // Every statistic the runs report, for the picker.
    QStringList statistics() const;
    QString toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant raw(int row, int column) const;
    const Api::DistributionSummary *baselineSummary() const;

    QList<Api::SummaryGroup> m_groups; // per instance
    // Each row's target, and the baseline's row (-1 when absent): asked for by every cell
    // painted, so kept rather than rebuilt per cell.
    QStringList m_targets;
    qsizetype m_baselineRow = -1;
    QString m_statistic;
    QString m_baseline;
};

} // namespace Models
