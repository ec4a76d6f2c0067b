// The app.yaml reader on arbitrary bytes: the YAML subset (AppManifestYaml) and the manifest
// read from it (AppManifest), up to the push requirements it makes. Manifests come from folders
// users pick and from pushed bundles, so neither may crash, hang or trip ASan/UBSan.
#include "api/wire/appmanifest.h"
#include "api/wire/appmanifestyaml.h"

namespace {

void walk(const Api::AppManifestYaml &node)
{
    (void)node.toJson();
    (void)node.pythonText();
    for (const QString &key : node.keys)
        (void)node.value(key);
    for (const Api::AppManifestYaml &item : node.items)
        walk(item);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const Api::Result<Api::AppManifestYaml> yaml = Api::AppManifestYaml::parse(text))
        walk(yaml.value());
    if (const Api::Result<Api::AppManifest> manifest = Api::AppManifest::parse(text)) {
        (void)manifest->requirements();
        (void)Api::AppManifest::defaultRuntime(manifest->type);
        (void)Api::AppManifest::defaultEntrypoint(manifest->type);
    }
    return 0;
}
