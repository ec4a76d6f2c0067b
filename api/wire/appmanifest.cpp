// The app.yaml manifest: its fields, the push's requirements and the files it selects.
#include "appmanifest.h"

#include "appmanifestyaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Api {

namespace {

using Yaml = AppManifestYaml;

Error at(const Yaml &node, const QString &message)
{
    return Error::validation(AppManifest::tr("line %1: %2").arg(node.line).arg(message));
}

// A scalar's text; a list or map where text belongs is refused. Null reads as empty.
Result<QString> text(const Yaml *node, const QString &name)
{
    if (!node || node->isNull())
        return QString();
    if (!node->isScalar())
        return at(*node, AppManifest::tr("'%1' must be a single value").arg(name));
    return node->text;
}

Result<bool> boolean(const Yaml *node, const QString &name, bool fallback)
{
    if (!node || node->isNull())
        return fallback;
    const QJsonValue value = node->toJson();
    if (!value.isBool())
        return at(*node, AppManifest::tr("'%1' must be true or false").arg(name));
    return value.toBool();
}

// A map (or nothing): the tooling's sections. A scalar or list there is refused.
Result<const Yaml *> section(const Yaml *node, const QString &name)
{
    if (!node || node->isNull())
        return static_cast<const Yaml *>(nullptr);
    if (!node->isMap())
        return at(*node, AppManifest::tr("'%1' must hold 'key: value' lines").arg(name));
    return node;
}

Result<QStringList> textList(const Yaml &node, const QString &name)
{
    if (!node.isList())
        return at(node, AppManifest::tr("'%1' must be a list").arg(name));
    QStringList values;
    for (const Yaml &item : node.items) {
        if (!item.isScalar())
            return at(item, AppManifest::tr("each entry of '%1' must be a single value").arg(name));
        values.append(item.text);
    }
    return values;
}

bool isInsideFolder(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    return !QDir::isAbsolutePath(path) && !path.startsWith(QLatin1Char('/')) &&
        clean != QLatin1String("..") && !clean.startsWith(QLatin1String("../"));
}

Result<QJsonObject> ioConfigurationOf(const Yaml &content)
{
    const QString prefix = QStringLiteral("configuration.content.");
    auto format = text(content.value(QStringLiteral("format")), prefix + QStringLiteral("format"));
    if (!format)
        return format.error();
    static const QStringList formats{QStringLiteral("json"), QStringLiteral("multi-file"),
                                     QStringLiteral("csv-archive")};
    if (!formats.contains(format.value()))
        return at(content,
                  AppManifest::tr("configuration.content.format must be json, "
                                  "multi-file or csv-archive"));
    QJsonObject io{{QStringLiteral("format"), format.value()}};
    auto multiFile =
        section(content.value({"multi-file", "multi_file"}), prefix + QStringLiteral("multi-file"));
    if (!multiFile)
        return multiFile.error();
    if (!multiFile.value())
        return io;
    const Yaml &multi = *multiFile.value();
    auto input = section(multi.value(QStringLiteral("input")), QStringLiteral("input"));
    auto output = section(multi.value(QStringLiteral("output")), QStringLiteral("output"));
    if (!input)
        return input.error();
    if (!output)
        return output.error();
    if (!input.value() || !output.value())
        return at(multi,
                  AppManifest::tr("configuration.content.multi-file needs both 'input' "
                                  "and 'output'"));
    auto inputPath = text(input.value()->value(QStringLiteral("path")), QStringLiteral("path"));
    if (!inputPath)
        return inputPath.error();
    if (inputPath->isEmpty())
        return at(*input.value(), AppManifest::tr("multi-file input needs a 'path'"));
    // The tooling sends statistics, assets and solutions (not metrics), each only when set.
    QJsonObject outputConfiguration;
    for (const char *key : {"statistics", "assets", "solutions"}) {
        auto path = text(output.value()->value(QString::fromLatin1(key)), QString::fromLatin1(key));
        if (!path)
            return path.error();
        if (!path->isEmpty())
            outputConfiguration.insert(QString::fromLatin1(key) + QStringLiteral("_path"),
                                       path.value());
    }
    io.insert(QStringLiteral("multi_file"),
              QJsonObject{{QStringLiteral("input_path"), inputPath.value()},
                          {QStringLiteral("output_configuration"), outputConfiguration}});
    return io;
}

Result<QJsonObject> optionItem(const Yaml &node)
{
    if (!node.isMap())
        return at(node, AppManifest::tr("each option must hold 'key: value' lines"));
    auto name = text(node.value(QStringLiteral("name")), QStringLiteral("name"));
    auto type = text(node.value({"option_type", "type"}), QStringLiteral("option_type"));
    if (!name)
        return name.error();
    if (!type)
        return type.error();
    if (name->isEmpty())
        return at(node, AppManifest::tr("an option needs a 'name'"));
    if (type->isEmpty())
        return at(node,
                  AppManifest::tr("the option '%1' needs an 'option_type'").arg(name.value()));
    // The tooling drops nulls and fills in description "" and required false.
    QJsonObject item{{QStringLiteral("name"), name.value()},
                     {QStringLiteral("option_type"), type.value()}};
    if (const Yaml *value = node.value(QStringLiteral("default")); value && !value->isNull())
        item.insert(QStringLiteral("default"), value->toJson());
    const Yaml *description = node.value(QStringLiteral("description"));
    if (!description || !description->isNull()) {
        auto value = text(description, QStringLiteral("description"));
        if (!value)
            return value.error();
        item.insert(QStringLiteral("description"), value.value());
    }
    auto required =
        boolean(node.value(QStringLiteral("required")), QStringLiteral("required"), false);
    if (!required)
        return required.error();
    item.insert(QStringLiteral("required"), required.value());
    auto attributes = section(node.value(QStringLiteral("additional_attributes")),
                              QStringLiteral("additional_attributes"));
    if (!attributes)
        return attributes.error();
    if (attributes.value())
        item.insert(QStringLiteral("additional_attributes"), attributes.value()->toJson());
    auto ui = section(node.value(QStringLiteral("ui")), QStringLiteral("ui"));
    if (!ui)
        return ui.error();
    if (ui.value()) {
        QJsonObject uiObject;
        for (const char *key : {"control_type", "display_name"}) {
            const Yaml *value = ui.value()->value(QString::fromLatin1(key));
            if (!value || value->isNull())
                continue;
            auto valueText = text(value, QString::fromLatin1(key));
            if (!valueText)
                return valueText.error();
            uiObject.insert(QString::fromLatin1(key), valueText.value());
        }
        if (const Yaml *hidden = ui.value()->value(QStringLiteral("hidden_from"));
            hidden && !hidden->isNull()) {
            auto roles = textList(*hidden, QStringLiteral("hidden_from"));
            if (!roles)
                return roles.error();
            uiObject.insert(QStringLiteral("hidden_from"),
                            QJsonArray::fromStringList(roles.value()));
        }
        item.insert(QStringLiteral("ui"), uiObject);
    }
    return item;
}

Result<QJsonObject> optionsBody(const Yaml &node)
{
    auto strict = boolean(node.value(QStringLiteral("strict")), QStringLiteral("strict"), false);
    if (!strict)
        return strict.error();
    QJsonObject options{{QStringLiteral("strict"), strict.value()}};
    auto validation =
        section(node.value(QStringLiteral("validation")), QStringLiteral("validation"));
    if (!validation)
        return validation.error();
    if (validation.value()) {
        auto enforce =
            text(validation.value()->value(QStringLiteral("enforce")), QStringLiteral("enforce"));
        if (!enforce)
            return enforce.error();
        options.insert(
            QStringLiteral("validation"),
            QJsonObject{{QStringLiteral("enforce"),
                         enforce->isEmpty() ? QStringLiteral("none") : enforce.value()}});
    }
    if (const Yaml *items = node.value(QStringLiteral("items")); items && !items->isNull()) {
        if (!items->isList())
            return at(*items, AppManifest::tr("'items' must be a list of options"));
        QJsonArray array;
        for (const Yaml &item : items->items) {
            auto option = optionItem(item);
            if (!option)
                return option.error();
            array.append(option.value());
        }
        options.insert(QStringLiteral("items"), array);
    }
    if (const Yaml *format = node.value(QStringLiteral("format")); format && !format->isNull()) {
        auto parts = textList(*format, QStringLiteral("format"));
        if (!parts)
            return parts.error();
        // The manifest writes a list; the API takes it as {"template": [...]}.
        options.insert(
            QStringLiteral("format"),
            QJsonObject{{QStringLiteral("template"), QJsonArray::fromStringList(parts.value())}});
    }
    return options;
}

// fnmatch on one path component, as Python's glob does it: * ? [seq] [!seq], case-sensitive.
QRegularExpression componentPattern(const QString &pattern)
{
    QString regex;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('*')) {
            regex += QStringLiteral(".*");
        } else if (c == QLatin1Char('?')) {
            regex += QLatin1Char('.');
        } else if (c == QLatin1Char('[')) {
            qsizetype j = i + 1;
            if (j < pattern.size() && pattern.at(j) == QLatin1Char('!'))
                ++j;
            if (j < pattern.size() && pattern.at(j) == QLatin1Char(']'))
                ++j;
            while (j < pattern.size() && pattern.at(j) != QLatin1Char(']'))
                ++j;
            if (j >= pattern.size()) {
                regex += QStringLiteral("\\[");
                continue;
            }
            QString set = pattern.mid(i + 1, j - i - 1);
            QString out = QStringLiteral("[");
            if (set.startsWith(QLatin1Char('!'))) {
                out += QLatin1Char('^');
                set.remove(0, 1);
            }
            for (const QChar s : std::as_const(set)) {
                if (s == QLatin1Char('\\') || s == QLatin1Char('[') || s == QLatin1Char(']') ||
                    s == QLatin1Char('^'))
                    out += QLatin1Char('\\');
                out += s;
            }
            regex += out + QLatin1Char(']');
            i = j;
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(regex),
                              QRegularExpression::DotMatchesEverythingOption);
}

bool hasMagic(const QString &component)
{
    return component.contains(QLatin1Char('*')) || component.contains(QLatin1Char('?')) ||
        component.contains(QLatin1Char('['));
}

QString join(const QString &dir, const QString &name)
{
    return dir.isEmpty() ? name : dir + QLatin1Char('/') + name;
}

class Globber
{
public:
    explicit Globber(const QString &root)
        : m_root(root)
    {
    }

    // Every path (files and folders) the pattern matches, relative to the root.
    QSet<QString> match(const QString &pattern)
    {
        QStringList parts;
        for (const QString &part : pattern.split(QLatin1Char('/'))) {
            if (!part.isEmpty() && part != QLatin1String("."))
                parts.append(part);
        }
        QSet<QString> found;
        if (!parts.isEmpty())
            expand(QString(), parts, 0, found);
        return found;
    }

private:
    QFileInfoList entries(const QString &dir) const
    {
        return QDir(QDir(m_root).filePath(dir))
            .entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                           QDir::Name);
    }

    static bool isHidden(const QString &name) { return name.startsWith(QLatin1Char('.')); }

    // The folder and every non-hidden folder below it; symlinked folders are followed once.
    void folders(const QString &dir, QStringList &out, QSet<QString> &seen) const
    {
        out.append(dir);
        for (const QFileInfo &entry : entries(dir)) {
            if (!entry.isDir() || isHidden(entry.fileName()))
                continue;
            const QString canonical = entry.canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen.insert(canonical);
            folders(join(dir, entry.fileName()), out, seen);
        }
    }

    void expand(const QString &dir, const QStringList &parts, qsizetype index, QSet<QString> &found)
    {
        const QString &part = parts.at(index);
        const bool last = index + 1 == parts.size();
        if (part == QLatin1String("**")) {
            QStringList below;
            QSet<QString> seen;
            folders(dir, below, seen);
            for (const QString &folder : std::as_const(below)) {
                if (last) {
                    // "**" at the end: everything below, folders included, hidden names not.
                    for (const QFileInfo &entry : entries(folder)) {
                        if (!isHidden(entry.fileName()))
                            found.insert(join(folder, entry.fileName()));
                    }
                } else {
                    expand(folder, parts, index + 1, found);
                }
            }
            return;
        }
        if (hasMagic(part)) {
            const QRegularExpression regex = componentPattern(part);
            const bool hiddenToo = isHidden(part);
            for (const QFileInfo &entry : entries(dir)) {
                const QString name = entry.fileName();
                if ((!hiddenToo && isHidden(name)) || !regex.match(name).hasMatch())
                    continue;
                if (last)
                    found.insert(join(dir, name));
                else if (entry.isDir())
                    expand(join(dir, name), parts, index + 1, found);
            }
            return;
        }
        const QString path = join(dir, part);
        const QFileInfo info(QDir(m_root).filePath(path));
        if (last) {
            if (info.exists() || info.isSymLink())
                found.insert(path);
        } else if (info.isDir()) {
            expand(path, parts, index + 1, found);
        }
    }

    const QString m_root;
};

} // namespace

Result<AppManifest> AppManifest::parse(const QByteArray &yaml)
{
    auto document = AppManifestYaml::parse(yaml);
    if (!document)
        return document.error();
    const Yaml &root = document.value();
    if (root.isNull())
        return Error::validation(tr("the manifest is empty"));
    if (!root.isMap())
        return at(root, tr("the manifest must hold 'key: value' lines (type, runtime, files, …)"));

    AppManifest manifest;
    if (const Yaml *type = root.value(QStringLiteral("type")); type && !type->isNull()) {
        static const QStringList types{QStringLiteral("python"), QStringLiteral("go"),
                                       QStringLiteral("java"), QStringLiteral("binary")};
        if (!type->isScalar() || !types.contains(type->text))
            return at(*type, tr("type must be python, go, java or binary"));
        manifest.type = type->text;
    }
    auto runtime = text(root.value(QStringLiteral("runtime")), QStringLiteral("runtime"));
    if (!runtime)
        return runtime.error();
    manifest.runtime = runtime->trimmed();

    if (const Yaml *files = root.value(QStringLiteral("files")); files) {
        if (files->isNull())
            return at(*files, tr("'files' lists nothing; list the files to push"));
        auto patterns = textList(*files, QStringLiteral("files"));
        if (!patterns)
            return patterns.error();
        if (patterns->isEmpty())
            return at(*files, tr("'files' lists nothing; list the files to push"));
        for (std::size_t i = 0; i < files->items.size(); ++i) {
            QString pattern = patterns->at(qsizetype(i));
            if (pattern.startsWith(QLatin1Char('!')))
                pattern.remove(0, 1);
            if (!isInsideFolder(pattern))
                return at(files->items[i],
                          tr("'%1' points outside the app folder").arg(patterns->at(qsizetype(i))));
        }
        manifest.files = patterns.value();
    }

    auto python = section(root.value(QStringLiteral("python")), QStringLiteral("python"));
    if (!python)
        return python.error();
    if (python.value()) {
        const Yaml *requirements = python.value()->value({"pip-requirements", "pip_requirements"});
        if (requirements && requirements->isList()) {
            auto packages = textList(*requirements, QStringLiteral("pip-requirements"));
            if (!packages)
                return packages.error();
            manifest.pipRequirements = packages.value();
        } else {
            auto file = text(requirements, QStringLiteral("pip-requirements"));
            if (!file)
                return file.error();
            manifest.pipRequirementsFile = file->trimmed();
            if (!manifest.pipRequirementsFile.isEmpty() &&
                !isInsideFolder(manifest.pipRequirementsFile))
                return at(*requirements, tr("pip-requirements points outside the app folder"));
        }
    }

    auto build = section(root.value(QStringLiteral("build")), QStringLiteral("build"));
    if (!build)
        return build.error();
    if (build.value()) {
        auto command =
            text(build.value()->value(QStringLiteral("command")), QStringLiteral("build.command"));
        if (!command)
            return command.error();
        manifest.buildCommand = command->trimmed();
        auto environment = section(build.value()->value(QStringLiteral("environment")),
                                   QStringLiteral("build.environment"));
        if (!environment)
            return environment.error();
        if (environment.value()) {
            const Yaml &variables = *environment.value();
            for (qsizetype i = 0; i < variables.keys.size(); ++i) {
                const Yaml &value = variables.items[std::size_t(i)];
                if (!value.isScalar() && !value.isNull())
                    return at(
                        value,
                        tr("the value of %1 must be a single value").arg(variables.keys.at(i)));
                // The tooling passes str(value): "True" for true, "None" for nothing.
                manifest.buildEnvironment.append({variables.keys.at(i), value.pythonText()});
            }
        }
    }

    auto prePush = text(root.value({"pre-push", "pre_push"}), QStringLiteral("pre-push"));
    if (!prePush)
        return prePush.error();
    manifest.prePush = prePush->trimmed();

    auto execution = section(root.value(QStringLiteral("execution")), QStringLiteral("execution"));
    if (!execution)
        return execution.error();
    if (execution.value()) {
        auto entrypoint = text(execution.value()->value(QStringLiteral("entrypoint")),
                               QStringLiteral("execution.entrypoint"));
        auto cwd =
            text(execution.value()->value(QStringLiteral("cwd")), QStringLiteral("execution.cwd"));
        if (!entrypoint)
            return entrypoint.error();
        if (!cwd)
            return cwd.error();
        manifest.entrypoint = entrypoint.value();
        manifest.workingDirectory = cwd.value();
    }

    auto configuration =
        section(root.value(QStringLiteral("configuration")), QStringLiteral("configuration"));
    if (!configuration)
        return configuration.error();
    if (configuration.value()) {
        auto content = section(configuration.value()->value(QStringLiteral("content")),
                               QStringLiteral("configuration.content"));
        if (!content)
            return content.error();
        if (content.value()) {
            auto io = ioConfigurationOf(*content.value());
            if (!io)
                return io.error();
            manifest.ioConfiguration = io.value();
        }
        auto options = section(configuration.value()->value(QStringLiteral("options")),
                               QStringLiteral("configuration.options"));
        if (!options)
            return options.error();
        if (options.value()) {
            auto body = optionsBody(*options.value());
            if (!body)
                return body.error();
            manifest.options = body.value();
        }
    }
    return manifest;
}

Result<std::optional<AppManifest>> AppManifest::readFolder(const QString &folder)
{
    QFile file(QDir(folder).filePath(fileName()));
    if (!file.exists())
        return std::optional<AppManifest>();
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1: %2").arg(fileName(), file.errorString()));
    auto manifest = parse(file.readAll());
    if (!manifest) {
        Error error = manifest.error();
        error.message = tr("%1: %2").arg(fileName(), error.message);
        return error;
    }
    return std::optional<AppManifest>(std::move(manifest).value());
}

QString AppManifest::defaultRuntime(const QString &type)
{
    if (type == QLatin1String("python"))
        return QStringLiteral("ghcr.io/nextmv-io/runtime/python:3.11");
    if (type == QLatin1String("java"))
        return QStringLiteral("ghcr.io/nextmv-io/runtime/java:latest");
    return QStringLiteral("ghcr.io/nextmv-io/runtime/default:latest");
}

QString AppManifest::defaultEntrypoint(const QString &type)
{
    if (type == QLatin1String("python"))
        return QStringLiteral("main.py");
    if (type == QLatin1String("java"))
        return QStringLiteral("main.jar");
    return QStringLiteral("main");
}

QJsonObject AppManifest::requirements() const
{
    QJsonObject requirements{
        {QStringLiteral("executable_type"), type},
        {QStringLiteral("runtime"), runtime.isEmpty() ? defaultRuntime(type) : runtime}};
    if (!ioConfiguration.isEmpty())
        requirements.insert(QStringLiteral("io_configuration"), ioConfiguration);
    if (!options.isEmpty())
        requirements.insert(QStringLiteral("options"), options);
    if (!entrypoint.isEmpty())
        requirements.insert(QStringLiteral("entrypoint"), entrypoint);
    if (!workingDirectory.isEmpty())
        requirements.insert(QStringLiteral("working_directory"), workingDirectory);
    return requirements;
}

Result<QStringList> AppManifest::selectFiles(const QString &folder) const
{
    // nextmv-py's find_files: patterns in order, Python glob with "**" recursive and hidden
    // names matched only by patterns that start with a dot; "dir/" means "dir/*" (the files
    // directly in it); "!" removes what earlier patterns matched; only files are kept.
    Globber globber(folder);
    QSet<QString> selected;
    QStringList missing;
    for (const QString &entry : files.value_or(QStringList())) {
        QString pattern = entry;
        if (pattern.endsWith(QLatin1Char('/')))
            pattern += QLatin1Char('*');
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        if (negated)
            pattern.remove(0, 1);
        QSet<QString> matches;
        for (const QString &path : globber.match(pattern))
            matches.insert(QDir::cleanPath(path));
        if (negated) {
            selected.subtract(matches);
            continue;
        }
        if (matches.isEmpty())
            missing.append(entry);
        for (const QString &path : std::as_const(matches)) {
            if (QFileInfo(QDir(folder).filePath(path)).isFile())
                selected.insert(path);
        }
    }
    if (!missing.isEmpty())
        return Error::validation(tr("%1 lists files that are not in the app folder: %2")
                                     .arg(fileName(), missing.join(QStringLiteral(", "))));
    QStringList list = selected.values();
    std::sort(list.begin(), list.end());
    const QString required =
        QDir::cleanPath(entrypoint.isEmpty() ? defaultEntrypoint(type) : entrypoint);
    if (!list.contains(required))
        return Error::validation(tr("%1 does not select %2, the file the app runs; add it to "
                                    "'files'")
                                     .arg(fileName(), required));
    return list;
}

QJsonObject requirementsFromFolder(const QString &folder)
{
    QJsonObject requirements;
    if (auto manifest = AppManifest::readFolder(folder); manifest && manifest->has_value()) {
        requirements = manifest->value().requirements();
    } else {
        const QDir dir(folder);
        QString type = QStringLiteral("binary");
        if (QFileInfo::exists(dir.filePath(QStringLiteral("main.py"))))
            type = QStringLiteral("python");
        else if (QFileInfo::exists(dir.filePath(QStringLiteral("main.jar"))))
            type = QStringLiteral("java");
        requirements.insert(QStringLiteral("executable_type"), type);
    }
    // Pushed into the server directly, the code runs on this machine.
    requirements.insert(QStringLiteral("runtime"), QStringLiteral("local"));
    return requirements;
}

} // namespace Api
