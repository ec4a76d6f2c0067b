// The Runs tab's table: an application's runs, newest first, paged lazily from the service
// (canFetchMore/fetchMore, 50 a page, appended), one column per statistic the runs report
// (discovered as pages arrive), and live status for queued/running runs through one watcher.
#pragma once

#include "api/client/pendingcall.h"
#include "api/dto/run.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace Api {
class NextmvService;
class RunWatcher;
} // namespace Api

namespace Models {

class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)

public:
    enum Column {
        Name,
        Id,
        Status,
        Instance,
        Version,
        Created,
        Duration,
        InputSize,
        FirstStatisticColumn
    };
    enum Role {
        UnderlyingDataRole = Qt::UserRole + 1, // raw value for sorting and filtering
        RunIdRole,
        StatusRole, // Api::RunStatus as int
        InstanceRole,
        VersionRole,
        CreatedRole,
        SearchTextRole, // name, ID and description, for the text filter
    };

    explicit RunListModel(Api::NextmvService &service, QObject *parent = nullptr);
    ~RunListModel() override;

    void setApplication(const QString &appId);
    QString applicationId() const { return m_appId; }
    // Reloads the newest page: new runs appear at the top, known ones are updated in place.
    void refresh();
    // The longest the watcher of queued and running runs waits between two polls.
    void setSlowestPollMs(int ms);
    Api::RunWatcher *watcher() const { return m_watcher; }
    bool isLoading() const { return m_pageCall.isActive(); }
    QStringList statisticNames() const { return m_statistics; }
    const Api::RunSummary &run(int row) const { return m_runs.at(row); }
    int rowOfRun(const QString &runId) const { return m_rowById.value(runId, -1); }
    // Applies fresher facts about one run (from its detail view or the watcher).
    void updateRun(const Api::RunInformation &info);
    // A run the server deleted.
    void removeRun(const QString &runId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString statusText(Api::RunStatus status);
    static QString durationText(double milliseconds);
    static QString sizeText(qint64 bytes);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const Api::Error &error);
    // A page or a refresh arrived: the list is as the server has it again.
    void loadSucceeded();
    void runFinished(const Api::RunInformation &run);

private:
    void appendPage(const QList<Api::RunSummary> &runs);
    void mergeNewest(const QList<Api::RunSummary> &runs);
    void addStatisticColumns(const QList<Api::RunSummary> &runs);
    void watchIfActive(const Api::RunSummary &run);
    void markDirty(int row);
    void flushDirtyRows();
    void rebuildIndex();
    QVariant displayValue(const Api::RunSummary &run, int column) const;
    QVariant rawValue(const Api::RunSummary &run, int column) const;
    std::optional<double> statistic(const Api::RunSummary &run, int column) const;

    Api::NextmvService &m_service;
    QString m_appId;
    QList<Api::RunSummary> m_runs;
    QHash<QString, int> m_rowById;
    QStringList m_statistics;
    QString m_nextPageToken;
    bool m_hasMore = false;
    Api::PendingCall m_pageCall;
    Api::PendingCall m_refreshCall;
    Api::RunWatcher *m_watcher = nullptr;
    int m_slowestPollMs;
    QSet<int> m_dirtyRows;
    QTimer m_flushTimer;
};

} // namespace Models
