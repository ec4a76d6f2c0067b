// The transfers panel: every upload and download with a progress bar, and Cancel, Retry and
// Clear Finished for the selected ones.
#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace Models {
class TransferListModel;
}

namespace Ui {

class TransfersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransfersPanel)

public:
    TransfersPanel(Models::TransferListModel &model, QWidget *parent = nullptr);

private:
    void updateButtons();
    // Asks first when a transfer's earlier attempt may have been carried out.
    void retrySelected();

    Models::TransferListModel &m_model;
    QListView *m_list;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_clear;
};

} // namespace Ui
