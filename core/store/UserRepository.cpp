#include "core/store/UserRepository.h"

#include "core/Clock.h"
#include "core/store/PasswordHash.h"
#include "core/store/ServerRoles.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::UserRepository)
};

const QString selectUser = QStringLiteral("SELECT id, login, display_name, role FROM users ");

User fromRow(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::Rep);
    return u;
}

Result<User> single(const QSqlDatabase& db, const QString& where, const QVariant& value, const QString& what,
                    const QString& missing)
{
    auto q = sql::run(db, selectUser + where, {value}, what);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, missing);
    return fromRow(*q);
}

} // namespace

Result<User> UserRepository::byId(qint64 id)
{
    return single(m_db.connection(), QStringLiteral("WHERE id = ?"), id, Tr::tr("reading a user"),
                  Tr::tr("There is no user with id %1.").arg(id));
}

Result<User> UserRepository::byLogin(const QString& login)
{
    return single(m_db.connection(), QStringLiteral("WHERE login = ?"), login, Tr::tr("reading a user"),
                  Tr::tr("There is no user with login %1.").arg(login));
}

Result<QList<User>> UserRepository::all()
{
    auto q = sql::run(m_db.connection(), selectUser + QStringLiteral("ORDER BY display_name, id"),
                      Tr::tr("listing users"));
    if (!q)
        return std::unexpected(q.error());
    QList<User> users;
    while (q->next())
        users << fromRow(*q);
    return users;
}

Result<User> UserRepository::create(const User& user, const QDateTime& createdAt)
{
    const QString login = user.login.trimmed();
    if (login.isEmpty())
        return invalid(QStringLiteral("login"), Tr::tr("A user needs a login."));
    if (login.size() > 100)
        return invalid(QStringLiteral("login"), Tr::tr("A login may be at most 100 characters long."));
    const QString name = user.displayName.trimmed().isEmpty() ? login : user.displayName.trimmed();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto q = sql::run(
        db,
        QStringLiteral(
            "INSERT INTO users (login, display_name, role, created_at) VALUES (?, ?, ?, ?) RETURNING id"),
        {login, name, keyOf(user.role), sql::toStored(createdAt.isValid() ? createdAt : Clock::now())},
        Tr::tr("adding user %1").arg(login));
    if (!q)
        return std::unexpected(q.error());
    User created = user;
    created.id = sql::returnedId(*q);
    created.login = login;
    created.displayName = name;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return created;
}

Result<User> UserRepository::setRole(const User& actor, qint64 userId, Role role)
{
    if (!allows(actor.role, Permission::ManageUsers))
        return fail(Error::Code::InvalidInput,
                    Tr::tr("%1 (%2) may not change roles.").arg(actor.displayName, labelOf(actor.role)));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto target = byId(userId);
    if (!target)
        return std::unexpected(target.error());
    if (target->role == Role::Admin && role != Role::Admin) {
        auto admins = sql::scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin'"), {},
                                  Tr::tr("counting administrators"), 0);
        if (!admins)
            return std::unexpected(admins.error());
        if (admins->toLongLong() <= 1)
            return invalid(QStringLiteral("role"),
                           Tr::tr("%1 is the only administrator; make someone else one first.")
                               .arg(target->displayName));
    }
    auto q = sql::run(db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {keyOf(role), userId},
                      Tr::tr("changing the role of %1").arg(target->displayName));
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    target->role = role;
    return *target;
}

Result<User> UserRepository::assignRole(const User& actor, qint64 userId, Role role)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto changed = setRole(actor, userId, role);
    if (!changed)
        return changed;
    if (sql::isPostgres(db)) {
        if (auto ok = ServerRoles::grant(db, changed->login, role); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return changed;
}

Result<User> UserRepository::ensure(const QString& login, const QString& displayName)
{
    if (auto existing = byLogin(login.trimmed()); existing || existing.error().code != Error::Code::NotFound)
        return existing;
    // The count and the insert in one write transaction: two desks starting
    // a new store at once must not both become its administrator.
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    if (auto existing = byLogin(login.trimmed()); existing || existing.error().code != Error::Code::NotFound)
        return existing;
    auto count =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM users"), {}, Tr::tr("counting users"), 0);
    if (!count)
        return std::unexpected(count.error());
    User u;
    u.login = login;
    u.displayName = displayName;
    u.role = count->toLongLong() == 0 ? Role::Admin : Role::Rep;
    auto created = create(u);
    if (!created)
        return created;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return created;
}

Status UserRepository::setPassword(const User& actor, qint64 userId, const QString& password)
{
    if (actor.id != userId && !allows(actor.role, Permission::ManageUsers))
        return fail(
            Error::Code::InvalidInput,
            Tr::tr("%1 (%2) may set only their own password.").arg(actor.displayName, labelOf(actor.role)));
    // Hashed before the transaction: Argon2id takes a good part of a second
    // on purpose, and no other desk should wait for it.
    auto encoded = PasswordHash::hash(password);
    if (!encoded)
        return std::unexpected(encoded.error());
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto target = byId(userId);
    if (!target)
        return std::unexpected(target.error());
    auto q = sql::run(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                      {*encoded, userId}, Tr::tr("setting the password of %1").arg(target->displayName));
    if (!q)
        return std::unexpected(q.error());
    return tx.commit();
}

Result<User> UserRepository::authenticate(const QString& login, const QString& password)
{
    auto user = byLogin(login.trimmed());
    if (!user)
        return user;
    auto stored =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"),
                    {user->id}, Tr::tr("reading the password of %1").arg(user->login), QVariant());
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->isNull() || stored->toString().isEmpty())
        return fail(Error::Code::InvalidInput,
                    Tr::tr("%1 has no Redress password, so the desk cannot be handed to them; they set one "
                           "with redress-cli users passwd.")
                        .arg(user->displayName));
    if (!PasswordHash::verify(stored->toString(), password))
        return invalid(QStringLiteral("password"),
                       Tr::tr("That is not %1's password.").arg(user->displayName));
    return user;
}

Result<bool> UserRepository::hasPassword(qint64 userId)
{
    auto stored =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"),
                    {userId}, Tr::tr("reading a user"), QVariant());
    if (!stored)
        return std::unexpected(stored.error());
    return !stored->isNull() && !stored->toString().isEmpty();
}

} // namespace redress::core
