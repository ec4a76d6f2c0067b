// The transfers panel.
#include "transferspanel.h"

#include "models/transferlistmodel.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/progresspainting.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListView>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Ui {

namespace {

// Text on the first line, a progress bar under it.
class TransferDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(size.height() * 2 + 6);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem text = option;
        initStyleOption(&text, index);
        text.rect.setHeight(option.rect.height() / 2);
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &text, painter, option.widget);

        const int progress = index.data(Models::TransferListModel::ProgressRole).toInt();
        paintProgressBar(painter, option,
                         option.rect.adjusted(4, option.rect.height() / 2 + 1, -4, -3), progress,
                         progress >= 0 ? QStringLiteral("%1%").arg(progress) : QString());
    }
};

} // namespace

TransfersPanel::TransfersPanel(Models::TransferListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_clear(new QPushButton(tr("Clear Finished"), this))
{
    m_list->setModel(&m_model);
    m_list->setItemDelegate(new TransferDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransfersPanel::updateButtons);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &TransfersPanel::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
            m_model.transfer(index.row())->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, &TransfersPanel::retrySelected);
    connect(m_clear, &QPushButton::clicked, &m_model, &Models::TransferListModel::removeFinished);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void TransfersPanel::retrySelected()
{
    QList<QPointer<Api::Transfer>> chosen;
    bool mayRepeat = false;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes()) {
        Api::Transfer *transfer = m_model.transfer(index.row());
        chosen.append(transfer);
        mayRepeat |= transfer->state() == Api::Transfer::State::Failed &&
            transfer->error().kind == Api::Error::Kind::OutcomeUnknown;
    }
    auto retry = [chosen] {
        for (const auto &transfer : chosen)
            if (transfer)
                transfer->retry();
    };
    if (!mayRepeat) {
        retry();
        return;
    }
    // The connection dropped after the request was sent: the server may have created it.
    const Confirmation question{
        .title = tr("Retry"),
        .text = tr("The server may already have carried this out."),
        .yesText = tr("Retry"),
        .noText = tr("Cancel"),
        .informativeText = tr("The connection ended before the answer came, so the earlier "
                              "attempt may have succeeded. Check the list first; retrying may "
                              "create a second one.")};
    askThen(this, question, retry);
}

void TransfersPanel::updateButtons()
{
    bool anyRunning = false;
    bool anyStopped = false;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes()) {
        const auto state =
            Api::Transfer::State(index.data(Models::TransferListModel::StateRole).toInt());
        anyRunning |= state == Api::Transfer::State::Running;
        anyStopped |=
            state == Api::Transfer::State::Failed || state == Api::Transfer::State::Canceled;
    }
    m_cancel->setEnabled(anyRunning);
    m_retry->setEnabled(anyStopped);
}

} // namespace Ui
