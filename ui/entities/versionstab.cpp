// The Versions tab.
#include "versionstab.h"

#include "ui/widgets/confirmation.h"

#include "api/client/nextmvservice.h"
#include "api/client/transfer.h"
#include "api/wire/appmanifest.h"
#include "api/wire/createbody.h"
#include "models/entitylistmodel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

VersionsTab::VersionsTab(QWidget *parent)
    : EntityTab(new Models::VersionListModel(Models::versionColumns()), parent)
    , m_versions(static_cast<Models::VersionListModel *>(m_model))
    , m_id(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_dates(new QLabel(this))
    , m_executable(new QLabel(this))
    , m_requirements(new QPlainTextEdit(this))
    , m_compare(new QPushButton(tr("Compare Selected"), this))
{
    setAcceptDrops(true);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_executable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requirements->setReadOnly(true);
    m_requirements->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *nameError = new QLabel(this);
    auto *descriptionError = new QLabel(this);
    registerField(QStringLiteral("name"), nameError);
    registerField(QStringLiteral("description"), descriptionError);
    auto *form = new QFormLayout;
    form->addRow(tr("ID:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), descriptionError);
    form->addRow(tr("Dates:"), m_dates);
    form->addRow(tr("Code:"), m_executable);
    form->addRow(tr("Requirements:"), m_requirements);
    formLayout()->addLayout(form);
    formLayout()->addWidget(m_compare);
    connect(m_name, &QLineEdit::textEdited, this, [this] { setDirty(!currentId().isEmpty()); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_description->hasFocus())
            setDirty(!currentId().isEmpty());
    });
    connect(m_compare, &QPushButton::clicked, this, &VersionsTab::compareSelected);
    showItem({});
}

void VersionsTab::load(Api::NextmvService &service, const QString &appId)
{
    m_versions->setLoader([&service, appId](QObject *context, auto done) {
        return service.listVersions(appId, context, done);
    });
}

void VersionsTab::showItem(const QString &id)
{
    const int row = m_versions->rowOf(id);
    const bool found = row >= 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_description})
        w->setEnabled(found);
    if (!found) {
        m_id->setText(tr("Select a version, or make a new one from the pushed code."));
        m_name->clear();
        m_description->clear();
        m_dates->clear();
        m_executable->clear();
        m_requirements->clear();
        return;
    }
    const Api::Version &v = m_versions->item(row);
    m_id->setText(v.id);
    m_name->setText(v.name);
    m_description->setPlainText(v.description);
    m_dates->setText(tr("created %1, updated %2").arg(when(v.createdAt), when(v.updatedAt)));
    m_executable->setText(tr("%1 (%2), pushed %3 by %4")
                              .arg(v.executable.id, v.executable.executableType(),
                                   when(v.executable.uploadedAt), v.executable.userEmail));
    m_requirements->setPlainText(QString::fromUtf8(
        QJsonDocument(v.executable.requirements).toJson(QJsonDocument::Indented)));
}

void VersionsTab::save()
{
    const int row = m_versions->rowOf(currentId());
    if (row < 0 || !m_service)
        return;
    Api::Version version = m_versions->item(row);
    version.name = m_name->text().trimmed();
    version.description = m_description->toPlainText().trimmed();
    if (version.name.isEmpty()) {
        showError(Api::Error::validation(tr("A version needs a name ('name').")));
        return;
    }
    m_service->updateVersion(version, this, [this](const Api::Result<Api::Version> &saved) {
        if (!saved) {
            showError(saved.error());
            return;
        }
        setDirty(false);
        m_versions->reload();
    });
}

void VersionsTab::removeCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_service)
        return;
    askThenDelete(tr("version %1").arg(id),
                  tr("Instances that use this version can no longer start runs until they "
                     "point at another version."),
                  [this, id] {
                      m_service->deleteVersion(m_appId, id, this,
                                               [this](const Api::Result<bool> &deleted) {
                                                   if (!deleted) {
                                                       showError(deleted.error());
                                                       return;
                                                   }
                                                   m_versions->reload();
                                               });
                  });
}

void VersionsTab::startNew()
{
    openNewDialog({});
}

void VersionsTab::openNewDialog(const QString &pushPath)
{
    if (!m_service || m_appId.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Version"));
    // An ID made up the way Nextmv's SDK does, shown so it can be changed before it is final.
    auto *id = new QLineEdit(Api::newEntityId(QStringLiteral("version")), dialog);
    id->setPlaceholderText(tr("leave empty for a generated ID"));
    auto *name = new QLineEdit(dialog);
    auto *description = new QLineEdit(dialog);
    auto *path = new QLineEdit(pushPath, dialog);
    path->setPlaceholderText(tr("optional: an app folder or an executable to push first"));
    auto *pickFile = new QPushButton(tr("Executable…"), dialog);
    auto *pickFolder = new QPushButton(tr("Folder…"), dialog);
    connect(pickFile, &QPushButton::clicked, dialog, [dialog, path] {
        const QString file = QFileDialog::getOpenFileName(dialog, tr("Choose the App Executable"));
        if (!file.isEmpty())
            path->setText(file);
    });
    connect(pickFolder, &QPushButton::clicked, dialog, [dialog, path] {
        const QString folder =
            QFileDialog::getExistingDirectory(dialog, tr("Choose the App Folder"));
        if (!folder.isEmpty())
            path->setText(folder);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(path, 1);
    pathRow->addWidget(pickFile);
    pathRow->addWidget(pickFolder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Version"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&ID:"), id);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Description:"), description);
    form->addRow(tr("&Push first:"), pathRow);
    form->addRow(buttons);
    connect(dialog, &QDialog::accepted, this, [this, id, name, description, path] {
        createVersion(id->text().trimmed(), name->text().trimmed(), description->text().trimmed(),
                      path->text().trimmed());
    });
    dialog->open();
}

void VersionsTab::createVersion(const QString &id, const QString &name, const QString &description,
                                const QString &pushPath)
{
    Api::Version version;
    version.id = id;
    version.name = name;
    version.description = description;
    const QString appId = m_appId;
    auto create = [this, version, appId] {
        m_service->createVersion(appId, version, this,
                                 [this](const Api::Result<Api::Version> &made) {
                                     if (!made) {
                                         showError(made.error());
                                         return;
                                     }
                                     reloadAndSelect(made->id);
                                     Q_EMIT versionCreated(made->id);
                                 });
    };
    if (pushPath.isEmpty()) {
        create();
        return;
    }
    auto push = [this, appId, pushPath, create] {
        Api::Transfer *transfer = m_service->pushApp(appId, pushPath);
        connect(transfer, &Api::Transfer::finished, this, [this, transfer, create] {
            if (transfer->state() == Api::Transfer::State::Succeeded)
                create();
            else if (transfer->state() == Api::Transfer::State::Failed)
                showError(transfer->error());
        });
        startTransfer(transfer);
    };
    // A push runs the manifest's build and pre-push commands here, as Nextmv's tooling does:
    // the user sees them before anything runs. (An unreadable manifest fails the push itself.)
    QStringList commands;
    if (QFileInfo(pushPath).isDir()) {
        const auto manifest = Api::AppManifest::readFolder(pushPath);
        if (manifest && manifest.value()) {
            for (const QString &command :
                 {manifest.value()->buildCommand, manifest.value()->prePush})
                if (!command.trimmed().isEmpty())
                    commands.append(command.trimmed());
        }
    }
    if (commands.isEmpty()) {
        push();
        return;
    }
    askThen(this,
            {.title = tr("Run Build Commands"),
             .text = tr("Pushing %1 runs its manifest's commands on this computer first:")
                         .arg(QDir::toNativeSeparators(pushPath)),
             .yesText = tr("Run and Push"),
             .noText = tr("Cancel"),
             .informativeText = commands.join(QLatin1Char('\n'))},
            push);
}

void VersionsTab::compareSelected()
{
    QStringList ids;
    for (const QModelIndex &index : table()->selectionModel()->selectedRows())
        ids.append(index.data(Models::EntityListModelBase::IdRole).toString());
    if (ids.size() != 2) {
        showError(Api::Error::validation(tr("Select exactly two versions to compare.")));
        return;
    }
    const Api::Version &a = m_versions->item(m_versions->rowOf(ids.at(0)));
    const Api::Version &b = m_versions->item(m_versions->rowOf(ids.at(1)));
    const QList<std::pair<QString, std::function<QString(const Api::Version &)>>> fields{
        {tr("Name"),
         [](const Api::Version &v) {
             return v.name;
         }},
        {tr("Description"),
         [](const Api::Version &v) {
             return v.description;
         }},
        {tr("Created"),
         [](const Api::Version &v) {
             return when(v.createdAt);
         }},
        {tr("Executable"),
         [](const Api::Version &v) {
             return v.executable.id;
         }},
        {tr("Type"),
         [](const Api::Version &v) {
             return v.executable.executableType();
         }},
        {tr("Pushed"),
         [](const Api::Version &v) {
             return when(v.executable.uploadedAt);
         }},
        {tr("Requirements"),
         [](const Api::Version &v) {
             return QString::fromUtf8(
                 QJsonDocument(v.executable.requirements).toJson(QJsonDocument::Indented));
         }},
    };
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("versionComparison"));
    dialog->setWindowTitle(tr("Compare %1 and %2").arg(a.id, b.id));
    auto *grid = new QTableWidget(int(fields.size()), 2, dialog);
    grid->setHorizontalHeaderLabels({a.id, b.id});
    grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < fields.size(); ++row) {
        grid->setVerticalHeaderItem(row, new QTableWidgetItem(fields.at(row).first));
        const QString left = fields.at(row).second(a);
        const QString right = fields.at(row).second(b);
        for (int column = 0; column < 2; ++column) {
            auto *item = new QTableWidgetItem(column == 0 ? left : right);
            if (left != right) { // differences stand out
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            grid->setItem(row, column, item);
        }
    }
    grid->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(grid);
    layout->addWidget(buttons);
    dialog->open();
}

void VersionsTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void VersionsTab::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    QMetaObject::invokeMethod(
        this, [this, path] { openNewDialog(path); }, Qt::QueuedConnection);
}

} // namespace Ui
