// Creates an acceptance test on a batch experiment: the baseline (control) and candidate
// instances, and the metrics (statistic path, statistic, operator, tolerance) the candidate
// must meet. A refused request keeps the dialog open with the server's reason.
#pragma once

#include "api/dto/experiment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Api {
class NextmvService;
}

namespace Ui {

class NewAcceptanceTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewAcceptanceTestDialog)

public:
    NewAcceptanceTestDialog(Api::NextmvService &service, const QString &appId,
                            const Api::BatchExperiment &experiment, QWidget *parent = nullptr);

    Api::Result<Api::AcceptanceTest> test() const;
    void setInstances(const QString &control, const QString &candidate);
    void addMetric(const Api::AcceptanceMetric &metric);

    void accept() override;

Q_SIGNALS:
    void acceptanceTestCreated(const QString &id);

private:
    Api::AcceptanceMetric metricAt(int row) const;
    void showError(const QString &message);

    Api::NextmvService &m_service;
    QString m_appId;
    Api::BatchExperiment m_experiment;
    QStringList m_statistics;
    bool m_creating = false;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QComboBox *m_control;
    QComboBox *m_candidate;
    QTableWidget *m_metrics;
    QLabel *m_error;
};

} // namespace Ui
