// The Runs tab's table model.
#include "runlistmodel.h"

#include "api/client/nextmvservice.h"
#include "api/client/runwatcher.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace Models {

namespace {
constexpr int fixedColumns = RunListModel::FirstStatisticColumn;
// Pages read ahead: one until the user scrolls, then more; twice as many each time the view
// asks again soon after a page was shown (the user holds End), so that the server and the
// network, not the painting, set the pace.
constexpr int pagesAheadWhileScrolling = 4;
constexpr int mostPagesAhead = 64;
constexpr int keepsScrollingMs = 1000;
// Pages shown at most 30 times a second: each showing costs a repaint of the table (several
// ms), and the pages that arrive meanwhile are shown together with the next.
constexpr int frameMs = 33;
} // namespace

RunListModel::RunListModel(Api::NextmvService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_slowestPollMs(Api::RunWatcher::slowestIntervalMs)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &RunListModel::flushDirtyRows);
    m_rankTimer.setSingleShot(true);
    m_rankTimer.setInterval(300);
    connect(&m_rankTimer, &QTimer::timeout, this, &RunListModel::rankTexts);
    m_showTimer.setSingleShot(true);
    connect(&m_showTimer, &QTimer::timeout, this, &RunListModel::showReadAhead);
}

RunListModel::~RunListModel() = default;

void RunListModel::setApplication(const QString &appId)
{
    dropPageRequests();
    m_refreshCall.cancel();
    delete m_watcher;
    m_watcher = nullptr;
    beginResetModel();
    m_appId = appId;
    m_store.clear();
    m_statistics.clear();
    m_dirtyRows.clear();
    m_nextPageToken.clear();
    m_readAhead.clear();
    m_pagesAhead = 0;
    m_pagesAheadLimit = 1;
    m_showTimer.stop();
    m_sinceShown.invalidate();
    m_pageWanted = false;
    m_hasMore = !appId.isEmpty();
    endResetModel();
    if (!appId.isEmpty()) {
        m_watcher = new Api::RunWatcher(m_service, appId, this);
        m_watcher->setSlowestIntervalMs(m_slowestPollMs);
        connect(m_watcher, &Api::RunWatcher::runUpdated, this, &RunListModel::updateRun);
        connect(m_watcher, &Api::RunWatcher::runFinished, this, &RunListModel::runFinished);
        fetchMore({});
    }
}

void RunListModel::setSlowestPollMs(int ms)
{
    m_slowestPollMs = ms;
    if (m_watcher)
        m_watcher->setSlowestIntervalMs(ms);
}

bool RunListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_pageWanted)
        return false;
    return m_pagesAhead > 0 || !m_pageRequests.empty() || m_hasMore;
}

void RunListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pageWanted = true;
    if (m_store.size() > 0) { // not just the first page: the user scrolls
        const bool soonAgain = m_pagesAheadLimit >= pagesAheadWhileScrolling &&
            m_sinceShown.isValid() && m_sinceShown.elapsed() < keepsScrollingMs;
        m_pagesAheadLimit =
            soonAgain ? std::min(2 * m_pagesAheadLimit, mostPagesAhead) : pagesAheadWhileScrolling;
    }
    if (m_pagesAhead > 0) {
        scheduleShow();
        return;
    }
    readAhead();
    Q_EMIT loadingChanged(true);
}

void RunListModel::requestPage()
{
    m_hasMore = false; // until the answer names the page after it
    const quint64 id = ++m_lastPageRequest;
    m_pageRequests.push_back({id, m_nextPageToken, {}, false, {}});
    Api::PendingCall call = m_service.listRuns(
        m_appId, m_nextPageToken, this,
        [this, id](const Api::Result<Api::RunPage> &page) { onPage(id, page); },
        [this, id](const QString &nextPageToken) { onNextPageKnown(id, nextPageToken); });
    if (PageRequest *request = pageRequest(id))
        request->call = call;
}

RunListModel::PageRequest *RunListModel::pageRequest(quint64 id)
{
    for (PageRequest &request : m_pageRequests) {
        if (request.id == id)
            return &request;
    }
    return nullptr; // for another application, or dropped
}

void RunListModel::dropPageRequests()
{
    for (PageRequest &request : m_pageRequests)
        request.call.cancel();
    m_pageRequests.clear();
}

void RunListModel::readAhead()
{
    // Only once the page asked for last has named the one after it.
    const bool tokenPending = !m_pageRequests.empty() && !m_pageRequests.back().nextKnown;
    if (m_hasMore && !tokenPending && m_pagesAhead + int(m_pageRequests.size()) < m_pagesAheadLimit)
        requestPage();
}

void RunListModel::onNextPageKnown(quint64 id, const QString &nextPageToken)
{
    PageRequest *request = pageRequest(id);
    if (!request || request->nextKnown)
        return;
    request->nextKnown = true;
    m_nextPageToken = nextPageToken;
    m_hasMore = !nextPageToken.isEmpty();
    readAhead();
}

void RunListModel::scheduleShow()
{
    // Never at once: the view may ask from inside its handling of the rows just inserted.
    const qint64 sinceShown = m_sinceShown.isValid() ? m_sinceShown.elapsed() : frameMs;
    if (!m_showTimer.isActive())
        m_showTimer.start(int(std::max<qint64>(0, frameMs - sinceShown)));
}

void RunListModel::showReadAhead()
{
    if (!m_pageWanted || m_pagesAhead == 0)
        return; // another application since
    m_pageWanted = false;
    m_showTimer.stop();
    const QList<Api::RunSummary> runs = std::exchange(m_readAhead, {});
    m_pagesAhead = 0;
    readAhead(); // first: the server works on the next page while these are shown
    appendPage(runs);
    m_sinceShown.start();
    Q_EMIT loadingChanged(false);
    Q_EMIT loadSucceeded();
}

void RunListModel::onPage(quint64 id, const Api::Result<Api::RunPage> &page)
{
    PageRequest *request = pageRequest(id);
    if (!request)
        return;
    request->answer = page;
    // In the order asked for, whatever order the answers come in (a failure can overtake a
    // page being decoded).
    while (!m_pageRequests.empty() && m_pageRequests.front().answer) {
        const PageRequest done = std::move(m_pageRequests.front());
        m_pageRequests.pop_front();
        takePage(done.token, done.nextKnown, *done.answer);
    }
}

void RunListModel::takePage(const QString &token, bool nextWasKnown,
                            const Api::Result<Api::RunPage> &page)
{
    if (!page) {
        // The pages asked for after this one rest on its token: they go too, and this page
        // is asked for again when the view next wants more.
        dropPageRequests();
        m_nextPageToken = token;
        m_hasMore = true;
        // A page read ahead that failed is only news once the view asks for it (again) and
        // nothing read before it is left to show.
        if (m_pageWanted && m_pagesAhead == 0) {
            m_pageWanted = false;
            Q_EMIT loadingChanged(false);
            Q_EMIT loadFailed(page.error());
        }
        return;
    }
    const QString &assumedNext =
        m_pageRequests.empty() ? m_nextPageToken : m_pageRequests.front().token;
    if (!nextWasKnown || page->nextPageToken != assumedNext) {
        // The token read early was not this page's word on it (or none was read): the page's
        // own counts, and what was asked for on the other goes.
        dropPageRequests();
        m_nextPageToken = page->nextPageToken;
        m_hasMore = !m_nextPageToken.isEmpty();
    }
    m_readAhead += page->runs;
    ++m_pagesAhead;
    if (m_pageWanted && (!m_sinceShown.isValid() || m_sinceShown.elapsed() >= frameMs)) {
        showReadAhead();
        return;
    }
    readAhead();
    if (m_pageWanted)
        scheduleShow();
}

void RunListModel::refresh()
{
    if (m_appId.isEmpty() || m_refreshCall.isActive())
        return;
    if (m_store.size() == 0 && m_pageRequests.empty() && m_pagesAhead == 0) {
        m_hasMore = true;
        m_nextPageToken.clear();
        fetchMore({});
        return;
    }
    const QString appId = m_appId;
    m_refreshCall =
        m_service.listRuns(m_appId, {}, this, [this, appId](const Api::Result<Api::RunPage> &page) {
            m_refreshCall = {};
            if (appId != m_appId)
                return;
            if (!page) {
                Q_EMIT loadFailed(page.error());
                return;
            }
            mergeNewest(page->runs);
            Q_EMIT loadSucceeded();
        });
}

void RunListModel::addStatisticColumns(const QList<Api::RunSummary> &runs)
{
    QStringList added;
    for (const Api::RunSummary &run : runs) {
        for (const Api::Indicator &indicator : run.statistics) {
            if (!m_statistics.contains(indicator.name) && !added.contains(indicator.name))
                added.append(indicator.name);
        }
    }
    if (added.isEmpty())
        return;
    // The objective first, then timings, then the app's custom statistics by name.
    static const QStringList leading{QStringLiteral("result.value"),
                                     QStringLiteral("result.duration"),
                                     QStringLiteral("run.duration")};
    std::sort(added.begin(), added.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = leading.indexOf(a), ib = leading.indexOf(b);
        if (ia != ib)
            return ia >= 0 && (ib < 0 || ia < ib);
        return a < b;
    });
    const int first = fixedColumns + int(m_statistics.size());
    beginInsertColumns({}, first, first + int(added.size()) - 1);
    m_statistics.append(added);
    endInsertColumns();
}

void RunListModel::appendPage(const QList<Api::RunSummary> &runs)
{
    QList<Api::RunSummary> fresh;
    QSet<QString> ids;
    for (const Api::RunSummary &run : runs) {
        if (rowOfRun(run.id) < 0 && !ids.contains(run.id)) {
            ids.insert(run.id);
            fresh.append(run);
        }
    }
    addStatisticColumns(fresh);
    if (fresh.isEmpty())
        return;
    const int first = m_store.size();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_store.append(fresh);
    endInsertRows();
    textsChanged();
    for (const Api::RunSummary &run : std::as_const(fresh))
        watchIfActive(run);
}

void RunListModel::mergeNewest(const QList<Api::RunSummary> &runs)
{
    QList<Api::RunSummary> fresh;
    QSet<QString> ids;
    for (const Api::RunSummary &run : runs) {
        const int row = rowOfRun(run.id);
        if (row >= 0) {
            addStatisticColumns({run});
            m_store.replace(row, run);
            markDirty(row);
            textsChanged();
        } else if (!ids.contains(run.id)) {
            ids.insert(run.id);
            fresh.append(run);
        }
    }
    addStatisticColumns(fresh);
    if (fresh.isEmpty())
        return;
    flushDirtyRows(); // row numbers change below
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_store.prepend(fresh);
    endInsertRows();
    textsChanged();
    for (const Api::RunSummary &run : std::as_const(fresh))
        watchIfActive(run);
}

void RunListModel::watchIfActive(const Api::RunSummary &run)
{
    if (m_watcher && !Api::isTerminal(run.status))
        m_watcher->watch(run.id, run.status);
}

void RunListModel::updateRun(const Api::RunInformation &info)
{
    const int row = rowOfRun(info.id);
    if (row < 0 || info.metadata.applicationId != m_appId)
        return;
    const Api::RunSummary updated = Api::RunSummary::fromInformation(info);
    addStatisticColumns({updated});
    m_store.replace(row, updated);
    markDirty(row);
    textsChanged();
}

void RunListModel::removeRun(const QString &runId)
{
    const int row = rowOfRun(runId);
    if (row < 0)
        return;
    flushDirtyRows(); // their row numbers shift below this one
    beginRemoveRows({}, row, row);
    m_store.remove(row);
    endRemoveRows();
}

void RunListModel::textsChanged()
{
    m_rankTimer.start(); // again: while pages keep coming, nothing is ranked
}

void RunListModel::rankTexts()
{
    if (m_ranking) {
        m_rankAgain = true;
        return;
    }
    using Ranks = std::pair<std::vector<quint32>, std::vector<quint32>>;
    RunStore::TextSnapshot names = m_store.textSnapshot(RunStore::Field::Name);
    RunStore::TextSnapshot ids = m_store.textSnapshot(RunStore::Field::Id);
    const quint64 generation = names.generation;
    auto *watcher = new QFutureWatcher<Ranks>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        Ranks ranks = watcher->result();
        watcher->deleteLater();
        m_ranking = false;
        m_store.setTextRanks(RunStore::Field::Name, generation, std::move(ranks.first));
        m_store.setTextRanks(RunStore::Field::Id, generation, std::move(ranks.second));
        if (std::exchange(m_rankAgain, false))
            m_rankTimer.start();
    });
    m_ranking = true;
    watcher->setFuture(QtConcurrent::run([names = std::move(names), ids = std::move(ids)] {
        return Ranks(RunStore::rankTexts(names), RunStore::rankTexts(ids));
    }));
}

void RunListModel::markDirty(int row)
{
    m_dirtyRows.insert(row);
    m_flushTimer.start();
}

void RunListModel::flushDirtyRows()
{
    // One dataChanged per contiguous block of rows, not one per cell or row.
    QList<int> rows(m_dirtyRows.begin(), m_dirtyRows.end());
    m_dirtyRows.clear();
    std::sort(rows.begin(), rows.end());
    const int lastColumn = columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        if (rows.at(j) < m_store.size())
            Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), lastColumn));
        i = j + 1;
    }
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store.size();
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fixedColumns + int(m_statistics.size());
}

std::optional<double> RunListModel::statistic(int row, int column) const
{
    const int key = m_store.statisticKey(m_statistics.at(column - fixedColumns));
    return key < 0 ? std::nullopt : m_store.statistic(row, key);
}

RunStore::Field RunListModel::sortField(int column, int *statisticKey) const
{
    *statisticKey = -1;
    switch (column) {
    case Name:
        return RunStore::Field::Name;
    case Id:
        return RunStore::Field::Id;
    case Status:
        return RunStore::Field::Status;
    case Instance:
        return RunStore::Field::Instance;
    case Version:
        return RunStore::Field::Version;
    case Created:
        return RunStore::Field::Created;
    case Duration:
        return RunStore::Field::Duration;
    case InputSize:
        return RunStore::Field::InputSize;
    default:
        if (column - fixedColumns < m_statistics.size())
            *statisticKey = m_store.statisticKey(m_statistics.at(column - fixedColumns));
        return RunStore::Field::Statistic;
    }
}

QString RunListModel::statusText(Api::RunStatus status)
{
    switch (status) {
    case Api::RunStatus::Queued:
        return tr("queued", "run status");
    case Api::RunStatus::Running:
        return tr("running", "run status");
    case Api::RunStatus::Succeeded:
        return tr("succeeded", "run status");
    case Api::RunStatus::Failed:
        return tr("failed", "run status");
    case Api::RunStatus::Canceled:
        return tr("canceled", "run status");
    case Api::RunStatus::None:
    case Api::RunStatus::Unknown:
        break;
    }
    return tr("unknown", "run status");
}

QString RunListModel::durationText(double milliseconds)
{
    if (milliseconds < 1000)
        return tr("%1 ms").arg(qRound(milliseconds));
    const double seconds = milliseconds / 1000.0;
    if (seconds < 60)
        return tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const int whole = int(seconds);
    if (whole < 3600)
        return tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
    return tr("%1 h %2 min").arg(whole / 3600).arg((whole % 3600) / 60);
}

QString RunListModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant RunListModel::displayValue(int row, int column) const
{
    switch (column) {
    case Name:
        return m_store.name(row);
    case Id:
        return m_store.id(row);
    case Status:
        return statusText(m_store.status(row));
    case Instance:
        return m_store.instance(row);
    case Version:
        return m_store.version(row);
    case Created:
        return QLocale().toString(createdAt(row).toLocalTime(), QLocale::ShortFormat);
    case Duration: {
        const auto ms = m_store.durationMs(row);
        return Api::isTerminal(m_store.status(row)) && ms ? durationText(*ms) : QVariant();
    }
    case InputSize: {
        const auto bytes = m_store.inputSize(row);
        return bytes ? sizeText(*bytes) : QVariant();
    }
    default:
        if (const auto value = statistic(row, column))
            return QLocale().toString(*value, 'g', 8);
        return {};
    }
}

QVariant RunListModel::rawValue(int row, int column) const
{
    switch (column) {
    case Status:
        return int(m_store.status(row));
    case Created:
        return createdAt(row);
    case Duration: {
        const auto ms = m_store.durationMs(row);
        return ms ? QVariant(*ms) : QVariant();
    }
    case InputSize: {
        const auto bytes = m_store.inputSize(row);
        return bytes ? QVariant(*bytes) : QVariant();
    }
    case Name:
    case Id:
    case Instance:
    case Version:
        return displayValue(row, column);
    default:
        if (const auto value = statistic(row, column))
            return *value;
        return {};
    }
}

QDateTime RunListModel::createdAt(int row) const
{
    const qint64 ms = m_store.createdMs(row);
    return ms == std::numeric_limits<qint64>::min() ? QDateTime()
                                                    : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status) {
            const QString error = m_store.error(row);
            if (!error.isEmpty())
                return error;
        }
        if (index.column() == Name) {
            const QString description = m_store.description(row);
            if (!description.isEmpty())
                return description;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Duration ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                          : QVariant();
    case UnderlyingDataRole:
        return rawValue(row, index.column());
    case RunIdRole:
        return m_store.id(row);
    case StatusRole:
        return int(m_store.status(row));
    case InstanceRole:
        return m_store.instance(row);
    case VersionRole:
        return m_store.version(row);
    case CreatedRole:
        return createdAt(row);
    case SearchTextRole:
        return m_store.name(row) + QLatin1Char('\n') + m_store.id(row) + QLatin1Char('\n') +
            m_store.description(row);
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("ID");
    case Status:
        return tr("Status");
    case Instance:
        return tr("Instance");
    case Version:
        return tr("Version");
    case Created:
        return tr("Created");
    case Duration:
        return tr("Duration");
    case InputSize:
        return tr("Input size");
    default:
        if (section - fixedColumns < m_statistics.size())
            return m_statistics.at(section - fixedColumns);
        return {};
    }
}

} // namespace Models
