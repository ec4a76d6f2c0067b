// The transfers panel's list: uploads and downloads with their progress and state. Owns the
// transfers it is given, so they outlive the dialog that started them.
#pragma once

#include "api/client/transfer.h"

#include <QAbstractListModel>
#include <QList>

namespace Models {

class TransferListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferListModel)

public:
    enum Role {
        ProgressRole = Qt::UserRole + 1, // 0..100, or -1 while unknown
        StateRole, // Api::Transfer::State as int
        TransferRole, // the Api::Transfer* as QObject*
    };

    explicit TransferListModel(QObject *parent = nullptr);

    // Takes ownership; the caller starts the transfer.
    void add(Api::Transfer *transfer);
    Api::Transfer *transfer(int row) const { return m_transfers.at(row); }
    int activeCount() const;
    void removeFinished();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void activeCountChanged(int count);

private:
    void changed(Api::Transfer *transfer);
    QString stateText(const Api::Transfer *transfer) const;

    QList<Api::Transfer *> m_transfers;
};

} // namespace Models
