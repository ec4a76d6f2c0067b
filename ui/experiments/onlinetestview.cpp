// The view of a shadow or switchback test.
#include "onlinetestview.h"

#include "batchresultsview.h"
#include "models/experiments/experimentlistmodel.h"
#include "models/experiments/onlinetestresults.h"
#include "switchbacktimeline.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

QString swatch(const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>").arg(color.name());
}

QList<QDateTime> creationTimes(const QList<Api::RunSummary> &runs)
{
    QList<QDateTime> times;
    for (const Api::RunSummary &run : runs)
        times.append(run.createdAt);
    return times;
}

} // namespace

OnlineTestView::OnlineTestView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_statusText(new QLabel(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_stop(new QPushButton(tr("Stop…"), this))
    , m_comparison(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_timeline(new SwitchbackTimeline(this))
    , m_legend(new QLabel(this))
    , m_planPosition(new QLabel(this))
    , m_results(new BatchResultsView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(QStringLiteral("startTest"));
    m_start->setToolTip(tr("Start collecting runs"));
    m_stop->setObjectName(QStringLiteral("stopTest"));
    m_stop->setToolTip(tr("Stop the test: complete it, or cancel it"));
    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_planPosition->setObjectName(QStringLiteral("planPosition"));
    m_legend->setTextFormat(Qt::RichText);
    m_comparison->setWordWrap(true);
    connect(m_start, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(testId()); });
    connect(m_stop, &QPushButton::clicked, this, [this] { Q_EMIT stopRequested(testId()); });
    // Cancel in the charts' own header is hidden: Stop does it here.
    m_results->setHeaderVisible(false);
    connect(m_results, &BatchResultsView::openRunRequested, this,
            &OnlineTestView::openRunRequested);
    connect(m_results, &BatchResultsView::runsNeeded, this, &OnlineTestView::runsNeeded);
    connect(m_results, &BatchResultsView::errorOccurred, this, &OnlineTestView::errorOccurred);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_statusText);
    header->addStretch();
    header->addWidget(m_start);
    header->addWidget(m_stop);
    auto *plan = new QHBoxLayout;
    plan->addWidget(m_legend);
    plan->addWidget(m_planPosition, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_comparison);
    layout->addWidget(m_progress);
    layout->addWidget(m_timeline);
    layout->addLayout(plan);
    layout->addWidget(m_results, 1);
    clear();
}

void OnlineTestView::clear()
{
    showHeader({}, {}, {}, Api::ExperimentStatus::Unknown);
    m_comparison->clear();
    m_progress->hide();
    m_timeline->clear();
    m_timeline->hide();
    m_legend->clear();
    m_planPosition->clear();
    m_results->clear();
}

void OnlineTestView::showHeader(const QString &id, const QString &name, const QString &description,
                                Api::ExperimentStatus status)
{
    m_title->setText(name.isEmpty() ? id : name);
    m_title->setToolTip(description.isEmpty() ? id : id + QLatin1Char('\n') + description);
    m_statusText->setText(id.isEmpty() ? QString()
                                       : Models::ExperimentListModel::statusText(status));
    m_start->setVisible(status == Api::ExperimentStatus::Draft);
    m_stop->setVisible(Api::isRunning(status));
}

QString OnlineTestView::testId() const
{
    return m_results->experiment().id;
}

Api::ExperimentStatus OnlineTestView::status() const
{
    return m_results->experiment().status;
}

void OnlineTestView::setShadowTest(const Api::ShadowTest &test)
{
    if (test.id != testId())
        clear();
    showHeader(test.id, test.name, test.description, test.status);
    QStringList pairs;
    for (const Api::ShadowComparison &c : test.comparisons)
        pairs.append(
            tr("Runs of %1 are repeated on %2.")
                .arg(c.baselineInstanceId, c.candidateInstanceIds.join(QStringLiteral(", "))));
    m_comparison->setText(pairs.join(QLatin1Char(' ')));
    m_progress->setRange(0, std::max(test.maximumRuns, 1));
    m_progress->setValue(std::min(test.baselineRuns, test.maximumRuns));
    m_progress->setFormat(
        tr("%1 of %n baseline run(s) seen", nullptr, test.maximumRuns).arg(test.baselineRuns));
    m_progress->show();
    if (!test.comparisons.isEmpty()) {
        // Each baseline run against its shadow run: the baseline on the x axis.
        const Api::ShadowComparison &c = test.comparisons.first();
        m_results->setPreferredTargets(c.baselineInstanceId, c.candidateInstanceIds.value(0));
    }
    m_results->setExperiment(Models::OnlineTestResults::of(test));
}

void OnlineTestView::setSwitchbackTest(const Api::SwitchbackTest &test)
{
    if (test.id != testId())
        clear();
    showHeader(test.id, test.name, test.description, test.status);
    m_comparison->setText(tr("Runs of %1 go to %1 or %2 by the unit of the plan they arrive in.")
                              .arg(test.baselineInstanceId, test.candidateInstanceId));
    m_timeline->setPlan(test.plan, test.baselineInstanceId, test.candidateInstanceId);
    m_timeline->show();
    m_legend->setText(tr("%1 %2 (baseline) %3 %4 (candidate)")
                          .arg(swatch(m_timeline->instanceColor(test.baselineInstanceId)),
                               test.baselineInstanceId.toHtmlEscaped(),
                               swatch(m_timeline->instanceColor(test.candidateInstanceId)),
                               test.candidateInstanceId.toHtmlEscaped()));
    showPlanPosition(test);
    m_results->setPreferredTargets(test.baselineInstanceId, test.candidateInstanceId);
    m_results->setExperiment(Models::OnlineTestResults::of(test));
}

void OnlineTestView::showPlanPosition(const Api::SwitchbackTest &test)
{
    const Api::SwitchbackPlan &plan = test.plan;
    const QLocale locale;
    const auto at = [&locale](const QDateTime &t) {
        return locale.toString(t.toLocalTime(), QLocale::ShortFormat);
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int position = plan.unitAt(now);
    QString text;
    if (test.status == Api::ExperimentStatus::Draft)
        text = plan.start.isValid()
            ? tr("%n unit(s), from %1 once started", nullptr, int(plan.units.size()))
                  .arg(at(plan.start))
            : tr("%n unit(s), from when it is started", nullptr, int(plan.units.size()));
    else if (position >= 0)
        text = tr("Unit %1 of %2 on %3, until %4; %n run(s) so far", nullptr, test.runs)
                   .arg(position + 1)
                   .arg(plan.units.size())
                   .arg(plan.units.at(position).instanceId, at(plan.unitStart(position + 1)));
    else if (plan.start.isValid() && now < plan.start)
        text = tr("The plan starts at %1").arg(at(plan.start));
    else
        text = tr("The plan ended at %1; %n run(s)", nullptr, test.runs).arg(at(plan.end()));
    m_planPosition->setText(text);
}

void OnlineTestView::setRuns(const QList<Api::RunSummary> &runs)
{
    m_results->setRuns(runs);
    if (m_timeline->isVisibleTo(this))
        m_timeline->setRunTimes(creationTimes(runs));
}

QString OnlineTestView::progressText() const
{
    return m_timeline->isVisibleTo(this) ? m_planPosition->text() : m_progress->text();
}

} // namespace Ui
