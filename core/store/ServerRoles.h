#pragma once

#include "core/Error.h"
#include "core/cases/User.h"

#include <QSqlDatabase>
#include <QString>

namespace redress::core::ServerRoles {

/// On a team's server: gives `login` the server group role of `role`, so
/// what the server lets it do follows its Redress role. Called by
/// `users add` and `users set-role` after the users row is written.
Status grant(const QSqlDatabase& db, const QString& login, Role role);

} // namespace redress::core::ServerRoles
