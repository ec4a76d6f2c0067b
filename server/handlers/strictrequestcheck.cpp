// --strict: the one table of what Nextmv's SDK sends per route, and the checks that apply it.
#include "strictrequestcheck.h"

#include "server/store/datastore.h"
#include "server/store/payloadstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Server {

namespace {

enum class Create {
    No,
    IdAndName, // the SDK always sends both, made up when the caller gave none
    NameOnly, // batch experiments: the SDK may leave "id" out for the server to make up
};

// What the body says about content whose format it declares.
enum class Content {
    None,
    RunInput, // inline input or upload against configuration.format.input.type; options
    ManagedInput, // an upload against format.input.type
    InstanceOptions, // configuration.options
};

struct AlwaysSent
{
    QString key;
    QString value; // what the SDK sends when the caller gave nothing
};

struct RouteRule
{
    QByteArray method;
    QString pattern; // exactly as registered with HttpRouter
    QStringList allowed = {}; // top-level keys any SDK version in the reference sends
    Create create = Create::No;
    QString idPrefix = {}; // the SDK's made-up IDs are "<prefix>-<random>"
    QList<AlwaysSent> alwaysSent = {}; // keys besides id and name
    Content content = Content::None;
    bool refuseEmpty = false; // the SDK refuses to send an empty update
};

// Sources: ../shared/nextmv-api.md, the section named in each comment. PUTs on apps, versions,
// instances, managed inputs and input sets carry the whole object as GET returns it (§2 note),
// so they allow that object's fields; every other update is PATCH {name?, description?}.
const QList<RouteRule> &rules()
{
    static const QList<RouteRule> table = [] {
        const QString apps = QStringLiteral("/v1/applications");
        const QString app = apps + QStringLiteral("/{app}");
        const QString exp = app + QStringLiteral("/experiments");
        const QStringList rename{"name", "description"};
        const QString defaultFormat =
            QStringLiteral(R"({"input": {"type": "json"}, "output": {"type": "json"}})");
        QList<RouteRule> t{
            // §3.2, §3.3 (default_instance_id: the SDK's field name for default_instance).
            {.method = "POST",
             .pattern = apps,
             .allowed = {"id", "name", "description", "is_pipeline", "default_instance",
                         "default_experiment_instance"},
             .create = Create::IdAndName,
             .idPrefix = QStringLiteral("app")},
            {.method = "PUT",
             .pattern = app,
             .allowed = {"id", "name", "description", "type", "default_instance",
                         "default_instance_id", "default_experiment_instance", "subscription_id",
                         "locked", "created_at", "updated_at"}},
            // §3.5
            {.method = "PUT",
             .pattern = app + QStringLiteral("/binary"),
             .allowed = {"requirements"}},
            // §4.1, §4.7; the upload URL and cancel take no body (§4.8); update: name and
            // description (§4.8, the body is unconfirmed).
            {.method = "POST",
             .pattern = app + QStringLiteral("/runs"),
             .allowed = {"input", "upload_id", "input_id", "name", "description", "options",
                         "configuration", "batch_experiment_id", "result"},
             .alwaysSent = {{QStringLiteral("configuration"),
                             QStringLiteral(R"({"format": %1})").arg(defaultFormat)}},
             .content = Content::RunInput},
            {.method = "POST", .pattern = app + QStringLiteral("/runs/uploadurl")},
            {.method = "PUT", .pattern = app + QStringLiteral("/runs/{run}"), .allowed = rename},
            {.method = "PATCH", .pattern = app + QStringLiteral("/runs/{run}/cancel")},
            // §5
            {.method = "POST",
             .pattern = app + QStringLiteral("/versions"),
             .allowed = {"id", "name", "description"},
             .create = Create::IdAndName,
             .idPrefix = QStringLiteral("version")},
            {.method = "PUT",
             .pattern = app + QStringLiteral("/versions/{id}"),
             .allowed = {"id", "application_id", "name", "description", "executable", "created_at",
                         "updated_at"}},
            // §6
            {.method = "POST",
             .pattern = app + QStringLiteral("/instances"),
             .allowed = {"id", "name", "version_id", "description", "configuration"},
             .create = Create::IdAndName,
             .idPrefix = QStringLiteral("instance"),
             .content = Content::InstanceOptions},
            {.method = "PUT",
             .pattern = app + QStringLiteral("/instances/{id}"),
             .allowed = {"id", "application_id", "version_id", "name", "description",
                         "configuration", "locked", "created_at", "updated_at"},
             .content = Content::InstanceOptions},
            // §7: no inline "input" (NextDesk's extension; the SDK uploads the content).
            {.method = "POST",
             .pattern = app + QStringLiteral("/inputs"),
             .allowed = {"id", "name", "description", "upload_id", "run_id", "format"},
             .create = Create::IdAndName,
             .idPrefix = QStringLiteral("managed-input"),
             .alwaysSent = {{QStringLiteral("format"), defaultFormat}},
             .content = Content::ManagedInput},
            {.method = "PUT",
             .pattern = app + QStringLiteral("/inputs/{id}"),
             .allowed = {"app_id", "id", "name", "description", "run_id", "upload_id", "format",
                         "created_at", "updated_at"}},
            // §8: no "version_id" (NextDesk's extension).
            {.method = "POST",
             .pattern = exp + QStringLiteral("/inputsets"),
             .allowed = {"id", "name", "description", "run_ids", "instance_id", "start_time",
                         "end_time", "maximum_runs", "inputs"},
             .create = Create::IdAndName,
             .idPrefix = QStringLiteral("input-set")},
            {.method = "PUT",
             .pattern = exp + QStringLiteral("/inputsets/{id}"),
             .allowed = {"app_id", "id", "name", "description", "input_ids", "inputs", "created_at",
                         "updated_at"}},
            // §9 and §15.1: the newer "runs" form and the older "instance_ids" + "input_set_id";
            // scenario tests are batch experiments with "type": "scenario".
            {.method = "POST",
             .pattern = exp + QStringLiteral("/batch"),
             .allowed = {"id", "name", "description", "input_set_id", "instance_ids", "runs",
                         "option_sets", "type"},
             .create = Create::NameOnly},
            {.method = "PATCH", .pattern = exp + QStringLiteral("/batch/{id}"), .allowed = rename},
            // §10
            {.method = "POST",
             .pattern = exp + QStringLiteral("/acceptance"),
             .allowed = {"id", "name", "description", "experiment_id", "candidate", "control",
                         "metrics"},
             .create = Create::IdAndName},
            {.method = "PATCH",
             .pattern = exp + QStringLiteral("/acceptance/{id}"),
             .allowed = rename},
            // §11, §13.1
            {.method = "POST",
             .pattern = exp + QStringLiteral("/shadow"),
             .allowed = {"id", "name", "description", "comparisons", "start_events",
                         "termination_events"},
             .create = Create::IdAndName,
             .idPrefix = QStringLiteral("shadow")},
            {.method = "PATCH", .pattern = exp + QStringLiteral("/shadow/{id}"), .allowed = rename},
            {.method = "PUT", .pattern = exp + QStringLiteral("/shadow/{id}/start")},
            {.method = "PUT",
             .pattern = exp + QStringLiteral("/shadow/{id}/stop"),
             .allowed = {"intent"}},
            // §12, §13.1
            {.method = "POST",
             .pattern = exp + QStringLiteral("/switchback"),
             .allowed = {"id", "name", "description", "comparison", "generate_random_plan"},
             .create = Create::IdAndName,
             .idPrefix = QStringLiteral("switchback")},
            {.method = "PATCH",
             .pattern = exp + QStringLiteral("/switchback/{id}"),
             .allowed = rename},
            {.method = "PUT", .pattern = exp + QStringLiteral("/switchback/{id}/start")},
            {.method = "PUT",
             .pattern = exp + QStringLiteral("/switchback/{id}/stop"),
             .allowed = {"intent"}},
            // §13, §13.1: "SDK sends all five" (the description is the name when none is
            // given, as the example shows); it refuses an empty update.
            {.method = "POST",
             .pattern = app + QStringLiteral("/ensembles"),
             .allowed = {"id", "name", "description", "run_groups", "rules"},
             .create = Create::IdAndName,
             .idPrefix = QStringLiteral("ensemble"),
             .alwaysSent = {{QStringLiteral("description"), QStringLiteral("the name")}}},
            {.method = "PATCH",
             .pattern = app + QStringLiteral("/ensembles/{id}"),
             .allowed = rename,
             .refuseEmpty = true},
        };
        return t;
    }();
    return table;
}

const RouteRule *findRule(const QByteArray &method, const QString &pattern)
{
    for (const RouteRule &rule : rules()) {
        if (rule.method == method && rule.pattern == pattern)
            return &rule;
    }
    return nullptr;
}

// Fields that name another entity (or the entity itself), wherever they are in a body: an
// empty one is a reference to nothing, which the SDK never sends (it leaves the field out).
const QSet<QString> &referenceFields()
{
    static const QSet<QString> names{"id",
                                     "app_id",
                                     "application_id",
                                     "version_id",
                                     "instance_id",
                                     "input_set_id",
                                     "input_id",
                                     "run_id",
                                     "upload_id",
                                     "experiment_id",
                                     "batch_experiment_id",
                                     "definition_id",
                                     "baseline_instance_id",
                                     "candidate_instance_id"};
    return names;
}

const QSet<QString> &referenceLists()
{
    static const QSet<QString> names{"input_ids", "run_ids", "instance_ids",
                                     "candidate_instance_ids"};
    return names;
}

// The user's own content, whose keys mean nothing to the API: never searched for references.
const QSet<QString> &opaqueFields()
{
    static const QSet<QString> names{"input", "options", "option_sets", "requirements"};
    return names;
}

bool isBlank(const QJsonValue &value)
{
    return value.isString() && value.toString().trimmed().isEmpty();
}

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    default:
        return QStringLiteral("null");
    }
}

QString quoted(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out.append(QLatin1Char('\'') + name + QLatin1Char('\''));
    return out.join(QStringLiteral(", "));
}

void findEmptyReferences(const QJsonObject &object, const QString &path, bool skipOwnId,
                         QStringList &found)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        const QString field = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        const QJsonValue value = it.value();
        if (opaqueFields().contains(key) || (skipOwnId && key == QLatin1String("id")))
            continue;
        if (referenceFields().contains(key)) {
            if (isBlank(value))
                found.append(field);
        } else if (referenceLists().contains(key) && value.isArray()) {
            const QJsonArray list = value.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (isBlank(list.at(i)))
                    found.append(QStringLiteral("%1[%2]").arg(field).arg(i));
            }
        } else if (value.isObject()) {
            findEmptyReferences(value.toObject(), field, false, found);
        } else if (value.isArray()) {
            const QJsonArray list = value.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (list.at(i).isObject())
                    findEmptyReferences(list.at(i).toObject(),
                                        QStringLiteral("%1[%2]").arg(field).arg(i), false, found);
            }
        }
    }
}

// format.input.type of a {"input": {"type": T}, ...} object: "json" when not given, as the
// server reads it; empty when the body has it in the wrong shape (the handler refuses that).
QString declaredInputType(const QJsonValue &format)
{
    if (format.isUndefined() || format.isNull())
        return QStringLiteral("json");
    if (!format.isObject())
        return {};
    const QJsonValue input = format.toObject().value(QStringLiteral("input"));
    if (input.isUndefined() || input.isNull())
        return QStringLiteral("json");
    if (!input.isObject())
        return {};
    const QJsonValue type = input.toObject().value(QStringLiteral("type"));
    if (type.isUndefined() || type.isNull())
        return QStringLiteral("json");
    return type.isString() ? type.toString() : QString();
}

bool isArchive(const QString &type)
{
    return type == QLatin1String("csv-archive") || type == QLatin1String("multi-file");
}

// A non-object top-level value ("5", "\"text\"") is JSON too, but QJsonDocument takes only
// objects and arrays: such a value is parsed as the one element of an array.
bool isJson(const QByteArray &bytes, QString &error)
{
    const QByteArray trimmed = bytes.trimmed();
    const bool container = trimmed.startsWith('{') || trimmed.startsWith('[');
    QJsonParseError parseError{};
    QJsonDocument::fromJson(container ? trimmed : '[' + trimmed + ']', &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    error = QStringLiteral("%1 at byte %2")
                .arg(parseError.errorString())
                .arg(container ? parseError.offset : std::max(0, parseError.offset - 1));
    return false;
}

// Uploads are read only up to this size: a bigger one would hold up every other request on the
// server's single thread while it is read and parsed, and cost its size in memory more than
// once. Larger uploads go unchecked here (the run itself still fails on content its app
// cannot read).
constexpr qint64 maximumCheckedUpload = 64LL * 1024 * 1024;

// What is wrong with an upload's content for the declared input type, if anything. Unknown or
// empty uploads are the handler's to refuse.
std::optional<QString> uploadProblem(const DataStore &store, const PayloadStore &payloads,
                                     const QString &appId, const QString &uploadId,
                                     const QString &type, const QString &typeField)
{
    if (type != QLatin1String("json") && type != QLatin1String("text"))
        return std::nullopt;
    const auto upload = store.upload(uploadId);
    if (!upload || upload->appId != appId || upload->payloadRef.isEmpty())
        return std::nullopt;
    if (payloads.size(upload->payloadRef) > maximumCheckedUpload)
        return std::nullopt;
    const auto bytes = payloads.read(upload->payloadRef);
    if (!bytes)
        return std::nullopt;
    if (type == QLatin1String("json")) {
        QString error;
        if (isJson(bytes.value(), error))
            return std::nullopt;
        return QStringLiteral("upload '%1' is not valid JSON (%2) but '%3' is json (json when "
                              "no format is given); the SDK declares {\"type\": \"text\"} for "
                              "text it uploads")
            .arg(uploadId, error, typeField);
    }
    if (QByteArrayView(bytes.value()).isValidUtf8())
        return std::nullopt;
    return QStringLiteral("upload '%1' is not valid UTF-8 but '%2' is text; the SDK uploads text "
                          "as UTF-8, and csv-archive or multi-file input as a tar.gz declared "
                          "with that type")
        .arg(uploadId, typeField);
}

// A value as JSON text, e.g. 5, true, {"a":1}.
QString jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

void checkOptions(const QJsonValue &options, const QString &field, QStringList &problems)
{
    const QJsonObject map = options.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.value().isString())
            problems.append(QStringLiteral("field '%1.%2' is %3; the SDK sends every option "
                                           "value as a string (\"%4\")")
                                .arg(field, it.key(), kindOf(it.value()), jsonText(it.value())));
    }
}

void checkRunInput(const QJsonObject &body, QStringList &problems)
{
    checkOptions(body.value(QStringLiteral("options")), QStringLiteral("options"), problems);
    if (!body.contains(QStringLiteral("input")))
        return;
    const QJsonValue configuration = body.value(QStringLiteral("configuration"));
    if (!configuration.isUndefined() && !configuration.isObject())
        return;
    const QString type =
        declaredInputType(configuration.toObject().value(QStringLiteral("format")));
    const QJsonValue input = body.value(QStringLiteral("input"));
    if (type == QLatin1String("json") && input.isString()) {
        problems.append(QStringLiteral(
            "'input' is a string but 'configuration.format.input.type' is json (json when no "
            "format is given); the SDK sends JSON input as the JSON itself, and text input "
            "declared {\"format\": {\"input\": {\"type\": \"text\"}}}"));
    } else if (type == QLatin1String("text") && !input.isString()) {
        problems.append(
            QStringLiteral("'input' is %1 but 'configuration.format.input.type' is text; text "
                           "input is a string (or an upload)")
                .arg(kindOf(input)));
    } else if (isArchive(type)) {
        problems.append(QStringLiteral("'input' is inline but 'configuration.format.input.type' "
                                       "is %1; the SDK uploads such input as a tar.gz (POST "
                                       "…/runs/uploadurl) and sends its 'upload_id'")
                            .arg(type));
    }
}

} // namespace

StrictRequestCheck::StrictRequestCheck(const DataStore &store, const PayloadStore &payloads)
    : m_store(store)
    , m_payloads(payloads)
{
}

bool StrictRequestCheck::applies(const QByteArray &method, const QString &pattern)
{
    return (method == "POST" || method == "PUT" || method == "PATCH") &&
        pattern.startsWith(QLatin1String("/v1/"));
}

bool StrictRequestCheck::covers(const QByteArray &method, const QString &pattern)
{
    return findRule(method, pattern) != nullptr;
}

std::optional<HttpResponse> StrictRequestCheck::check(const QString &pattern,
                                                      const HttpRequest &request) const
{
    if (!applies(request.method, pattern))
        return std::nullopt;
    const RouteRule *rule = findRule(request.method, pattern);
    if (!rule)
        return std::nullopt; // NextdeskServer refuses to start in strict mode without one
    QStringList problems;
    auto refusal = [&problems]() -> std::optional<HttpResponse> {
        if (problems.isEmpty())
            return std::nullopt;
        return HttpResponse::error(
            400, QStringLiteral("strict mode: ") + problems.join(QStringLiteral("; ")));
    };

    const bool hasBody = !request.body.trimmed().isEmpty();
    const QByteArray mediaType = request.contentType.split(';').first().trimmed().toLower();
    if (hasBody && mediaType != "application/json")
        problems.append(
            QStringLiteral("the body is sent as %1; the SDK sends every body as "
                           "'Content-Type: application/json'")
                .arg(request.contentType.isEmpty()
                         ? QStringLiteral("no Content-Type")
                         : QStringLiteral("'%1'").arg(QString::fromLatin1(request.contentType))));

    QJsonObject body;
    if (hasBody) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return refusal(); // the handler says what is wrong with it
        body = document.object();
    }
    const QString route = QString::fromLatin1(rule->method) + QLatin1Char(' ') + rule->pattern;

    QStringList unknown;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!rule->allowed.contains(it.key()))
            unknown.append(it.key());
    }
    if (!unknown.isEmpty())
        problems.append(
            QStringLiteral("unknown %1 %2 for %3; Nextmv's SDK sends %4 there")
                .arg(unknown.size() == 1 ? QStringLiteral("field") : QStringLiteral("fields"),
                     quoted(unknown), route,
                     rule->allowed.isEmpty() ? QStringLiteral("no body")
                                             : QStringLiteral("only ") + quoted(rule->allowed)));

    auto requireText = [&body, &problems](const QString &key, const QString &sdkValue) {
        const QJsonValue value = body.value(key);
        if (value.isUndefined() || value.isNull())
            problems.append(QStringLiteral("field '%1' is missing; Nextmv's SDK always sends it "
                                           "(%2)")
                                .arg(key, sdkValue));
        else if (isBlank(value))
            problems.append(QStringLiteral("field '%1' is empty; Nextmv's SDK always sends a "
                                           "non-empty one (%2)")
                                .arg(key, sdkValue));
    };
    const QString madeUpId = rule->idPrefix.isEmpty()
        ? QStringLiteral("the caller must give it")
        : QStringLiteral("\"%1-<random>\" when the caller gave none").arg(rule->idPrefix);
    if (rule->create == Create::IdAndName) {
        requireText(QStringLiteral("id"), madeUpId);
        requireText(QStringLiteral("name"), QStringLiteral("the ID when the caller gave none"));
    } else if (rule->create == Create::NameOnly) {
        requireText(QStringLiteral("name"), QStringLiteral("the caller must give it"));
        if (isBlank(body.value(QStringLiteral("id"))))
            problems.append(QStringLiteral("field 'id' is empty; the SDK leaves it out for the "
                                           "server to make one up, or sends a real one"));
    }
    for (const AlwaysSent &always : rule->alwaysSent) {
        if (!body.contains(always.key))
            problems.append(QStringLiteral("field '%1' is missing; Nextmv's SDK always sends it "
                                           "(%2 when the caller gave none)")
                                .arg(always.key, always.value));
    }
    if (rule->refuseEmpty && body.isEmpty())
        problems.append(QStringLiteral("the update is empty; Nextmv's SDK refuses to send one "
                                       "without 'name' or 'description'"));

    QStringList emptyReferences;
    findEmptyReferences(body, {}, rule->create != Create::No, emptyReferences);
    for (const QString &field : std::as_const(emptyReferences))
        problems.append(QStringLiteral("field '%1' is an empty ID; the SDK leaves out a "
                                       "reference it does not use, or sends a real ID")
                            .arg(field));

    const QString appId = request.param(QStringLiteral("app"));
    const QJsonValue uploadId = body.value(QStringLiteral("upload_id"));
    switch (rule->content) {
    case Content::None:
        break;
    case Content::RunInput:
        checkRunInput(body, problems);
        if (uploadId.isString() && !isBlank(uploadId)) {
            const QJsonValue configuration = body.value(QStringLiteral("configuration"));
            const QString type = configuration.isUndefined() || configuration.isObject()
                ? declaredInputType(configuration.toObject().value(QStringLiteral("format")))
                : QString();
            if (auto problem = uploadProblem(m_store, m_payloads, appId, uploadId.toString(), type,
                                             QStringLiteral("configuration.format.input.type")))
                problems.append(*problem);
        }
        break;
    case Content::ManagedInput:
        if (uploadId.isString() && !isBlank(uploadId)) {
            const QString type = declaredInputType(body.value(QStringLiteral("format")));
            if (auto problem = uploadProblem(m_store, m_payloads, appId, uploadId.toString(), type,
                                             QStringLiteral("format.input.type")))
                problems.append(*problem);
        }
        break;
    case Content::InstanceOptions:
        checkOptions(
            body.value(QStringLiteral("configuration")).toObject().value(QStringLiteral("options")),
            QStringLiteral("configuration.options"), problems);
        break;
    }
    return refusal();
}

} // namespace Server
