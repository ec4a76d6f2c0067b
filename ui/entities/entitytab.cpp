// The list + form + guard shape of the editing tabs.
#include "entitytab.h"
#include "ui/widgets/statuscolors.h"

#include "api/client/transfer.h"
#include "models/entitylistmodel.h"
#include "unsavedchanges.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
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

    StatusColors::makeErrorLabel(m_error);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            startNew();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        clearErrors();
        save();
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
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
    m_model->clearLoader();
}

void EntityTab::setApplication(const QString &appId)
{
    m_appId = appId;
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
    connect(
        m_model, &Models::EntityListModelBase::loaded, this, [this, id] { selectId(id); },
        Qt::SingleShotConnection);
}

void EntityTab::registerField(const QString &wireName, QLabel *errorLabel)
{
    StatusColors::makeErrorLabel(errorLabel);
    m_fieldErrors.insert(wireName, errorLabel);
}

void EntityTab::clearErrors()
{
    m_error->hide();
    m_error->clear();
    for (QLabel *label : std::as_const(m_fieldErrors)) {
        label->hide();
        label->clear();
    }
}

void EntityTab::showError(const Api::Error &error)
{
    // Our server (and most APIs) name the field: "field 'version_id' …".
    static const QRegularExpression fieldPattern(QStringLiteral("'([a-z_.]+)'"));
    auto it = fieldPattern.globalMatch(error.detail.isEmpty() ? error.message : error.detail);
    while (it.hasNext()) {
        const QString field = it.next().captured(1);
        if (QLabel *label = m_fieldErrors.value(field)) {
            label->setText(error.detail.isEmpty() ? error.message : error.detail);
            label->show();
            return;
        }
    }
    m_error->setText(error.message);
    m_error->show();
}

QString EntityTab::errorText() const
{
    QStringList texts;
    if (!m_error->isHidden())
        texts.append(m_error->text());
    for (QLabel *label : m_fieldErrors) {
        if (!label->text().isEmpty())
            texts.append(label->text());
    }
    return texts.join(QLatin1Char('\n'));
}

void EntityTab::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty && !m_currentId.isEmpty());
    m_delete->setEnabled(!m_currentId.isEmpty());
}

bool EntityTab::confirmLeave()
{
    if (!m_dirty)
        return true;
    switch (askAboutUnsavedChanges(this)) {
    case UnsavedChoice::Save:
        save();
        return !m_dirty; // a refused save keeps the user here
    case UnsavedChoice::Discard:
        setDirty(false);
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

bool EntityTab::confirmDelete(const QString &what, const QString &consequences)
{
    QMessageBox box(QMessageBox::Question, tr("Delete %1").arg(what), tr("Delete %1?").arg(what),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(consequences);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    return box.exec() == QMessageBox::Yes;
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
    if (!confirmLeave()) {
        // Stay on the row whose edits are unsaved.
        m_reverting = true;
        m_table->selectionModel()->setCurrentIndex(
            previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_reverting = false;
        return;
    }
    clearErrors();
    m_currentId = current.isValid() ? current.data(Models::EntityListModelBase::IdRole).toString()
                                    : QString();
    showItem(m_currentId);
    setDirty(false);
}

} // namespace Ui
