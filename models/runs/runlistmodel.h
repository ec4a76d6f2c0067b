// The Runs tab's table: an application's runs, newest first, paged lazily from the service
// (canFetchMore/fetchMore, 50 a page, appended), one column per statistic the runs report
// (discovered as pages arrive), and live status for queued/running runs through one watcher.
// Rows are kept compact (RunStore), so that a million runs fit in a few hundred MB; pages are
// read ahead, so that scrolling on does not wait for the server, and what arrived while the
// view was busy is shown at once (one insertion and one repaint for several pages). While the
// user keeps scrolling, several pages are on their way at once: each is asked for as soon as
// the page before it names it, before that one is decoded.
#pragma once

#include "api/client/nextmvservice.h"
#include "api/client/pendingcall.h"
#include "api/dto/run.h"
#include "runstore.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <optional>

namespace Api {
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
    // A page the view asked for is on its way (a page read ahead is not "loading").
    bool isLoading() const { return m_pageWanted; }
    QStringList statisticNames() const { return m_statistics; }
    // The run as a list item (what the table keeps of it: not its options, for one).
    Api::RunSummary run(int row) const { return m_store.summary(row); }
    int rowOfRun(const QString &runId) const { return m_store.rowOf(runId); }
    // The rows as stored, for sorting and filtering them fast (RunFilterProxyModel).
    const RunStore &store() const { return m_store; }
    // What sorting by a column means in the store; a statistic column also gives its key.
    RunStore::Field sortField(int column, int *statisticKey) const;
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
    // A page asked for; more than one can be on its way, each asked for once the one before
    // it named it.
    struct PageRequest
    {
        quint64 id;
        QString token;
        Api::PendingCall call;
        bool nextKnown; // the token of the page after it is known (and maybe asked for)
        std::optional<Api::Result<Api::RunPage>> answer; // held until those before it came
    };
    void requestPage();
    PageRequest *pageRequest(quint64 id);
    void dropPageRequests();
    void readAhead();
    void scheduleShow();
    void showReadAhead();
    void onNextPageKnown(quint64 id, const QString &nextPageToken);
    void onPage(quint64 id, const Api::Result<Api::RunPage> &page);
    void takePage(const QString &token, bool nextWasKnown, const Api::Result<Api::RunPage> &page);
    void appendPage(const QList<Api::RunSummary> &runs);
    void mergeNewest(const QList<Api::RunSummary> &runs);
    void addStatisticColumns(const QList<Api::RunSummary> &runs);
    void watchIfActive(const Api::RunSummary &run);
    // Once the runs stop changing, names and IDs are ranked off the GUI thread (fast sorting).
    void textsChanged();
    void rankTexts();
    void markDirty(int row);
    void flushDirtyRows();
    QVariant displayValue(int row, int column) const;
    QDateTime createdAt(int row) const;
    QVariant rawValue(int row, int column) const;
    std::optional<double> statistic(int row, int column) const;

    Api::NextmvService &m_service;
    QString m_appId;
    RunStore m_store;
    QStringList m_statistics;
    QString m_nextPageToken;
    bool m_hasMore = false; // the server has pages after the last one asked for
    // Pages after the last one shown, read ahead and held until the view asks for more: then
    // all of them are shown at once. One page ahead, more while the user scrolls on.
    QList<Api::RunSummary> m_readAhead;
    int m_pagesAhead = 0;
    int m_pagesAheadLimit = 1;
    bool m_pageWanted = false; // the view asked for more rows and has not got them yet
    QTimer m_showTimer; // the next showing of pages, a frame after the last
    QElapsedTimer m_sinceShown;
    std::deque<PageRequest> m_pageRequests; // oldest first
    quint64 m_lastPageRequest = 0;
    Api::PendingCall m_refreshCall;
    Api::RunWatcher *m_watcher = nullptr;
    int m_slowestPollMs;
    QSet<int> m_dirtyRows;
    QTimer m_flushTimer;
    QTimer m_rankTimer;
    bool m_ranking = false;
    bool m_rankAgain = false;
};

} // namespace Models
