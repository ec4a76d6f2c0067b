// A chart with its own "Export PNG…" button; follows the widget palette (light or dark).
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace Ui {

class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(const QString &objectName, QWidget *parent = nullptr);

    // Takes ownership; the previous chart is deleted.
    void setChart(QChart *chart);
    QChart *chart() const;
    bool exportPng(const QString &path);

Q_SIGNALS:
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void askAndExport();

    QChartView *m_view;
};

} // namespace Ui
