// The Inputs tab.
#include "inputstab.h"

#include "ui/json/jsonviewer.h"

#include "api/client/nextmvservice.h"
#include "api/client/transfer.h"
#include "models/entitylistmodel.h"
#include "models/runs/runlistmodel.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Ui {

namespace {
// Above this the preview would hold too much in memory; Save As streams instead.
constexpr qint64 previewLimit = 50LL * 1024 * 1024;
} // namespace

InputsTab::InputsTab(QWidget *parent)
    : EntityTab(new Models::InputListModel(Models::inputColumns()), parent)
    , m_inputs(static_cast<Models::InputListModel *>(m_model))
    , m_details(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_content(new JsonViewer(this))
    , m_run(new QPushButton(tr("Run…"), this))
{
    setAcceptDrops(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setMaximumBlockCount(200);
    auto *nameError = new QLabel(this);
    registerField(QStringLiteral("name"), nameError);
    auto *fromRun = new QPushButton(tr("From Run…"), this);
    connect(fromRun, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString runId =
            QInputDialog::getText(this, tr("Input from a Run"), tr("Run ID whose input to keep:"),
                                  QLineEdit::Normal, {}, &ok);
        if (ok && !runId.trimmed().isEmpty())
            addFromRun(runId.trimmed());
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Input:"), m_details);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("&Description:"), m_description);
    formLayout()->addLayout(form);
    formLayout()->addWidget(m_content, 1);
    m_run->setToolTip(tr("Start a run that reads this input"));
    m_run->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, [this] {
        const int row = m_inputs->rowOf(currentId());
        if (row >= 0)
            Q_EMIT runRequested(currentId(), m_inputs->item(row).name);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(fromRun);
    buttons->addStretch(1);
    formLayout()->addLayout(buttons);
    connect(m_name, &QLineEdit::textEdited, this, [this] { setDirty(!currentId().isEmpty()); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_description->hasFocus())
            setDirty(!currentId().isEmpty());
    });
    // Saving a preview streams the whole content to disk, whatever its size.
    connect(m_content, &JsonViewer::saveRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Input"),
                                                          currentId() + QStringLiteral(".json"));
        if (path.isEmpty())
            return;
        // Written on a worker thread: previews can be tens of megabytes.
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (!watcher->result().isEmpty())
                showError(Api::Error::io(watcher->result()));
        });
        watcher->setFuture(QtConcurrent::run([path, bytes = m_content->content()] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit())
                return tr("Cannot write %1: %2").arg(path, file.errorString());
            return QString();
        }));
    });
    showItem({});
}

void InputsTab::load(Api::NextmvService &service, const QString &appId)
{
    m_inputs->setLoader([&service, appId](QObject *context, auto done) {
        return service.listInputs(appId, context, done);
    });
}

void InputsTab::showItem(const QString &id)
{
    const int row = m_inputs->rowOf(id);
    m_name->setEnabled(row >= 0);
    m_description->setEnabled(row >= 0);
    m_run->setEnabled(row >= 0);
    if (row < 0) {
        m_details->setText(tr("Select an input, or drop JSON files here to add them."));
        m_name->clear();
        m_description->clear();
        m_content->setMessage({});
        return;
    }
    const Api::ManagedInput &input = m_inputs->item(row);
    m_details->setText(
        tr("%1 — %2, %3%4")
            .arg(input.id, input.format.input,
                 input.size >= 0 ? Models::RunListModel::sizeText(input.size) : tr("size unknown"),
                 input.runId.isEmpty() ? QString() : tr(", from run %1").arg(input.runId)));
    m_name->setText(input.name);
    m_description->setPlainText(input.description);
    if (input.size > previewLimit) {
        m_content->setMessage(
            tr("Too large to preview (%1).").arg(Models::RunListModel::sizeText(input.size)));
        return;
    }
    auto show = [this, id](const Api::Result<QByteArray> &bytes) {
        if (id != currentId())
            return;
        if (bytes)
            m_content->setContent(bytes.value());
        else
            m_content->setMessage(bytes.error().message);
    };
    if (m_service->supports(Api::ServerFeature::InputContent)) {
        m_content->setLoading(tr("Loading…"));
        m_service->inputContent(m_appId, id, this, show);
    } else if (!input.runId.isEmpty()) {
        // Nextmv's API serves a managed input's content only as the input of its run.
        m_content->setLoading(tr("Loading the input of run %1…").arg(input.runId));
        m_service->runInput(m_appId, input.runId, this, show);
    } else {
        m_content->setMessage(tr("This server does not show the content of an uploaded input; "
                                 "runs and experiments use it as usual."));
    }
}

void InputsTab::startNew()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Inputs"), {}, tr("JSON files (*.json);;All files (*)"));
    addFiles(paths);
}

QList<Api::Transfer *> InputsTab::addFiles(const QStringList &paths)
{
    QList<Api::Transfer *> started;
    if (!m_service || m_appId.isEmpty())
        return started;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile())
            continue;
        Api::ManagedInput input;
        input.name = info.completeBaseName();
        if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            input.format.input = QStringLiteral("text");
        Api::Transfer *transfer = m_service->uploadInput(m_appId, input, path);
        connect(transfer, &Api::Transfer::finished, this, [this, transfer] {
            if (transfer->state() == Api::Transfer::State::Succeeded)
                m_inputs->reload();
            else if (transfer->state() == Api::Transfer::State::Failed)
                showError(transfer->error());
        });
        startTransfer(transfer);
        started.append(transfer);
    }
    return started;
}

void InputsTab::addFromRun(const QString &runId)
{
    Api::ManagedInput input;
    input.runId = runId;
    input.name = tr("Input of %1").arg(runId);
    m_service->createInput(m_appId, input, this,
                           [this](const Api::Result<Api::ManagedInput> &made) {
                               if (!made) {
                                   showError(made.error());
                                   return;
                               }
                               reloadAndSelect(made->id);
                           });
}

void InputsTab::save()
{
    const int row = m_inputs->rowOf(currentId());
    if (row < 0 || !m_service)
        return;
    Api::ManagedInput input = m_inputs->item(row);
    input.name = m_name->text().trimmed();
    input.description = m_description->toPlainText().trimmed();
    m_service->updateInput(input, this, [this](const Api::Result<Api::ManagedInput> &saved) {
        if (!saved) {
            showError(saved.error());
            return;
        }
        setDirty(false);
        m_inputs->reload();
    });
}

void InputsTab::removeCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_service)
        return;
    askThenDelete(tr("input %1").arg(id),
                  tr("Input sets that list it keep their copy of its details; runs made from "
                     "it are kept."),
                  [this, id] {
                      m_service->deleteInput(m_appId, id, this,
                                             [this](const Api::Result<bool> &deleted) {
                                                 if (!deleted)
                                                     showError(deleted.error());
                                                 else
                                                     m_inputs->reload();
                                             });
                  });
}

void InputsTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void InputsTab::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace Ui
