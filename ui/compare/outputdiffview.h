// The outputs of two of the compared runs, diffed: the structural changes (paths added,
// removed, changed, moved) and the line diff of the pretty-printed text. Large outputs are
// downloaded to files and everything heavy runs on a worker thread; Cancel stops it.
#pragma once

#include "api/client/pendingcall.h"
#include "models/compare/comparedruns.h"
#include "models/compare/outputcomparison.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Api {
class NextmvService;
class Transfer;
} // namespace Api

namespace Models {
class JsonDiffModel;
class LineDiffModel;
} // namespace Models

namespace Ui {

class OutputDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputDiffView)

public:
    explicit OutputDiffView(QWidget *parent = nullptr);
    ~OutputDiffView() override;

    void setService(Api::NextmvService *service, const QString &appId);
    void setTransferSink(std::function<void(Api::Transfer *)> sink) { m_transferSink = sink; }
    void setRuns(const Models::ComparedRuns &runs);

    // Compares the outputs of two of the runs (their indexes in the comparison).
    void compare(int first, int second);
    void cancel();
    bool isBusy() const { return m_busy; }

    QComboBox *firstRun() const { return m_first; }
    QComboBox *secondRun() const { return m_second; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summary() const { return m_summary; }
    Models::JsonDiffModel *changes() const { return m_changes; }
    Models::LineDiffModel *lines() const { return m_lines; }
    QTableView *changesTable() const { return m_changesTable; }
    QTableView *linesTable() const { return m_linesTable; }

Q_SIGNALS:
    // A comparison ended: shown, failed or canceled (summary() says which).
    void finished();

private:
    void fetchOutput(int side, int run);
    void onFetched(int side, const Api::Result<Models::OutputSource> &output);
    void onCompared();
    // Drops whatever is in flight: fetches, downloads, the worker.
    void stopWork();
    void finish(const QString &summary);
    void updateButtons();

    Api::NextmvService *m_service = nullptr;
    QString m_appId;
    std::function<void(Api::Transfer *)> m_transferSink;
    Models::ComparedRuns m_runs;
    QTemporaryDir m_downloads;

    int m_generation = 0; // bumps with each comparison, so late answers are dropped
    bool m_busy = false;
    std::optional<Models::OutputSource> m_fetched[2];
    QList<Api::PendingCall> m_calls;
    QList<QPointer<Api::Transfer>> m_transfers;
    std::shared_ptr<std::atomic_bool> m_canceled;
    QFutureWatcher<Models::OutputComparison> m_worker;

    QComboBox *m_first;
    QComboBox *m_second;
    QPushButton *m_compare;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QTabWidget *m_results;
    Models::JsonDiffModel *m_changes;
    Models::LineDiffModel *m_lines;
    QTableView *m_changesTable;
    QTableView *m_linesTable;
};

} // namespace Ui
