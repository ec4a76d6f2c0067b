// The results of an acceptance test.
#include "acceptanceresultsview.h"

#include "models/experiments/acceptanceresultmodel.h"
#include "ui/widgets/statuscolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

namespace {

using Models::AcceptanceResultModel;

QColor outcomeColor(bool passed)
{
    return passed ? StatusColors::good() : StatusColors::bad();
}

// Tints a metric's row green or red by its outcome; the text stays in the palette's colour.
class OutcomeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant passed = index.data(AcceptanceResultModel::PassedRole);
        if (!passed.isValid())
            return;
        QColor tint = outcomeColor(passed.toBool());
        tint.setAlpha(index.column() == AcceptanceResultModel::Outcome ? 150 : 45);
        option->backgroundBrush = tint;
        if (index.column() == AcceptanceResultModel::Outcome)
            option->font.setBold(true);
    }
};

} // namespace

AcceptanceResultsView::AcceptanceResultsView(QWidget *parent)
    : QWidget(parent)
    , m_results(new AcceptanceResultModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_verdict(new QLabel(this))
    , m_details(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
{
    m_verdict->setObjectName(QStringLiteral("acceptanceVerdict"));
    m_verdict->setAutoFillBackground(true);
    m_verdict->setMargin(m_verdict->fontMetrics().height() / 2);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.3);
    m_verdict->setFont(verdictFont);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filter->setObjectName(QStringLiteral("outcomeFilter"));
    m_filter->addItem(tr("All metrics"), int(OutcomeFilter::All));
    m_filter->addItem(tr("Passed only"), int(OutcomeFilter::Passed));
    m_filter->addItem(tr("Failed only"), int(OutcomeFilter::Failed));
    m_filtered->setSourceModel(m_results);
    m_filtered->setFilterRole(AcceptanceResultModel::PassedRole);
    m_filtered->setFilterKeyColumn(AcceptanceResultModel::Outcome);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const auto filter = OutcomeFilter(m_filter->currentData().toInt());
        // PassedRole holds a bool, which the proxy matches as the text "true" / "false".
        m_filtered->setFilterFixedString(filter == OutcomeFilter::All ? QString()
                                             : filter == OutcomeFilter::Passed
                                             ? QStringLiteral("true")
                                             : QStringLiteral("false"));
    });
    auto *showBatch = new QPushButton(tr("Show Experiment Charts"), this);
    showBatch->setObjectName(QStringLiteral("showBatchExperiment"));
    connect(showBatch, &QPushButton::clicked, this,
            [this] { Q_EMIT openExperimentRequested(m_results->test().experimentId); });
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_filter);
    controls->addStretch();
    controls->addWidget(showBatch);

    m_table->setObjectName(QStringLiteral("acceptanceResults"));
    m_table->setModel(m_filtered);
    m_table->setItemDelegate(new OutcomeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdict);
    layout->addWidget(m_details);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
}

void AcceptanceResultsView::setTest(const Api::AcceptanceTest &test)
{
    const Api::AcceptanceTest &shown = m_results->test();
    // A poll that brings nothing new keeps the table (and its selection) as it is.
    if (test.id == shown.id && test.status == shown.status && test.hasResults == shown.hasResults &&
        test.name == shown.name && test.description == shown.description)
        return;
    m_results->setTest(test);
    m_details->setText(tr("%1 — candidate %2 (%3) against baseline %4 (%5), on batch "
                          "experiment %6.")
                           .arg(test.name.isEmpty() ? test.id : test.name, test.candidateInstance,
                                test.candidateVersion, test.controlInstance, test.controlVersion,
                                test.experimentId));
    showVerdict();
}

void AcceptanceResultsView::clear()
{
    setTest(Api::AcceptanceTest{});
}

const Api::AcceptanceTest &AcceptanceResultsView::test() const
{
    return m_results->test();
}

void AcceptanceResultsView::setOutcomeFilter(OutcomeFilter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

QString AcceptanceResultsView::verdictText() const
{
    return m_verdict->text();
}

void AcceptanceResultsView::showVerdict()
{
    const Api::AcceptanceTest &test = m_results->test();
    m_verdict->setText(m_results->verdict());
    QPalette verdictPalette = palette();
    if (test.hasResults) {
        verdictPalette.setColor(QPalette::Window, outcomeColor(test.passed));
        verdictPalette.setColor(QPalette::WindowText, Qt::white);
    }
    m_verdict->setPalette(verdictPalette);
}

} // namespace Ui
