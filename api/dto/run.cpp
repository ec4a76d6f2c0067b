// Run DTOs and their JSON codecs.
#include "run.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"

#include <QJsonArray>

namespace Api {

namespace {

const char *const statusNames[] = {"none",   "queued",   "running", "succeeded",
                                   "failed", "canceled", "unknown"};
static_assert(std::size(statusNames) == int(RunStatus::Unknown) + 1);

void collectIndicators(const QJsonObject &object, const QString &prefix, QList<Indicator> &out)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // "schema" is a version tag and series_data are curves, not per-run indicators.
        if (prefix.isEmpty() &&
            (it.key() == QLatin1String("schema") || it.key() == QLatin1String("series_data")))
            continue;
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it->isDouble())
            out.append({path, it->toDouble()});
        else if (it->isBool())
            out.append({path, it->toBool() ? 1.0 : 0.0});
        else if (it->isObject())
            collectIndicators(it->toObject(), path, out);
    }
}

QJsonArray optionsSummaryToJson(const QList<OptionSource> &summary)
{
    QJsonArray a;
    for (const OptionSource &s : summary) {
        a.append(QJsonObject{{QStringLiteral("name"), s.name},
                             {QStringLiteral("value"), s.value},
                             {QStringLiteral("source"), s.source}});
    }
    return a;
}

QJsonObject runTypeToJson(const QString &type, const QString &definitionId,
                          const QString &referenceId)
{
    QJsonObject o{{QStringLiteral("type"), type}};
    putIfNotEmpty(o, QStringLiteral("definition_id"), definitionId);
    putIfNotEmpty(o, QStringLiteral("reference_id"), referenceId);
    return o;
}

void readRunType(JsonObjectReader &r, QString &type, QString &definitionId, QString &referenceId)
{
    JsonObjectReader runType(r.object(QStringLiteral("run_type")), QStringLiteral("run_type"));
    type = runType.string(QStringLiteral("type"), QStringLiteral("standard"));
    // The SDK treats "" as no type; so do we.
    if (type.isEmpty())
        type = QStringLiteral("standard");
    definitionId = runType.string(QStringLiteral("definition_id"));
    referenceId = runType.string(QStringLiteral("reference_id"));
}

// status_v2, falling back to the deprecated "status" that old servers send alone.
void readStatus(JsonObjectReader &r, RunStatus &status)
{
    const QString statusV2 = r.string(QStringLiteral("status_v2"));
    const QString legacy = r.string(QStringLiteral("status"));
    const QString text = statusV2.isEmpty() ? legacy : statusV2;
    if (text.isEmpty())
        r.addError(QStringLiteral("field 'status_v2' is missing"));
    else
        status = runStatusFromString(text).value_or(RunStatus::Unknown);
}

} // namespace

QString toString(RunStatus status)
{
    return QString::fromLatin1(statusNames[int(status)]);
}

QString legacyStatusString(RunStatus status)
{
    switch (status) {
    case RunStatus::Succeeded:
        return QStringLiteral("succeeded");
    case RunStatus::Failed:
    case RunStatus::Canceled:
        return QStringLiteral("failed");
    default:
        return QStringLiteral("running");
    }
}

std::optional<RunStatus> runStatusFromString(const QString &text)
{
    for (int i = 0; i < int(std::size(statusNames)); ++i) {
        if (text == QLatin1String(statusNames[i]))
            return RunStatus(i);
    }
    return std::nullopt;
}

bool isTerminal(RunStatus status)
{
    return status == RunStatus::Succeeded || status == RunStatus::Failed ||
        status == RunStatus::Canceled;
}

QList<Indicator> indicatorsFromStatistics(const QJsonObject &statistics)
{
    QList<Indicator> out;
    collectIndicators(statistics, {}, out);
    return out;
}

QJsonObject RunMetadata::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("application_id"), applicationId);
    o.insert(QStringLiteral("application_instance_id"), instanceId);
    o.insert(QStringLiteral("application_version_id"), versionId);
    putTimestamp(o, QStringLiteral("created_at"), createdAt);
    putTimestamp(o, QStringLiteral("initiated_at"), initiatedAt);
    o.insert(QStringLiteral("duration"), durationMs);
    o.insert(QStringLiteral("execution_duration"), executionDurationMs);
    o.insert(QStringLiteral("error"), error);
    o.insert(QStringLiteral("execution_class"), executionClass);
    o.insert(QStringLiteral("runtime"), runtime);
    o.insert(QStringLiteral("format"), format.toJson());
    o.insert(QStringLiteral("input_size"), double(inputSize));
    o.insert(QStringLiteral("output_size"), double(outputSize));
    o.insert(QStringLiteral("queuing_disabled"), queuingDisabled);
    o.insert(QStringLiteral("queuing_priority"), queuingPriority);
    o.insert(QStringLiteral("run_type"), runTypeToJson(runType, runDefinitionId, runReferenceId));
    o.insert(QStringLiteral("status_v2"), toString(status));
    o.insert(QStringLiteral("status"), legacyStatusString(status));
    putIfNotEmpty(o, QStringLiteral("statistics"), statistics);
    putIfNotEmpty(o, QStringLiteral("metrics"), metrics);
    o.insert(
        QStringLiteral("options"),
        QJsonObject{{QStringLiteral("active_options"), activeOptions},
                    {QStringLiteral("request_options"), requestOptions},
                    {QStringLiteral("options_summary"), optionsSummaryToJson(optionsSummary)}});
    putIfNotEmpty(o, QStringLiteral("experiment_id"), experimentId);
    putIfNotEmpty(o, QStringLiteral("experiment_type"), experimentType);
    if (!inputId.isEmpty())
        o.insert(QStringLiteral("tracking"), QJsonObject{{QStringLiteral("input_id"), inputId}});
    return o;
}

Result<RunMetadata> RunMetadata::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json, QStringLiteral("metadata"));
    RunMetadata m;
    m.applicationId = r.string(QStringLiteral("application_id"));
    m.instanceId = r.string(QStringLiteral("application_instance_id"));
    m.versionId = r.string(QStringLiteral("application_version_id"));
    m.createdAt = r.timestamp(QStringLiteral("created_at"));
    m.initiatedAt = r.timestamp(QStringLiteral("initiated_at"));
    m.durationMs = r.number(QStringLiteral("duration"));
    m.executionDurationMs = r.number(QStringLiteral("execution_duration"));
    m.error = r.string(QStringLiteral("error"));
    m.executionClass = r.string(QStringLiteral("execution_class"));
    m.runtime = r.string(QStringLiteral("runtime"));
    auto format = RunFormat::fromJson(r.object(QStringLiteral("format")));
    if (format)
        m.format = format.value();
    else
        r.addError(format.error().message);
    m.inputSize = r.byteCount(QStringLiteral("input_size"));
    m.outputSize = r.byteCount(QStringLiteral("output_size"));
    m.queuingDisabled = r.boolean(QStringLiteral("queuing_disabled"));
    m.queuingPriority = int(r.integer(QStringLiteral("queuing_priority"), 6));
    readRunType(r, m.runType, m.runDefinitionId, m.runReferenceId);
    readStatus(r, m.status);
    m.statistics = r.object(QStringLiteral("statistics"));
    m.metrics = r.object(QStringLiteral("metrics"));
    JsonObjectReader options(r.object(QStringLiteral("options")));
    m.activeOptions = options.object(QStringLiteral("active_options"));
    m.requestOptions = options.object(QStringLiteral("request_options"));
    for (const QJsonValue &v : options.array(QStringLiteral("options_summary"))) {
        const QJsonObject s = v.toObject();
        m.optionsSummary.append({s.value(QStringLiteral("name")).toString(),
                                 s.value(QStringLiteral("value")).toString(),
                                 s.value(QStringLiteral("source")).toString()});
    }
    m.experimentId = r.string(QStringLiteral("experiment_id"));
    m.experimentType = r.string(QStringLiteral("experiment_type"));
    m.inputId = r.object(QStringLiteral("tracking")).value(QStringLiteral("input_id")).toString();
    m.unknownFields = r.unknownFields();
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return m;
}

QJsonObject RunInformation::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("user_email"), userEmail);
    o.insert(QStringLiteral("metadata"), metadata.toJson());
    return o;
}

Result<RunInformation> RunInformation::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    RunInformation run;
    run.id = r.requiredString(QStringLiteral("id"));
    run.name = r.string(QStringLiteral("name"));
    run.description = r.string(QStringLiteral("description"));
    run.userEmail = r.string(QStringLiteral("user_email"));
    auto metadata = RunMetadata::fromJson(r.object(QStringLiteral("metadata")));
    run.unknownFields = r.unknownFields();
    if (!metadata)
        r.addError(metadata.error().message);
    if (!r.ok())
        return Error::decode(r.errorMessage());
    run.metadata = std::move(metadata).value();
    return run;
}

RunSummary RunSummary::fromInformation(const RunInformation &run)
{
    const RunMetadata &m = run.metadata;
    RunSummary s;
    s.id = run.id;
    s.name = run.name;
    s.description = run.description;
    s.userEmail = run.userEmail;
    s.createdAt = m.createdAt;
    s.applicationId = m.applicationId;
    s.instanceId = m.instanceId;
    s.versionId = m.versionId;
    s.runType = m.runType;
    s.runDefinitionId = m.runDefinitionId;
    s.runReferenceId = m.runReferenceId;
    s.executionClass = m.executionClass;
    s.runtime = m.runtime;
    s.status = m.status;
    s.queuingPriority = m.queuingPriority;
    s.queuingDisabled = m.queuingDisabled;
    s.experimentId = m.experimentId;
    s.experimentType = m.experimentType;
    s.inputId = m.inputId;
    s.options = m.requestOptions;
    s.statistics = indicatorsFromStatistics(m.statistics);
    s.durationMs = m.durationMs;
    s.inputSize = m.inputSize;
    s.error = m.error;
    return s;
}

QJsonObject RunSummary::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("user_email"), userEmail);
    putTimestamp(o, QStringLiteral("created_at"), createdAt);
    o.insert(QStringLiteral("application_id"), applicationId);
    o.insert(QStringLiteral("application_instance_id"), instanceId);
    o.insert(QStringLiteral("application_version_id"), versionId);
    o.insert(QStringLiteral("run_type"), runTypeToJson(runType, runDefinitionId, runReferenceId));
    o.insert(QStringLiteral("execution_class"), executionClass);
    o.insert(QStringLiteral("runtime"), runtime);
    o.insert(QStringLiteral("status_v2"), toString(status));
    o.insert(QStringLiteral("status"), legacyStatusString(status));
    o.insert(QStringLiteral("queuing_priority"), queuingPriority);
    o.insert(QStringLiteral("queuing_disabled"), queuingDisabled);
    putIfNotEmpty(o, QStringLiteral("experiment_id"), experimentId);
    putIfNotEmpty(o, QStringLiteral("experiment_type"), experimentType);
    putIfNotEmpty(o, QStringLiteral("input_id"), inputId);
    o.insert(QStringLiteral("options"), options);
    o.insert(QStringLiteral("request_options"), options);
    if (isTerminal(status)) {
        QJsonArray indicators;
        for (const Indicator &i : statistics)
            indicators.append(
                QJsonObject{{QStringLiteral("name"), i.name}, {QStringLiteral("value"), i.value}});
        QJsonObject stats{{QStringLiteral("status"), toString(status)},
                          {QStringLiteral("indicators"), indicators}};
        putIfNotEmpty(stats, QStringLiteral("error"), error);
        o.insert(QStringLiteral("statistics"), stats);
    }
    if (durationMs)
        o.insert(QStringLiteral("duration"), *durationMs);
    if (inputSize)
        o.insert(QStringLiteral("input_size"), double(*inputSize));
    putIfNotEmpty(o, QStringLiteral("error"), error);
    return o;
}

Result<RunSummary> RunSummary::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    RunSummary s;
    s.id = r.requiredString(QStringLiteral("id"));
    s.name = r.string(QStringLiteral("name"));
    s.description = r.string(QStringLiteral("description"));
    s.userEmail = r.string(QStringLiteral("user_email"));
    s.createdAt = r.timestamp(QStringLiteral("created_at"));
    s.applicationId = r.string(QStringLiteral("application_id"));
    s.instanceId = r.string(QStringLiteral("application_instance_id"));
    s.versionId = r.string(QStringLiteral("application_version_id"));
    readRunType(r, s.runType, s.runDefinitionId, s.runReferenceId);
    s.executionClass = r.string(QStringLiteral("execution_class"));
    s.runtime = r.string(QStringLiteral("runtime"));
    readStatus(r, s.status);
    s.queuingPriority = int(r.integer(QStringLiteral("queuing_priority"), 6));
    s.queuingDisabled = r.boolean(QStringLiteral("queuing_disabled"));
    s.experimentId = r.string(QStringLiteral("experiment_id"));
    s.experimentType = r.string(QStringLiteral("experiment_type"));
    s.inputId = r.string(QStringLiteral("input_id"));
    s.options = r.object(QStringLiteral("options"));
    r.value(QStringLiteral("request_options"));
    const QJsonObject stats = r.object(QStringLiteral("statistics"));
    for (const QJsonValue &v : stats.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject i = v.toObject();
        if (i.value(QStringLiteral("value")).isDouble())
            s.statistics.append({i.value(QStringLiteral("name")).toString(),
                                 i.value(QStringLiteral("value")).toDouble()});
    }
    if (r.has(QStringLiteral("duration")))
        s.durationMs = r.number(QStringLiteral("duration"));
    if (r.has(QStringLiteral("input_size")))
        s.inputSize = r.byteCount(QStringLiteral("input_size"));
    s.error = r.string(QStringLiteral("error"));
    s.unknownFields = r.unknownFields();
    if (!r.ok())
        return Error::decode(r.errorMessage());
    return s;
}

QJsonObject RunRequest::toJson() const
{
    QJsonObject o;
    if (input)
        o.insert(QStringLiteral("input"), *input);
    putIfNotEmpty(o, QStringLiteral("upload_id"), uploadId);
    putIfNotEmpty(o, QStringLiteral("input_id"), inputId);
    putIfNotEmpty(o, QStringLiteral("name"), name);
    putIfNotEmpty(o, QStringLiteral("description"), description);
    putIfNotEmpty(o, QStringLiteral("options"), options);
    putIfNotEmpty(o, QStringLiteral("batch_experiment_id"), batchExperimentId);
    QJsonObject configuration = configurationUnknownFields;
    configuration.insert(QStringLiteral("format"), format.toJson());
    putIfNotEmpty(configuration, QStringLiteral("execution_class"), executionClass);
    if (!ensembleDefinitionId.isEmpty())
        configuration.insert(QStringLiteral("run_type"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("ensemble")},
                                         {QStringLiteral("definition_id"), ensembleDefinitionId}});
    if (queuingPriority || queuingDisabled)
        configuration.insert(QStringLiteral("queuing"),
                             QJsonObject{{QStringLiteral("priority"), queuingPriority.value_or(6)},
                                         {QStringLiteral("disabled"), queuingDisabled}});
    o.insert(QStringLiteral("configuration"), configuration);
    return o;
}

Result<RunRequest> RunRequest::fromJson(const QJsonObject &json)
{
    JsonObjectReader r(json);
    RunRequest req;
    if (r.has(QStringLiteral("input")))
        req.input = r.value(QStringLiteral("input"));
    req.uploadId = r.string(QStringLiteral("upload_id"));
    req.inputId = r.string(QStringLiteral("input_id"));
    req.name = r.string(QStringLiteral("name"));
    req.description = r.string(QStringLiteral("description"));
    req.options = r.stringMap(QStringLiteral("options"));
    req.batchExperimentId = r.string(QStringLiteral("batch_experiment_id"));
    JsonObjectReader c(r.object(QStringLiteral("configuration")), QStringLiteral("configuration"));
    auto format = RunFormat::fromJson(c.object(QStringLiteral("format")));
    if (format)
        req.format = format.value();
    else
        c.addError(format.error().message);
    req.executionClass = c.string(QStringLiteral("execution_class"));
    JsonObjectReader q(c.object(QStringLiteral("queuing")),
                       QStringLiteral("configuration.queuing"));
    if (q.has(QStringLiteral("priority"))) {
        const qint64 p = q.integer(QStringLiteral("priority"), 6);
        if (p < 1 || p > 9)
            q.addError(QStringLiteral("field 'configuration.queuing.priority' must be 1..9"));
        req.queuingPriority = int(p);
    }
    req.queuingDisabled = q.boolean(QStringLiteral("disabled"));
    // Only the ensemble run type means something to a run request; any other run_type is kept
    // as it came (in the unknown fields) so a round trip loses nothing.
    const QJsonValue runType =
        r.object(QStringLiteral("configuration")).value(QStringLiteral("run_type"));
    if (runType.toObject().value(QStringLiteral("type")) == QLatin1String("ensemble")) {
        JsonObjectReader t(c.object(QStringLiteral("run_type")),
                           QStringLiteral("configuration.run_type"));
        t.string(QStringLiteral("type"));
        req.ensembleDefinitionId = t.requiredString(QStringLiteral("definition_id"));
        if (!t.ok())
            c.addError(t.errorMessage());
    }
    req.configurationUnknownFields = c.unknownFields();
    const int sources =
        int(req.input.has_value()) + int(!req.uploadId.isEmpty()) + int(!req.inputId.isEmpty());
    if (sources != 1)
        r.addError(QStringLiteral("exactly one of 'input', 'upload_id' or 'input_id' is required"));
    QStringList errors;
    for (const JsonObjectReader *reader : {&r, &c, &q}) {
        if (!reader->ok())
            errors.append(reader->errorMessage());
    }
    if (!errors.isEmpty())
        return Error::validation(errors.join(QStringLiteral("; ")));
    return req;
}

} // namespace Api
