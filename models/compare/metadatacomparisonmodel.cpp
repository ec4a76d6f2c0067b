// What runs were made from, side by side.
#include "models/compare/metadatacomparisonmodel.h"

#include "models/csv.h"
#include "models/json/jsontext.h"
#include "models/runs/runlistmodel.h"

#include <QJsonValue>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Models {

MetadataComparisonModel::MetadataComparisonModel(QObject *parent)
    : ComparisonTableModel(FirstRunColumn, parent)
{
}

void MetadataComparisonModel::addRow(
    const QString &field, const QString &key,
    const std::function<QVariant(const Api::RunInformation &)> &valueOf,
    const std::function<QString(const QVariant &)> &textOf)
{
    Row row{field, key, {}, {}, false};
    for (const Api::RunInformation &run : runs().runs()) {
        const QVariant value = valueOf(run);
        row.values.append(value);
        row.texts.append(!value.isValid() ? QString() : textOf ? textOf(value) : value.toString());
    }
    row.differs = std::any_of(row.texts.cbegin(), row.texts.cend(),
                              [&row](const QString &text) { return text != row.texts.first(); });
    m_rows.append(std::move(row));
}

void MetadataComparisonModel::setRuns(const ComparedRuns &runs)
{
    beginResetModel();
    setComparedRuns(runs);
    m_rows.clear();
    using Run = Api::RunInformation;
    const auto text = [](QString Run::*member) {
        return [member](const Run &run) {
            return QVariant(run.*member);
        };
    };
    const auto meta = [](QString Api::RunMetadata::*member) {
        return [member](const Run &run) {
            return QVariant(run.metadata.*member);
        };
    };
    const auto duration = [](const QVariant &ms) {
        return RunListModel::durationText(ms.toDouble());
    };
    const auto size = [](const QVariant &bytes) {
        return RunListModel::sizeText(bytes.toLongLong());
    };
    addRow(tr("Name"), QStringLiteral("name"), text(&Run::name));
    addRow(
        tr("Status"), QStringLiteral("status"),
        [](const Run &run) { return Api::toString(run.metadata.status); },
        [](const QVariant &status) {
            return RunListModel::statusText(
                Api::runStatusFromString(status.toString()).value_or(Api::RunStatus::Unknown));
        });
    addRow(tr("Instance"), QStringLiteral("instance"), meta(&Api::RunMetadata::instanceId));
    addRow(tr("Version"), QStringLiteral("version"), meta(&Api::RunMetadata::versionId));
    addRow(
        tr("Created"), QStringLiteral("created_at"),
        [](const Run &run) { return run.metadata.createdAt; },
        [](const QVariant &at) {
            return QLocale().toString(at.toDateTime().toLocalTime(), QLocale::ShortFormat);
        });
    addRow(
        tr("Duration"), QStringLiteral("duration_ms"),
        [](const Run &run) { return run.metadata.durationMs; }, duration);
    addRow(
        tr("Execution duration"), QStringLiteral("execution_duration_ms"),
        [](const Run &run) { return run.metadata.executionDurationMs; }, duration);
    addRow(
        tr("Input size"), QStringLiteral("input_size"),
        [](const Run &run) { return run.metadata.inputSize; }, size);
    addRow(
        tr("Output size"), QStringLiteral("output_size"),
        [](const Run &run) { return run.metadata.outputSize; }, size);
    addRow(tr("Managed input"), QStringLiteral("input_id"), meta(&Api::RunMetadata::inputId));
    addRow(tr("Execution class"), QStringLiteral("execution_class"),
           meta(&Api::RunMetadata::executionClass));
    addRow(tr("Error"), QStringLiteral("error"), meta(&Api::RunMetadata::error));

    // Options as the run got them (instance and version defaults merged in), sorted by name.
    QSet<QString> names;
    for (const Run &run : runs.runs()) {
        for (auto it = run.metadata.activeOptions.constBegin();
             it != run.metadata.activeOptions.constEnd(); ++it)
            names.insert(it.key());
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    for (const QString &name : std::as_const(sorted)) {
        addRow(tr("Option %1").arg(name), QStringLiteral("option:") + name, [name](const Run &run) {
            const QJsonValue value = run.metadata.activeOptions.value(name);
            return value.isUndefined() ? QVariant() : QVariant(JsonText::plainText(value));
        });
    }
    QList<bool> differs;
    for (const Row &row : std::as_const(m_rows))
        differs.append(row.differs);
    setRowsDiffer(std::move(differs));
    endResetModel();
}

QString MetadataComparisonModel::toCsv() const
{
    QString csv = Csv::line(csvHeader({QStringLiteral("field")})) + QLatin1Char('\n');
    for (const qsizetype i : shownRows()) {
        const Row &row = m_rows[i];
        QStringList fields{row.key};
        for (const QVariant &value : row.values) {
            fields.append(value.typeId() == QMetaType::Double ? Csv::number(value.toDouble())
                              : value.typeId() == QMetaType::QDateTime
                              ? value.toDateTime().toUTC().toString(Qt::ISODateWithMs)
                              : value.toString());
        }
        csv += Csv::line(fields) + QLatin1Char('\n');
    }
    return csv;
}

QVariant MetadataComparisonModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row &row = m_rows[rowAt(index.row())];
    if (index.column() == FieldColumn) {
        if (role == Qt::DisplayRole || role == CompareRoles::ValueRole)
            return row.field;
        return {};
    }
    const qsizetype run = runAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return row.texts[run];
    case Qt::ToolTipRole:
        return row.texts[run].isEmpty() ? QVariant() : QVariant(row.texts[run]);
    case CompareRoles::ValueRole:
        return row.values[run];
    case CompareRoles::DiffersRole:
        return row.differs;
    }
    return {};
}

QVariant MetadataComparisonModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstRunColumn)
        return runHeader(section, role);
    if (section == FieldColumn && role == Qt::DisplayRole)
        return tr("Field", "column header: what is compared (instance, version, an option)");
    return {};
}

} // namespace Models
