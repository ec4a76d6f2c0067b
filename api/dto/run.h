// Run DTOs: status, metadata (RunInformation), list items (RunSummary), and the create request.
#pragma once

#include "api/wire/result.h"
#include "runformat.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Api {

// Unknown stands for a status_v2 value this build does not know (a newer server's): shown as
// such and watched like an active run, as Nextmv's SDK keeps polling it.
enum class RunStatus { None, Queued, Running, Succeeded, Failed, Canceled, Unknown };

QString toString(RunStatus status); // the status_v2 wire value
QString legacyStatusString(RunStatus status); // the deprecated "status" (old SDKs)
std::optional<RunStatus> runStatusFromString(const QString &text);
bool isTerminal(RunStatus status);

// A numeric statistic addressed by its dotted path, e.g. "result.value" or "result.custom.gap".
struct Indicator
{
    QString name;
    double value = 0;

    friend bool operator==(const Indicator &, const Indicator &) = default;
};
QList<Indicator> indicatorsFromStatistics(const QJsonObject &statistics);

struct OptionSource
{
    QString name;
    QString value;
    QString source; // "version", "instance" or "run"
};

struct RunMetadata
{
    QString applicationId;
    QString instanceId;
    QString versionId; // empty for runs of the dev binary (instance "latest")
    QDateTime createdAt;
    QDateTime initiatedAt;
    double durationMs = 0;
    double executionDurationMs = 0;
    QString error;
    QString executionClass;
    QString runtime;
    RunFormat format;
    qint64 inputSize = 0;
    qint64 outputSize = 0;
    bool queuingDisabled = false;
    int queuingPriority = 6;
    QString runType = QStringLiteral("standard");
    QString runDefinitionId; // run_type.definition_id: the ensemble definition of an ensemble run
    QString runReferenceId; // run_type.reference_id: the ensemble run a child run belongs to
    RunStatus status = RunStatus::Queued;
    QJsonObject statistics;
    QJsonObject metrics;
    QJsonObject activeOptions;
    QJsonObject requestOptions;
    QList<OptionSource> optionsSummary;
    QString experimentId;
    QString experimentType; // "batch" (or empty), "shadow" or "switchback"
    QString inputId; // managed input the run was made from (tracking.input_id)
    QJsonObject unknownFields;

    QJsonObject toJson() const;
    static Result<RunMetadata> fromJson(const QJsonObject &json);
};

// GET .../runs/{id}/metadata; GET .../runs/{id} adds "output" to the same object.
struct RunInformation
{
    QString id;
    QString name;
    QString description;
    QString userEmail;
    RunMetadata metadata;
    QJsonObject unknownFields;

    QJsonObject toJson() const;
    static Result<RunInformation> fromJson(const QJsonObject &json);
};

// One item of GET .../runs (flat, unlike RunInformation) and of the account queue.
struct RunSummary
{
    QString id;
    QString name;
    QString description;
    QString userEmail;
    QDateTime createdAt;
    QString applicationId;
    QString instanceId;
    QString versionId;
    QString runType = QStringLiteral("standard");
    QString runDefinitionId;
    QString runReferenceId;
    QString executionClass;
    QString runtime;
    RunStatus status = RunStatus::Queued;
    int queuingPriority = 6;
    bool queuingDisabled = false;
    QString experimentId;
    QString experimentType;
    QString inputId;
    QJsonObject options;
    QList<Indicator> statistics;
    // NextDesk extensions (absent from Nextmv Cloud, so optional for a client).
    std::optional<double> durationMs;
    std::optional<qint64> inputSize;
    QString error;
    QJsonObject unknownFields;

    static RunSummary fromInformation(const RunInformation &run);
    QJsonObject toJson() const;
    static Result<RunSummary> fromJson(const QJsonObject &json);

    friend bool operator==(const RunSummary &, const RunSummary &) = default;
};

// Body of POST .../runs. Exactly one of input / uploadId / inputId is set.
struct RunRequest
{
    std::optional<QJsonValue> input; // any JSON; a string for text input
    QString uploadId;
    QString inputId;
    QString name;
    QString description;
    QJsonObject options;
    RunFormat format;
    QString executionClass;
    std::optional<int> queuingPriority;
    bool queuingDisabled = false;
    QString batchExperimentId;
    // Set: an ensemble run of this definition (configuration.run_type {"type": "ensemble",
    // "definition_id": ...}); such runs take no instance, the definition's run groups name them.
    QString ensembleDefinitionId;
    QJsonObject configurationUnknownFields;

    QJsonObject toJson() const;
    static Result<RunRequest> fromJson(const QJsonObject &json);
};

} // namespace Api
