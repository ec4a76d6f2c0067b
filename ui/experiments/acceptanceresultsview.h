// The results of an acceptance test: the overall verdict, then one row per metric with its
// outcome in green or red, the statistic, operator and tolerance, both sides' values and the
// margin; filter by outcome. Links to the batch experiment underneath for its charts.
#pragma once

#include "api/dto/experiment.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Models {
class AcceptanceResultModel;
}

namespace Ui {

class AcceptanceResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceptanceResultsView)

public:
    enum class OutcomeFilter { All, Passed, Failed };

    explicit AcceptanceResultsView(QWidget *parent = nullptr);

    void setTest(const Api::AcceptanceTest &test);
    // Shows no test (while another one loads).
    void clear();
    const Api::AcceptanceTest &test() const;
    void setOutcomeFilter(OutcomeFilter filter);
    QString verdictText() const;
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void openExperimentRequested(const QString &experimentId);

private:
    void showVerdict();

    Models::AcceptanceResultModel *m_results;
    QSortFilterProxyModel *m_filtered;
    QLabel *m_verdict;
    QLabel *m_details;
    QComboBox *m_filter;
    QTableView *m_table;
};

} // namespace Ui
