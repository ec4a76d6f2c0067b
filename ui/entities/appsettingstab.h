// The App Settings tab (admin): the application's name, description and default instances,
// and deleting the application, which asks for its ID to be typed, as destructive consoles do.
#pragma once

#include "api/dto/application.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Api {
class NextmvService;
}

namespace Ui {

class AppSettingsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettingsTab)

public:
    explicit AppSettingsTab(QWidget *parent = nullptr);

    void setService(Api::NextmvService *service);
    void setApplication(const QString &appId);
    bool isDirty() const { return m_dirty; }
    // Calls `proceed` once it is fine to move on: at once when nothing is unsaved, otherwise
    // after the user discards the edits or once their save has landed; never after Cancel or a
    // refused save. Returns before the user answers.
    void confirmLeave(std::function<void()> proceed);
    // `saved` runs once the server has taken the settings (not when it refuses them).
    void save(std::function<void()> saved = {});
    // Asks for the typed ID (window-modal, returning at once); deletes when it matches.
    void deleteApplication();
    QString errorText() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *defaultInstanceBox() const { return m_defaultInstance; }

Q_SIGNALS:
    void applicationChanged(const QString &appId);
    void applicationDeleted(const QString &appId);

private:
    void load();
    void setDirty(bool dirty);
    void showError(const QString &message);

    Api::NextmvService *m_service = nullptr;
    QString m_appId;
    Api::Application m_app;
    bool m_dirty = false;
    bool m_filling = false;
    QLabel *m_id;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_defaultInstance;
    QComboBox *m_defaultExperimentInstance;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_delete;
};

} // namespace Ui
