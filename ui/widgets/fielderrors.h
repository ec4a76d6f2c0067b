// Shows a refused request's reason next to the field it names: servers (ours and most APIs) say
// "field 'version_id' …", so the message goes under that field's label, else under the form.
#pragma once

#include "api/wire/result.h"

#include <QHash>

class QLabel;

namespace Ui {

class FieldErrors final
{
public:
    // Errors that name no registered field go to `general`; every label is styled and hidden.
    explicit FieldErrors(QLabel *general);

    // Errors naming this wire field ("termination_events.maximum_runs") go to `label`.
    void registerField(const QString &wireName, QLabel *label);
    void show(const Api::Error &error);
    // A check made here before sending: shown under the field by its wire name.
    void showAt(const QString &wireName, const QString &message);
    void clear();
    // Every shown message, one per line (for tests and tool tips).
    QString text() const;
    QLabel *general() const { return m_general; }

private:
    QLabel *m_general;
    QHash<QString, QLabel *> m_fields;
};

} // namespace Ui
