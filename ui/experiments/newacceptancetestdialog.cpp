// Creates an acceptance test on a batch experiment.
#include "newacceptancetestdialog.h"

#include "api/client/nextmvservice.h"
#include "models/experiments/acceptanceresultmodel.h"
#include "models/experiments/experimentchartdata.h"
#include "models/experiments/experimentsummarymodel.h"
#include "ui/widgets/statuscolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

enum MetricColumn {
    FieldColumn,
    StatisticColumn,
    OperatorColumn,
    ToleranceTypeColumn,
    ToleranceValueColumn,
    MetricColumnCount
};

QComboBox *comboOf(const QTableWidget *table, int row, int column)
{
    return qobject_cast<QComboBox *>(table->cellWidget(row, column));
}

} // namespace

NewAcceptanceTestDialog::NewAcceptanceTestDialog(Api::NextmvService &service, const QString &appId,
                                                 const Api::BatchExperiment &experiment,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_appId(appId)
    , m_experiment(experiment)
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_control(new QComboBox(this))
    , m_candidate(new QComboBox(this))
    , m_metrics(new QTableWidget(0, MetricColumnCount, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New Acceptance Test on %1").arg(experiment.id));
    Models::ExperimentSummaryModel summary;
    summary.setExperiment(experiment);
    m_statistics = summary.statistics();

    // Nextmv expects the test to carry its batch experiment's ID and name.
    m_id->setText(experiment.id);
    m_name->setText(experiment.name.isEmpty() ? experiment.id : experiment.name);
    // Acceptance tests compare instances; runs of a version alone have none to name.
    for (const QString &target : Models::ExperimentChartData::instances(experiment)) {
        if (target.startsWith(QLatin1String("version:")))
            continue;
        m_control->addItem(target);
        m_candidate->addItem(target);
    }
    m_candidate->setCurrentIndex(m_candidate->count() > 1 ? 1 : 0);
    m_control->setObjectName(QStringLiteral("controlPicker"));
    m_candidate->setObjectName(QStringLiteral("candidatePicker"));

    m_metrics->setObjectName(QStringLiteral("metrics"));
    m_metrics->setHorizontalHeaderLabels(
        {tr("Metric"), tr("Statistic"), tr("Operator"), tr("Tolerance"), tr("Amount")});
    m_metrics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_metrics->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add Metric"), this);
    auto *remove = new QPushButton(tr("Remove Metric"), this);
    connect(add, &QPushButton::clicked, this, [this] { addMetric({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_metrics->currentRow() >= 0)
            m_metrics->removeRow(m_metrics->currentRow());
    });
    addMetric({});

    StatusColors::makeErrorLabel(m_error);
    auto *form = new QFormLayout;
    form->addRow(tr("&ID:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Baseline instance:"), m_control);
    form->addRow(tr("&Candidate instance:"), m_candidate);
    auto *metricButtons = new QHBoxLayout;
    metricButtons->addWidget(add);
    metricButtons->addWidget(remove);
    metricButtons->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Test"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAcceptanceTestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewAcceptanceTestDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *rule = new QLabel(tr("The candidate passes a metric when its statistic compares to "
                               "the baseline's as the operator says (candidate ≥ baseline, …). "
                               "For ≥, >, ≤ and < a tolerance lets the candidate be worse by "
                               "that much; for = it is the allowed difference, for ≠ the "
                               "difference that must be exceeded."),
                            this);
    rule->setWordWrap(true);
    layout->addWidget(rule);
    layout->addWidget(m_metrics, 1);
    layout->addLayout(metricButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void NewAcceptanceTestDialog::setInstances(const QString &control, const QString &candidate)
{
    m_control->setCurrentText(control);
    m_candidate->setCurrentText(candidate);
}

void NewAcceptanceTestDialog::addMetric(const Api::AcceptanceMetric &metric)
{
    const int row = m_metrics->rowCount();
    m_metrics->insertRow(row);
    auto *field = new QComboBox;
    field->setEditable(true); // a path the runs have not reported yet is allowed
    field->addItems(m_statistics);
    field->setCurrentText(metric.field);
    auto *statistic = new QComboBox;
    statistic->addItems(Api::DistributionSummary::statisticNames());
    statistic->setCurrentText(metric.statistic);
    auto *op = new QComboBox;
    for (const char *name : {"ge", "gt", "le", "lt", "eq", "ne"})
        op->addItem(Models::AcceptanceResultModel::operatorSymbol(QLatin1String(name)),
                    QLatin1String(name));
    op->setCurrentIndex(op->findData(metric.op));
    auto *toleranceType = new QComboBox;
    toleranceType->addItem(tr("none"), QString());
    toleranceType->addItem(tr("absolute"), QStringLiteral("absolute"));
    toleranceType->addItem(tr("relative"), QStringLiteral("relative"));
    toleranceType->setCurrentIndex(toleranceType->findData(metric.toleranceType));
    auto *amount = new QDoubleSpinBox;
    amount->setDecimals(6);
    amount->setRange(0, 1e12);
    amount->setValue(metric.toleranceValue);
    amount->setToolTip(tr("Relative tolerances are fractions: 0.05 is 5 %."));
    m_metrics->setCellWidget(row, FieldColumn, field);
    m_metrics->setCellWidget(row, StatisticColumn, statistic);
    m_metrics->setCellWidget(row, OperatorColumn, op);
    m_metrics->setCellWidget(row, ToleranceTypeColumn, toleranceType);
    m_metrics->setCellWidget(row, ToleranceValueColumn, amount);
}

Api::AcceptanceMetric NewAcceptanceTestDialog::metricAt(int row) const
{
    Api::AcceptanceMetric metric;
    metric.field = comboOf(m_metrics, row, FieldColumn)->currentText().trimmed();
    metric.statistic = comboOf(m_metrics, row, StatisticColumn)->currentText();
    metric.op = comboOf(m_metrics, row, OperatorColumn)->currentData().toString();
    metric.toleranceType = comboOf(m_metrics, row, ToleranceTypeColumn)->currentData().toString();
    metric.toleranceValue =
        qobject_cast<QDoubleSpinBox *>(m_metrics->cellWidget(row, ToleranceValueColumn))->value();
    return metric;
}

Api::Result<Api::AcceptanceTest> NewAcceptanceTestDialog::test() const
{
    Api::AcceptanceTest test;
    test.id = m_id->text().trimmed();
    test.name = m_name->text().trimmed();
    test.experimentId = m_experiment.id;
    test.controlInstance = m_control->currentText();
    test.candidateInstance = m_candidate->currentText();
    if (test.id.isEmpty() || test.name.isEmpty())
        return Api::Error::validation(tr("The test needs an ID and a name."));
    if (test.controlInstance.isEmpty() || test.controlInstance == test.candidateInstance)
        return Api::Error::validation(
            tr("Choose two different instances: a baseline and a candidate."));
    for (int row = 0; row < m_metrics->rowCount(); ++row) {
        const Api::AcceptanceMetric metric = metricAt(row);
        if (metric.field.isEmpty())
            return Api::Error::validation(tr("Metric %1 needs a field.").arg(row + 1));
        test.metrics.append(metric);
    }
    if (test.metrics.isEmpty())
        return Api::Error::validation(tr("Add at least one metric."));
    return test;
}

void NewAcceptanceTestDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NewAcceptanceTestDialog::accept()
{
    if (m_creating)
        return;
    const auto built = test();
    if (!built) {
        showError(built.error().message);
        return;
    }
    m_creating = true;
    showError({});
    m_service.createAcceptanceTest(m_appId, built.value(), this, [this](const auto &created) {
        m_creating = false;
        if (!created) {
            showError(created.error().fullText());
            return;
        }
        Q_EMIT acceptanceTestCreated(created.value().id);
        QDialog::accept();
    });
}

} // namespace Ui
