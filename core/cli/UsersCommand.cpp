#include "core/cli/CliCommands.h"

#include "core/store/Identity.h"
#include "core/store/ServerRoles.h"
#include "core/store/Transaction.h"
#include "core/store/UserRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::Users)
};

const QString list = QStringLiteral("list");
const QString add = QStringLiteral("add");
const QString setRole = QStringLiteral("set-role");
const QString passwd = QStringLiteral("passwd");

QString roleKeys()
{
    QStringList keys;
    for (Role r : allRoles())
        keys << keyOf(r);
    return keys.join(QLatin1Char('|'));
}

QString line(const User& u)
{
    return QStringLiteral("%1 %2 %3\n").arg(u.login, keyOf(u.role), u.displayName);
}

bool onServer(const Database& db)
{
    return db.backend() == Database::Backend::PostgreSQL;
}

/// The acting user when they may manage users; else the exit code.
std::expected<User, int> administrator(const Database& db, QTextStream& err, const QString& what)
{
    auto actor = Identity::resolve(db);
    if (!actor)
        return std::unexpected(reportError(err, actor.error()));
    if (!allows(actor->role, Permission::ManageUsers))
        return std::unexpected(reportError(
            err, Error::make(Error::Code::InvalidInput, Tr::tr("%1 (%2) may not %3; an administrator may.")
                                                            .arg(actor->login, labelOf(actor->role), what))));
    return *actor;
}

int runList(const Database& db, QTextStream& out, QTextStream& err)
{
    auto users = UserRepository(db).all();
    if (!users)
        return reportError(err, users.error());
    std::sort(users->begin(), users->end(), [](const User& a, const User& b) { return a.login < b.login; });
    for (const User& u : *users)
        out << line(u);
    return Ok;
}

int runAdd(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
           QTextStream* in)
{
    const QString login = parser.positionalArguments().at(2).trimmed();
    const bool server = onServer(db);
    if (server && parser.isSet(QStringLiteral("password-stdin")))
        return usageError(err, Tr::tr("on a team's server the server checks passwords; add %1 without "
                                      "--password-stdin.")
                                   .arg(login));
    std::optional<QString> password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        password = readPasswordLine(in);
        if (password->isEmpty())
            return usageError(err, Tr::tr("--password-stdin found no password on standard input."));
    }
    auto actor = administrator(db, err, Tr::tr("add users"));
    if (!actor)
        return actor.error();
    if (server) {
        auto known = Identity::isServerLogin(db, login);
        if (!known)
            return reportError(err, known.error());
        if (!*known)
            return reportError(err, Error::make(Error::Code::NotFound,
                                                Tr::tr("%1 is not a login on this server; its administrator "
                                                       "creates it first (CREATE ROLE %1 LOGIN).")
                                                    .arg(login)));
    }
    User user;
    user.login = login;
    user.displayName = parser.value(QStringLiteral("name"));
    user.role = *roleFromKey(parser.value(QStringLiteral("role")));
    // The row, the password and the server's role together, or none of them.
    Transaction tx(db.connection());
    if (auto ok = tx.begun(); !ok)
        return reportError(err, ok.error());
    UserRepository users(db);
    auto created = users.create(user);
    if (!created)
        return reportError(err, created.error());
    if (password) {
        if (auto ok = users.setPassword(*actor, created->id, *password); !ok)
            return reportError(err, ok.error());
    }
    if (server) {
        if (auto ok = ServerRoles::grant(db.connection(), created->login, created->role); !ok)
            return reportError(err, ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return reportError(err, ok.error());
    out << line(*created);
    return Ok;
}

int runSetRole(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QStringList args = parser.positionalArguments();
    auto actor = administrator(db, err, Tr::tr("change roles"));
    if (!actor)
        return actor.error();
    UserRepository users(db);
    auto target = users.byLogin(args.at(2).trimmed());
    if (!target)
        return reportError(err, target.error());
    auto changed = users.assignRole(*actor, target->id, *roleFromKey(args.at(3)));
    if (!changed)
        return reportError(err, changed.error());
    out << line(*changed);
    return Ok;
}

int runPasswd(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
              QTextStream* in)
{
    if (onServer(db))
        return usageError(err, Tr::tr("on a team's server the server checks passwords; change yours there "
                                      "(psql's \\password)."));
    const QString password = readPasswordLine(in);
    if (password.isEmpty())
        return usageError(err, Tr::tr("--password-stdin found no password on standard input."));
    auto actor = Identity::resolve(db);
    if (!actor)
        return reportError(err, actor.error());
    const QStringList args = parser.positionalArguments();
    UserRepository users(db);
    auto target = args.size() > 2 ? users.byLogin(args.at(2).trimmed()) : Result<User>(*actor);
    if (!target)
        return reportError(err, target.error());
    if (auto ok = users.setPassword(*actor, target->id, password); !ok)
        return reportError(err, ok.error());
    out << "password set: " << target->login << '\n';
    return Ok;
}

} // namespace

std::optional<QString> checkUsersOptions(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(1);
    const auto takes = [&](const QStringList& allowed) -> std::optional<QString> {
        for (const QString& option : parser.optionNames()) {
            if (option != QLatin1String("db") && !allowed.contains(option))
                return Tr::tr("users %1 takes no option --%2.").arg(sub, option);
        }
        return std::nullopt;
    };
    if (sub == list) {
        if (args.size() > 2)
            return Tr::tr("users list takes no argument '%1'.").arg(args.at(2));
        return takes({});
    }
    if (sub == add) {
        if (args.size() != 3)
            return Tr::tr("users add takes one LOGIN.");
        if (!roleFromKey(parser.value(QStringLiteral("role"))))
            return Tr::tr("users add needs --role %1.").arg(roleKeys());
        return takes({QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("password-stdin")});
    }
    if (sub == setRole) {
        if (args.size() != 4)
            return Tr::tr("users set-role takes LOGIN ROLE.");
        if (!roleFromKey(args.at(3)))
            return Tr::tr("'%1' is not a role; the roles are %2.").arg(args.at(3), roleKeys());
        return takes({});
    }
    if (sub == passwd) {
        if (args.size() > 3)
            return Tr::tr("users passwd takes at most one LOGIN.");
        if (!parser.isSet(QStringLiteral("password-stdin")))
            return Tr::tr("users passwd reads the new password with --password-stdin.");
        return takes({QStringLiteral("password-stdin")});
    }
    return Tr::tr("users needs list, add, set-role or passwd.");
}

int runUsers(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
             QTextStream* in)
{
    const QString sub = parser.positionalArguments().at(1);
    if (sub == list)
        return runList(db, out, err);
    if (sub == add)
        return runAdd(db, parser, out, err, in);
    if (sub == setRole)
        return runSetRole(db, parser, out, err);
    return runPasswd(db, parser, out, err, in);
}

} // namespace redress::core::cli
