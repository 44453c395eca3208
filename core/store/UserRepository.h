#pragma once

#include "core/Error.h"
#include "core/cases/User.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QList>

namespace redress::core {

class UserRepository
{
public:
    explicit UserRepository(Database db) : m_db(std::move(db)) {}

    /// The user with this login, registered on first sight. The first user a
    /// store ever sees becomes its administrator; everyone after is a rep
    /// until someone with the right says otherwise.
    Result<User> ensure(const QString& login, const QString& displayName = {});
    Result<User> byId(qint64 id);
    Result<User> byLogin(const QString& login);
    Result<QList<User>> all();
    /// `createdAt` invalid: now.
    Result<User> create(const User& user, const QDateTime& createdAt = {});
    /// Gives `userId` a new role; only an admin may, and the last admin
    /// cannot be demoted (someone must be able to manage users).
    Result<User> setRole(const User& actor, qint64 userId, Role role);
    /// setRole(), and on a team's server the login's server role to match
    /// (ServerRoles::grant), in one transaction: what an administrator does
    /// from `users set-role` or the users dialog.
    Result<User> assignRole(const User& actor, qint64 userId, Role role);

    /// Sets `userId`'s desk password, stored only as its Argon2id hash; the
    /// user themself or an administrator may.
    Status setPassword(const User& actor, qint64 userId, const QString& password);
    /// The user with `login` when `password` is theirs. A wrong password and
    /// a user without one are both refused: nobody can be switched to who
    /// has not set a password.
    Result<User> authenticate(const QString& login, const QString& password);
    Result<bool> hasPassword(qint64 userId);

private:
    Database m_db;
};

} // namespace redress::core
