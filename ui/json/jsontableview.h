// A JSON array as a sortable, filterable table in a window of its own (the tree's "Open as
// Table"): columns from the items' members, Ctrl+C copies the selected cells (tab-separated,
// as spreadsheets paste them), Export CSV… writes the rows shown. Sorting, filtering and the
// export run on worker threads, so 100,000 items never stall the window.
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Models {
class JsonTableModel;
}

namespace Ui {

class JsonTableView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTableView)

public:
    // `path` names the array in its document ("solutions[0].items"); empty for the root.
    JsonTableView(const QJsonArray &array, const QString &path, QWidget *parent = nullptr);
    ~JsonTableView() override;

    // Whether "Open as Table" makes sense: an array with at least one object.
    static bool isTable(const QJsonValue &value);

    Models::JsonTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QLabel *status() const { return m_status; }
    // The selected cells as tab-separated lines (what Ctrl+C puts on the clipboard).
    QString selectedText() const;
    // Writes the rows shown as CSV on a worker thread; exported() tells how it went.
    void exportCsv(const QString &path);

Q_SIGNALS:
    // An export ended: the error, empty on success.
    void exported(const QString &error);

private:
    void updateStatus();
    void askAndExport();

    Models::JsonTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_status;
    QPushButton *m_export;
    QTimer m_filterDelay; // filters once typing pauses, not on every key
    QFutureWatcher<QString> m_exporter;
};

} // namespace Ui
