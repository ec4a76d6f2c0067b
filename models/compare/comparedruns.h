// The runs a comparison shows, one column each: their headers and the roles the comparison
// tables share.
#pragma once

#include "api/dto/run.h"

#include <QList>
#include <QString>

namespace Models {

namespace CompareRoles {
enum Role {
    // bool, on a run's cell: the row's values are not all the same.
    DiffersRole = Qt::UserRole + 200,
    // bool, on a statistic's cell: the best value of its row (ties are all best).
    BestRole,
    // The cell's value to sort on and export: a double, or a string; invalid when the run
    // has none.
    ValueRole,
};
} // namespace CompareRoles

class ComparedRuns
{
public:
    // The most runs one comparison takes: more columns than this stop being readable.
    static constexpr int maxRuns = 20;

    ComparedRuns() = default;
    explicit ComparedRuns(QList<Api::RunInformation> runs);

    qsizetype size() const { return m_runs.size(); }
    const Api::RunInformation &at(qsizetype index) const { return m_runs.at(index); }
    const QList<Api::RunInformation> &runs() const { return m_runs; }
    // The run's name, or its id when it has none or another run has the same name.
    QString header(qsizetype index) const { return m_headers.at(index); }

private:
    QList<Api::RunInformation> m_runs;
    QStringList m_headers;
};

} // namespace Models
