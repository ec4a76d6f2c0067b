// Field-level error messages of a form.
#include "fielderrors.h"

#include "statuscolors.h"

#include <QLabel>
#include <QRegularExpression>

namespace Ui {

FieldErrors::FieldErrors(QLabel *general)
    : m_general(general)
{
    StatusColors::makeErrorLabel(m_general);
}

void FieldErrors::registerField(const QString &wireName, QLabel *label)
{
    StatusColors::makeErrorLabel(label);
    m_fields.insert(wireName, label);
}

void FieldErrors::clear()
{
    m_general->hide();
    m_general->clear();
    for (QLabel *label : std::as_const(m_fields)) {
        label->hide();
        label->clear();
    }
}

void FieldErrors::showAt(const QString &wireName, const QString &message)
{
    QLabel *label = m_fields.value(wireName, m_general);
    label->setText(message);
    label->show();
}

void FieldErrors::show(const Api::Error &error)
{
    static const QRegularExpression fieldPattern(QStringLiteral("'([a-z_.\\[\\]]+)'"));
    const QString text = error.detail.isEmpty() ? error.message : error.detail;
    auto it = fieldPattern.globalMatch(text);
    while (it.hasNext()) {
        if (QLabel *label = m_fields.value(it.next().captured(1))) {
            label->setText(text);
            label->show();
            return;
        }
    }
    m_general->setText(error.fullText());
    m_general->show();
}

QString FieldErrors::text() const
{
    QStringList texts;
    if (!m_general->isHidden())
        texts.append(m_general->text());
    for (QLabel *label : m_fields) {
        if (!label->text().isEmpty())
            texts.append(label->text());
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace Ui
