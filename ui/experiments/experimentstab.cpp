// The Experiments tab.
#include "experimentstab.h"

#include "acceptanceresultsview.h"
#include "api/client/batchcancellation.h"
#include "api/client/nextmvservice.h"
#include "batchresultsview.h"
#include "models/experiments/experimentfilterproxymodel.h"
#include "models/experiments/experimentlistmodel.h"
#include "newacceptancetestdialog.h"
#include "newexperimentwizard.h"
#include "newshadowtestdialog.h"
#include "newswitchbacktestdialog.h"
#include "onlinetestview.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/namedescriptiondialog.h"
#include "ui/widgets/progresspainting.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

using Models::ExperimentListModel;

namespace {

using Kind = ExperimentListModel::Kind;

bool isOnline(Kind kind)
{
    return kind == Kind::Shadow || kind == Kind::Switchback;
}

Api::OnlineTestKind onlineKind(Kind kind)
{
    return kind == Kind::Shadow ? Api::OnlineTestKind::Shadow : Api::OnlineTestKind::Switchback;
}

// The progress column as a bar with "done / requested" on it.
class ProgressColumnDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const double progress = index.data(ExperimentListModel::ProgressRole).toDouble();
        if (progress < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // The cell's own background first, so a selected row stays highlighted.
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        cell.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
        paintProgressBar(painter, option, option.rect.adjusted(2, 2, -2, -2), int(progress * 100),
                         index.data().toString());
    }
};

} // namespace

ExperimentsTab::ExperimentsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new ExperimentListModel(this))
    , m_sorted(new Models::ExperimentFilterProxyModel(this))
    , m_kindFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_loading(new QLabel(this))
    , m_batchView(new BatchResultsView(this))
    , m_acceptanceView(new AcceptanceResultsView(this))
    , m_onlineView(new OnlineTestView(this))
    , m_newAcceptance(new QPushButton(tr("New Acceptance Test…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_poll(new QTimer(this))
{
    auto *newBatch = new QPushButton(tr("New Experiment…"), this);
    newBatch->setObjectName(QStringLiteral("newExperiment"));
    m_newAcceptance->setObjectName(QStringLiteral("newAcceptanceTest"));
    m_newAcceptance->setToolTip(tr("Compare two instances of the selected, finished batch "
                                   "experiment"));
    m_rename->setObjectName(QStringLiteral("renameExperiment"));
    m_delete->setObjectName(QStringLiteral("deleteExperiment"));
    auto *newShadow = new QPushButton(tr("New Shadow Test…"), this);
    newShadow->setObjectName(QStringLiteral("newShadowTest"));
    newShadow->setToolTip(tr("Repeat a baseline instance's runs on candidate instances"));
    auto *newSwitchback = new QPushButton(tr("New Switchback Test…"), this);
    newSwitchback->setObjectName(QStringLiteral("newSwitchbackTest"));
    newSwitchback->setToolTip(tr("Send a baseline instance's runs to it or to a candidate, "
                                 "alternating by time unit"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    connect(newShadow, &QPushButton::clicked, this, &ExperimentsTab::newShadowTest);
    connect(newSwitchback, &QPushButton::clicked, this, &ExperimentsTab::newSwitchbackTest);
    m_kindFilter->setObjectName(QStringLiteral("experimentKindFilter"));
    m_kindFilter->addItem(tr("All types"));
    for (const Kind kind : {Kind::Batch, Kind::Acceptance, Kind::Shadow, Kind::Switchback})
        m_kindFilter->addItem(ExperimentListModel::kindText(kind), int(kind));
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kindFilter->currentData();
        m_sorted->setKind(kind.isValid() ? std::optional(Kind(kind.toInt())) : std::nullopt);
    });
    connect(newBatch, &QPushButton::clicked, this, &ExperimentsTab::newExperiment);
    connect(m_newAcceptance, &QPushButton::clicked, this, &ExperimentsTab::newAcceptanceTest);
    connect(m_rename, &QPushButton::clicked, this, &ExperimentsTab::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ExperimentsTab::deleteCurrent);
    connect(refreshButton, &QPushButton::clicked, this, &ExperimentsTab::refresh);
    auto *creating = new QHBoxLayout;
    creating->addWidget(newBatch);
    creating->addWidget(m_newAcceptance);
    creating->addWidget(newShadow);
    creating->addWidget(newSwitchback);
    creating->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_kindFilter);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(refreshButton);

    m_sorted->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("experimentList"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExperimentListModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(ExperimentListModel::Progress,
                                      new ProgressColumnDelegate(m_table));
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExperimentsTab::showCurrent);

    m_placeholder->setText(tr("Select an experiment to see its results, or start a new one."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_loading->setObjectName(QStringLiteral("experimentLoading"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setWordWrap(true);
    m_details->addWidget(m_placeholder);
    m_details->addWidget(m_loading);
    m_details->addWidget(m_batchView);
    m_details->addWidget(m_acceptanceView);
    m_details->addWidget(m_onlineView);
    connect(m_onlineView, &OnlineTestView::startRequested, this, &ExperimentsTab::startOnlineTest);
    connect(m_onlineView, &OnlineTestView::stopRequested, this, &ExperimentsTab::stopOnlineTest);
    connect(m_onlineView, &OnlineTestView::openRunRequested, this,
            &ExperimentsTab::openRunRequested);
    connect(m_onlineView, &OnlineTestView::errorOccurred, this, &ExperimentsTab::reportError);
    connect(m_onlineView, &OnlineTestView::runsNeeded, this, &ExperimentsTab::loadRuns);
    connect(m_batchView, &BatchResultsView::cancelRequested, this,
            &ExperimentsTab::cancelExperiment);
    connect(m_batchView, &BatchResultsView::openRunRequested, this,
            &ExperimentsTab::openRunRequested);
    connect(m_batchView, &BatchResultsView::compareRunsRequested, this,
            &ExperimentsTab::compareRunsRequested);
    connect(m_batchView, &BatchResultsView::errorOccurred, this, &ExperimentsTab::reportError);
    connect(m_batchView, &BatchResultsView::runsNeeded, this, &ExperimentsTab::loadRuns);
    connect(m_acceptanceView, &AcceptanceResultsView::openExperimentRequested, this,
            &ExperimentsTab::showBatchExperiment);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(creating);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // One timer drives live progress: it stops itself once nothing runs.
    m_poll->setInterval(2000);
    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, [this] {
        refresh();
        refreshShown();
    });
    updateButtons();
}

void ExperimentsTab::setService(Api::NextmvService *service)
{
    // Windows made for the previous connection would send to a service that is going away.
    closeCreationWindows();
    m_service = service;
}

void ExperimentsTab::setPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void ExperimentsTab::setApplication(const QString &appId)
{
    closeCreationWindows();
    m_appId = appId;
    m_model->clear();
    showNothing();
    refresh();
}

void ExperimentsTab::closeCreationWindows()
{
    const QList<QWidget *> windows{m_wizard, m_newTest, m_newShadow, m_newSwitchback};
    for (QWidget *window : windows) {
        if (window)
            window->close(); // deletes itself (WA_DeleteOnClose)
    }
}

void ExperimentsTab::refresh()
{
    if (!m_service || m_appId.isEmpty())
        return;
    const QString appId = m_appId;
    // Each kind's list merges into the model. After a failure (shown by the error hub) live
    // updates pause until the next refresh.
    const auto merged = [this, appId](auto merge) {
        return [this, appId, merge](const auto &items) {
            if (!items || appId != m_appId)
                return;
            merge(items.value());
            selectShown();
            pollIfActive();
        };
    };
    m_service->listBatchExperiments(
        appId, this, merged([this](const auto &list) { m_model->setBatchExperiments(list); }));
    m_service->listAcceptanceTests(
        appId, this, merged([this](const auto &list) { m_model->setAcceptanceTests(list); }));
    m_service->listShadowTests(appId, this,
                               merged([this](const auto &list) { m_model->setShadowTests(list); }));
    m_service->listSwitchbackTests(
        appId, this, merged([this](const auto &list) { m_model->setSwitchbackTests(list); }));
}

void ExperimentsTab::pollIfActive()
{
    updateButtons();
    // Only while someone looks: showEvent() catches up when the tab comes back.
    if (!isVisible())
        return;
    const bool shownRunning = !m_shown.id.isEmpty() && !m_shown.finished;
    if ((m_model->hasActiveExperiments() || shownRunning) && !m_poll->isActive())
        m_poll->start();
}

void ExperimentsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    refreshShown();
}

const ExperimentListModel::Row *ExperimentsTab::currentRow() const
{
    return m_model->row(m_sorted->mapToSource(m_table->currentIndex()));
}

void ExperimentsTab::selectShown()
{
    const QModelIndex shown = m_sorted->mapFromSource(m_model->indexOf(m_shown.kind, m_shown.id));
    if (!shown.isValid() || shown.row() == m_table->currentIndex().row())
        return;
    const QScopedValueRollback guard(m_selectingShown, true);
    m_table->setCurrentIndex(shown);
    updateButtons();
}

void ExperimentsTab::showCurrent()
{
    if (m_selectingShown)
        return;
    const ExperimentListModel::Row *row = currentRow();
    updateButtons();
    if (!row) {
        showNothing();
        return;
    }
    show(row->kind, row->id);
}

void ExperimentsTab::showNothing()
{
    m_shown.call.cancel();
    m_shown = {};
    m_details->setCurrentWidget(m_placeholder);
}

void ExperimentsTab::showBatchExperiment(const QString &id)
{
    show(ExperimentListModel::Kind::Batch, id);
}

void ExperimentsTab::showAcceptanceTest(const QString &id)
{
    show(ExperimentListModel::Kind::Acceptance, id);
}

void ExperimentsTab::showShadowTest(const QString &id)
{
    show(ExperimentListModel::Kind::Shadow, id);
}

void ExperimentsTab::showSwitchbackTest(const QString &id)
{
    show(ExperimentListModel::Kind::Switchback, id);
}

void ExperimentsTab::setKindFilter(std::optional<ExperimentListModel::Kind> kind)
{
    m_kindFilter->setCurrentIndex(kind ? m_kindFilter->findData(int(*kind)) : 0);
}

void ExperimentsTab::show(ExperimentListModel::Kind kind, const QString &id)
{
    if (id.isEmpty())
        return;
    if (!m_shown.is(kind, id)) {
        // Nothing of the previous one may stay: its charts, runs or Cancel would act on it.
        showNothing();
        m_shown.kind = kind;
        m_shown.id = id;
        m_batchView->clear();
        m_acceptanceView->clear();
        m_onlineView->clear();
        const ExperimentListModel::Row *row = m_model->row(m_model->indexOf(kind, id));
        m_loading->setText(tr("Loading %1…").arg(row && !row->name.isEmpty() ? row->name : id));
        m_details->setCurrentWidget(m_loading);
    }
    selectShown();
    refreshShown();
}

void ExperimentsTab::refreshShown()
{
    if (!m_service)
        return;
    if (m_shown.id.isEmpty())
        return;
    // One request for what is shown at a time: an older answer never overwrites a newer one.
    m_shown.call.cancel();
    const ExperimentListModel::Kind kind = m_shown.kind;
    const QString id = m_shown.id;
    if (isOnline(kind)) {
        refreshShownOnlineTest();
        return;
    }
    if (kind == ExperimentListModel::Kind::Acceptance) {
        m_shown.call =
            m_service->acceptanceTest(m_appId, id, this, [this, kind, id](const auto &test) {
                if (!m_shown.is(kind, id))
                    return;
                if (!test)
                    return shownFailed(test.error());
                m_acceptanceView->setTest(test.value());
                m_details->setCurrentWidget(m_acceptanceView);
                m_shown.finished = !Api::isRunning(test->status);
                pollIfActive();
            });
        return;
    }
    m_shown.call =
        m_service->batchExperiment(m_appId, id, this, [this, kind, id](const auto &experiment) {
            if (!m_shown.is(kind, id))
                return;
            if (!experiment)
                return shownFailed(experiment.error());
            const Api::BatchExperiment &e = experiment.value();
            m_batchView->setExperiment(e);
            m_details->setCurrentWidget(m_batchView);
            m_model->updateBatchExperiment(e);
            const bool justFinished = e.isFinished() && !m_shown.finished;
            m_shown.finished = e.isFinished();
            if (justFinished)
                loadRuns(e.id); // complete now, for clicks on the per-input chart
            pollIfActive();
        });
}

void ExperimentsTab::shownFailed(const Api::Error &error)
{
    // Stops watching (the error hub said why); Refresh or another click retries.
    m_shown.finished = true;
    if (error.httpStatus == 404)
        showNothing(); // deleted elsewhere; the list drops it on its next refresh
}

void ExperimentsTab::refreshShownOnlineTest()
{
    const Kind kind = m_shown.kind;
    const QString id = m_shown.id;
    if (kind == Kind::Shadow) {
        m_shown.call = m_service->shadowTest(m_appId, id, this, [this, kind, id](const auto &test) {
            if (!m_shown.is(kind, id))
                return;
            if (!test)
                return shownFailed(test.error());
            m_onlineView->setShadowTest(test.value());
            m_model->updateShadowTest(test.value());
            onlineTestAnswered(id, !Api::isRunning(test->status), test->totalRuns());
        });
        return;
    }
    m_shown.call = m_service->switchbackTest(m_appId, id, this, [this, kind, id](const auto &test) {
        if (!m_shown.is(kind, id))
            return;
        if (!test)
            return shownFailed(test.error());
        m_onlineView->setSwitchbackTest(test.value());
        m_model->updateSwitchbackTest(test.value());
        onlineTestAnswered(id, !Api::isRunning(test->status), test->runs);
    });
}

void ExperimentsTab::onlineTestAnswered(const QString &id, bool finished, int runCount)
{
    m_details->setCurrentWidget(m_onlineView);
    m_shown.finished = finished;
    // Runs arrive with live traffic: fetch them again (for the timeline's ticks and the
    // per-input clicks) only when there are new ones.
    if (runCount != m_shown.runCount) {
        m_shown.runCount = runCount;
        loadRuns(id);
    }
    pollIfActive();
}

void ExperimentsTab::loadRuns(const QString &experimentId)
{
    if (!m_service || !m_shown.is(m_shown.kind, experimentId))
        return;
    const Kind kind = m_shown.kind;
    const auto deliver = [this, kind, experimentId](const auto &runs) {
        if (!runs || !m_shown.is(kind, experimentId))
            return;
        if (isOnline(kind))
            m_onlineView->setRuns(runs.value());
        else
            m_batchView->setRuns(runs.value());
    };
    if (isOnline(kind))
        m_service->onlineTestRuns(m_appId, onlineKind(kind), experimentId, this, deliver);
    else if (kind == Kind::Batch)
        m_service->batchExperimentRuns(m_appId, experimentId, this, deliver);
}

void ExperimentsTab::updateButtons()
{
    const ExperimentListModel::Row *row = currentRow();
    m_rename->setEnabled(row != nullptr);
    m_delete->setEnabled(row != nullptr);
    // Finished with results: completed, or canceled part-way.
    m_newAcceptance->setEnabled(row && row->kind == ExperimentListModel::Kind::Batch &&
                                Api::hasFinalResults(row->status));
}

NewExperimentWizard *ExperimentsTab::newExperiment()
{
    if (!m_service || m_appId.isEmpty())
        return nullptr;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new NewExperimentWizard(*m_service, m_appId, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &NewExperimentWizard::experimentCreated, this, [this](const QString &id) {
        Q_EMIT statusMessage(tr("Experiment %1 started.").arg(id));
        showCreated(Kind::Batch, id);
    });
    m_wizard->show();
    return m_wizard;
}

void ExperimentsTab::newAcceptanceTest()
{
    // The dialog offers the shown experiment's instances and statistics: wait until it is in.
    if (!m_service || m_shown.kind != ExperimentListModel::Kind::Batch || m_shown.id.isEmpty() ||
        m_batchView->experiment().id != m_shown.id)
        return;
    if (m_newTest) {
        m_newTest->raise();
        return;
    }
    m_newTest = new NewAcceptanceTestDialog(*m_service, m_appId, m_batchView->experiment(), this);
    m_newTest->setAttribute(Qt::WA_DeleteOnClose);
    m_newTest->setInstances(m_batchView->baseline(), m_batchView->candidate());
    connect(m_newTest, &NewAcceptanceTestDialog::acceptanceTestCreated, this,
            [this](const QString &id) {
                Q_EMIT statusMessage(tr("Acceptance test %1 created.").arg(id));
                showCreated(Kind::Acceptance, id);
            });
    m_newTest->open();
}

void ExperimentsTab::showCreated(Kind kind, const QString &id)
{
    refresh();
    // A filter that hides the new one would leave the list and the results disagreeing.
    if (m_sorted->kind() && *m_sorted->kind() != kind)
        setKindFilter(std::nullopt);
    show(kind, id);
}

template<typename Dialog>
Dialog *ExperimentsTab::openOnlineTestDialog(QPointer<Dialog> &dialog, Kind kind,
                                             const QString &createdMessage)
{
    if (!m_service || m_appId.isEmpty())
        return nullptr;
    if (!dialog) {
        dialog = new Dialog(*m_service, m_appId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OnlineTestDialog::testCreated, this,
                [this, kind, createdMessage](const QString &id) {
                    Q_EMIT statusMessage(createdMessage.arg(id));
                    showCreated(kind, id);
                });
    }
    dialog->open();
    return dialog;
}

NewShadowTestDialog *ExperimentsTab::newShadowTest()
{
    return openOnlineTestDialog(m_newShadow, Kind::Shadow,
                                tr("Shadow test %1 created; start it to collect runs."));
}

NewSwitchbackTestDialog *ExperimentsTab::newSwitchbackTest()
{
    return openOnlineTestDialog(m_newSwitchback, Kind::Switchback,
                                tr("Switchback test %1 created; start it to follow its plan."));
}

void ExperimentsTab::startOnlineTest(const QString &id)
{
    if (!m_service || !isOnline(m_shown.kind) || m_shown.id != id)
        return;
    m_service->startOnlineTest(m_appId, onlineKind(m_shown.kind), id, this,
                               [this, id](const auto &started) {
                                   if (!started)
                                       return; // the error hub has shown why
                                   Q_EMIT statusMessage(tr("Started %1.").arg(id));
                                   m_shown.finished = false;
                                   refresh();
                                   refreshShown();
                               });
}

void ExperimentsTab::stopOnlineTest(const QString &id)
{
    if (!m_service || !isOnline(m_shown.kind) || m_shown.id != id)
        return;
    const Kind kind = m_shown.kind;
    const QString appId = m_appId;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Stop Test"),
                                     tr("Stop test %1? Complete keeps it as a finished test with "
                                        "its results; Cancel Test marks it canceled. Either way "
                                        "no more runs are added.")
                                         .arg(id),
                                     QMessageBox::NoButton, this);
    QPushButton *complete = question->addButton(tr("Complete"), QMessageBox::AcceptRole);
    QPushButton *cancel = question->addButton(tr("Cancel Test"), QMessageBox::DestructiveRole);
    question->addButton(tr("Keep Running"), QMessageBox::RejectRole);
    question->setDefaultButton(complete);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this,
            [this, question, complete, cancel, kind, appId, id, service = m_service] {
                const QAbstractButton *chosen = question->clickedButton();
                // The connection, application or test shown may have changed meanwhile.
                if ((chosen != complete && chosen != cancel) || !m_service ||
                    m_service != service || appId != m_appId || m_shown.id != id)
                    return;
                const Api::StopIntent intent =
                    chosen == cancel ? Api::StopIntent::Cancel : Api::StopIntent::Complete;
                m_service->stopOnlineTest(appId, onlineKind(kind), id, intent, this,
                                          [this, id](const auto &stopped) {
                                              if (!stopped)
                                                  return; // the error hub has shown why
                                              Q_EMIT statusMessage(tr("Stopped %1.").arg(id));
                                              refresh();
                                              refreshShown();
                                          });
            });
    question->open(); // window-modal, returning at once: polls and answers keep arriving
}

void ExperimentsTab::cancelExperiment(const QString &id)
{
    if (!m_service)
        return;
    const QString appId = m_appId;
    const Confirmation question{
        .title = tr("Cancel Experiment"),
        .text = tr("Cancel experiment %1? Its runs that have not finished are canceled; results "
                   "so far are kept.")
                    .arg(id),
        .yesText = tr("Cancel Experiment"),
        .noText = tr("Keep Running")};
    askThen(this, question, [this, id, appId, service = m_service] {
        // The connection or application may have changed while the question was open.
        if (!m_service || m_service != service || appId != m_appId)
            return;
        Api::cancelBatchExperiment(*m_service, appId, id, this, [this, id](const auto &canceled) {
            if (!canceled)
                return; // the error hub has shown why
            Q_EMIT statusMessage(
                tr("Canceled %n run(s) of experiment %1.", nullptr, canceled.value()).arg(id));
            refresh();
            refreshShown();
        });
    });
}

void ExperimentsTab::renameCurrent()
{
    const ExperimentListModel::Row *row = currentRow();
    if (!row || !m_service)
        return;
    const Kind kind = row->kind;
    const QString id = row->id;
    const QString appId = m_appId;
    auto *dialog =
        new NameDescriptionDialog(tr("Rename %1 %2").arg(ExperimentListModel::kindText(kind), id),
                                  row->name, row->description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind, id, appId] {
        if (!m_service || appId != m_appId)
            return;
        const auto renamed = [this, id](const auto &result) {
            if (!result)
                return; // the error hub has shown why
            Q_EMIT statusMessage(tr("Renamed %1.").arg(id));
            refresh();
            refreshShown();
        };
        const QString name = dialog->name();
        const QString description = dialog->description();
        if (kind == Kind::Batch)
            m_service->updateBatchExperiment(appId, id, name, description, this, renamed);
        else if (kind == Kind::Acceptance)
            m_service->updateAcceptanceTest(appId, id, name, description, this, renamed);
        else
            m_service->renameOnlineTest(appId, onlineKind(kind), id, name, description, this,
                                        renamed);
    });
    dialog->open();
}

void ExperimentsTab::deleteCurrent()
{
    const ExperimentListModel::Row *row = currentRow();
    if (!row || !m_service)
        return;
    const Kind kind = row->kind;
    const QString id = row->id;
    const QString appId = m_appId;
    QString question;
    switch (kind) {
    case Kind::Batch:
        question = tr("Delete batch experiment %1 and all its runs? This cannot be undone.");
        break;
    case Kind::Acceptance:
        question = tr("Delete acceptance test %1 and the batch experiment it rests on, with its "
                      "runs? This cannot be undone.");
        break;
    case Kind::Shadow:
        question = tr("Delete shadow test %1 and its shadow runs? The baseline runs are kept. "
                      "This cannot be undone.");
        break;
    case Kind::Switchback:
        question = tr("Delete switchback test %1? Its runs are kept, no longer linked to it. "
                      "This cannot be undone.");
        break;
    }
    const Confirmation confirmation{.icon = QMessageBox::Warning,
                                    .title =
                                        tr("Delete %1").arg(ExperimentListModel::kindText(kind)),
                                    .text = question.arg(id),
                                    .yesText = tr("Delete")};
    askThen(this, confirmation, [this, kind, id, appId, service = m_service] {
        // The connection or application may have changed while the question was open.
        if (!m_service || m_service != service || appId != m_appId)
            return;
        auto done = [this, id](const Api::Result<bool> &deleted) {
            if (!deleted)
                return; // the error hub has shown why
            Q_EMIT statusMessage(tr("Deleted %1.").arg(id));
            if (m_shown.id == id)
                showNothing();
            refresh();
        };
        if (kind == Kind::Batch)
            m_service->deleteBatchExperiment(appId, id, this, done);
        else if (kind == Kind::Acceptance)
            m_service->deleteAcceptanceTest(appId, id, this, done);
        else
            m_service->deleteOnlineTest(appId, onlineKind(kind), id, this, done);
    });
}

void ExperimentsTab::reportError(const QString &message)
{
    Q_EMIT errorOccurred(Api::Error::validation(message));
}

} // namespace Ui
