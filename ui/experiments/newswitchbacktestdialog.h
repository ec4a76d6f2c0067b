// Creates a switchback test (as a draft): baseline and candidate instance, and the random plan
// the server makes: how many units of how many minutes, and optionally when it starts.
#pragma once

#include "api/dto/switchbacktest.h"
#include "onlinetestdialog.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSpinBox;

namespace Ui {

class NewSwitchbackTestDialog final : public OnlineTestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSwitchbackTestDialog)

public:
    NewSwitchbackTestDialog(Api::NextmvService &service, const QString &appId,
                            QWidget *parent = nullptr);

    // The request the form describes, or what is wrong with it (shown under the field).
    Api::Result<Api::SwitchbackTestRequest> request();
    void setInstances(const QString &baseline, const QString &candidate);
    void setPlan(int units, int unitDurationMinutes);

protected:
    void setInstances(const QStringList &instanceIds) override;
    bool send() override;

private:
    void updatePlanSummary();

    QComboBox *m_baseline;
    QComboBox *m_candidate;
    QSpinBox *m_units;
    QSpinBox *m_unitMinutes;
    QLabel *m_planSummary;
    QCheckBox *m_hasStart;
    QDateTimeEdit *m_start;
};

} // namespace Ui
