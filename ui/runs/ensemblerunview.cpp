// The Ensemble tab of a run's details.
#include "ensemblerunview.h"

#include "models/ensembles/ensemblechildrenmodel.h"
#include "ui/widgets/statuscolors.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

namespace {

using Models::EnsembleChildrenModel;

// The winner in bold; per rule, kept values tinted green, dropped ones greyed.
class ChildrenDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(EnsembleChildrenModel::IsWinnerRole).toBool())
            option->font.setBold(true);
        const QVariant outcome = index.data(EnsembleChildrenModel::OutcomeRole);
        if (!outcome.isValid())
            return;
        switch (EnsembleChildrenModel::Outcome(outcome.toInt())) {
        case EnsembleChildrenModel::Outcome::Kept: {
            QColor tint = StatusColors::good();
            tint.setAlpha(60);
            option->backgroundBrush = tint;
            break;
        }
        case EnsembleChildrenModel::Outcome::OutsideTolerance:
        case EnsembleChildrenModel::Outcome::NoValue:
            option->palette.setColor(QPalette::Text, StatusColors::neutral());
            break;
        case EnsembleChildrenModel::Outcome::NotConsidered:
            break;
        }
    }
};

} // namespace

EnsembleRunView::EnsembleRunView(QWidget *parent)
    : QWidget(parent)
    , m_children(new EnsembleChildrenModel(this))
    , m_decision(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_decision->setObjectName(QStringLiteral("ensembleDecision"));
    m_decision->setWordWrap(true);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("ensembleChildren"));
    m_table->setModel(m_children);
    m_table->setItemDelegate(new ChildrenDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Click a child run to open it"));
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString runId = index.data(EnsembleChildrenModel::RunIdRole).toString();
        if (!runId.isEmpty())
            Q_EMIT openRunRequested(runId);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_decision);
    layout->addWidget(m_table, 1);
}

void EnsembleRunView::setResult(const Api::EnsembleRunResult &result)
{
    m_children->setResult(result);
    const QString decided = m_children->decidingRuleText();
    QStringList lines;
    if (!result.winnerRunId.isEmpty())
        lines.append(tr("Winner: %1. %2.").arg(result.winnerRunId, decided));
    if (!result.decision.isEmpty())
        lines.append(result.decision);
    if (lines.isEmpty())
        lines.append(tr("Waiting for the child runs to finish…"));
    m_decision->setText(lines.join(QLatin1Char('\n')));
    m_table->setEnabled(true);
}

void EnsembleRunView::showUnavailable(const QString &reason)
{
    m_children->setResult({});
    m_decision->setText(reason);
}

void EnsembleRunView::clear()
{
    m_children->setResult({});
    m_decision->clear();
}

QString EnsembleRunView::decisionText() const
{
    return m_decision->text();
}

} // namespace Ui
