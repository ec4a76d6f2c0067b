// The Experiments tab: batch experiments, acceptance, shadow and switchback tests with live
// status and progress, filtered by type, and on the right the selected one's results (charts
// and table, the acceptance verdicts, or an online test's progress above its charts). Creates
// each kind, starts and stops online tests, cancels a running experiment, renames, and deletes
// after asking.
#pragma once

#include "api/client/pendingcall.h"
#include "models/experiments/experimentlistmodel.h"

#include <optional>

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Api {
class NextmvService;
struct Error;
} // namespace Api

namespace Models {
class ExperimentFilterProxyModel;
}

namespace Ui {

class AcceptanceResultsView;
class BatchResultsView;
class NewAcceptanceTestDialog;
class NewExperimentWizard;
class NewShadowTestDialog;
class NewSwitchbackTestDialog;
class OnlineTestView;

class ExperimentsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentsTab)

public:
    explicit ExperimentsTab(QWidget *parent = nullptr);

    void setService(Api::NextmvService *service);
    void setApplication(const QString &appId);
    void refresh();

    // Opens the wizard (non-modal, so the tab stays live); returns it for scripted use.
    NewExperimentWizard *newExperiment();
    void newAcceptanceTest();
    NewShadowTestDialog *newShadowTest();
    NewSwitchbackTestDialog *newSwitchbackTest();
    void showBatchExperiment(const QString &id);
    void showAcceptanceTest(const QString &id);
    void showShadowTest(const QString &id);
    void showSwitchbackTest(const QString &id);
    void cancelExperiment(const QString &id);
    void startOnlineTest(const QString &id);
    // Asks whether to complete or cancel it (or neither) first.
    void stopOnlineTest(const QString &id);
    // Only experiments and tests of this kind in the list; nullopt: every kind.
    void setKindFilter(std::optional<Models::ExperimentListModel::Kind> kind);
    void renameCurrent();
    void deleteCurrent();

    Models::ExperimentListModel *model() const { return m_model; }
    BatchResultsView *batchView() const { return m_batchView; }
    AcceptanceResultsView *acceptanceView() const { return m_acceptanceView; }
    OnlineTestView *onlineTestView() const { return m_onlineView; }
    // Milliseconds between refreshes while something runs (tests shorten it).
    void setPollInterval(int milliseconds);

Q_SIGNALS:
    void openRunRequested(const QString &runId);
    void compareRunsRequested(const QStringList &runIds);
    void statusMessage(const QString &message);
    void errorOccurred(const Api::Error &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const Models::ExperimentListModel::Row *currentRow() const;
    void showCurrent();
    // Shows that experiment or test: "loading" at once, its results when its answer comes.
    void show(Models::ExperimentListModel::Kind kind, const QString &id);
    void showNothing();
    void loadRuns(const QString &experimentId);
    void refreshShownOnlineTest();
    void shownFailed(const Api::Error &error);
    void onlineTestAnswered(const QString &id, bool finished, int runCount);
    void showCreated(Models::ExperimentListModel::Kind kind, const QString &id);
    // Opens (or raises) a New Shadow/Switchback Test dialog that shows what it creates.
    template<typename Dialog>
    Dialog *openOnlineTestDialog(QPointer<Dialog> &dialog, Models::ExperimentListModel::Kind kind,
                                 const QString &createdMessage);
    void closeCreationWindows();
    // Selects the row of what the right-hand side shows, without reloading it.
    void selectShown();
    void refreshShown();
    void updateButtons();
    void pollIfActive();
    void reportError(const QString &message);

    Api::NextmvService *m_service = nullptr;
    QString m_appId;
    // What the right-hand side shows.
    struct Shown
    {
        Models::ExperimentListModel::Kind kind = Models::ExperimentListModel::Kind::Batch;
        QString id; // empty: nothing
        bool finished = false; // its last answer said it no longer changes
        int runCount = -1; // of its last answer, to fetch the runs again when it changes
        Api::PendingCall call; // the one request for it

        bool is(Models::ExperimentListModel::Kind k, const QString &i) const
        {
            return !id.isEmpty() && kind == k && id == i;
        }
    };
    Shown m_shown;
    bool m_selectingShown = false;
    QPointer<NewExperimentWizard> m_wizard;
    QPointer<NewAcceptanceTestDialog> m_newTest;
    QPointer<NewShadowTestDialog> m_newShadow;
    QPointer<NewSwitchbackTestDialog> m_newSwitchback;
    Models::ExperimentListModel *m_model;
    Models::ExperimentFilterProxyModel *m_sorted;
    QComboBox *m_kindFilter;
    QTableView *m_table;
    QStackedWidget *m_details;
    QLabel *m_placeholder;
    QLabel *m_loading;
    BatchResultsView *m_batchView;
    AcceptanceResultsView *m_acceptanceView;
    OnlineTestView *m_onlineView;
    QPushButton *m_newAcceptance;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QTimer *m_poll;
};

} // namespace Ui
