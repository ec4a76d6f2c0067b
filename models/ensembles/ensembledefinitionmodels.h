// The two editable tables of an ensemble definition's form: its run groups (instance, options,
// repetitions) and its rules (statistic path, objective, tolerance), the rules in evaluation
// order and movable. Read-only for definitions that exist: the API only renames those.
#pragma once

#include "api/dto/ensemble.h"

#include <QAbstractTableModel>

#include <optional>

namespace Models {

class EnsembleRunGroupsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsembleRunGroupsModel)

public:
    enum Column { Id, Instance, Options, Repetitions, ColumnCount };

    explicit EnsembleRunGroupsModel(QObject *parent = nullptr);

    void setGroups(const QList<Api::EnsembleRunGroup> &groups);
    const QList<Api::EnsembleRunGroup> &groups() const { return m_groups; }
    // The instances offered for a group.
    void setInstances(const QStringList &instanceIds);
    void setReadOnly(bool readOnly);
    // A new group on the first instance (or the one given), with an ID of its own.
    void addGroup(const QString &instanceId = {});
    void removeGroup(int row);

    // "name=value, name=value", as the options column shows and reads them.
    static QString optionsText(const QJsonObject &options);
    static std::optional<QJsonObject> parseOptions(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Api::EnsembleRunGroup> m_groups;
    QStringList m_instances;
    bool m_readOnly = false;
};

class EnsembleRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsembleRulesModel)

public:
    enum Column { Id, StatisticsPath, Objective, ToleranceType, Tolerance, ColumnCount };

    explicit EnsembleRulesModel(QObject *parent = nullptr);

    // Shown in evaluation order (by index).
    void setRules(const QList<Api::EnsembleRule> &rules);
    // In the order shown, each with its row as index.
    QList<Api::EnsembleRule> rules() const;
    // Statistic paths the app's runs report, offered (any other may be typed).
    void setStatisticPaths(const QStringList &paths);
    void setReadOnly(bool readOnly);
    void addRule(const QString &statisticsPath = {});
    void removeRule(int row);
    // Moves a rule up (-1) or down (+1) in evaluation order; false at either end.
    bool moveRule(int row, int delta);

    static QString objectiveText(Api::EnsembleRule::Objective objective);
    static QString toleranceTypeText(Api::EnsembleRule::ToleranceType type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Api::EnsembleRule> m_rules;
    QStringList m_paths;
    bool m_readOnly = false;
};

} // namespace Models
