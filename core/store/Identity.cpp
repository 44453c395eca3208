#include "core/store/Identity.h"

#include "core/store/Sql.h"
#include "core/store/UserRepository.h"

#include <QCoreApplication>

#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace redress::core::Identity {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Identity)
};

bool onServer(const Database& db)
{
    return db.backend() == Database::Backend::PostgreSQL;
}

Result<User> notAllowed(const QString& message)
{
    Error e = Error::make(Error::Code::InvalidInput, message);
    e.field = requestField;
    return std::unexpected(std::move(e));
}

} // namespace

QString osLogin()
{
    // getpwuid_r with a buffer of its own: the account database may be
    // LDAP's or another NSS module's, whose entries can be long.
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? std::size_t(size) : std::size_t(16384));
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    // An account without a name (a container's bare uid): still one person.
    return QStringLiteral("uid%1").arg(geteuid());
}

Result<QString> selfLogin(const Database& db)
{
    if (!onServer(db))
        return osLogin();
    auto login = sql::scalar(db.connection(), QStringLiteral("SELECT session_user"), {},
                             Tr::tr("asking the server who is logged in"), QString());
    if (!login)
        return std::unexpected(login.error());
    return login->toString();
}

Result<bool> ownsStore(const Database& db)
{
    if (!onServer(db))
        return false;
    // The cases table stands for the store: its owner can rewrite them all.
    auto owns = sql::scalar(
        db.connection(),
        QStringLiteral(
            "SELECT r.rolsuper OR coalesce(pg_has_role(session_user, c.relowner, 'MEMBER'), false) "
            "FROM pg_roles r LEFT JOIN pg_class c ON c.oid = to_regclass('cases') "
            "WHERE r.rolname = session_user"),
        {}, Tr::tr("asking the server whether this login owns the store"), false);
    if (!owns)
        return std::unexpected(owns.error());
    return owns->toBool();
}

Result<bool> isServerLogin(const Database& db, const QString& login)
{
    if (!onServer(db))
        return false;
    auto found = sql::scalar(
        db.connection(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"),
        {login}, Tr::tr("looking up the server login %1").arg(login), 0);
    if (!found)
        return std::unexpected(found.error());
    return found->toLongLong() > 0;
}

Result<User> resolve(const Database& db, const QString& requested, const std::optional<QString>& password)
{
    auto self = selfLogin(db);
    if (!self)
        return std::unexpected(self.error());
    const QString login = requested.trimmed().isEmpty() ? *self : requested.trimmed();
    UserRepository users(db);
    if (!onServer(db)) {
        if (login == *self)
            return users.ensure(login);
        if (!password)
            return notAllowed(Tr::tr("acting as %1 on this desk's store needs %1's Redress password; this "
                                     "desk's account is %2.")
                                  .arg(login, *self));
        return users.authenticate(login, *password);
    }
    auto owner = ownsStore(db);
    if (!owner)
        return std::unexpected(owner.error());
    if (login != *self && !*owner)
        return notAllowed(Tr::tr("on a team's server you act as the login you connected with (%1), not as "
                                 "%2.")
                              .arg(*self, login));
    auto user = users.byLogin(login);
    if (user || user.error().code != Error::Code::NotFound)
        return user;
    // The store's owner set it up and is its first administrator; anyone
    // else is added by an administrator, which the server then knows of.
    if (*owner && login == *self)
        return users.ensure(login);
    return fail(Error::Code::NotFound,
                Tr::tr("%1 is not a Redress user of this store; ask an admin to add you with `redress-cli "
                       "users add %1`.")
                    .arg(login));
}

} // namespace redress::core::Identity
