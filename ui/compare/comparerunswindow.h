// Runs → Compare: 2 to 20 runs in one window. Statistics side by side with the best of each
// row marked and a bar chart of one of them; metadata and options side by side with the
// differences marked; the outputs of two of them diffed. Tables export as CSV; a run's column
// header opens it in the Runs tab.
#pragma once

#include "api/dto/run.h"
#include "models/compare/comparedruns.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace Api {
class NextmvService;
class Transfer;
} // namespace Api

namespace Models {
class ComparisonTableModel;
class MetadataComparisonModel;
class StatisticsComparisonModel;
} // namespace Models

namespace Ui {

class ChartPanel;
class ComparisonHighlight;
class OutputDiffView;

class CompareRunsWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareRunsWindow)

public:
    enum Tab { StatisticsTab, MetadataTab, OutputDiffTab };

    CompareRunsWindow(Api::NextmvService &service, const QString &appId, const QStringList &runIds,
                      QWidget *parent = nullptr);

    // Long transfers (outputs downloaded for the diff) go to the transfers panel.
    void setTransferSink(std::function<void(Api::Transfer *)> sink);

    bool isLoaded() const { return m_pending == 0; }
    const Models::ComparedRuns &runs() const { return m_runs; }
    Models::StatisticsComparisonModel *statistics() const { return m_statistics; }
    Models::MetadataComparisonModel *metadata() const { return m_metadata; }
    QTableView *statisticsTable() const { return m_statisticsTable; }
    QTableView *metadataTable() const { return m_metadataTable; }
    QComboBox *chartStatistic() const { return m_chartStatistic; }
    ChartPanel *chart() const { return m_chart; }
    OutputDiffView *outputDiff() const { return m_outputDiff; }
    QLabel *status() const { return m_status; }
    void showTab(Tab tab);

    bool exportStatisticsCsv(const QString &path);
    bool exportMetadataCsv(const QString &path);

Q_SIGNALS:
    // Every run's metadata is in, or has failed (status() says which).
    void loaded();
    void openRunRequested(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildStatisticsPage();
    QWidget *buildMetadataPage();
    QTableView *comparisonTable(Models::ComparisonTableModel *model, const QString &objectName);
    void load(const QStringList &runIds);
    void showRuns();
    void updateChart();

    Api::NextmvService &m_service;
    const QString m_appId;
    QList<std::optional<Api::RunInformation>> m_loaded; // in the order asked for
    QStringList m_failures;
    int m_pending = 0;
    Models::ComparedRuns m_runs;

    QLabel *m_status;
    QTabWidget *m_tabs;
    Models::StatisticsComparisonModel *m_statistics;
    Models::MetadataComparisonModel *m_metadata;
    QList<ComparisonHighlight *> m_highlights;
    QTableView *m_statisticsTable = nullptr;
    QTableView *m_metadataTable = nullptr;
    QCheckBox *m_statisticsDifferencesOnly = nullptr;
    QCheckBox *m_metadataDifferencesOnly = nullptr;
    QComboBox *m_chartStatistic = nullptr;
    ChartPanel *m_chart = nullptr;
    OutputDiffView *m_outputDiff = nullptr;
};

} // namespace Ui
