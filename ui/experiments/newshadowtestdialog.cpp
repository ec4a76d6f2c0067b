// The New Shadow Test dialog.
#include "newshadowtestdialog.h"

#include "api/client/nextmvservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSpinBox>

namespace Ui {

namespace {

// A check box that switches an optional time on, and the time.
QWidget *optionalTime(QCheckBox *enabled, QDateTimeEdit *time, QWidget *parent)
{
    time->setCalendarPopup(true);
    time->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    time->setEnabled(false);
    QObject::connect(enabled, &QCheckBox::toggled, time, &QWidget::setEnabled);
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(enabled);
    layout->addWidget(time, 1);
    return row;
}

} // namespace

NewShadowTestDialog::NewShadowTestDialog(Api::NextmvService &service, const QString &appId,
                                         QWidget *parent)
    : OnlineTestDialog(service, appId, QStringLiteral("shadow"), parent)
    , m_baseline(new QComboBox(this))
    , m_candidates(new QListWidget(this))
    , m_maximumRuns(new QSpinBox(this))
    , m_hasStart(new QCheckBox(tr("Not before"), this))
    , m_start(new QDateTimeEdit(this))
    , m_hasEnd(new QCheckBox(tr("At the latest at"), this))
    , m_end(new QDateTimeEdit(this))
{
    setWindowTitle(tr("New Shadow Test"));
    m_baseline->setObjectName(QStringLiteral("baselineInstance"));
    m_candidates->setObjectName(QStringLiteral("candidateInstances"));
    m_candidates->setToolTip(tr("Every run of the baseline is repeated on each checked "
                                "instance, with the same input and options."));
    m_maximumRuns->setObjectName(QStringLiteral("maximumRuns"));
    m_maximumRuns->setRange(1, 300);
    m_maximumRuns->setValue(50);
    m_maximumRuns->setSuffix(tr(" baseline runs"));
    m_start->setObjectName(QStringLiteral("startTime"));
    m_end->setObjectName(QStringLiteral("endTime"));
    connect(m_baseline, &QComboBox::currentTextChanged, this,
            &NewShadowTestDialog::offerCandidates);

    addField(tr("&Baseline instance:"), m_baseline, QStringLiteral("baseline"));
    addField(tr("&Candidates:"), m_candidates, QStringLiteral("comparisons"));
    addField(tr("&Ends after:"), m_maximumRuns, QStringLiteral("termination_events.maximum_runs"));
    addField(tr("&Ends:"), optionalTime(m_hasEnd, m_end, this),
             QStringLiteral("termination_events.time"));
    addField(tr("&Collects:"), optionalTime(m_hasStart, m_start, this),
             QStringLiteral("start_events.time"));
    finishLayout(tr("Create Shadow Test"));
}

void NewShadowTestDialog::setInstances(const QStringList &instanceIds)
{
    m_baseline->addItems(instanceIds);
}

void NewShadowTestDialog::offerCandidates()
{
    // Keep what was checked: only the new baseline drops out of the candidates.
    QStringList checked;
    for (int i = 0; i < m_candidates->count(); ++i) {
        if (m_candidates->item(i)->checkState() == Qt::Checked)
            checked.append(m_candidates->item(i)->text());
    }
    m_candidates->clear();
    for (int i = 0; i < m_baseline->count(); ++i) {
        const QString id = m_baseline->itemText(i);
        if (id == m_baseline->currentText())
            continue;
        auto *item = new QListWidgetItem(id, m_candidates);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

void NewShadowTestDialog::setBaseline(const QString &instanceId)
{
    m_baseline->setCurrentText(instanceId);
}

void NewShadowTestDialog::setCandidates(const QStringList &instanceIds)
{
    for (int i = 0; i < m_candidates->count(); ++i) {
        QListWidgetItem *item = m_candidates->item(i);
        item->setCheckState(instanceIds.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

void NewShadowTestDialog::setMaximumRuns(int runs)
{
    m_maximumRuns->setValue(runs);
}

Api::Result<Api::ShadowTestRequest> NewShadowTestDialog::request()
{
    Api::ShadowTestRequest request;
    request.id = id();
    request.name = name();
    request.description = description();
    Api::ShadowComparison comparison;
    comparison.baselineInstanceId = m_baseline->currentText();
    for (int i = 0; i < m_candidates->count(); ++i) {
        if (m_candidates->item(i)->checkState() == Qt::Checked)
            comparison.candidateInstanceIds.append(m_candidates->item(i)->text());
    }
    if (comparison.baselineInstanceId.isEmpty()) {
        const QString message = tr("Choose the baseline instance.");
        m_errors.showAt(QStringLiteral("baseline"), message);
        return Api::Error::validation(message);
    }
    if (comparison.candidateInstanceIds.isEmpty()) {
        const QString message = tr("Check at least one candidate instance.");
        m_errors.showAt(QStringLiteral("comparisons"), message);
        return Api::Error::validation(message);
    }
    request.comparisons = {comparison};
    request.maximumRuns = m_maximumRuns->value();
    if (m_hasStart->isChecked())
        request.startTime = m_start->dateTime().toUTC();
    if (m_hasEnd->isChecked()) {
        request.endTime = m_end->dateTime().toUTC();
        if (request.startTime && *request.endTime <= *request.startTime) {
            const QString message = tr("The test must end after it starts collecting.");
            m_errors.showAt(QStringLiteral("termination_events.time"), message);
            return Api::Error::validation(message);
        }
    }
    return request;
}

bool NewShadowTestDialog::send()
{
    const auto built = request();
    if (!built)
        return false;
    m_service.createShadowTest(m_appId, built.value(), this, [this](const auto &created) {
        finishCreate(created ? Api::Result<QString>(created->id)
                             : Api::Result<QString>(created.error()));
    });
    return true;
}

} // namespace Ui
