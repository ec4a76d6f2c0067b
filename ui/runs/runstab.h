// The Runs tab: the application's runs in a sortable, filterable table that pages as you
// scroll, the selected run in detail, and the run actions (new run, also by dropping a JSON
// file on the tab; rename; cancel).
#pragma once

#include "api/client/nextmvservice.h"
#include "api/dto/instance.h"
#include "api/dto/run.h"

#include <QPointer>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace Api {
class NextmvService;
class Transfer;
} // namespace Api

namespace Models {
class RunFilterProxyModel;
class RunListModel;
class TransferListModel;
} // namespace Models

namespace Ui {

class CompareRunsWindow;
class RunDetailView;
class NewRunDialog;

class RunsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsTab)

public:
    RunsTab(Models::TransferListModel &transfers, QWidget *parent = nullptr);
    ~RunsTab() override;

    void setService(Api::NextmvService *service);
    void setApplication(const QString &appId);
    QString applicationId() const { return m_appId; }

    void refresh();
    // How often the list asks for runs started elsewhere (the Preferences' polling interval).
    void setAutoRefreshSeconds(int seconds);
    int autoRefreshSeconds() const { return m_autoRefresh.interval() / 1000; }
    // Opens New Run, with the input file and the ensemble definition to run chosen when given.
    void newRun(const QString &inputFile = {}, const QString &ensembleDefinitionId = {});
    // Opens New Run on a managed input the server keeps.
    void newRunFromInput(const QString &inputId, const QString &inputName);
    // Opens New Run filled in from a run: its instance (or ensemble), the options it was
    // asked for and its input (the managed input it read, else a copy fetched first).
    void rerun(const QString &runId);
    void focusSearch();
    void renameRun(const QString &runId);
    // Asks first; only offered where the server supports it.
    void deleteRun(const QString &runId);
    void cancelRun(const QString &runId);
    // Asks once for all of them.
    void cancelRuns(const QStringList &runIds);
    // The selected runs that have not ended, which Cancel Selected Runs stops.
    QStringList cancellableRunIds() const;
    void selectRun(const QString &runId);
    QStringList selectedRunIds() const;
    // Opens a comparison of 2 to 20 runs in a window of its own.
    CompareRunsWindow *compareRuns(const QStringList &runIds);

    Models::RunListModel *model() const { return m_model; }
    Models::RunFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // Built the first time a run is shown: most starts show a page of runs before any detail.
    RunDetailView *detail();
    // The dialog while it is open (tests drive it).
    NewRunDialog *openDialog() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void runSubmitted(const QString &runId);
    void makeInputSetRequested(const QStringList &runIds);
    void keepInputRequested(const QString &runId);
    // A run started from this console has ended (for the desktop notification).
    void startedRunFinished(const Api::RunInformation &run);
    void statusMessage(const QString &message);
    // The selection, or the status of a selected run, changed: what cancellableRunIds() says.
    void selectionChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildFilterBar(QLayout *layout);
    void applyFilters();
    void loadInstances();
    // The dialog with instances and ensembles filled in; false when it cannot open now.
    bool openNewRunDialog(const QString &ensembleDefinitionId = {});
    void submit(const QString &instanceId, const Api::RunInputSource &input,
                const Api::RunRequest &request);
    void openRerunDialog(const Api::RunInformation &run, const QString &inputFile);
    // Starts the run the open dialog describes once the user accepts it: on the managed
    // input the server keeps, or through submitRun (which uploads what needs it).
    void submitWhenAccepted();
    void onRunStarted(const QString &runId);
    void onRunNotStarted(const Api::Error &error);
    void showContextMenu(const QPoint &position);
    QString currentRunId() const;
    // The run the detail pane shows; empty before it is built.
    QString shownRunId() const;

    Models::TransferListModel &m_transfers;
    Api::NextmvService *m_service = nullptr;
    QString m_appId;
    QList<Api::Instance> m_instances;
    QSet<QString> m_startedHere;
    Models::RunListModel *m_model = nullptr;
    Models::RunFilterProxyModel *m_proxy;
    QTableView *m_table;
    RunDetailView *m_detail = nullptr;
    QSplitter *m_splitter;
    QLabel *m_detailPlaceholder; // in the splitter until the detail pane is built
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_instance;
    QComboBox *m_version;
    QCheckBox *m_fromEnabled;
    QDateTimeEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateTimeEdit *m_to;
    QLabel *m_loading;
    // A QPointer, not a destroyed() handler: the dialog is a child, so it is deleted in
    // ~QWidget, after this tab's own members are gone.
    QPointer<NewRunDialog> m_dialog;
    QList<QPointer<CompareRunsWindow>> m_comparisons;
    std::unique_ptr<QTemporaryDir> m_rerunInputs; // copies of the inputs of runs run again // they
                                                  // call the service: closed with it
    QTimer m_autoRefresh;
    bool m_columnsRestored = false;
};

} // namespace Ui
