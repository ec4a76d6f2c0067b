// Statistics of runs side by side: one row per statistic any run reports (result.value,
// run.duration, result.custom.*), a column saying which way is better, then one column per run
// with the best value of each row marked. "Differences only" hides rows where every run agrees.
#pragma once

#include "models/compare/comparisontablemodel.h"

#include <QHash>

#include <optional>

namespace Models {

enum class Better { Lower, Higher, Neither };

class StatisticsComparisonModel final : public ComparisonTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsComparisonModel)

public:
    enum Column { StatisticColumn, BetterColumn, FirstRunColumn };

    explicit StatisticsComparisonModel(QObject *parent = nullptr);

    void setRuns(const ComparedRuns &runs);

    // What counts as better for a statistic, until the user says otherwise: lower for what
    // reads as time, cost or a gap; higher for the rest (values, scores, items packed).
    static Better guessBetter(const QString &statistic);
    Better better(const QString &statistic) const;
    // Chosen by the user (remembered by the caller through betterChosen).
    void setBetter(const QString &statistic, Better better);
    void setChosenBetter(const QHash<QString, Better> &chosen);

    // Every statistic of the runs, in row order, shown or not: for the chart's picker.
    QStringList statistics() const { return m_allStatistics; }
    std::optional<double> value(const QString &statistic, qsizetype run) const;
    // The whole table (every run, the rows shown) as CSV, raw numbers.
    QString toCsv() const;

    static QString betterText(Better better);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void betterChosen(const QString &statistic, Models::Better better);

private:
    struct Row
    {
        QString statistic;
        QList<std::optional<double>> values; // per run
        bool differs = false;
    };
    bool isBest(const Row &row, qsizetype run) const;

    QList<Row> m_rows; // every statistic
    QStringList m_allStatistics;
    QHash<QString, Better> m_chosen;
};

} // namespace Models
