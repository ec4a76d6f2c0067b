// The app.yaml reader: real-looking manifests of each type turned into the requirements a push
// sends, the YAML shapes manifests use, the files a manifest selects, and errors that name the
// line.
#include "api/wire/appmanifest.h"
#include "api/wire/appmanifestyaml.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

// The error of a failed result, for QVERIFY2 (which evaluates it either way).
template<typename T>
QByteArray why(const Api::Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

// A manifest under tests/data/manifests/.
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(NEXTDESK_TEST_DATA_DIR "/manifests/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
}

// Files (with parent folders) under root, each holding its own name.
void makeFiles(const QTemporaryDir &root, const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString full = root.filePath(path);
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(path.toUtf8());
    }
}

} // namespace

class TestAppManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonWithRequirementsContentAndOptions()
    {
        const auto manifest = Api::AppManifest::parse(fixture("python-app.yaml"));
        QVERIFY2(manifest, why(manifest));
        QCOMPARE(manifest->type, QStringLiteral("python"));
        QCOMPARE(manifest->files,
                 std::optional<QStringList>(
                     {QStringLiteral("main.py"), QStringLiteral("src/"), "!src/*_test.py"}));
        QCOMPARE(manifest->pipRequirementsFile, QStringLiteral("requirements.txt"));
        QVERIFY(manifest->pipRequirements.isEmpty());
        QVERIFY(manifest->buildCommand.isEmpty());
        QVERIFY(manifest->prePush.isEmpty());
        // Exactly what nextmv-py's push sends: metrics are not part of io_configuration, the
        // options keep only what was set plus description "" and required false, and the
        // format list is wrapped as a template.
        const QJsonObject expected = json(R"({
            "executable_type": "python",
            "runtime": "ghcr.io/nextmv-io/runtime/python:3.11",
            "io_configuration": {"format": "multi-file",
                "multi_file": {"input_path": "inputs", "output_configuration": {
                    "statistics_path": "outputs/statistics", "assets_path": "outputs/assets",
                    "solutions_path": "outputs/solutions"}}},
            "options": {"strict": true, "validation": {"enforce": "all"},
                "items": [
                    {"name": "details", "option_type": "bool", "default": true,
                     "description": "Print details", "required": false},
                    {"name": "duration", "option_type": "string", "default": "30s",
                     "description": "Max solve time: a duration", "required": false,
                     "ui": {"control_type": "input", "display_name": "Solve duration",
                            "hidden_from": ["operator"]}},
                    {"name": "iterations", "option_type": "int", "default": 100,
                     "description": "", "required": true}],
                "format": {"template": ["-{{name}}", "{{value}}"]}},
            "entrypoint": "./main.py",
            "working_directory": "./src/"})");
        QCOMPARE(compact(manifest->requirements()), compact(expected));
    }

    void goWithBuildCommandAndPrePush()
    {
        const auto manifest = Api::AppManifest::parse(fixture("go-app.yaml"));
        QVERIFY2(manifest, why(manifest));
        QCOMPARE(manifest->buildCommand, QStringLiteral("go build -o main ."));
        // str() of what PyYAML read, as the tooling passes it to the build's environment.
        const QList<std::pair<QString, QString>> environment{
            {QStringLiteral("GOOS"), QStringLiteral("linux")},
            {QStringLiteral("GOARCH"), QStringLiteral("arm64")},
            {QStringLiteral("CGO_ENABLED"), QStringLiteral("0")},
            {QStringLiteral("DEBUG"), QStringLiteral("True")}};
        QCOMPARE(manifest->buildEnvironment, environment);
        QCOMPARE(manifest->prePush, QStringLiteral("echo \"checking: vet\"\ngo vet ./..."));
        QCOMPARE(manifest->files,
                 std::optional<QStringList>({QStringLiteral("main"), "configs/*.json"}));
        QCOMPARE(compact(manifest->requirements()), compact(json(R"({"executable_type": "go",
                                  "runtime": "ghcr.io/nextmv-io/runtime/default:latest"})")));
    }

    void runtimeDefaultsPerType_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("runtime");
        QTest::newRow("binary") << QByteArray("type: binary\nfiles: [main]\n") << "binary"
                                << "ghcr.io/nextmv-io/runtime/default:latest";
        QTest::newRow("go") << QByteArray("type: go\n") << "go"
                            << "ghcr.io/nextmv-io/runtime/default:latest";
        QTest::newRow("java") << QByteArray("type: java\n") << "java"
                              << "ghcr.io/nextmv-io/runtime/java:latest";
        QTest::newRow("no type is python") << QByteArray("files:\n  - main.py\n") << "python"
                                           << "ghcr.io/nextmv-io/runtime/python:3.11";
        QTest::newRow("own runtime kept")
            << QByteArray("type: python\nruntime: ghcr.io/nextmv-io/runtime/pyomo:latest\n")
            << "python"
            << "ghcr.io/nextmv-io/runtime/pyomo:latest";
    }

    void runtimeDefaultsPerType()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, type);
        QFETCH(QString, runtime);
        const auto manifest = Api::AppManifest::parse(yaml);
        QVERIFY2(manifest, why(manifest));
        const QJsonObject requirements = manifest->requirements();
        QCOMPARE(requirements.value(QStringLiteral("executable_type")).toString(), type);
        QCOMPARE(requirements.value(QStringLiteral("runtime")).toString(), runtime);
        QCOMPARE(requirements.size(), 2);
    }

    void pipRequirementsAsAList()
    {
        const auto manifest = Api::AppManifest::parse("type: python\n"
                                                      "python:\n"
                                                      "  pip_requirements:\n"
                                                      "    - nextmv==1.13.0\n"
                                                      "    - \"ortools>=9.12\"\n");
        QVERIFY2(manifest, why(manifest));
        QVERIFY(manifest->pipRequirementsFile.isEmpty());
        QCOMPARE(manifest->pipRequirements,
                 QStringList({QStringLiteral("nextmv==1.13.0"), QStringLiteral("ortools>=9.12")}));
    }

    void yamlShapes_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scalars typed as PyYAML does")
            << QByteArray("a: 10\nb: -3.5\nc: true\nd: off\ne: ~\nf:\ng: 3.11\nh: 0x1F\n"
                          "i: 010\nj: 1e3\nk: 30s\nl: 1_000\n")
            << R"({"a":10,"b":-3.5,"c":true,"d":false,"e":null,"f":null,"g":3.11,"h":31,"i":8,"j":"1e3","k":"30s","l":1000})";
        QTest::newRow("quoted strings")
            << QByteArray("a: \"x: y # not a comment\"\nb: 'it''s'\nc: \"tab\\there \\u00e9\"\n"
                          "d: 'true'\ne: \"\"\n")
            << "{\"a\":\"x: y # not a comment\",\"b\":\"it's\",\"c\":\"tab\\there é\","
               "\"d\":\"true\",\"e\":\"\"}";
        QTest::newRow("comments and blank lines")
            << QByteArray("# leading\n\na: x # trailing\nb: x#not-a-comment\n  # indented\n"
                          "c: [1, 2] # after flow\n")
            << R"({"a":"x","b":"x#not-a-comment","c":[1,2]})";
        QTest::newRow("lists of maps and nested lists")
            << QByteArray("items:\n  - name: a\n    n: 1\n  -   name: b\n      n: 2\n"
                          "  - - x\n    - y\n  -\n    deep: true\n  - plain\n")
            << R"({"items":[{"n":1,"name":"a"},{"n":2,"name":"b"},["x","y"],{"deep":true},"plain"]})";
        QTest::newRow("list at the key's indentation")
            << QByteArray("files:\n- a\n- b\nnext: 1\n") << R"({"files":["a","b"],"next":1})";
        QTest::newRow("flow collections")
            << QByteArray("a: []\nb: {}\nc: [\"-{{name}}\", '{{value}}', plain text]\n"
                          "d: {x: 1, \"y\": [true, null], z:}\n")
            << R"({"a":[],"b":{},"c":["-{{name}}","{{value}}","plain text"],"d":{"x":1,"y":[true,null],"z":null}})";
        QTest::newRow("literal block")
            << QByteArray("a: |\n  one\n    two # kept\n\n  three\nb: |-\n  stripped\n\n"
                          "c: |+\n  kept\n\nd: x\n")
            << R"({"a":"one\n  two # kept\n\nthree\n","b":"stripped","c":"kept\n\n","d":"x"})";
        QTest::newRow("folded block")
            << QByteArray("a: >\n  one\n  two\n\n  three\n    indented\n  four\nb: >-\n  x\n  y\n")
            << R"({"a":"one two\nthree\n  indented\nfour\n","b":"x y"})";
        QTest::newRow("plain value over lines")
            << QByteArray("description: a long\n  description\n\n  of it\nnext: 1\n")
            << R"({"description":"a long description\nof it","next":1})";
        QTest::newRow("document markers and CRLF")
            << QByteArray("---\r\ntype: go\r\nfiles:\r\n  - main\r\n...\r\n")
            << R"({"files":["main"],"type":"go"})";
        QTest::newRow("values with colons")
            << QByteArray("runtime: ghcr.io/nextmv-io/runtime/python:3.11\nurl: http://x/y\n"
                          "\"quoted key\": 1\n")
            << R"({"quoted key":1,"runtime":"ghcr.io/nextmv-io/runtime/python:3.11","url":"http://x/y"})";
    }

    void yamlShapes()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const auto document = Api::AppManifestYaml::parse(yaml);
        QVERIFY2(document, why(document));
        QCOMPARE(compact(document->toJson()), expected);
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::newRow("tab indentation")
            << QByteArray("type: go\nfiles:\n\t- main\n") << "line 3: tabs cannot indent";
        QTest::newRow("anchor") << QByteArray("type: go\nbuild: &b\n  command: make\n")
                                << "line 2: anchors (&), aliases (*) and tags (!)";
        QTest::newRow("alias") << QByteArray("a: 1\nb: *a\n") << "line 2: anchors";
        QTest::newRow("tag") << QByteArray("a: !!str 1\n") << "line 1: anchors";
        QTest::newRow("open quote")
            << QByteArray("type: go\npre-push: \"make\n  all\"\n") << "line 2: a quoted value";
        QTest::newRow("open flow list")
            << QByteArray("files: [main,\n  app.yaml]\n") << "line 1: a flow list or map";
        QTest::newRow("duplicate key")
            << QByteArray("type: go\nruntime: a\ntype: python\n") << "line 3: the key 'type'";
        QTest::newRow("bad indentation")
            << QByteArray("type: go\n  runtime: x\n") << "line 2: a value holding ': '";
        QTest::newRow("over-indented key")
            << QByteArray("build:\n  command: make\n    environment: {}\n") << "line 3:";
        QTest::newRow("unquoted colon")
            << QByteArray("pre-push: echo a: b\n") << "line 1: a value holding ': '";
        QTest::newRow("second document")
            << QByteArray("type: go\n---\ntype: python\n") << "line 2: only one YAML document";
        QTest::newRow("list item among keys")
            << QByteArray("type: go\n- main\n") << "line 2: a list item";
        QTest::newRow("unknown escape") << QByteArray("a: \"\\q\"\n") << "line 1: unknown escape";
        QTest::newRow("unknown type")
            << QByteArray("# c\ntype: rust\n") << "line 2: type must be python, go, java or binary";
        QTest::newRow("files not a list")
            << QByteArray("type: go\nfiles: main\n") << "line 2: 'files' must be a list";
        QTest::newRow("files empty")
            << QByteArray("type: go\nfiles: []\n") << "line 2: 'files' lists nothing";
        QTest::newRow("files outside")
            << QByteArray("files:\n  - main.py\n  - ../secrets\n") << "line 3: '../secrets' points";
        QTest::newRow("option without name")
            << QByteArray("configuration:\n  options:\n    items:\n      - option_type: int\n"
                          "        default: 1\n")
            << "line 4: an option needs a 'name'";
        QTest::newRow("strict not a boolean")
            << QByteArray("configuration:\n  options:\n    strict: maybe\n")
            << "line 3: 'strict' must be true or false";
        QTest::newRow("content format")
            << QByteArray("configuration:\n  content:\n    format: xml\n")
            << "line 3: configuration.content.format must be";
        QTest::newRow("build not a map")
            << QByteArray("build: make\n") << "line 1: 'build' must hold 'key: value' lines";
        QTest::newRow("not a map") << QByteArray("- main\n") << "line 1: the manifest must hold";
        QTest::newRow("empty") << QByteArray("# nothing\n\n") << "the manifest is empty";
    }

    void errorsNameTheLine()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        const auto manifest = Api::AppManifest::parse(yaml);
        QVERIFY(!manifest);
        QVERIFY2(manifest.error().message.startsWith(message),
                 qPrintable(manifest.error().message));
    }

    void readFolderSaysWhichFile()
    {
        QTemporaryDir folder;
        auto none = Api::AppManifest::readFolder(folder.path());
        QVERIFY(none);
        QVERIFY(!none->has_value());
        QFile file(folder.filePath(QStringLiteral("app.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("type: go\nfiles: [main\n");
        file.close();
        auto broken = Api::AppManifest::readFolder(folder.path());
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.startsWith(QLatin1String("app.yaml: line 2:")),
                 qPrintable(broken.error().message));
    }

    void selectsFilesLikeTheTooling_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QStringList>("selected");
        QTest::newRow("folder means its files, ! removes")
            << "files: [main.py, src/, '!src/*_test.py']" << QStringList{"main.py", "src/a.py"};
        QTest::newRow("** recurses, hidden names skipped")
            << "files: ['**/*.py']"
            << QStringList{"main.py", "src/a.py", "src/a_test.py", "src/sub/deep.py"};
        QTest::newRow("trailing ** takes everything below")
            << "files: [main.py, src/**, '!src/sub/*']"
            << QStringList{"main.py", "src/a.py", "src/a_test.py"};
        QTest::newRow("hidden file named")
            << "files: [main.py, .env]" << QStringList{".env", "main.py"};
        QTest::newRow("dotted pattern matches hidden")
            << "files: [main.py, 'src/.*']" << QStringList{"main.py", "src/.secret"};
        QTest::newRow("character classes") << "files: [main.py, 'data/[!y]*', 'data/?.csv']"
                                           << QStringList{"data/x.json", "data/y.csv", "main.py"};
        QTest::newRow("a bare folder name adds nothing")
            << "files: [main.py, src]" << QStringList{"main.py"};
        QTest::newRow("order matters") << "files: ['!main.py', main.py, ./data/x.json]"
                                       << QStringList{"data/x.json", "main.py"};
        QTest::newRow("own entrypoint") << "files: [src/]\nexecution:\n  entrypoint: ./src/a.py"
                                        << QStringList{"src/a.py", "src/a_test.py"};
    }

    void selectsFilesLikeTheTooling()
    {
        QFETCH(QString, yaml);
        QFETCH(QStringList, selected);
        QTemporaryDir folder;
        makeFiles(folder,
                  {"main.py", "src/a.py", "src/a_test.py", "src/sub/deep.py", "src/.secret", ".env",
                   ".git/config", "data/x.json", "data/y.csv", "notes.md"});
        const auto manifest = Api::AppManifest::parse(yaml.toUtf8());
        QVERIFY2(manifest, why(manifest));
        const auto files = manifest->selectFiles(folder.path());
        QVERIFY2(files, why(files));
        QCOMPARE(files.value(), selected);
    }

    void selectionRefusesWhatTheToolingRefuses()
    {
        QTemporaryDir folder;
        makeFiles(folder, {"main.py", "src/a.py"});
        auto missing = Api::AppManifest::parse("files: [main.py, data/*.json, '!gone']")
                           ->selectFiles(folder.path());
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QLatin1String("data/*.json")),
                 qPrintable(missing.error().message));
        QVERIFY(!missing.error().message.contains(QLatin1String("gone")));
        auto noEntrypoint = Api::AppManifest::parse("files: [src/]")->selectFiles(folder.path());
        QVERIFY(!noEntrypoint);
        QVERIFY2(noEntrypoint.error().message.contains(QLatin1String("main.py")),
                 qPrintable(noEntrypoint.error().message));
    }

    void serverPushReadsTheManifest()
    {
        QTemporaryDir folder;
        makeFiles(folder, {"main.py"});
        QJsonObject guessed = Api::requirementsFromFolder(folder.path());
        QCOMPARE(guessed.value(QStringLiteral("executable_type")).toString(),
                 QStringLiteral("python"));
        QFile file(folder.filePath(QStringLiteral("app.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("type: binary\nexecution:\n  entrypoint: bin/solve\n  cwd: data\n"
                   "configuration:\n  options:\n    items:\n      - {name: n, option_type: int}\n");
        file.close();
        const QJsonObject read = Api::requirementsFromFolder(folder.path());
        QCOMPARE(read.value(QStringLiteral("executable_type")).toString(),
                 QStringLiteral("binary"));
        QCOMPARE(read.value(QStringLiteral("runtime")).toString(), QStringLiteral("local"));
        QCOMPARE(read.value(QStringLiteral("entrypoint")).toString(), QStringLiteral("bin/solve"));
        QCOMPARE(read.value(QStringLiteral("working_directory")).toString(),
                 QStringLiteral("data"));
        QCOMPARE(read.value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAppManifest)
#include "tst_appmanifest.moc"
