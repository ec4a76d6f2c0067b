// The console's status colours.
#include "statuscolors.h"

#include <QLabel>

namespace Ui::StatusColors {

void makeErrorLabel(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: %1").arg(bad().name()));
    label->setWordWrap(true);
    label->hide();
}

} // namespace Ui::StatusColors
