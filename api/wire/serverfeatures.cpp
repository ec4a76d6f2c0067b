// Wire names of server features.
#include "serverfeatures.h"

namespace Api {

namespace {

struct NamedFeature
{
    ServerFeature feature;
    const char *name;
};

constexpr NamedFeature namedFeatures[] = {
    {ServerFeature::InputContent, "input-content"},
    {ServerFeature::RunRename, "run-rename"},
    {ServerFeature::RunDelete, "run-delete"},
    {ServerFeature::EnsembleResults, "ensemble-results"},
};

} // namespace

QString wireName(ServerFeature feature)
{
    for (const NamedFeature &named : namedFeatures) {
        if (named.feature == feature)
            return QString::fromLatin1(named.name);
    }
    return {};
}

std::optional<ServerFeature> serverFeatureFromWireName(const QString &name)
{
    for (const NamedFeature &named : namedFeatures) {
        if (name == QLatin1String(named.name))
            return named.feature;
    }
    return std::nullopt;
}

QSet<ServerFeature> allServerFeatures()
{
    QSet<ServerFeature> all;
    for (const NamedFeature &named : namedFeatures)
        all.insert(named.feature);
    return all;
}

QSet<ServerFeature> baselineServerFeatures()
{
    return {ServerFeature::RunRename, ServerFeature::RunDelete};
}

} // namespace Api
