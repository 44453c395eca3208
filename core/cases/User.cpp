#include "core/cases/User.h"

#include <QCoreApplication>

#include <optional>

namespace redress::core {

QString keyOf(Role r)
{
    switch (r) {
    case Role::Rep: return QStringLiteral("rep");
    case Role::Lead: return QStringLiteral("lead");
    case Role::Executive: return QStringLiteral("executive");
    case Role::Quality: return QStringLiteral("quality");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

QString labelOf(Role r)
{
    const char* ctx = "redress::core::User";
    switch (r) {
    case Role::Rep: return QCoreApplication::translate(ctx, "Rep");
    case Role::Lead: return QCoreApplication::translate(ctx, "Team lead");
    case Role::Executive: return QCoreApplication::translate(ctx, "Service executive");
    case Role::Quality: return QCoreApplication::translate(ctx, "Quality");
    case Role::Admin: return QCoreApplication::translate(ctx, "Administrator");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Rep, Role::Lead, Role::Executive, Role::Quality, Role::Admin};
}

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ApproveGestures:
    case Permission::EditCatalogue:
    case Permission::EditPriorities:
    case Permission::EditSla:
        return role == Role::Lead || role == Role::Executive || role == Role::Admin;
    case Permission::EditTaxonomy:
        return role == Role::Lead || role == Role::Executive || role == Role::Quality || role == Role::Admin;
    case Permission::ManageUsers: return role == Role::Admin;
    }
    return false;
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : allRoles()) {
        if (keyOf(r) == key)
            return r;
    }
    return std::nullopt;
}

} // namespace redress::core
