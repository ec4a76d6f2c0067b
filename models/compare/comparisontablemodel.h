// What the comparison tables share: a column per run after the row's own columns, headers
// naming the runs, and "differences only", which hides rows where every run agrees.
#pragma once

#include "models/compare/comparedruns.h"

#include <QAbstractTableModel>

namespace Models {

class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonTableModel)

public:
    const ComparedRuns &runs() const { return m_runs; }
    int firstRunColumn() const { return m_firstRunColumn; }
    void setDifferencesOnly(bool only);
    bool differencesOnly() const { return m_differencesOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    ComparisonTableModel(int firstRunColumn, QObject *parent);

    // Between beginResetModel() and endResetModel(): the runs, then whether each row of the
    // subclass's differs.
    void setComparedRuns(const ComparedRuns &runs) { m_runs = runs; }
    void setRowsDiffer(QList<bool> differs);
    // The subclass's row shown at a view row, and the view rows it shows, in order.
    qsizetype rowAt(int viewRow) const { return m_shown[viewRow]; }
    const QList<qsizetype> &shownRows() const { return m_shown; }
    int viewRowOf(qsizetype row) const { return int(m_shown.indexOf(row)); }
    // The run of a column at or after firstRunColumn().
    qsizetype runAt(int column) const { return column - m_firstRunColumn; }
    // Display and tool tip of a run's column header; invalid for the row's own columns.
    QVariant runHeader(int section, int role) const;
    // The CSV header: the row's own columns' names, then the runs' ids.
    QStringList csvHeader(const QStringList &ownColumns) const;

private:
    void rebuildShownRows();

    const int m_firstRunColumn;
    ComparedRuns m_runs;
    QList<bool> m_differs;
    QList<qsizetype> m_shown;
    bool m_differencesOnly = false;
};

} // namespace Models
