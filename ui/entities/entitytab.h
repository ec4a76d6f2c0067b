// The shape every editing tab shares (Versions, Instances, …): a sortable list on the left, a
// form on the right with Save and Revert, New and Delete (after confirming), the server's
// validation errors shown next to the field they name, and a guard that never drops unsaved
// edits silently: leaving a dirty form asks Save, Discard or Cancel, without waiting in a
// nested event loop.
#pragma once

#include "api/wire/result.h"
#include "ui/widgets/fielderrors.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace Api {
class NextmvService;
class Transfer;
} // namespace Api

namespace Models {
class EntityListModelBase;
}

namespace Ui {

class EntityTab : public QWidget
{
    Q_OBJECT

public:
    EntityTab(Models::EntityListModelBase *model, QWidget *parent = nullptr);

    // The service and application the tab edits; long transfers go to `transfers` (the panel).
    void setService(Api::NextmvService *service,
                    std::function<void(Api::Transfer *)> transfers = {});
    void setApplication(const QString &appId);

    QTableView *table() const { return m_table; }
    Models::EntityListModelBase *model() const { return m_model; }
    QString currentId() const { return m_currentId; }
    bool isDirty() const { return m_dirty; }
    // Calls `proceed` once it is fine to move on: at once when nothing is unsaved, otherwise
    // after the user discards the edits or once their save has landed; never after Cancel or a
    // refused save. Returns before the user answers.
    void confirmLeave(std::function<void()> proceed);
    void selectId(const QString &id);
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QString errorText() const;
    void refresh();

protected:
    // The form goes on the right; subclasses add their fields to it.
    QVBoxLayout *formLayout() const { return m_formLayout; }
    // Fields whose server errors are shown under them, by their wire name ("version_id").
    void registerField(const QString &wireName, QLabel *errorLabel);
    void showError(const Api::Error &error);
    void clearErrors();
    void setDirty(bool dirty);
    // Asks "Delete X?" with the consequences spelled out (see Ui::askThen); `remove` runs on
    // yes, unless the tab has moved to another connection or application meanwhile.
    void askThenDelete(const QString &what, const QString &consequences,
                       std::function<void()> remove);

    // Points the model (and anything else the tab lists) at the app.
    virtual void load(Api::NextmvService &service, const QString &appId) = 0;
    virtual void showItem(const QString &id) = 0; // fills the form ("" = nothing selected)
    virtual void startNew() = 0;
    virtual void save() = 0;
    virtual void removeCurrent() = 0;

    // Shows the transfer in the panel (or keeps it here) and starts it.
    void startTransfer(Api::Transfer *transfer);
    // Reloads the list and selects `id` once it is there (after a create).
    void reloadAndSelect(const QString &id);

    Models::EntityListModelBase *m_model;
    Api::NextmvService *m_service = nullptr;
    QString m_appId;

private:
    std::function<void(Api::Transfer *)> m_transfers;
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);

    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QVBoxLayout *m_formLayout;
    QLabel *m_error;
    FieldErrors m_errors; // made with m_error
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QString m_currentId;
    bool m_dirty = false;
    bool m_reverting = false;
    // What to do once the save the user chose in the unsaved-changes question lands.
    std::function<void()> m_afterSave;
    // Counts the rows shown, so that a late reload does not take the user off a row they moved to.
    int m_shownCount = 0;
};

} // namespace Ui
