// One run in detail: its metadata and statistics, input and output as JSON (tree and raw),
// and its logs (tailed live while the run is active). Loads each part when first shown.
#pragma once

#include "api/client/pendingcall.h"
#include "api/dto/run.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Api {
class NextmvService;
class Transfer;
} // namespace Api

namespace Ui {

class EnsembleRunView;
class JsonViewer;

class RunDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailView)

public:
    enum Tab { SummaryTab, InputTab, OutputTab, LogsTab, EnsembleTab };

    explicit RunDetailView(QWidget *parent = nullptr);

    void setService(Api::NextmvService *service);
    // Long transfers (large outputs, Save As…) are handed here to show in the transfers panel.
    void setTransferSink(std::function<void(Api::Transfer *)> sink) { m_transferSink = sink; }

    void showRun(const QString &appId, const QString &runId);
    void clear();
    QString runId() const { return m_runId; }
    const Api::RunInformation &run() const { return m_run; }
    void showTab(Tab tab);
    JsonViewer *outputViewer() const { return m_output; }
    JsonViewer *inputViewer() const { return m_input; }
    EnsembleRunView *ensembleView() const { return m_ensemble; }
    bool isEnsembleTabShown() const;
    QString logText() const;

Q_SIGNALS:
    void renameRequested(const QString &runId);
    void cancelRequested(const QString &runId);
    void rerunRequested(const QString &runId);
    void runLoaded(const Api::RunInformation &run);
    // A child run of an ensemble was clicked.
    void openRunRequested(const QString &runId);

private:
    void onMetadata(const Api::RunInformation &run);
    void fillSummary();
    void loadTab(int tab);
    void loadPayload(bool output);
    void loadPayloadFile(bool output, const QString &path);
    void pollLogs();
    void savePayload(bool output);
    void loadEnsemble();

    Api::NextmvService *m_service = nullptr;
    std::function<void(Api::Transfer *)> m_transferSink;
    QString m_appId;
    QString m_runId;
    Api::RunInformation m_run;
    bool m_inputLoaded = false;
    bool m_outputLoaded = false;
    bool m_logsLoaded = false;
    QString m_logCursor;
    QTimer m_logTimer;
    QList<Api::PendingCall> m_calls;
    QTemporaryDir m_downloads;

    QLabel *m_title;
    QPushButton *m_renameButton;
    QPushButton *m_cancelButton;
    QPushButton *m_rerunButton;
    QTabWidget *m_tabs;
    QFormLayout *m_form;
    QTableWidget *m_statistics;
    JsonViewer *m_input;
    JsonViewer *m_output;
    QPlainTextEdit *m_logs;
    QLabel *m_logState;
    EnsembleRunView *m_ensemble;
};

} // namespace Ui
