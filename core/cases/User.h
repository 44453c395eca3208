#pragma once

#include <QString>

#include <optional>

namespace redress::core {

enum class Role { Rep, Lead, Executive, Admin };

QString keyOf(Role r);
QString labelOf(Role r);
std::optional<Role> roleFromKey(const QString& key);

/// Someone who works cases. `login` is the operating-system login unless
/// told otherwise; it is what the timeline records as "who".
struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Rep;
};

} // namespace redress::core
