// The runs a comparison shows.
#include "models/compare/comparedruns.h"

#include <QHash>

namespace Models {

ComparedRuns::ComparedRuns(QList<Api::RunInformation> runs)
    : m_runs(std::move(runs))
{
    QHash<QString, int> names;
    for (const Api::RunInformation &run : std::as_const(m_runs))
        ++names[run.name];
    for (const Api::RunInformation &run : std::as_const(m_runs))
        m_headers.append(run.name.isEmpty() || names.value(run.name) > 1 ? run.id : run.name);
}

} // namespace Models
