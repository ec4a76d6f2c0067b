// Sorts the experiment list (by the model's raw values) and filters it to one kind of
// experiment or test, for the Experiments tab's type filter.
#pragma once

#include "experimentlistmodel.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Models {

class ExperimentFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentFilterProxyModel)

public:
    explicit ExperimentFilterProxyModel(QObject *parent = nullptr);

    // Only rows of this kind; nullopt shows every kind.
    void setKind(std::optional<ExperimentListModel::Kind> kind);
    std::optional<ExperimentListModel::Kind> kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ExperimentListModel::Kind> m_kind;
};

} // namespace Models
