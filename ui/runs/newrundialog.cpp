// Starts a new run: instance, options, name, description and input.
#include "newrundialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

// Marks the run-on choices that are ensemble definitions rather than instances.
constexpr int EnsembleRole = Qt::UserRole + 1;

} // namespace

NewRunDialog::NewRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_instance(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_options(new QTableWidget(0, 2, this))
    , m_inputTabs(new QTabWidget(this))
    , m_file(new QLineEdit(this))
    , m_paste(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Run"));
    setAcceptDrops(true);
    m_instance->setObjectName(QStringLiteral("instance"));
    m_name->setObjectName(QStringLiteral("runName"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Run"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewRunDialog::reject);

    m_options->setHorizontalHeaderLabels({tr("Option"), tr("Value")});
    m_options->horizontalHeader()->setStretchLastSection(true);
    m_options->verticalHeader()->hide();
    auto *addOptionButton = new QPushButton(tr("Add Option"), this);
    auto *removeOptionButton = new QPushButton(tr("Remove Option"), this);
    connect(addOptionButton, &QPushButton::clicked, this, [this] {
        addOption({}, {});
        m_options->editItem(m_options->item(m_options->rowCount() - 1, 0));
    });
    connect(removeOptionButton, &QPushButton::clicked, this, [this] {
        if (m_options->currentRow() >= 0)
            m_options->removeRow(m_options->currentRow());
    });
    auto *optionButtons = new QHBoxLayout;
    optionButtons->addWidget(addOptionButton);
    optionButtons->addWidget(removeOptionButton);
    optionButtons->addStretch(1);

    auto *filePage = new QWidget(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose Input"), m_file->text(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            setInputFile(path);
    });
    m_file->setPlaceholderText(tr("Drop a JSON file here, or browse"));
    auto *fileLayout = new QHBoxLayout(filePage);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);
    m_paste->setPlaceholderText(tr("Paste the input JSON here"));
    m_paste->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_inputTabs->addTab(filePage, tr("File"));
    m_inputTabs->addTab(m_paste, tr("Paste"));

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Run on:"), m_instance);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Options:"), this));
    layout->addWidget(m_options, 1);
    layout->addLayout(optionButtons);
    layout->addWidget(new QLabel(tr("Input:"), this));
    layout->addWidget(m_inputTabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void NewRunDialog::setInstances(const QList<Api::Instance> &instances, const QString &preferred)
{
    m_instance->clear();
    for (const Api::Instance &instance : instances) {
        m_instance->addItem(instance.name == instance.id
                                ? instance.id
                                : tr("%1 (%2)").arg(instance.name, instance.id),
                            instance.id);
    }
    m_instance->addItem(tr("latest (the pushed dev binary)"), QStringLiteral("latest"));
    const int index = m_instance->findData(preferred);
    m_instance->setCurrentIndex(index >= 0 ? index : 0);
}

void NewRunDialog::setEnsembles(const QList<Api::EnsembleDefinition> &definitions,
                                const QString &preferred)
{
    for (int i = m_instance->count() - 1; i >= 0; --i) {
        if (m_instance->itemData(i, EnsembleRole).toBool())
            m_instance->removeItem(i);
    }
    for (const Api::EnsembleDefinition &definition : definitions) {
        m_instance->addItem(
            tr("Ensemble: %1 (%2)")
                .arg(definition.name.isEmpty() ? definition.id : definition.name, definition.id),
            definition.id);
        m_instance->setItemData(m_instance->count() - 1, true, EnsembleRole);
    }
    if (preferred.isEmpty())
        return;
    for (int i = 0; i < m_instance->count(); ++i) {
        if (m_instance->itemData(i, EnsembleRole).toBool() &&
            m_instance->itemData(i).toString() == preferred)
            m_instance->setCurrentIndex(i);
    }
}

void NewRunDialog::setInputFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_inputTabs->setCurrentIndex(0);
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(path).completeBaseName());
}

void NewRunDialog::setPastedInput(const QString &text)
{
    m_paste->setPlainText(text);
    m_inputTabs->setCurrentIndex(1);
}

void NewRunDialog::setManagedInput(const QString &inputId, const QString &name)
{
    m_managedInputId = inputId;
    while (m_inputTabs->count() > 0)
        m_inputTabs->removeTab(0);
    auto *label = new QLabel(tr("Managed input %1 (%2), as the server keeps it.")
                                 .arg(name.isEmpty() ? inputId : name, inputId),
                             m_inputTabs);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_inputTabs->addTab(label, tr("Managed Input"));
    setAcceptDrops(false);
    if (m_name->text().isEmpty())
        m_name->setText(name.isEmpty() ? inputId : name);
}

void NewRunDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void NewRunDialog::addOption(const QString &name, const QString &value)
{
    const int row = m_options->rowCount();
    m_options->insertRow(row);
    m_options->setItem(row, 0, new QTableWidgetItem(name));
    m_options->setItem(row, 1, new QTableWidgetItem(value));
}

QString NewRunDialog::instanceId() const
{
    return m_instance->currentData(EnsembleRole).toBool() ? QString()
                                                          : m_instance->currentData().toString();
}

QString NewRunDialog::ensembleDefinitionId() const
{
    return m_instance->currentData(EnsembleRole).toBool() ? m_instance->currentData().toString()
                                                          : QString();
}

Api::RunInputSource NewRunDialog::input() const
{
    if (m_inputTabs->currentIndex() == 0)
        return {QDir::fromNativeSeparators(m_file->text().trimmed()), {}};
    return {{}, m_paste->toPlainText().toUtf8()};
}

Api::RunRequest NewRunDialog::request() const
{
    Api::RunRequest request;
    request.name = m_name->text().trimmed();
    request.description = m_description->text().trimmed();
    request.ensembleDefinitionId = ensembleDefinitionId();
    request.inputId = m_managedInputId;
    for (int row = 0; row < m_options->rowCount(); ++row) {
        const QString name =
            m_options->item(row, 0) ? m_options->item(row, 0)->text().trimmed() : QString();
        const QString value = m_options->item(row, 1) ? m_options->item(row, 1)->text() : QString();
        if (!name.isEmpty())
            request.options.insert(name, value);
    }
    return request;
}

QString NewRunDialog::validationError() const
{
    if (instanceId().isEmpty() && ensembleDefinitionId().isEmpty())
        return tr("Choose an instance or an ensemble to run.");
    QStringList seen;
    for (int row = 0; row < m_options->rowCount(); ++row) {
        const QString name =
            m_options->item(row, 0) ? m_options->item(row, 0)->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        if (name.contains(QLatin1Char(' ')))
            return tr("Option names cannot contain spaces: '%1'.").arg(name);
        if (seen.contains(name))
            return tr("The option '%1' is given twice.").arg(name);
        seen.append(name);
    }
    if (!m_managedInputId.isEmpty())
        return {};
    const Api::RunInputSource source = input();
    if (m_inputTabs->currentIndex() == 0) {
        if (source.filePath.isEmpty())
            return tr("Choose an input file, or paste the input.");
        const QFileInfo info(source.filePath);
        if (!info.isFile() || !info.isReadable())
            return tr("%1 cannot be read.").arg(m_file->text());
        if (info.size() == 0)
            return tr("%1 is empty.").arg(info.fileName());
        return {}; // large files are checked on a worker thread when sent
    }
    if (source.content.trimmed().isEmpty())
        return tr("Paste the input, or choose a file.");
    QJsonParseError error{};
    QJsonDocument::fromJson(source.content, &error);
    if (error.error != QJsonParseError::NoError)
        return tr("The pasted input is not valid JSON: %1 at byte %2.")
            .arg(error.errorString())
            .arg(error.offset);
    return {};
}

void NewRunDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void NewRunDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void NewRunDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        setInputFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace Ui
