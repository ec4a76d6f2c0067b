// A table of one kind of app entity, refreshed in place.
#include "entitylistmodel.h"

#include "models/runs/runlistmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace Models {

template<typename T>
EntityListModel<T>::EntityListModel(QList<Column> columns, QObject *parent)
    : EntityListModelBase(parent)
    , m_columns(std::move(columns))
{
}

template<typename T>
void EntityListModel<T>::setLoader(Loader loader)
{
    m_call.cancel();
    m_loader = std::move(loader);
    beginResetModel();
    m_items.clear();
    endResetModel();
    reload();
}

template<typename T>
void EntityListModel<T>::reload()
{
    if (!m_loader)
        return;
    m_call.cancel();
    m_call = m_loader(this, [this](const Api::Result<QList<T>> &items) {
        m_call = {};
        if (!items) {
            Q_EMIT loadFailed(items.error());
            return;
        }
        merge(items.value());
        Q_EMIT loaded();
    });
}

template<typename T>
int EntityListModel<T>::rowOf(const QString &id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

template<typename T>
void EntityListModel<T>::merge(const QList<T> &fresh)
{
    // Remove what is gone (from the bottom, so row numbers stay valid).
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        const QString id = m_items.at(row).id;
        const bool kept =
            std::any_of(fresh.begin(), fresh.end(), [&id](const T &item) { return item.id == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
        }
    }
    QList<T> added;
    for (const T &item : fresh) {
        const int row = rowOf(item.id);
        if (row < 0) {
            added.append(item);
            continue;
        }
        m_items[row] = item;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_items.append(added);
    endInsertRows();
}

template<typename T>
int EntityListModel<T>::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

template<typename T>
int EntityListModel<T>::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

template<typename T>
QVariant EntityListModel<T>::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const T &item = m_items.at(index.row());
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return column.display(item);
    case UnderlyingDataRole:
        return column.raw ? column.raw(item) : column.display(item);
    case IdRole:
        return item.id;
    case NameRole:
        return item.name;
    default:
        return {};
    }
}

template<typename T>
QVariant EntityListModel<T>::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

namespace {

// Translation context for the column titles (free functions have no class of their own).
struct EntityColumns
{
    Q_DECLARE_TR_FUNCTIONS(Models::EntityColumns)
};

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// ID, name and the two timestamps: the columns every entity shares.
template<typename T>
QList<typename EntityListModel<T>::Column> commonColumns()
{
    using Column = typename EntityListModel<T>::Column;
    return {
        Column{EntityColumns::tr("ID"), [](const T &e) { return QVariant(e.id); }, {}},
        Column{EntityColumns::tr("Name"), [](const T &e) { return QVariant(e.name); }, {}},
        Column{EntityColumns::tr("Description"),
               [](const T &e) { return QVariant(e.description); },
               {}},
        Column{EntityColumns::tr("Created"), [](const T &e) { return QVariant(when(e.createdAt)); },
               [](const T &e) {
                   return QVariant(e.createdAt);
               }},
        Column{EntityColumns::tr("Updated"), [](const T &e) { return QVariant(when(e.updatedAt)); },
               [](const T &e) {
                   return QVariant(e.updatedAt);
               }}};
}

} // namespace

QList<VersionListModel::Column> versionColumns()
{
    auto columns = commonColumns<Api::Version>();
    columns.append({EntityColumns::tr("Executable"),
                    [](const Api::Version &v) { return QVariant(v.executable.id); },
                    {}});
    columns.append({EntityColumns::tr("Type"),
                    [](const Api::Version &v) { return QVariant(v.executable.executableType()); },
                    {}});
    return columns;
}

QList<InstanceListModel::Column> instanceColumns()
{
    auto columns = commonColumns<Api::Instance>();
    columns.insert(2,
                   {EntityColumns::tr("Version"),
                    [](const Api::Instance &i) { return QVariant(i.versionId); },
                    {}});
    columns.append({EntityColumns::tr("Options"),
                    [](const Api::Instance &i) {
                        QStringList pairs;
                        const QJsonObject &options = i.configuration.options;
                        for (auto it = options.constBegin(); it != options.constEnd(); ++it)
                            pairs.append(it.key() + QLatin1Char('=') + it.value().toString());
                        return QVariant(pairs.join(QStringLiteral(", ")));
                    },
                    {}});
    return columns;
}

QList<InputListModel::Column> inputColumns()
{
    auto columns = commonColumns<Api::ManagedInput>();
    columns.append({EntityColumns::tr("Size"),
                    [](const Api::ManagedInput &i) {
                        return i.size >= 0 ? QVariant(RunListModel::sizeText(i.size)) : QVariant();
                    },
                    [](const Api::ManagedInput &i) {
                        return QVariant(i.size);
                    }});
    columns.append({EntityColumns::tr("Format"),
                    [](const Api::ManagedInput &i) { return QVariant(i.format.input); },
                    {}});
    columns.append({EntityColumns::tr("From run"),
                    [](const Api::ManagedInput &i) { return QVariant(i.runId); },
                    {}});
    return columns;
}

QList<InputSetListModel::Column> inputSetColumns()
{
    auto columns = commonColumns<Api::InputSet>();
    columns.insert(2,
                   {EntityColumns::tr("Inputs"),
                    [](const Api::InputSet &s) { return QVariant(int(s.inputIds.size())); },
                    {}});
    return columns;
}

QList<EnsembleListModel::Column> ensembleColumns()
{
    auto columns = commonColumns<Api::EnsembleDefinition>();
    columns.insert(3,
                   {EntityColumns::tr("Run groups"),
                    [](const Api::EnsembleDefinition &d) {
                        int runs = 0;
                        for (const Api::EnsembleRunGroup &group : d.runGroups)
                            runs += group.repetitions;
                        return QVariant(
                            EntityColumns::tr("%1 (%2 runs)").arg(d.runGroups.size()).arg(runs));
                    },
                    [](const Api::EnsembleDefinition &d) {
                        return QVariant(int(d.runGroups.size()));
                    }});
    columns.insert(4,
                   {EntityColumns::tr("Rules"),
                    [](const Api::EnsembleDefinition &d) {
                        QStringList paths;
                        for (const Api::EnsembleRule &rule : d.orderedRules())
                            paths.append(rule.statisticsPath);
                        return QVariant(paths.join(QStringLiteral(" → ")));
                    },
                    {}});
    return columns;
}

QList<QueueListModel::Column> queueColumns()
{
    using Run = Api::RunSummary;
    return {
        {EntityColumns::tr("Run"), [](const Run &r) { return QVariant(r.id); }, {}},
        {EntityColumns::tr("Application"),
         [](const Run &r) { return QVariant(r.applicationId); },
         {}},
        {EntityColumns::tr("Status"),
         [](const Run &r) { return QVariant(RunListModel::statusText(r.status)); },
         [](const Run &r) {
             return QVariant(int(r.status));
         }},
        {EntityColumns::tr("Priority"),
         [](const Run &r) { return QVariant(r.queuingPriority); },
         {}},
        {EntityColumns::tr("Instance"), [](const Run &r) { return QVariant(r.instanceId); }, {}},
        {EntityColumns::tr("Execution class"),
         [](const Run &r) { return QVariant(r.executionClass); },
         {}},
        {EntityColumns::tr("Created"), [](const Run &r) { return QVariant(when(r.createdAt)); },
         [](const Run &r) {
             return QVariant(r.createdAt);
         }},
        {EntityColumns::tr("Name"), [](const Run &r) { return QVariant(r.name); }, {}}};
}

// Last in the file: lupdate loses the namespace of every tr() context after these lines.
template class EntityListModel<Api::Version>;
template class EntityListModel<Api::Instance>;
template class EntityListModel<Api::ManagedInput>;
template class EntityListModel<Api::InputSet>;
template class EntityListModel<Api::EnsembleDefinition>;
template class EntityListModel<Api::RunSummary>;

} // namespace Models
