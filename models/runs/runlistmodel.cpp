// The Runs tab's table model.
#include "runlistmodel.h"

#include "api/client/nextmvservice.h"
#include "api/client/runwatcher.h"

#include <QLocale>

namespace Models {

namespace {
constexpr int fixedColumns = RunListModel::FirstStatisticColumn;
} // namespace

RunListModel::RunListModel(Api::NextmvService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_slowestPollMs(Api::RunWatcher::slowestIntervalMs)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &RunListModel::flushDirtyRows);
}

RunListModel::~RunListModel() = default;

void RunListModel::setApplication(const QString &appId)
{
    m_pageCall.cancel();
    m_refreshCall.cancel();
    delete m_watcher;
    m_watcher = nullptr;
    beginResetModel();
    m_appId = appId;
    m_runs.clear();
    m_rowById.clear();
    m_statistics.clear();
    m_dirtyRows.clear();
    m_nextPageToken.clear();
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
    return !parent.isValid() && m_hasMore && !m_pageCall.isActive();
}

void RunListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QString appId = m_appId;
    m_pageCall = m_service.listRuns(m_appId, m_nextPageToken, this,
                                    [this, appId](const Api::Result<Api::RunPage> &page) {
                                        if (appId != m_appId)
                                            return;
                                        m_pageCall = {};
                                        if (!page) {
                                            Q_EMIT loadingChanged(false);
                                            Q_EMIT loadFailed(page.error());
                                            return;
                                        }
                                        m_nextPageToken = page->nextPageToken;
                                        m_hasMore = !m_nextPageToken.isEmpty();
                                        appendPage(page->runs);
                                        Q_EMIT loadingChanged(false);
                                        Q_EMIT loadSucceeded();
                                    });
    Q_EMIT loadingChanged(true);
}

void RunListModel::refresh()
{
    if (m_appId.isEmpty() || m_refreshCall.isActive())
        return;
    if (m_runs.isEmpty() && !m_pageCall.isActive()) {
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
    for (const Api::RunSummary &run : runs) {
        if (!m_rowById.contains(run.id))
            fresh.append(run);
    }
    addStatisticColumns(fresh);
    if (fresh.isEmpty())
        return;
    const int first = int(m_runs.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Api::RunSummary &run : std::as_const(fresh)) {
        m_rowById.insert(run.id, int(m_runs.size()));
        m_runs.append(run);
    }
    endInsertRows();
    for (const Api::RunSummary &run : std::as_const(fresh))
        watchIfActive(run);
}

void RunListModel::mergeNewest(const QList<Api::RunSummary> &runs)
{
    QList<Api::RunSummary> fresh;
    for (const Api::RunSummary &run : runs) {
        const int row = rowOfRun(run.id);
        if (row < 0) {
            fresh.append(run);
            continue;
        }
        m_runs[row] = run;
        markDirty(row);
    }
    addStatisticColumns(fresh + runs);
    if (fresh.isEmpty())
        return;
    flushDirtyRows(); // row numbers change below
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_runs = fresh + m_runs;
    rebuildIndex();
    endInsertRows();
    for (const Api::RunSummary &run : std::as_const(fresh))
        watchIfActive(run);
}

void RunListModel::rebuildIndex()
{
    m_rowById.clear();
    for (int row = 0; row < m_runs.size(); ++row)
        m_rowById.insert(m_runs.at(row).id, row);
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
    Api::RunSummary updated = Api::RunSummary::fromInformation(info);
    // Metadata does not carry everything a list item has; keep what we knew.
    updated.unknownFields = m_runs.at(row).unknownFields;
    addStatisticColumns({updated});
    m_runs[row] = updated;
    markDirty(row);
}

void RunListModel::removeRun(const QString &runId)
{
    const int row = rowOfRun(runId);
    if (row < 0)
        return;
    flushDirtyRows(); // their row numbers shift below this one
    beginRemoveRows({}, row, row);
    m_runs.removeAt(row);
    rebuildIndex();
    endRemoveRows();
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
        if (rows.at(j) < m_runs.size())
            Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), lastColumn));
        i = j + 1;
    }
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fixedColumns + int(m_statistics.size());
}

std::optional<double> RunListModel::statistic(const Api::RunSummary &run, int column) const
{
    const QString &name = m_statistics.at(column - fixedColumns);
    for (const Api::Indicator &indicator : run.statistics) {
        if (indicator.name == name)
            return indicator.value;
    }
    return std::nullopt;
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

QVariant RunListModel::displayValue(const Api::RunSummary &run, int column) const
{
    switch (column) {
    case Name:
        return run.name;
    case Id:
        return run.id;
    case Status:
        return statusText(run.status);
    case Instance:
        return run.instanceId;
    case Version:
        return run.versionId;
    case Created:
        return QLocale().toString(run.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Duration:
        return Api::isTerminal(run.status) && run.durationMs ? durationText(*run.durationMs)
                                                             : QVariant();
    case InputSize:
        return run.inputSize ? sizeText(*run.inputSize) : QVariant();
    default:
        if (const auto value = statistic(run, column))
            return QLocale().toString(*value, 'g', 8);
        return {};
    }
}

QVariant RunListModel::rawValue(const Api::RunSummary &run, int column) const
{
    switch (column) {
    case Status:
        return int(run.status);
    case Created:
        return run.createdAt;
    case Duration:
        return run.durationMs ? QVariant(*run.durationMs) : QVariant();
    case InputSize:
        return run.inputSize ? QVariant(*run.inputSize) : QVariant();
    case Name:
    case Id:
    case Instance:
    case Version:
        return displayValue(run, column);
    default:
        if (const auto value = statistic(run, column))
            return *value;
        return {};
    }
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Api::RunSummary &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(run, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && !run.error.isEmpty())
            return run.error;
        if (index.column() == Name && !run.description.isEmpty())
            return run.description;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Duration ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                          : QVariant();
    case UnderlyingDataRole:
        return rawValue(run, index.column());
    case RunIdRole:
        return run.id;
    case StatusRole:
        return int(run.status);
    case InstanceRole:
        return run.instanceId;
    case VersionRole:
        return run.versionId;
    case CreatedRole:
        return run.createdAt;
    case SearchTextRole:
        return run.name + QLatin1Char('\n') + run.id + QLatin1Char('\n') + run.description;
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
