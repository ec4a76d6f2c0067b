// The list + form + guard shape of the editing tabs.
#include "entitytab.h"

#include "api/client/transfer.h"
#include "models/entitylistmodel.h"
#include "ui/widgets/confirmation.h"
#include "unsavedchanges.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

EntityTab::EntityTab(Models::EntityListModelBase *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_error(new QLabel(this))
    , m_errors(m_error)
    , m_new(new QPushButton(tr("New…"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Models::EntityListModelBase::UnderlyingDataRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EntityTab::onCurrentChanged);
    connect(m_model, &Models::EntityListModelBase::loaded, this, [this] {
        m_table->resizeColumnsToContents();
        if (!m_dirty && !m_currentId.isEmpty())
            showItem(m_currentId); // the server may have changed it
    });
    connect(m_model, &Models::EntityListModelBase::loadFailed, this, &EntityTab::showError);

    connect(m_new, &QPushButton::clicked, this, [this] { confirmLeave([this] { startNew(); }); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        clearErrors();
        save();
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_afterSave = {}; // the edits a pending save was to keep are gone: stay
        clearErrors();
        showItem(m_currentId);
        setDirty(false);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        clearErrors();
        removeCurrent();
    });

    auto *form = new QWidget(this);
    m_formLayout = new QVBoxLayout;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *formOuter = new QVBoxLayout(form);
    formOuter->addLayout(m_formLayout, 1);
    formOuter->addWidget(m_error);
    formOuter->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setDirty(false);
}

void EntityTab::setService(Api::NextmvService *service,
                           std::function<void(Api::Transfer *)> transfers)
{
    m_service = service;
    m_transfers = std::move(transfers);
    m_appId.clear();
    m_afterSave = {};
    m_model->clearLoader();
}

void EntityTab::setApplication(const QString &appId)
{
    m_appId = appId;
    m_afterSave = {};
    if (m_service)
        load(*m_service, appId);
}

void EntityTab::startTransfer(Api::Transfer *transfer)
{
    if (m_transfers)
        m_transfers(transfer);
    else
        transfer->setParent(this);
    transfer->start();
}

void EntityTab::reloadAndSelect(const QString &id)
{
    m_model->reload();
    const int shownCount = m_shownCount;
    connect(
        m_model, &Models::EntityListModelBase::loaded, this,
        [this, id, shownCount] {
            // The user may have started another edit or moved to another row meanwhile: a late
            // answer never takes the form away from them (nor asks about their unsaved changes).
            if (!m_dirty && shownCount == m_shownCount)
                selectId(id);
        },
        Qt::SingleShotConnection);
}

void EntityTab::registerField(const QString &wireName, QLabel *errorLabel)
{
    m_errors.registerField(wireName, errorLabel);
}

void EntityTab::clearErrors()
{
    m_errors.clear();
}

void EntityTab::showError(const Api::Error &error)
{
    m_afterSave = {}; // a refused save keeps the user where the edits are
    m_errors.show(error);
    // A create whose answer was lost may have been carried out: list what the server has.
    if (error.kind == Api::Error::Kind::OutcomeUnknown)
        refresh();
}

QString EntityTab::errorText() const
{
    return m_errors.text();
}

void EntityTab::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty && !m_currentId.isEmpty());
    m_delete->setEnabled(!m_currentId.isEmpty());
    if (dirty) {
        m_afterSave = {}; // new edits since the save was chosen: leaving would drop them
    } else if (m_afterSave) {
        // Queued: the subclass finishes handling its save's answer before the user moves on.
        QMetaObject::invokeMethod(this, std::exchange(m_afterSave, {}), Qt::QueuedConnection);
    }
}

void EntityTab::confirmLeave(std::function<void()> proceed)
{
    if (!m_dirty) {
        proceed();
        return;
    }
    askAboutUnsavedChanges(this, [this, proceed = std::move(proceed)](UnsavedChoice choice) {
        m_afterSave = {}; // this answer replaces an earlier one whose save has not landed
        switch (choice) {
        case UnsavedChoice::Save:
            m_afterSave = proceed; // setDirty(false) runs it; showError() drops it
            clearErrors();
            save();
            break;
        case UnsavedChoice::Discard:
            clearErrors();
            showItem(m_currentId);
            setDirty(false);
            proceed();
            break;
        case UnsavedChoice::Cancel:
            break;
        }
    });
}

void EntityTab::askThenDelete(const QString &what, const QString &consequences,
                              std::function<void()> remove)
{
    const Confirmation question{.title = tr("Delete %1").arg(what),
                                .text = tr("Delete %1?").arg(what),
                                .yesText = tr("Delete"),
                                .informativeText = consequences};
    askThen(this, question,
            [this, service = m_service, appId = m_appId, remove = std::move(remove)] {
                if (m_service == service && m_appId == appId && m_service)
                    remove();
            });
}

void EntityTab::refresh()
{
    m_model->reload();
}

void EntityTab::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
}

void EntityTab::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_reverting)
        return;
    const QString id = current.isValid()
        ? current.data(Models::EntityListModelBase::IdRole).toString()
        : QString();
    if (m_dirty) {
        // Stay on the row whose edits are unsaved while asking; move once it is fine to.
        m_reverting = true;
        m_table->selectionModel()->setCurrentIndex(
            previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_reverting = false;
        confirmLeave([this, id] {
            if (id.isEmpty())
                m_table->selectionModel()->clearCurrentIndex();
            else
                selectId(id);
        });
        return;
    }
    clearErrors();
    m_currentId = id;
    ++m_shownCount;
    showItem(m_currentId);
    setDirty(false);
}

} // namespace Ui
