// Batch experiments, acceptance, shadow and switchback tests of an application in one table,
// with status and progress (an acceptance test shows its batch experiment's, a shadow test the
// baseline runs it has seen of its maximum, a switchback test the units of its plan gone by).
// Refreshing merges by ID (rows are updated in place, not reset), so a view keeps its selection and
// scroll position while it polls a running experiment.
#pragma once

#include "api/dto/experiment.h"
#include "api/dto/shadowtest.h"
#include "api/dto/switchbacktest.h"

#include <QAbstractTableModel>

namespace Models {

class ExperimentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentListModel)

public:
    enum class Kind { Batch, Acceptance, Shadow, Switchback };
    // What the progress counts.
    enum class ProgressUnit { Runs, BaselineRuns, PlanUnits };
    enum Column { Name, Type, Status, Progress, Created, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, // int(Kind)
        ProgressRole, // completed / requested in [0, 1]; -1 when unknown
        UnderlyingDataRole, // for sorting: QDateTime for Created, numbers for Progress
    };

    struct Row
    {
        Kind kind = Kind::Batch;
        QString id;
        QString name;
        QString description;
        Api::ExperimentStatus status = Api::ExperimentStatus::Unknown;
        QString experimentId; // acceptance tests: the batch experiment they rest on
        QString comparison; // "candidate vs baseline" (acceptance, shadow, switchback)
        ProgressUnit progressUnit = ProgressUnit::Runs;
        int requestedRuns = 0; // of progressUnit
        int completedRuns = 0;
        QDateTime createdAt;
    };

    explicit ExperimentListModel(QObject *parent = nullptr);

    void setBatchExperiments(const QList<Api::BatchExperiment> &experiments);
    void setAcceptanceTests(const QList<Api::AcceptanceTest> &tests);
    void setShadowTests(const QList<Api::ShadowTest> &tests);
    // A switchback test's progress is its plan's units gone by at `now`.
    void setSwitchbackTests(const QList<Api::SwitchbackTest> &tests,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Updates one row from a freshly fetched experiment or test (live progress).
    void updateBatchExperiment(const Api::BatchExperiment &experiment);
    void updateShadowTest(const Api::ShadowTest &test);
    void updateSwitchbackTest(const Api::SwitchbackTest &test,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    void clear();

    const Row *row(const QModelIndex &index) const;
    QModelIndex indexOf(Kind kind, const QString &id) const;
    // True while any experiment is still running: the view keeps polling until it is false.
    bool hasActiveExperiments() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // An ExperimentStatus in words for people (translated).
    static QString statusText(Api::ExperimentStatus status);
    // What a kind is called (translated), for filters and titles.
    static QString kindText(Kind kind);

private:
    void merge(Kind kind, const QList<Row> &fresh);
    void updateRow(const Row &fresh);
    // Acceptance tests show the run counts of the batch experiment they rest on.
    void lendProgress(const Api::BatchExperiment &experiment);
    QString typeText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace Models
