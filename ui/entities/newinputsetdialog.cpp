// The new-input-set form; checks what it can before anything is sent.
#include "newinputsetdialog.h"

#include "api/wire/createbody.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ui {

NewInputSetDialog::NewInputSetDialog(const QList<Api::ManagedInput> &inputs,
                                     const QList<Api::Instance> &instances, QWidget *parent)
    : QDialog(parent)
    , m_id(new QLineEdit(Api::newEntityId(QStringLiteral("input-set")), this))
    , m_name(new QLineEdit(this))
    , m_sources(new QTabWidget(this))
    , m_inputs(new QListWidget(this))
    , m_instance(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_maximumRuns(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New Input Set"));
    m_name->setPlaceholderText(tr("The ID when empty"));

    m_inputs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const Api::ManagedInput &input : inputs) {
        auto *item = new QListWidgetItem(
            input.name == input.id ? input.id : tr("%1 (%2)").arg(input.name, input.id), m_inputs);
        item->setData(Qt::UserRole, input.id);
    }
    m_sources->addTab(m_inputs, tr("Managed Inputs"));

    // The runs an instance made between two times, as the API's input-set create takes them.
    for (const Api::Instance &instance : instances)
        m_instance->addItem(instance.name.isEmpty() || instance.name == instance.id
                                ? instance.id
                                : tr("%1 (%2)").arg(instance.name, instance.id),
                            instance.id);
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_start->setDateTime(now.addDays(-7));
    m_end->setDateTime(now);
    m_maximumRuns->setRange(1, 1000);
    m_maximumRuns->setValue(20);
    auto *window = new QWidget(this);
    auto *windowForm = new QFormLayout(window);
    windowForm->addRow(tr("&Instance:"), m_instance);
    windowForm->addRow(tr("&From:"), m_start);
    windowForm->addRow(tr("&To:"), m_end);
    windowForm->addRow(tr("&At most:"), m_maximumRuns);
    m_maximumRuns->setSuffix(tr(" runs"));
    m_sources->addTab(window, tr("Runs of an Instance"));

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("I&D:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sources, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void NewInputSetDialog::setSource(Source source)
{
    m_sources->setCurrentIndex(source);
}

void NewInputSetDialog::selectInputs(const QStringList &ids)
{
    for (int row = 0; row < m_inputs->count(); ++row) {
        QListWidgetItem *item = m_inputs->item(row);
        item->setSelected(ids.contains(item->data(Qt::UserRole).toString()));
    }
}

void NewInputSetDialog::setInstanceWindow(const QString &instanceId, const QDateTime &start,
                                          const QDateTime &end, int maximumRuns)
{
    m_instance->setCurrentIndex(m_instance->findData(instanceId));
    m_start->setDateTime(start);
    m_end->setDateTime(end);
    m_maximumRuns->setValue(maximumRuns);
}

Api::InputSetRequest NewInputSetDialog::request() const
{
    Api::InputSetRequest request;
    request.id = m_id->text().trimmed();
    request.name = m_name->text().trimmed();
    if (m_sources->currentIndex() == ManagedInputs) {
        for (const QListWidgetItem *item : m_inputs->selectedItems())
            request.managedInputIds.append(item->data(Qt::UserRole).toString());
    } else {
        request.instanceId = m_instance->currentData().toString();
        request.startTime = m_start->dateTime().toUTC();
        request.endTime = m_end->dateTime().toUTC();
        request.maximumRuns = m_maximumRuns->value();
    }
    return request;
}

QString NewInputSetDialog::validationError() const
{
    if (m_id->text().trimmed().isEmpty())
        return tr("Give the input set an ID.");
    if (m_sources->currentIndex() == ManagedInputs) {
        if (m_inputs->selectedItems().isEmpty())
            return tr("Select at least one input.");
        return {};
    }
    if (m_instance->currentIndex() < 0)
        return tr("Choose the instance whose runs to use.");
    if (m_start->dateTime() >= m_end->dateTime())
        return tr("The window must end after it starts.");
    return {};
}

void NewInputSetDialog::accept()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace Ui
