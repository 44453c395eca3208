#pragma once

#include "core/Error.h"
#include "core/cases/User.h"
#include "core/store/Database.h"

#include <QString>

#include <optional>

namespace redress::core::Identity {

/// Who is acting on a store, decided in this one place for the app's start,
/// File › Switch user and every command of redress-cli that acts.
///
/// On a desk's file it is the operating-system account the process runs as
/// (never `$USER`, which anyone can set); acting as someone else takes that
/// person's Redress password. On a team's server it is the server login
/// (`session_user`), which the server authenticated; only a login that could
/// rewrite the tables anyway (a superuser or the tables' owner) may name
/// someone else.

/// The operating-system account of this process, from getpwuid(geteuid()).
QString osLogin();

/// The login the store knows this process by: the operating-system account
/// on a file, the server login on a server.
Result<QString> selfLogin(const Database& db);

/// On a server: whether the login is a superuser or owns (or is a member of
/// the role owning) the store's tables. Always false on a file.
Result<bool> ownsStore(const Database& db);

/// On a server: whether `login` is a role the server lets log in, the only
/// kind a Redress user there can be. Always false on a file.
Result<bool> isServerLogin(const Database& db, const QString& login);

/// The field of an InvalidInput error when the request itself is not
/// allowed here (naming someone else on a server, or on a file without a
/// password): a usage error to a command line.
inline const QString requestField = QStringLiteral("user");

/// The acting user. `requested` empty or the process's own login: oneself —
/// on a file registered on first sight (the first user of a new store is its
/// administrator); on a server the login must have a Redress user, which an
/// administrator adds (the store's owner is registered like on a file).
/// Someone else: on a file `password` must be theirs; on a server only the
/// store's owner or a superuser may.
Result<User> resolve(const Database& db, const QString& requested = {},
                     const std::optional<QString>& password = std::nullopt);

} // namespace redress::core::Identity
