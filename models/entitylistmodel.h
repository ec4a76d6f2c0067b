// A table of one kind of app entity (versions, instances, managed inputs, input sets, ensemble
// definitions), loaded from the service and refreshed in place: rows of known IDs are updated,
// new ones appended, gone ones removed, so selections survive a refresh. Columns are given by
// the caller.
#pragma once

#include "api/client/nextmvservice.h"
#include "api/dto/ensemble.h"
#include "api/dto/inputset.h"
#include "api/dto/instance.h"
#include "api/dto/managedinput.h"
#include "api/dto/run.h"
#include "api/dto/version.h"

#include <QAbstractTableModel>

#include <functional>

namespace Models {

// The signals of every EntityListModel (templates cannot declare signals).
class EntityListModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        UnderlyingDataRole = Qt::UserRole + 1, // raw value for sorting
        IdRole,
        NameRole, // the item's name, whatever the columns show
    };

    using QAbstractTableModel::QAbstractTableModel;

    virtual void reload() = 0;
    // Forgets the source and the rows (no service connected).
    virtual void clearLoader() = 0;
    virtual int rowOf(const QString &id) const = 0;
    bool isLoading() const { return m_call.isActive(); }

Q_SIGNALS:
    void loaded();
    void loadFailed(const Api::Error &error);

protected:
    Api::PendingCall m_call;
};

template<typename T>
class EntityListModel final : public EntityListModelBase
{
public:
    struct Column
    {
        QString header;
        std::function<QVariant(const T &)> display;
        std::function<QVariant(const T &)> raw; // optional: display is used when empty
    };
    using Loader =
        std::function<Api::PendingCall(QObject *, Api::NextmvService::Callback<QList<T>>)>;

    explicit EntityListModel(QList<Column> columns, QObject *parent = nullptr);

    // Where the items come from; clears the model until the first answer.
    void setLoader(Loader loader);
    void reload() override;
    void clearLoader() override { setLoader({}); }
    const T &item(int row) const { return m_items.at(row); }
    const QList<T> &items() const { return m_items; }
    int rowOf(const QString &id) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void merge(const QList<T> &fresh);

    const QList<Column> m_columns;
    Loader m_loader;
    QList<T> m_items;
};

using VersionListModel = EntityListModel<Api::Version>;
using InstanceListModel = EntityListModel<Api::Instance>;
using InputListModel = EntityListModel<Api::ManagedInput>;
using InputSetListModel = EntityListModel<Api::InputSet>;
using EnsembleListModel = EntityListModel<Api::EnsembleDefinition>;
// The account's queued and running runs, across applications.
using QueueListModel = EntityListModel<Api::RunSummary>;

// The columns each tab shows.
QList<VersionListModel::Column> versionColumns();
QList<InstanceListModel::Column> instanceColumns();
QList<InputListModel::Column> inputColumns();
QList<InputSetListModel::Column> inputSetColumns();
QList<EnsembleListModel::Column> ensembleColumns();
QList<QueueListModel::Column> queueColumns();

} // namespace Models
