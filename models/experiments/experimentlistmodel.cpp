// Batch experiments and acceptance tests in one table.
#include "experimentlistmodel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace Models {

namespace {

ExperimentListModel::Row rowOf(const Api::BatchExperiment &e)
{
    ExperimentListModel::Row row;
    row.kind = ExperimentListModel::Kind::Batch;
    row.id = e.id;
    row.name = e.name.isEmpty() ? e.id : e.name;
    row.description = e.description;
    row.status = e.status;
    row.requestedRuns = e.totalRuns();
    row.completedRuns = e.completedRuns;
    row.createdAt = e.createdAt;
    return row;
}

ExperimentListModel::Row rowOf(const Api::AcceptanceTest &t)
{
    ExperimentListModel::Row row;
    row.kind = ExperimentListModel::Kind::Acceptance;
    row.id = t.id;
    row.name = t.name.isEmpty() ? t.id : t.name;
    row.description = t.description;
    row.status = t.status;
    row.experimentId = t.experimentId;
    row.comparison =
        ExperimentListModel::tr("%1 vs %2").arg(t.candidateInstance, t.controlInstance);
    row.createdAt = t.createdAt;
    return row;
}

ExperimentListModel::Row rowOf(const Api::ShadowTest &t)
{
    ExperimentListModel::Row row;
    row.kind = ExperimentListModel::Kind::Shadow;
    row.id = t.id;
    row.name = t.name.isEmpty() ? t.id : t.name;
    row.description = t.description;
    row.status = t.status;
    QStringList pairs;
    for (const Api::ShadowComparison &c : t.comparisons)
        pairs.append(
            ExperimentListModel::tr("%1 vs %2")
                .arg(c.candidateInstanceIds.join(QStringLiteral(", ")), c.baselineInstanceId));
    row.comparison = pairs.join(QStringLiteral("; "));
    row.progressUnit = ExperimentListModel::ProgressUnit::BaselineRuns;
    row.requestedRuns = t.maximumRuns;
    row.completedRuns = std::min(t.baselineRuns, t.maximumRuns);
    row.createdAt = t.createdAt;
    return row;
}

ExperimentListModel::Row rowOf(const Api::SwitchbackTest &t, const QDateTime &now)
{
    ExperimentListModel::Row row;
    row.kind = ExperimentListModel::Kind::Switchback;
    row.id = t.id;
    row.name = t.name.isEmpty() ? t.id : t.name;
    row.description = t.description;
    row.status = t.status;
    row.comparison =
        ExperimentListModel::tr("%1 vs %2").arg(t.candidateInstanceId, t.baselineInstanceId);
    row.progressUnit = ExperimentListModel::ProgressUnit::PlanUnits;
    row.requestedRuns = int(t.plan.units.size());
    // Units gone by: all once it has ended, none before it starts (a draft has no clock yet).
    if (t.status == Api::ExperimentStatus::Completed)
        row.completedRuns = row.requestedRuns;
    else if (Api::isRunning(t.status) && t.plan.start.isValid() && now >= t.plan.start)
        row.completedRuns = t.plan.unitAt(now) < 0 ? row.requestedRuns : t.plan.unitAt(now);
    row.createdAt = t.createdAt;
    return row;
}

bool sameContent(const ExperimentListModel::Row &a, const ExperimentListModel::Row &b)
{
    return a.name == b.name && a.description == b.description && a.status == b.status &&
        a.requestedRuns == b.requestedRuns && a.completedRuns == b.completedRuns &&
        a.comparison == b.comparison && a.createdAt == b.createdAt &&
        a.progressUnit == b.progressUnit && a.experimentId == b.experimentId;
}

} // namespace

ExperimentListModel::ExperimentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExperimentListModel::setBatchExperiments(const QList<Api::BatchExperiment> &experiments)
{
    QList<Row> rows;
    rows.reserve(experiments.size());
    for (const Api::BatchExperiment &e : experiments)
        rows.append(rowOf(e));
    merge(Kind::Batch, rows);
    for (const Api::BatchExperiment &e : experiments)
        lendProgress(e);
}

void ExperimentListModel::setAcceptanceTests(const QList<Api::AcceptanceTest> &tests)
{
    QList<Row> rows;
    rows.reserve(tests.size());
    for (const Api::AcceptanceTest &t : tests) {
        Row row = rowOf(t);
        // Keep the progress learnt from the batch experiment until the next batch listing.
        const QModelIndex existing = indexOf(Kind::Acceptance, t.id);
        if (existing.isValid()) {
            row.requestedRuns = m_rows.at(existing.row()).requestedRuns;
            row.completedRuns = m_rows.at(existing.row()).completedRuns;
        }
        rows.append(row);
    }
    merge(Kind::Acceptance, rows);
}

void ExperimentListModel::setShadowTests(const QList<Api::ShadowTest> &tests)
{
    QList<Row> rows;
    rows.reserve(tests.size());
    for (const Api::ShadowTest &t : tests)
        rows.append(rowOf(t));
    merge(Kind::Shadow, rows);
}

void ExperimentListModel::setSwitchbackTests(const QList<Api::SwitchbackTest> &tests,
                                             const QDateTime &now)
{
    QList<Row> rows;
    rows.reserve(tests.size());
    for (const Api::SwitchbackTest &t : tests)
        rows.append(rowOf(t, now));
    merge(Kind::Switchback, rows);
}

void ExperimentListModel::updateRow(const Row &fresh)
{
    const QModelIndex existing = indexOf(fresh.kind, fresh.id);
    if (!existing.isValid() || sameContent(m_rows.at(existing.row()), fresh))
        return;
    m_rows[existing.row()] = fresh;
    Q_EMIT dataChanged(existing, index(existing.row(), ColumnCount - 1));
}

void ExperimentListModel::updateBatchExperiment(const Api::BatchExperiment &experiment)
{
    updateRow(rowOf(experiment));
    lendProgress(experiment);
}

void ExperimentListModel::updateShadowTest(const Api::ShadowTest &test)
{
    updateRow(rowOf(test));
}

void ExperimentListModel::updateSwitchbackTest(const Api::SwitchbackTest &test,
                                               const QDateTime &now)
{
    updateRow(rowOf(test, now));
}

void ExperimentListModel::lendProgress(const Api::BatchExperiment &experiment)
{
    // An acceptance test keeps its own status; only the run counts come from its experiment.
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.kind != Kind::Acceptance || row.experimentId != experiment.id ||
            (row.requestedRuns == experiment.totalRuns() &&
             row.completedRuns == experiment.completedRuns))
            continue;
        row.requestedRuns = experiment.totalRuns();
        row.completedRuns = experiment.completedRuns;
        Q_EMIT dataChanged(index(i, Progress), index(i, Progress));
    }
}

void ExperimentListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ExperimentListModel::merge(Kind kind, const QList<Row> &fresh)
{
    QSet<QString> freshIds;
    for (const Row &row : fresh)
        freshIds.insert(row.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).kind == kind && !freshIds.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QList<Row> added;
    for (const Row &row : fresh) {
        const QModelIndex existing = indexOf(kind, row.id);
        if (!existing.isValid()) {
            added.append(row);
            continue;
        }
        if (!sameContent(m_rows.at(existing.row()), row)) {
            m_rows[existing.row()] = row;
            Q_EMIT dataChanged(index(existing.row(), 0), index(existing.row(), ColumnCount - 1));
        }
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
    m_rows.append(added);
    endInsertRows();
}

const ExperimentListModel::Row *ExperimentListModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex ExperimentListModel::indexOf(Kind kind, const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind == kind && m_rows.at(i).id == id)
            return index(i, 0);
    }
    return {};
}

QString ExperimentListModel::statusText(Api::ExperimentStatus status)
{
    using S = Api::ExperimentStatus;
    switch (status) {
    case S::Started:
        return tr("running", "experiment status");
    case S::Completed:
        return tr("completed", "experiment status");
    case S::Failed:
        return tr("failed", "experiment status");
    case S::Draft:
        return tr("draft", "experiment status");
    case S::Canceled:
        return tr("canceled", "experiment status");
    case S::Stopping:
        return tr("stopping", "experiment status");
    case S::Deleting:
        return tr("deleting", "experiment status");
    case S::DeleteFailed:
        return tr("delete failed", "experiment status");
    case S::Unknown:
        break;
    }
    return tr("unknown", "experiment status");
}

bool ExperimentListModel::hasActiveExperiments() const
{
    for (const Row &row : m_rows) {
        if (Api::isRunning(row.status))
            return true;
    }
    return false;
}

int ExperimentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExperimentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExperimentListModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Batch:
        return tr("Batch experiment");
    case Kind::Acceptance:
        return tr("Acceptance test");
    case Kind::Shadow:
        return tr("Shadow test");
    case Kind::Switchback:
        return tr("Switchback test");
    }
    return {};
}

QString ExperimentListModel::typeText(const Row &row) const
{
    return row.comparison.isEmpty() ? kindText(row.kind)
                                    : tr("%1 (%2)").arg(kindText(row.kind), row.comparison);
}

QVariant ExperimentListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const double progress =
        row.requestedRuns > 0 ? double(row.completedRuns) / row.requestedRuns : -1.0;
    switch (role) {
    case IdRole:
        return row.id;
    case KindRole:
        return int(row.kind);
    case ProgressRole:
        return progress;
    case Qt::ToolTipRole:
        return row.description.isEmpty() ? row.id : row.id + QLatin1Char('\n') + row.description;
    case UnderlyingDataRole:
        switch (index.column()) {
        case Progress:
            return progress;
        case Created:
            return row.createdAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Type:
            return typeText(row);
        case Status:
            return statusText(row.status);
        case Progress:
            if (row.requestedRuns <= 0)
                return QString();
            switch (row.progressUnit) {
            case ProgressUnit::Runs:
                return tr("%1 / %n run(s)", nullptr, row.requestedRuns).arg(row.completedRuns);
            case ProgressUnit::BaselineRuns:
                return tr("%1 / %n baseline run(s)", nullptr, row.requestedRuns)
                    .arg(row.completedRuns);
            case ProgressUnit::PlanUnits:
                return tr("%1 / %n unit(s)", nullptr, row.requestedRuns).arg(row.completedRuns);
            }
            return QString();
        case Created:
            return QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ExperimentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace Models
