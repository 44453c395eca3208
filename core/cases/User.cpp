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
    case Role::Admin: return QCoreApplication::translate(ctx, "Administrator");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : {Role::Rep, Role::Lead, Role::Executive, Role::Admin}) {
        if (keyOf(r) == key)
            return r;
    }
    return std::nullopt;
}

} // namespace redress::core
