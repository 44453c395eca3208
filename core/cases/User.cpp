#include "core/cases/User.h"

#include <QCoreApplication>

#include <optional>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::User)
};

} // namespace

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
    switch (r) {
    case Role::Rep: return Tr::tr("Rep");
    case Role::Lead: return Tr::tr("Team lead");
    case Role::Executive: return Tr::tr("Service executive");
    case Role::Quality: return Tr::tr("Quality");
    case Role::Admin: return Tr::tr("Administrator");
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
    case Permission::EditSla: return role == Role::Lead || role == Role::Executive || role == Role::Admin;
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
