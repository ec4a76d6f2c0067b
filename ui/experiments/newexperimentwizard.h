// The wizard that creates and starts a batch experiment: what to compare (name, input set,
// instances and/or versions), then how to run it (option sets, repetitions), with the number
// of runs it will start. A refused request keeps the wizard open with the server's reason.
#pragma once

#include "api/dto/experiment.h"
#include "api/dto/inputset.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace Api {
class NextmvService;
}

namespace Ui {

class NewExperimentWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewExperimentWizard)

public:
    // Loads the app's input sets, instances and versions itself.
    NewExperimentWizard(Api::NextmvService &service, const QString &appId,
                        QWidget *parent = nullptr);

    // The request the current choices make; errors name the field to fix.
    Api::Result<Api::BatchExperimentRequest> request() const;
    qint64 plannedRuns() const;
    bool isLoaded() const { return m_pendingLoads == 0; }

    // For tests and scripted use: pick by ID.
    void setName(const QString &name);
    void chooseInputSet(const QString &id);
    void chooseTarget(const QString &key, bool chosen = true); // "instance:<id>"/"version:<id>"
    void addOptionSet(const QString &name, const QString &options);
    void setRepetitions(int repetitions);

    void accept() override;
    bool validateCurrentPage() override;

Q_SIGNALS:
    void loaded();
    void experimentCreated(const QString &id);

private:
    QWizardPage *buildTargetsPage();
    QWizardPage *buildRunsPage();
    void load();
    void loadDone();
    void updateRunCount();
    void showError(const QString &message);
    QStringList chosenTargets() const;
    // Why the first page cannot go on yet; empty when it can.
    QString targetsProblem() const;
    const Api::InputSet *chosenInputSet() const;
    Api::Result<QMap<QString, Api::OptionValues>> optionSets() const;

    Api::NextmvService &m_service;
    QString m_appId;
    QList<Api::InputSet> m_inputSets;
    int m_pendingLoads = 0;
    QString m_loadError;
    bool m_creating = false;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QPlainTextEdit *m_description;
    QComboBox *m_inputSet;
    QListWidget *m_targets;
    QTableWidget *m_optionSets;
    QSpinBox *m_repetitions;
    QLabel *m_runCount;
    QLabel *m_error;
    QLabel *m_targetsError;
};

} // namespace Ui
