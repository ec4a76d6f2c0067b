// What an ensemble run chose: its child runs with each rule's value, what each rule kept or
// dropped, the winner highlighted and the rule that decided. Clicking a child opens that run.
#pragma once

#include "api/dto/ensemble.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Models {
class EnsembleChildrenModel;
}

namespace Ui {

class EnsembleRunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsembleRunView)

public:
    explicit EnsembleRunView(QWidget *parent = nullptr);

    void setResult(const Api::EnsembleRunResult &result);
    // Says why there is nothing to show (e.g. a server without NextDesk's extension).
    void showUnavailable(const QString &reason);
    void clear();

    Models::EnsembleChildrenModel *children() const { return m_children; }
    QTableView *table() const { return m_table; }
    QString decisionText() const;

Q_SIGNALS:
    void openRunRequested(const QString &runId);

private:
    Models::EnsembleChildrenModel *m_children;
    QLabel *m_decision;
    QTableView *m_table;
};

} // namespace Ui
