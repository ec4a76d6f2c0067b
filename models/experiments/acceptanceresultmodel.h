// The results of an acceptance test, one row per metric: outcome, the metric's field,
// statistic, operator and tolerance, the control's and the candidate's value, and the margin to
// the pass threshold (positive: inside). Filter by outcome with a proxy on PassedRole.
#pragma once

#include "api/dto/experiment.h"

#include <QAbstractTableModel>

namespace Models {

class AcceptanceResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceptanceResultModel)

public:
    enum Column {
        Outcome,
        Field,
        Statistic,
        Operator,
        Tolerance,
        Control,
        Candidate,
        Margin,
        ColumnCount
    };
    enum Role {
        PassedRole = Qt::UserRole + 1, // bool; invalid while the test has no results
        UnderlyingDataRole,
    };

    explicit AcceptanceResultModel(QObject *parent = nullptr);

    void setTest(const Api::AcceptanceTest &test);
    const Api::AcceptanceTest &test() const { return m_test; }
    // A sentence on the overall outcome, e.g. "Passed: 3 of 3 metrics".
    QString verdict() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString operatorSymbol(const QString &op);
    static QString toleranceText(const Api::AcceptanceMetric &metric);

private:
    QVariant raw(int row, int column) const;

    Api::AcceptanceTest m_test;
};

} // namespace Models
