// What runs were made from, side by side: instance, version, status, timing, sizes and every
// option any of them was given, one row each and one column per run. Rows where the runs
// differ are marked (CompareRoles::DiffersRole); "differences only" hides the others.
#pragma once

#include "models/compare/comparisontablemodel.h"

#include <functional>

namespace Models {

class MetadataComparisonModel final : public ComparisonTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataComparisonModel)

public:
    enum Column { FieldColumn, FirstRunColumn };

    explicit MetadataComparisonModel(QObject *parent = nullptr);

    void setRuns(const ComparedRuns &runs);
    QString toCsv() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString field; // as shown
        QString key; // as exported: "instance", "option:solve.duration"
        QStringList texts; // per run
        QList<QVariant> values; // per run, to sort and export
        bool differs = false;
    };
    void addRow(const QString &field, const QString &key,
                const std::function<QVariant(const Api::RunInformation &)> &valueOf,
                const std::function<QString(const QVariant &)> &textOf = {});

    QList<Row> m_rows;
};

} // namespace Models
