// The Input sets tab.
#include "inputsetstab.h"

#include "newinputsetdialog.h"

#include "api/client/nextmvservice.h"
#include "api/client/transfer.h"
#include "models/entitylistmodel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <memory>

namespace Ui {

InputSetsTab::InputSetsTab(QWidget *parent)
    : EntityTab(new Models::InputSetListModel(Models::inputSetColumns()), parent)
    , m_sets(static_cast<Models::InputSetListModel *>(m_model))
    , m_details(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_inputs(new QListWidget(this))
{
    setAcceptDrops(true);
    m_details->setWordWrap(true);
    auto *nameError = new QLabel(this);
    registerField(QStringLiteral("name"), nameError);
    auto *form = new QFormLayout;
    form->addRow(tr("Set:"), m_details);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Inputs:"), m_inputs);
    formLayout()->addLayout(form);
    connect(m_name, &QLineEdit::textEdited, this, [this] { setDirty(!currentId().isEmpty()); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_description->hasFocus())
            setDirty(!currentId().isEmpty());
    });
    showItem({});
}

void InputSetsTab::load(Api::NextmvService &service, const QString &appId)
{
    m_sets->setLoader([&service, appId](QObject *context, auto done) {
        return service.listInputSets(appId, context, done);
    });
}

void InputSetsTab::showItem(const QString &id)
{
    const int row = m_sets->rowOf(id);
    m_name->setEnabled(row >= 0);
    m_description->setEnabled(row >= 0);
    m_inputs->clear();
    if (row < 0) {
        m_details->setText(tr("Select an input set. Make one from inputs (New…), from runs "
                              "selected in the Runs tab, or by dropping a folder of JSON files."));
        m_name->clear();
        m_description->clear();
        return;
    }
    const Api::InputSet &set = m_sets->item(row);
    m_details->setText(tr("%1 — %n input(s)", nullptr, int(set.inputIds.size())).arg(set.id));
    m_name->setText(set.name);
    m_description->setPlainText(set.description);
    m_inputs->addItems(set.inputIds);
}

void InputSetsTab::startNew()
{
    if (!m_service || m_appId.isEmpty())
        return;
    // The form offers the app's managed inputs and its instances (for a window of their runs).
    struct Choices
    {
        QList<Api::ManagedInput> inputs;
        QList<Api::Instance> instances;
        int pending = 2;
    };
    auto choices = std::make_shared<Choices>();
    const QString appId = m_appId;
    auto openWhenBoth = [this, choices, appId] {
        if (--choices->pending > 0 || appId != m_appId)
            return;
        auto *dialog = new NewInputSetDialog(choices->inputs, choices->instances, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { create(dialog->request()); });
        dialog->open();
    };
    m_service->listInputs(m_appId, this, [this, choices, openWhenBoth](const auto &inputs) {
        if (inputs)
            choices->inputs = inputs.value();
        else
            showError(inputs.error());
        openWhenBoth();
    });
    m_service->listInstances(m_appId, this, [this, choices, openWhenBoth](const auto &instances) {
        if (instances)
            choices->instances = instances.value();
        else
            showError(instances.error());
        openWhenBoth();
    });
}

void InputSetsTab::create(const Api::InputSetRequest &request)
{
    m_service->createInputSet(m_appId, request, this,
                              [this](const Api::Result<Api::InputSet> &made) {
                                  if (!made) {
                                      showError(made.error());
                                      return;
                                  }
                                  reloadAndSelect(made->id);
                                  Q_EMIT inputSetCreated(made->id);
                              });
}

void InputSetsTab::createFromRuns(const QStringList &runIds, const QString &name)
{
    Api::InputSetRequest request;
    request.name = name;
    request.runIds = runIds;
    create(request);
}

void InputSetsTab::createFromInputs(const QStringList &inputIds, const QString &name)
{
    Api::InputSetRequest request;
    request.name = name;
    request.managedInputIds = inputIds;
    create(request);
}

void InputSetsTab::createFromFolder(const QString &folder)
{
    if (!m_service || m_appId.isEmpty())
        return;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        showError(Api::Error::validation(tr("%1 has no JSON files.").arg(folder)));
        return;
    }
    // Upload every file, remember each new input's ID by position, then make the set.
    struct Batch
    {
        QStringList ids;
        int pending = 0;
        bool failed = false;
    };
    auto batch = std::make_shared<Batch>();
    batch->ids.resize(files.size());
    batch->pending = int(files.size());
    const QString setName = QFileInfo(folder).fileName();
    for (int i = 0; i < files.size(); ++i) {
        Api::ManagedInput input;
        input.name = files.at(i).completeBaseName();
        Api::Transfer *transfer = m_service->uploadInput(m_appId, input, files.at(i).filePath());
        connect(transfer, &Api::Transfer::finished, this, [this, transfer, batch, i, setName] {
            if (transfer->state() == Api::Transfer::State::Succeeded)
                batch->ids[i] = transfer->result();
            else if (!batch->failed) {
                batch->failed = true;
                showError(transfer->error());
            }
            if (--batch->pending == 0 && !batch->failed)
                createFromInputs(batch->ids, setName);
        });
        startTransfer(transfer);
    }
}

void InputSetsTab::save()
{
    const int row = m_sets->rowOf(currentId());
    if (row < 0 || !m_service)
        return;
    Api::InputSet set = m_sets->item(row);
    set.name = m_name->text().trimmed();
    set.description = m_description->toPlainText().trimmed();
    m_service->updateInputSet(set, this, [this](const Api::Result<Api::InputSet> &saved) {
        if (!saved) {
            showError(saved.error());
            return;
        }
        setDirty(false);
        m_sets->reload();
    });
}

void InputSetsTab::removeCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_service)
        return;
    askThenDelete(tr("input set %1").arg(id),
                  tr("Its inputs and runs are kept; only the set goes."), [this, id] {
                      m_service->deleteInputSet(m_appId, id, this,
                                                [this](const Api::Result<bool> &deleted) {
                                                    if (!deleted)
                                                        showError(deleted.error());
                                                    else
                                                        m_sets->reload();
                                                });
                  });
}

void InputSetsTab::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void InputSetsTab::dropEvent(QDropEvent *event)
{
    const QString folder = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    createFromFolder(folder);
}

} // namespace Ui
