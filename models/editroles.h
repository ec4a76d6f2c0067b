// Roles editable models share with the console's delegates: the values a cell may take, so
// one combo-box delegate can edit any such column.
#pragma once

#include <Qt>

namespace Models::EditRoles {

enum Role {
    ChoicesRole = Qt::UserRole + 100, // QStringList the cell offers
    ChoicesOnlyRole, // bool: true when nothing but a choice is allowed
};

} // namespace Models::EditRoles
