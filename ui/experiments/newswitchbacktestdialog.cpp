// The New Switchback Test dialog.
#include "newswitchbacktestdialog.h"

#include "api/client/nextmvservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace Ui {

NewSwitchbackTestDialog::NewSwitchbackTestDialog(Api::NextmvService &service, const QString &appId,
                                                 QWidget *parent)
    : OnlineTestDialog(service, appId, QStringLiteral("switchback"), parent)
    , m_baseline(new QComboBox(this))
    , m_candidate(new QComboBox(this))
    , m_units(new QSpinBox(this))
    , m_unitMinutes(new QSpinBox(this))
    , m_planSummary(new QLabel(this))
    , m_hasStart(new QCheckBox(tr("Start the plan at"), this))
    , m_start(new QDateTimeEdit(this))
{
    setWindowTitle(tr("New Switchback Test"));
    m_baseline->setObjectName(QStringLiteral("baselineInstance"));
    m_candidate->setObjectName(QStringLiteral("candidateInstance"));
    m_units->setObjectName(QStringLiteral("units"));
    m_units->setRange(1, 1000);
    m_units->setValue(24);
    m_unitMinutes->setObjectName(QStringLiteral("unitMinutes"));
    m_unitMinutes->setRange(1, 7 * 24 * 60);
    m_unitMinutes->setValue(60);
    m_unitMinutes->setSuffix(tr(" min"));
    m_planSummary->setObjectName(QStringLiteral("planSummary"));
    m_start->setObjectName(QStringLiteral("planStart"));
    m_start->setCalendarPopup(true);
    m_start->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_start->setEnabled(false);
    m_hasStart->setToolTip(tr("Without a time the plan starts when the test is started."));
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    for (QSpinBox *box : {m_units, m_unitMinutes})
        connect(box, &QSpinBox::valueChanged, this, &NewSwitchbackTestDialog::updatePlanSummary);

    auto *plan = new QWidget(this);
    auto *planLayout = new QHBoxLayout(plan);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_units);
    planLayout->addWidget(new QLabel(tr("units of"), plan));
    planLayout->addWidget(m_unitMinutes);
    planLayout->addWidget(m_planSummary, 1);
    auto *start = new QWidget(this);
    auto *startLayout = new QHBoxLayout(start);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(m_hasStart);
    startLayout->addWidget(m_start, 1);

    addField(tr("&Baseline instance:"), m_baseline,
             QStringLiteral("comparison.baseline_instance_id"));
    addField(tr("&Candidate instance:"), m_candidate,
             QStringLiteral("comparison.candidate_instance_id"));
    addField(tr("&Plan:"), plan, QStringLiteral("generate_random_plan.units"));
    addField(tr("&Start:"), start, QStringLiteral("generate_random_plan.start"));
    finishLayout(tr("Create Switchback Test"));
    updatePlanSummary();
}

void NewSwitchbackTestDialog::setInstances(const QStringList &instanceIds)
{
    m_baseline->addItems(instanceIds);
    m_candidate->addItems(instanceIds);
    m_candidate->setCurrentIndex(instanceIds.size() > 1 ? 1 : 0);
}

void NewSwitchbackTestDialog::setInstances(const QString &baseline, const QString &candidate)
{
    m_baseline->setCurrentText(baseline);
    m_candidate->setCurrentText(candidate);
}

void NewSwitchbackTestDialog::setPlan(int units, int unitDurationMinutes)
{
    m_units->setValue(units);
    m_unitMinutes->setValue(unitDurationMinutes);
}

void NewSwitchbackTestDialog::updatePlanSummary()
{
    const qint64 minutes = qint64(m_units->value()) * m_unitMinutes->value();
    const QString total = minutes % (24 * 60) == 0 ? tr("%n day(s)", nullptr, int(minutes / 1440))
        : minutes % 60 == 0                        ? tr("%n hour(s)", nullptr, int(minutes / 60))
                                                   : tr("%n minute(s)", nullptr, int(minutes));
    m_planSummary->setText(tr("= %1, each unit on baseline or candidate at random").arg(total));
}

Api::Result<Api::SwitchbackTestRequest> NewSwitchbackTestDialog::request()
{
    Api::SwitchbackTestRequest request;
    request.id = id();
    request.name = name();
    request.description = description();
    request.baselineInstanceId = m_baseline->currentText();
    request.candidateInstanceId = m_candidate->currentText();
    if (request.candidateInstanceId.isEmpty() ||
        request.candidateInstanceId == request.baselineInstanceId) {
        const QString message = tr("Choose a candidate other than the baseline.");
        m_errors.showAt(QStringLiteral("comparison.candidate_instance_id"), message);
        return Api::Error::validation(message);
    }
    request.units = m_units->value();
    request.unitDurationMinutes = m_unitMinutes->value();
    if (m_hasStart->isChecked())
        request.start = m_start->dateTime().toUTC();
    return request;
}

bool NewSwitchbackTestDialog::send()
{
    const auto built = request();
    if (!built)
        return false;
    m_service.createSwitchbackTest(m_appId, built.value(), this, [this](const auto &created) {
        finishCreate(created ? Api::Result<QString>(created->id)
                             : Api::Result<QString>(created.error()));
    });
    return true;
}

} // namespace Ui
