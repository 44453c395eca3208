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

private:
    Database m_db;
};

} // namespace redress::core
