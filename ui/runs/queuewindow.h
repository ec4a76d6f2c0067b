// View → Account Queue: every queued and running run of the account, across applications,
// refreshed while the window is shown, with Cancel (asked first) and a jump to the run.
#pragma once

#include "models/entitylistmodel.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;
class QTableView;

namespace Api {
class NextmvService;
}

namespace Ui {

class QueueWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueWindow)

public:
    QueueWindow(Api::NextmvService &service, QWidget *parent = nullptr);

    Models::QueueListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *cancelButton() const { return m_cancel; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

Q_SIGNALS:
    // Double-click: show this run in the Runs tab.
    void openRunRequested(const QString &appId, const QString &runId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void cancelSelected();
    void updateSummary();

    Api::NextmvService &m_service;
    Models::QueueListModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QTimer m_poll;
};

} // namespace Ui
