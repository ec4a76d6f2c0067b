// The run-group and rule tables of an ensemble definition.
#include "ensembledefinitionmodels.h"

#include "models/editroles.h"

#include <algorithm>

namespace Models {

namespace {

// prefix-1, prefix-2, …: the first not taken yet.
template<typename T>
QString freshId(const QList<T> &items, const QString &prefix)
{
    for (int n = 1;; ++n) {
        const QString id = prefix + QLatin1Char('-') + QString::number(n);
        if (std::none_of(items.cbegin(), items.cend(), [&id](const T &t) { return t.id == id; }))
            return id;
    }
}

template<typename T>
bool hasOtherWithId(const QList<T> &items, int row, const QString &id)
{
    for (int i = 0; i < items.size(); ++i) {
        if (i != row && items.at(i).id == id)
            return true;
    }
    return false;
}

} // namespace

// ---- Run groups ------------------------------------------------------------------------------

EnsembleRunGroupsModel::EnsembleRunGroupsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EnsembleRunGroupsModel::setGroups(const QList<Api::EnsembleRunGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void EnsembleRunGroupsModel::setInstances(const QStringList &instanceIds)
{
    m_instances = instanceIds;
}

void EnsembleRunGroupsModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EnsembleRunGroupsModel::addGroup(const QString &instanceId)
{
    Api::EnsembleRunGroup group;
    group.id = freshId(m_groups, QStringLiteral("group"));
    group.instanceId = instanceId.isEmpty() ? m_instances.value(0) : instanceId;
    beginInsertRows({}, rowCount(), rowCount());
    m_groups.append(group);
    endInsertRows();
}

void EnsembleRunGroupsModel::removeGroup(int row)
{
    if (row < 0 || row >= m_groups.size())
        return;
    beginRemoveRows({}, row, row);
    m_groups.removeAt(row);
    endRemoveRows();
}

QString EnsembleRunGroupsModel::optionsText(const QJsonObject &options)
{
    QStringList pairs;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        pairs.append(it.key() + QLatin1Char('=') + it.value().toString());
    return pairs.join(QStringLiteral(", "));
}

std::optional<QJsonObject> EnsembleRunGroupsModel::parseOptions(const QString &text)
{
    QJsonObject options;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString name = pair.left(equals).trimmed();
        if (equals <= 0 || name.isEmpty() || name.contains(QLatin1Char(' ')))
            return std::nullopt;
        options.insert(name, pair.mid(equals + 1).trimmed());
    }
    return options;
}

int EnsembleRunGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int EnsembleRunGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnsembleRunGroupsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Api::EnsembleRunGroup &group = m_groups.at(index.row());
    if (role == EditRoles::ChoicesRole && index.column() == Instance)
        return m_instances;
    if (role == EditRoles::ChoicesOnlyRole)
        return index.column() == Instance;
    if (role == Qt::ToolTipRole && index.column() == Options)
        return tr("Options over the instance's own, as name=value pairs separated by commas");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Id:
        return group.id;
    case Instance:
        return group.instanceId;
    case Options:
        return optionsText(group.options);
    case Repetitions:
        return group.repetitions;
    default:
        return {};
    }
}

bool EnsembleRunGroupsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || m_readOnly)
        return false;
    Api::EnsembleRunGroup &group = m_groups[index.row()];
    switch (index.column()) {
    case Id: {
        const QString id = value.toString().trimmed();
        if (id.isEmpty() || hasOtherWithId(m_groups, index.row(), id))
            return false;
        group.id = id;
        break;
    }
    case Instance:
        if (!m_instances.contains(value.toString()))
            return false;
        group.instanceId = value.toString();
        break;
    case Options: {
        const auto options = parseOptions(value.toString());
        if (!options)
            return false;
        group.options = *options;
        break;
    }
    case Repetitions: {
        bool ok = false;
        const int repetitions = value.toInt(&ok);
        if (!ok || repetitions < 1 || repetitions > 100)
            return false;
        group.repetitions = repetitions;
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags EnsembleRunGroupsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return m_readOnly || !index.isValid() ? base : base | Qt::ItemIsEditable;
}

QVariant EnsembleRunGroupsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Group");
    case Instance:
        return tr("Instance");
    case Options:
        return tr("Options");
    case Repetitions:
        return tr("Repetitions");
    default:
        return {};
    }
}

// ---- Rules -----------------------------------------------------------------------------------

EnsembleRulesModel::EnsembleRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EnsembleRulesModel::setRules(const QList<Api::EnsembleRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    std::stable_sort(m_rules.begin(), m_rules.end(),
                     [](const auto &a, const auto &b) { return a.index < b.index; });
    endResetModel();
}

QList<Api::EnsembleRule> EnsembleRulesModel::rules() const
{
    QList<Api::EnsembleRule> ordered = m_rules;
    for (int i = 0; i < ordered.size(); ++i)
        ordered[i].index = i;
    return ordered;
}

void EnsembleRulesModel::setStatisticPaths(const QStringList &paths)
{
    m_paths = paths;
}

void EnsembleRulesModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (!m_rules.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EnsembleRulesModel::addRule(const QString &statisticsPath)
{
    Api::EnsembleRule rule;
    rule.id = freshId(m_rules, QStringLiteral("rule"));
    // result.value, Nextmv's objective value, unless the app's runs report other things only (or
    // the offer has not arrived yet: a rule never starts without a path).
    const QString objective = QStringLiteral("result.value");
    if (!statisticsPath.isEmpty())
        rule.statisticsPath = statisticsPath;
    else
        rule.statisticsPath =
            m_paths.isEmpty() || m_paths.contains(objective) ? objective : m_paths.first();
    beginInsertRows({}, rowCount(), rowCount());
    m_rules.append(rule);
    endInsertRows();
}

void EnsembleRulesModel::removeRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
}

bool EnsembleRulesModel::moveRule(int row, int delta)
{
    const int target = row + delta;
    if (m_readOnly || (delta != -1 && delta != 1) || row < 0 || row >= m_rules.size() ||
        target < 0 || target >= m_rules.size())
        return false;
    // beginMoveRows takes the row the moved one goes before.
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    m_rules.move(row, target);
    endMoveRows();
    return true;
}

QString EnsembleRulesModel::objectiveText(Api::EnsembleRule::Objective objective)
{
    return objective == Api::EnsembleRule::Objective::Maximize ? tr("maximize") : tr("minimize");
}

QString EnsembleRulesModel::toleranceTypeText(Api::EnsembleRule::ToleranceType type)
{
    return type == Api::EnsembleRule::ToleranceType::Absolute ? tr("absolute") : tr("relative");
}

int EnsembleRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int EnsembleRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnsembleRulesModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    using Rule = Api::EnsembleRule;
    const Rule &rule = m_rules.at(index.row());
    if (role == EditRoles::ChoicesRole) {
        switch (index.column()) {
        case StatisticsPath:
            return m_paths;
        case Objective:
            return QStringList{objectiveText(Rule::Objective::Maximize),
                               objectiveText(Rule::Objective::Minimize)};
        case ToleranceType:
            return QStringList{toleranceTypeText(Rule::ToleranceType::Absolute),
                               toleranceTypeText(Rule::ToleranceType::Relative)};
        default:
            return {};
        }
    }
    if (role == EditRoles::ChoicesOnlyRole)
        return index.column() == Objective || index.column() == ToleranceType;
    if (role == Qt::ToolTipRole && index.column() == Tolerance)
        return rule.toleranceType == Rule::ToleranceType::Relative
            ? tr("A fraction of the best value: 0.05 keeps runs within 5 % of it")
            : tr("Runs within this distance of the best value stay in the running");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Id:
        return rule.id;
    case StatisticsPath:
        return rule.statisticsPath;
    case Objective:
        return objectiveText(rule.objective);
    case ToleranceType:
        return toleranceTypeText(rule.toleranceType);
    case Tolerance:
        return rule.tolerance;
    default:
        return {};
    }
}

bool EnsembleRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || m_readOnly)
        return false;
    using Rule = Api::EnsembleRule;
    Rule &rule = m_rules[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Id:
        if (text.isEmpty() || hasOtherWithId(m_rules, index.row(), text))
            return false;
        rule.id = text;
        break;
    case StatisticsPath:
        if (text.isEmpty())
            return false;
        rule.statisticsPath = text;
        break;
    case Objective:
        if (text == objectiveText(Rule::Objective::Maximize))
            rule.objective = Rule::Objective::Maximize;
        else if (text == objectiveText(Rule::Objective::Minimize))
            rule.objective = Rule::Objective::Minimize;
        else
            return false;
        break;
    case ToleranceType:
        if (text == toleranceTypeText(Rule::ToleranceType::Absolute))
            rule.toleranceType = Rule::ToleranceType::Absolute;
        else if (text == toleranceTypeText(Rule::ToleranceType::Relative))
            rule.toleranceType = Rule::ToleranceType::Relative;
        else
            return false;
        break;
    case Tolerance: {
        bool ok = false;
        const double tolerance = value.toDouble(&ok);
        if (!ok || tolerance < 0)
            return false;
        rule.tolerance = tolerance;
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags EnsembleRulesModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return m_readOnly || !index.isValid() ? base : base | Qt::ItemIsEditable;
}

QVariant EnsembleRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Rule");
    case StatisticsPath:
        return tr("Statistic");
    case Objective:
        return tr("Objective");
    case ToleranceType:
        return tr("Tolerance");
    case Tolerance:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace Models
