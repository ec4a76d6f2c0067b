// Runs side by side.
#include "ui/compare/comparerunswindow.h"

#include "api/client/nextmvservice.h"
#include "models/compare/metadatacomparisonmodel.h"
#include "models/compare/statisticscomparisonmodel.h"
#include "ui/compare/comparisonhighlight.h"
#include "ui/compare/outputdiffview.h"
#include "ui/widgets/chartpanel.h"
#include "ui/widgets/choicedelegate.h"
#include "ui/widgets/textexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

namespace Ui {

namespace {

// One bar per run that reports the statistic.
QChart *statisticBars(const Models::StatisticsComparisonModel &model, const QString &statistic)
{
    auto *chart = new QChart;
    chart->setTitle(statistic);
    chart->legend()->hide();
    auto *set = new QBarSet(statistic);
    QStringList categories;
    for (qsizetype run = 0; run < model.runs().size(); ++run) {
        if (const std::optional<double> value = model.value(statistic, run)) {
            set->append(*value);
            categories.append(model.runs().header(run));
        }
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *runsAxis = new QBarCategoryAxis;
    runsAxis->append(categories);
    chart->addAxis(runsAxis, Qt::AlignBottom);
    series->attachAxis(runsAxis);
    auto *values = new QValueAxis;
    values->setTitleText(statistic);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    // Bars grow from zero; a range of only positive or only negative values still shows it.
    values->setRange(std::min(0.0, values->min()), std::max(0.0, values->max()));
    values->applyNiceNumbers();
    return chart;
}

QString settingsKey(const QString &appId)
{
    return QStringLiteral("compare/better/") + appId;
}

} // namespace

CompareRunsWindow::CompareRunsWindow(Api::NextmvService &service, const QString &appId,
                                     const QStringList &runIds, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_appId(appId)
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_statistics(new Models::StatisticsComparisonModel(this))
    , m_metadata(new Models::MetadataComparisonModel(this))
{
    setObjectName(QStringLiteral("compareRunsWindow"));
    setWindowTitle(tr("Compare %n Run(s)", nullptr, int(runIds.size())));
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);

    m_outputDiff = new OutputDiffView(this);
    m_outputDiff->setService(&m_service, m_appId);
    m_tabs->addTab(buildStatisticsPage(), tr("Statistics"));
    m_tabs->addTab(buildMetadataPage(), tr("Metadata and Options"));
    m_tabs->addTab(m_outputDiff, tr("Output Diff"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    QHash<QString, Models::Better> chosen;
    const QVariantMap remembered = QSettings().value(settingsKey(m_appId)).toMap();
    for (auto it = remembered.cbegin(); it != remembered.cend(); ++it) {
        const int better = it.value().toInt();
        if (better >= int(Models::Better::Lower) && better <= int(Models::Better::Neither))
            chosen.insert(it.key(), Models::Better(better));
    }
    m_statistics->setChosenBetter(chosen);
    connect(m_statistics, &Models::StatisticsComparisonModel::betterChosen, this,
            [this](const QString &statistic, Models::Better better) {
                QSettings settings;
                QVariantMap remembered = settings.value(settingsKey(m_appId)).toMap();
                remembered.insert(statistic, int(better));
                settings.setValue(settingsKey(m_appId), remembered);
                updateChart();
            });
    load(runIds);
}

void CompareRunsWindow::setTransferSink(std::function<void(Api::Transfer *)> sink)
{
    m_outputDiff->setTransferSink(std::move(sink));
}

QTableView *CompareRunsWindow::comparisonTable(Models::ComparisonTableModel *model,
                                               const QString &objectName)
{
    auto *highlight = new ComparisonHighlight(this);
    highlight->setSourceModel(model);
    m_highlights.append(highlight);
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setModel(highlight);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionsClickable(true);
    table->horizontalHeader()->setToolTip(tr("Double-click a run's header to open it."));
    connect(table->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this,
            [this, model](int section) {
                const int run = section - model->firstRunColumn();
                if (run >= 0 && run < m_runs.size())
                    Q_EMIT openRunRequested(m_runs.at(run).id);
            });
    return table;
}

QWidget *CompareRunsWindow::buildStatisticsPage()
{
    auto *page = new QWidget(this);
    m_statisticsTable = comparisonTable(m_statistics, QStringLiteral("statisticsComparison"));
    m_statisticsTable->setItemDelegateForColumn(Models::StatisticsComparisonModel::BetterColumn,
                                                new ChoiceDelegate(m_statisticsTable));
    m_statisticsTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_statisticsDifferencesOnly = new QCheckBox(tr("Differences only"), page);
    m_statisticsDifferencesOnly->setObjectName(QStringLiteral("statisticsDifferencesOnly"));
    connect(m_statisticsDifferencesOnly, &QCheckBox::toggled, m_statistics,
            &Models::StatisticsComparisonModel::setDifferencesOnly);
    auto *csv = new QPushButton(tr("Export CSV…"), page);
    connect(csv, &QPushButton::clicked, this, [this] {
        TextExport::askAndWrite(this, tr("Export statistics"),
                                m_appId + QStringLiteral("-statistics.csv"),
                                tr("CSV files (*.csv)"), m_statistics->toCsv().toUtf8());
    });
    auto *tableBar = new QHBoxLayout;
    tableBar->addWidget(m_statisticsDifferencesOnly);
    tableBar->addStretch();
    tableBar->addWidget(csv);

    m_chartStatistic = new QComboBox(page);
    m_chartStatistic->setObjectName(QStringLiteral("chartStatistic"));
    connect(m_chartStatistic, &QComboBox::currentTextChanged, this,
            &CompareRunsWindow::updateChart);
    m_chart = new ChartPanel(QStringLiteral("compareChart"), page);
    auto *chartBar = new QHBoxLayout;
    chartBar->addWidget(new QLabel(tr("Chart of"), page));
    chartBar->addWidget(m_chartStatistic, 1);
    auto *chartBox = new QWidget(page);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartBar);
    chartLayout->addWidget(m_chart, 1);

    auto *tableBox = new QWidget(page);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tableBar);
    tableLayout->addWidget(m_statisticsTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(tableBox);
    splitter->addWidget(chartBox);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

QWidget *CompareRunsWindow::buildMetadataPage()
{
    auto *page = new QWidget(this);
    m_metadataTable = comparisonTable(m_metadata, QStringLiteral("metadataComparison"));
    m_metadataDifferencesOnly = new QCheckBox(tr("Differences only"), page);
    m_metadataDifferencesOnly->setObjectName(QStringLiteral("metadataDifferencesOnly"));
    connect(m_metadataDifferencesOnly, &QCheckBox::toggled, m_metadata,
            &Models::MetadataComparisonModel::setDifferencesOnly);
    auto *csv = new QPushButton(tr("Export CSV…"), page);
    connect(csv, &QPushButton::clicked, this, [this] {
        TextExport::askAndWrite(this, tr("Export metadata"),
                                m_appId + QStringLiteral("-metadata.csv"), tr("CSV files (*.csv)"),
                                m_metadata->toCsv().toUtf8());
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_metadataDifferencesOnly);
    bar->addStretch();
    bar->addWidget(csv);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_metadataTable, 1);
    return page;
}

void CompareRunsWindow::load(const QStringList &runIds)
{
    m_loaded = QList<std::optional<Api::RunInformation>>(runIds.size());
    m_pending = int(runIds.size());
    m_status->setText(tr("Loading %n run(s)…", nullptr, m_pending));
    for (qsizetype i = 0; i < runIds.size(); ++i) {
        const QString runId = runIds[i];
        m_service.runMetadata(
            m_appId, runId, this, [this, i, runId](const Api::Result<Api::RunInformation> &run) {
                if (run)
                    m_loaded[i] = run.value();
                else
                    m_failures.append(tr("%1: %2").arg(runId, run.error().message));
                if (--m_pending == 0)
                    showRuns();
            });
    }
}

void CompareRunsWindow::showRuns()
{
    QList<Api::RunInformation> runs;
    for (const std::optional<Api::RunInformation> &run : std::as_const(m_loaded)) {
        if (run)
            runs.append(*run);
    }
    m_runs = Models::ComparedRuns(runs);
    m_statistics->setRuns(m_runs);
    m_metadata->setRuns(m_runs);
    m_outputDiff->setRuns(m_runs);
    const QString current = m_chartStatistic->currentText();
    {
        const QSignalBlocker blocker(m_chartStatistic);
        m_chartStatistic->clear();
        m_chartStatistic->addItems(m_statistics->statistics());
        const int preferred = m_chartStatistic->findText(
            current.isEmpty() ? QStringLiteral("result.value") : current);
        m_chartStatistic->setCurrentIndex(std::max(preferred, 0));
    }
    updateChart();
    if (m_failures.isEmpty())
        m_status->setText(tr("%n run(s) compared.", nullptr, int(runs.size())));
    else
        m_status->setText(tr("Some runs could not be loaded:") + QLatin1Char(' ') +
                          m_failures.join(QStringLiteral("; ")));
    Q_EMIT loaded();
}

void CompareRunsWindow::updateChart()
{
    const QString statistic = m_chartStatistic->currentText();
    m_chart->setChart(ChartPanel::ChartRecipe([this, statistic] {
        if (!statistic.isEmpty())
            return statisticBars(*m_statistics, statistic);
        auto *empty = new QChart;
        empty->setTitle(tr("These runs report no statistics."));
        return empty;
    }));
}

void CompareRunsWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

bool CompareRunsWindow::exportStatisticsCsv(const QString &path)
{
    return TextExport::write(path, m_statistics->toCsv().toUtf8()).isEmpty();
}

bool CompareRunsWindow::exportMetadataCsv(const QString &path)
{
    return TextExport::write(path, m_metadata->toCsv().toUtf8()).isEmpty();
}

void CompareRunsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (ComparisonHighlight *highlight : std::as_const(m_highlights))
            highlight->setPalette(palette());
    }
    QDialog::changeEvent(event);
}

} // namespace Ui
