// The transfers panel's list model.
#include "transferlistmodel.h"

#include "models/runs/runlistmodel.h"

namespace Models {

TransferListModel::TransferListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TransferListModel::add(Api::Transfer *transfer)
{
    transfer->setParent(this);
    const int row = int(m_transfers.size());
    beginInsertRows({}, row, row);
    m_transfers.append(transfer);
    endInsertRows();
    connect(transfer, &Api::Transfer::progressChanged, this,
            [this, transfer] { changed(transfer); });
    connect(transfer, &Api::Transfer::stateChanged, this, [this, transfer] {
        changed(transfer);
        Q_EMIT activeCountChanged(activeCount());
    });
    Q_EMIT activeCountChanged(activeCount());
}

int TransferListModel::activeCount() const
{
    return int(std::count_if(m_transfers.begin(), m_transfers.end(), [](const Api::Transfer *t) {
        return t->state() == Api::Transfer::State::Running;
    }));
}

void TransferListModel::removeFinished()
{
    for (int row = int(m_transfers.size()) - 1; row >= 0; --row) {
        if (m_transfers.at(row)->state() == Api::Transfer::State::Succeeded) {
            beginRemoveRows({}, row, row);
            m_transfers.takeAt(row)->deleteLater();
            endRemoveRows();
        }
    }
}

void TransferListModel::changed(Api::Transfer *transfer)
{
    const int row = int(m_transfers.indexOf(transfer));
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transfers.size());
}

QString TransferListModel::stateText(const Api::Transfer *transfer) const
{
    switch (transfer->state()) {
    case Api::Transfer::State::Pending:
        return tr("waiting");
    case Api::Transfer::State::Running:
        if (transfer->bytesTotal() > 0)
            return tr("%1 of %2")
                .arg(RunListModel::sizeText(transfer->bytesDone()),
                     RunListModel::sizeText(transfer->bytesTotal()));
        return tr("starting…");
    case Api::Transfer::State::Succeeded:
        return tr("done");
    case Api::Transfer::State::Failed:
        return tr("failed: %1").arg(transfer->error().message);
    case Api::Transfer::State::Canceled:
        return tr("canceled");
    }
    return {};
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Api::Transfer *transfer = m_transfers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return transfer->title() + QStringLiteral(" — ") + stateText(transfer);
    case Qt::ToolTipRole:
        return transfer->state() == Api::Transfer::State::Failed ? transfer->error().detail
                                                                 : QVariant();
    case ProgressRole:
        if (transfer->state() == Api::Transfer::State::Succeeded)
            return 100;
        return transfer->bytesTotal() > 0
            ? int(transfer->bytesDone() * 100 / transfer->bytesTotal())
            : -1;
    case StateRole:
        return int(transfer->state());
    case TransferRole:
        return QVariant::fromValue<QObject *>(const_cast<Api::Transfer *>(transfer));
    default:
        return {};
    }
}

} // namespace Models
