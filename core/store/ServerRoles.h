#pragma once

#include "core/Error.h"
#include "core/cases/User.h"

#include <QSqlDatabase>
#include <QStringList>

namespace redress::core {

/// What the server itself enforces on a team's store, whatever client
/// connects: psql with a rep's password can do no more than that rep can in
/// Redress.
///
/// Each Redress role is a group role on the server (`redress_rep` …
/// `redress_admin`, shared by the stores of one cluster). A desk's login is
/// a member of one; the groups have table rights only for what their role
/// does, and row-level security on the privileged tables asks this store's
/// own `users` table for the login's role, so a lead of one store is a rep
/// in another. Authors (`actor_id`, `requested_by`, `decided_by` …) are set
/// from `session_user` by triggers, and a gesture's cost and decision are
/// checked against the discretion limits there.
///
/// The store's owner (the login that set it up and owns its tables) and
/// superusers are trusted: they can rewrite every table anyway.
class ServerRoles
{
public:
    /// The server group of a Redress role: `redress_` and its key.
    static QString groupOf(Role role);

    /// The statements of the schema step that installs the above on a
    /// server store (nothing on SQLite).
    static QStringList migration();
    /// The same for the conversation's tables (schema v16): every desk
    /// fetches, queues and sends; only an admin sets the mailbox up or
    /// removes an attachment (erasure).
    static QStringList mailMigration();
    /// Version 17's rights: links and surveys for every desk, saved views
    /// each user's own (or shared), team settings for those who may set the
    /// catalogue.
    static QStringList caseLinksMigration();

    /// Makes `login` a member of `role`'s group and of no other Redress
    /// group; the server checks that the connected login is an admin of this
    /// store. On SQLite there is nothing to do.
    static Status grant(const QSqlDatabase& db, const QString& login, Role role);
};

} // namespace redress::core
