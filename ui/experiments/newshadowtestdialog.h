// Creates a shadow test (as a draft): a baseline instance whose new runs are repeated on the
// candidate instances, how many baseline runs it watches, and optionally when it starts
// collecting and when it ends.
#pragma once

#include "api/dto/shadowtest.h"
#include "onlinetestdialog.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QListWidget;
class QSpinBox;

namespace Ui {

class NewShadowTestDialog final : public OnlineTestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewShadowTestDialog)

public:
    NewShadowTestDialog(Api::NextmvService &service, const QString &appId,
                        QWidget *parent = nullptr);

    // The request the form describes, or what is wrong with it (shown under the field).
    Api::Result<Api::ShadowTestRequest> request();
    void setBaseline(const QString &instanceId);
    void setCandidates(const QStringList &instanceIds);
    void setMaximumRuns(int runs);

protected:
    void setInstances(const QStringList &instanceIds) override;
    bool send() override;

private:
    void offerCandidates();

    QComboBox *m_baseline;
    QListWidget *m_candidates;
    QSpinBox *m_maximumRuns;
    QCheckBox *m_hasStart;
    QDateTimeEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateTimeEdit *m_end;
};

} // namespace Ui
