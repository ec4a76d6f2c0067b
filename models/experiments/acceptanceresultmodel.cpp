// The results of an acceptance test, one row per metric.
#include "acceptanceresultmodel.h"

#include "api/wire/acceptancerule.h"
#include "experimentlistmodel.h"

#include <QLocale>

namespace Models {

AcceptanceResultModel::AcceptanceResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AcceptanceResultModel::setTest(const Api::AcceptanceTest &test)
{
    beginResetModel();
    m_test = test;
    endResetModel();
}

QString AcceptanceResultModel::verdict() const
{
    if (!m_test.hasResults)
        return tr("No verdict yet: the experiment is %1.")
            .arg(ExperimentListModel::statusText(m_test.status));
    int passed = 0;
    for (const Api::AcceptanceMetricResult &r : m_test.results)
        passed += r.passed ? 1 : 0;
    return (m_test.passed ? tr("Passed: %1 of %2 metrics") : tr("Failed: %1 of %2 metrics passed"))
        .arg(passed)
        .arg(m_test.results.size());
}

QString AcceptanceResultModel::operatorSymbol(const QString &op)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("eq"), QStringLiteral("=")}, {QStringLiteral("ne"), QStringLiteral("≠")},
        {QStringLiteral("gt"), QStringLiteral(">")}, {QStringLiteral("ge"), QStringLiteral("≥")},
        {QStringLiteral("lt"), QStringLiteral("<")}, {QStringLiteral("le"), QStringLiteral("≤")}};
    return symbols.value(op, op);
}

QString AcceptanceResultModel::toleranceText(const Api::AcceptanceMetric &metric)
{
    if (metric.toleranceType == QLatin1String("relative"))
        return tr("±%1 % (relative)").arg(QLocale().toString(metric.toleranceValue * 100, 'g', 6));
    if (metric.toleranceType == QLatin1String("absolute"))
        return tr("±%1 (absolute)").arg(QLocale().toString(metric.toleranceValue, 'g', 8));
    return tr("none");
}

int AcceptanceResultModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // Before the results arrive, the metrics alone are listed.
    return int(m_test.hasResults ? m_test.results.size() : m_test.metrics.size());
}

int AcceptanceResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AcceptanceResultModel::raw(int row, int column) const
{
    const bool hasResult = m_test.hasResults;
    const Api::AcceptanceMetric &metric =
        hasResult ? m_test.results.at(row).metric : m_test.metrics.at(row);
    switch (column) {
    case Field:
        return metric.field;
    case Statistic:
        return metric.statistic;
    case Operator:
        return operatorSymbol(metric.op);
    case Tolerance:
        return toleranceText(metric);
    default:
        break;
    }
    if (!hasResult)
        return {};
    const Api::AcceptanceMetricResult &result = m_test.results.at(row);
    const auto control = result.control.statistic(metric.statistic);
    const auto candidate = result.candidate.statistic(metric.statistic);
    switch (column) {
    case Outcome:
        return result.passed;
    case Control:
        return control ? QVariant(*control) : QVariant();
    case Candidate:
        return candidate ? QVariant(*candidate) : QVariant();
    case Margin:
        if (!control || !candidate)
            return {};
        return Api::AcceptanceRule{metric.op, metric.toleranceType, metric.toleranceValue}.margin(
            *candidate, *control);
    default:
        return {};
    }
}

QVariant AcceptanceResultModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const QVariant value = raw(index.row(), index.column());
    switch (role) {
    case PassedRole:
        return raw(index.row(), Outcome);
    case UnderlyingDataRole:
        return value;
    case Qt::DisplayRole:
        if (index.column() == Outcome)
            return value.isValid() ? (value.toBool() ? tr("Passed") : tr("Failed")) : tr("Pending");
        if (value.typeId() == QMetaType::Double) {
            const QString text = QLocale().toString(value.toDouble(), 'g', 8);
            return index.column() == Margin && value.toDouble() > 0 ? QStringLiteral("+") + text
                                                                    : text;
        }
        return value;
    case Qt::ToolTipRole:
        if (index.column() == Margin)
            return tr("Distance of the candidate from the pass threshold: positive inside, "
                      "negative outside.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Control ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                         : QVariant();
    default:
        return {};
    }
}

QVariant AcceptanceResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Outcome:
        return tr("Outcome");
    case Field:
        return tr("Metric");
    case Statistic:
        return tr("Statistic");
    case Operator:
        return tr("Operator");
    case Tolerance:
        return tr("Tolerance");
    case Control:
        return tr("Baseline (%1)").arg(m_test.controlInstance);
    case Candidate:
        return tr("Candidate (%1)").arg(m_test.candidateInstance);
    case Margin:
        return tr("Margin");
    default:
        return {};
    }
}

} // namespace Models
