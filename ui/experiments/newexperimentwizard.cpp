// The wizard that creates and starts a batch experiment.
#include "newexperimentwizard.h"

#include "api/client/nextmvservice.h"
#include "ui/widgets/statuscolors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

constexpr int maximumRuns = 10000; // the server's limit per experiment

enum OptionSetColumn { OptionSetName, OptionSetOptions };

} // namespace

NewExperimentWizard::NewExperimentWizard(Api::NextmvService &service, const QString &appId,
                                         QWidget *parent)
    : QWizard(parent)
    , m_service(service)
    , m_appId(appId)
    , m_name(new QLineEdit)
    , m_id(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_inputSet(new QComboBox)
    , m_targets(new QListWidget)
    , m_optionSets(new QTableWidget(0, 2))
    , m_repetitions(new QSpinBox)
    , m_runCount(new QLabel)
    , m_error(new QLabel)
    , m_targetsError(new QLabel)
{
    setWindowTitle(tr("New Batch Experiment"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Start Experiment"));
    addPage(buildTargetsPage());
    addPage(buildRunsPage());
    load();
}

QWizardPage *NewExperimentWizard::buildTargetsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("What to compare"));
    page->setSubTitle(tr("Every input of the set runs on every chosen instance or version."));
    m_name->setObjectName(QStringLiteral("experimentName"));
    m_id->setObjectName(QStringLiteral("experimentId"));
    m_id->setPlaceholderText(tr("generated when empty"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_inputSet->setObjectName(QStringLiteral("inputSetPicker"));
    m_targets->setObjectName(QStringLiteral("targetList"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&ID:"), m_id);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Input &set:"), m_inputSet);
    form->addRow(tr("&Run on:"), m_targets);
    StatusColors::makeErrorLabel(m_targetsError);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_targetsError);
    connect(m_inputSet, &QComboBox::currentIndexChanged, this,
            &NewExperimentWizard::updateRunCount);
    connect(m_targets, &QListWidget::itemChanged, this, &NewExperimentWizard::updateRunCount);
    return page;
}

QWizardPage *NewExperimentWizard::buildRunsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("How to run it"));
    page->setSubTitle(tr("Option sets run each input once per set, with these options on top "
                         "of the instance's; repetitions run everything again."));
    m_optionSets->setObjectName(QStringLiteral("optionSets"));
    m_optionSets->setHorizontalHeaderLabels({tr("Option set"), tr("Options (name=value, …)")});
    m_optionSets->horizontalHeader()->setStretchLastSection(true);
    m_optionSets->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add Option Set"));
    auto *remove = new QPushButton(tr("Remove"));
    connect(add, &QPushButton::clicked, this, [this] {
        addOptionSet(tr("set-%1").arg(m_optionSets->rowCount() + 1), QString());
        m_optionSets->editItem(m_optionSets->item(m_optionSets->rowCount() - 1, OptionSetOptions));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_optionSets->currentRow() >= 0)
            m_optionSets->removeRow(m_optionSets->currentRow());
        updateRunCount();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    m_repetitions->setObjectName(QStringLiteral("repetitions"));
    m_repetitions->setRange(1, 100);
    connect(m_repetitions, &QSpinBox::valueChanged, this, &NewExperimentWizard::updateRunCount);
    m_runCount->setObjectName(QStringLiteral("runCount"));
    m_runCount->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("wizardError"));
    StatusColors::makeErrorLabel(m_error);
    auto *form = new QFormLayout;
    form->addRow(tr("Re&petitions:"), m_repetitions);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_optionSets, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_runCount);
    layout->addWidget(m_error);
    return page;
}

void NewExperimentWizard::load()
{
    m_pendingLoads = 3;
    m_service.listInputSets(m_appId, this, [this](const auto &sets) {
        if (!sets)
            m_loadError = sets.error().fullText();
        if (sets) {
            m_inputSets = sets.value();
            for (const Api::InputSet &set : std::as_const(m_inputSets))
                m_inputSet->addItem(tr("%1 (%n input(s))", nullptr, int(set.inputIds.size()))
                                        .arg(set.name.isEmpty() ? set.id : set.name),
                                    set.id);
        }
        loadDone();
    });
    m_service.listInstances(m_appId, this, [this](const auto &instances) {
        if (!instances)
            m_loadError = instances.error().fullText();
        if (instances) {
            int row = 0; // instances first, in order, before any version already listed
            for (const Api::Instance &instance : instances.value()) {
                auto *item = new QListWidgetItem(
                    tr("Instance %1 (version %2)").arg(instance.id, instance.versionId));
                item->setData(Qt::UserRole, QStringLiteral("instance:") + instance.id);
                item->setCheckState(Qt::Unchecked);
                m_targets->insertItem(row++, item);
            }
        }
        loadDone();
    });
    m_service.listVersions(m_appId, this, [this](const auto &versions) {
        if (!versions)
            m_loadError = versions.error().fullText();
        if (versions) {
            for (const Api::Version &version : versions.value()) {
                auto *item = new QListWidgetItem(tr("Version %1").arg(version.id));
                item->setData(Qt::UserRole, QStringLiteral("version:") + version.id);
                item->setCheckState(Qt::Unchecked);
                m_targets->addItem(item); // after the instances, which users pick most
            }
        }
        loadDone();
    });
}

void NewExperimentWizard::loadDone()
{
    if (--m_pendingLoads > 0)
        return;
    if (!m_loadError.isEmpty())
        showError(tr("Could not load the choices: %1").arg(m_loadError));
    else if (m_inputSets.isEmpty())
        showError(tr("This application has no input sets yet: make one in the Input Sets tab "
                     "first."));
    updateRunCount();
    Q_EMIT loaded();
}

void NewExperimentWizard::setName(const QString &name)
{
    m_name->setText(name);
}

void NewExperimentWizard::chooseInputSet(const QString &id)
{
    m_inputSet->setCurrentIndex(m_inputSet->findData(id));
}

void NewExperimentWizard::chooseTarget(const QString &key, bool chosen)
{
    for (int i = 0; i < m_targets->count(); ++i) {
        if (m_targets->item(i)->data(Qt::UserRole).toString() == key)
            m_targets->item(i)->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
}

void NewExperimentWizard::addOptionSet(const QString &name, const QString &options)
{
    const int row = m_optionSets->rowCount();
    m_optionSets->insertRow(row);
    m_optionSets->setItem(row, OptionSetName, new QTableWidgetItem(name));
    m_optionSets->setItem(row, OptionSetOptions, new QTableWidgetItem(options));
    updateRunCount();
}

void NewExperimentWizard::setRepetitions(int repetitions)
{
    m_repetitions->setValue(repetitions);
}

QStringList NewExperimentWizard::chosenTargets() const
{
    QStringList keys;
    for (int i = 0; i < m_targets->count(); ++i) {
        if (m_targets->item(i)->checkState() == Qt::Checked)
            keys.append(m_targets->item(i)->data(Qt::UserRole).toString());
    }
    return keys;
}

const Api::InputSet *NewExperimentWizard::chosenInputSet() const
{
    const QString id = m_inputSet->currentData().toString();
    for (const Api::InputSet &set : m_inputSets) {
        if (set.id == id)
            return &set;
    }
    return nullptr;
}

Api::Result<QMap<QString, Api::OptionValues>> NewExperimentWizard::optionSets() const
{
    QMap<QString, Api::OptionValues> sets;
    for (int row = 0; row < m_optionSets->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_optionSets->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QString name = text(OptionSetName);
        if (name.isEmpty() || sets.contains(name))
            return Api::Error::validation(
                tr("Option set %1 needs a name of its own.").arg(row + 1));
        Api::OptionValues options;
        for (const QString &pair :
             text(OptionSetOptions).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            const QString key = pair.left(equals).trimmed();
            if (equals <= 0 || key.isEmpty())
                return Api::Error::validation(
                    tr("Option set %1: \"%2\" is not name=value.").arg(name, pair.trimmed()));
            options.insert(key, pair.mid(equals + 1).trimmed());
        }
        sets.insert(name, options);
    }
    return sets;
}

qint64 NewExperimentWizard::plannedRuns() const
{
    const Api::InputSet *set = chosenInputSet();
    const qint64 inputs = set ? set->inputIds.size() : 0;
    return inputs * chosenTargets().size() * std::max(1, m_optionSets->rowCount()) *
        m_repetitions->value();
}

void NewExperimentWizard::updateRunCount()
{
    const Api::InputSet *set = chosenInputSet();
    m_runCount->setText(tr("%1 inputs × %2 targets × %3 option sets × %4 repetitions = %5 runs")
                            .arg(set ? set->inputIds.size() : 0)
                            .arg(chosenTargets().size())
                            .arg(std::max(1, m_optionSets->rowCount()))
                            .arg(m_repetitions->value())
                            .arg(plannedRuns()));
}

void NewExperimentWizard::showError(const QString &message)
{
    for (QLabel *label : {m_error, m_targetsError}) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
}

QString NewExperimentWizard::targetsProblem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the experiment a name.");
    const Api::InputSet *set = chosenInputSet();
    if (!set)
        return tr("Choose an input set.");
    if (set->inputIds.isEmpty())
        return tr("Input set %1 has no inputs.").arg(set->id);
    if (chosenTargets().isEmpty())
        return tr("Choose at least one instance or version to run on.");
    return {};
}

Api::Result<Api::BatchExperimentRequest> NewExperimentWizard::request() const
{
    Api::BatchExperimentRequest request;
    request.name = m_name->text().trimmed();
    request.id = m_id->text().trimmed();
    request.description = m_description->toPlainText();
    if (const QString problem = targetsProblem(); !problem.isEmpty())
        return Api::Error::validation(problem);
    const Api::InputSet *set = chosenInputSet();
    const QStringList targets = chosenTargets();
    const auto sets = optionSets();
    if (!sets)
        return sets.error();
    if (plannedRuns() > maximumRuns)
        return Api::Error::validation(tr("%1 runs is more than the %2 an experiment may have.")
                                          .arg(plannedRuns())
                                          .arg(maximumRuns));
    request.inputSetId = set->id;
    request.optionSets = sets.value();
    const bool instancesOnly = std::all_of(targets.cbegin(), targets.cend(), [](const QString &t) {
        return t.startsWith(QLatin1String("instance:"));
    });
    if (instancesOnly && request.optionSets.isEmpty() && m_repetitions->value() == 1) {
        // The compact form every Nextmv API version understands.
        for (const QString &target : targets)
            request.instanceIds.append(target.section(QLatin1Char(':'), 1));
        return request;
    }
    const QStringList setNames =
        request.optionSets.isEmpty() ? QStringList{QString()} : request.optionSets.keys();
    for (const QString &input : set->inputIds) {
        for (const QString &target : targets) {
            const bool isInstance = target.startsWith(QLatin1String("instance:"));
            for (const QString &optionSet : setNames) {
                for (int repetition = 0; repetition < m_repetitions->value(); ++repetition) {
                    Api::BatchRunSpec run;
                    run.inputId = input;
                    run.inputSetId = set->id;
                    (isInstance ? run.instanceId : run.versionId) =
                        target.section(QLatin1Char(':'), 1);
                    run.optionSet = optionSet;
                    run.repetition = repetition;
                    request.runs.append(run);
                }
            }
        }
    }
    return request;
}

bool NewExperimentWizard::validateCurrentPage()
{
    if (currentId() == 0) {
        // Only the first page's own fields; option sets are checked on the next page.
        const QString problem = targetsProblem();
        m_targetsError->setText(problem);
        m_targetsError->setVisible(!problem.isEmpty());
        return problem.isEmpty();
    }
    return true;
}

void NewExperimentWizard::accept()
{
    if (m_creating)
        return;
    const auto built = request();
    if (!built) {
        showError(built.error().message);
        return;
    }
    m_creating = true;
    button(QWizard::FinishButton)->setEnabled(false);
    showError(QString());
    m_service.createBatchExperiment(m_appId, built.value(), this, [this](const auto &created) {
        m_creating = false;
        button(QWizard::FinishButton)->setEnabled(true);
        if (!created) {
            // Everything stays as the user set it; the reason says what to change.
            showError(created.error().fullText());
            return;
        }
        Q_EMIT experimentCreated(created.value());
        QWizard::accept();
    });
}

} // namespace Ui
