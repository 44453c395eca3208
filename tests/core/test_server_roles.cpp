// What the server enforces on a team's store whatever client connects:
// each attack a rep's login could make through a raw connection (psql),
// refused or rewritten by the server; and Redress itself working through
// logins that are not the owner. Run only in the postgresql: pass.
#include "core/store/AuditChain.h"
#include "core/store/CaseRepository.h"
#include "core/store/Database.h"
#include "core/store/Erasure.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/ServerRoles.h"
#include "core/store/MailRepository.h"
#include "core/mail/MailPasses.h"
#include "core/store/UserRepository.h"

#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace redress::core;
using namespace redress::test;

namespace {

const QString password = QStringLiteral("desk-secret-1");

/// A login of the test server, a Redress user of `store` with `role`,
/// member of that role's group; dropped with everything it owns at the end.
class ServerLogin
{
public:
    ServerLogin(const TempStore& store, Role role, const QString& stem = QStringLiteral("desk"))
        : m_store(store)
    {
        static QAtomicInteger<int> made;
        m_login = QStringLiteral("rd_%1_%2_%3")
                      .arg(stem)
                      .arg(QCoreApplication::applicationPid())
                      .arg(made.fetchAndAddRelaxed(1));
        const QSqlDatabase owner = store.db().connection();
        exec(owner, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_login, password));
        user = makeUser(store.db(), m_login, QStringLiteral("Desk %1").arg(m_login), role);
        auto granted = ServerRoles::grant(owner, m_login, role);
        INFO(describe(granted));
        REQUIRE(granted.has_value());
    }
    ~ServerLogin()
    {
        for (const QString& name : m_connections)
            QSqlDatabase::removeDatabase(name);
        const QSqlDatabase owner = m_store.db().connection();
        QSqlQuery q(owner);
        q.exec(QStringLiteral("DROP OWNED BY %1").arg(m_login));
        q.exec(QStringLiteral("DROP ROLE %1").arg(m_login));
    }
    ServerLogin(const ServerLogin&) = delete;
    ServerLogin& operator=(const ServerLogin&) = delete;

    /// The store's address as this login.
    QString address() const
    {
        QUrl url(m_store.path());
        url.setUserName(m_login);
        url.setPassword(password);
        return url.toString();
    }

    /// A raw connection as this login, in the store's schema: what psql gives.
    QSqlDatabase raw()
    {
        const QUrl url(m_store.path());
        const QString name = m_login + QStringLiteral("-raw-%1").arg(m_connections.size());
        m_connections << name;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(m_login);
        db.setPassword(password);
        REQUIRE(db.open());
        const QString schema =
            scalar(m_store.db().connection(), QStringLiteral("SELECT current_schema()")).toString();
        exec(db, QStringLiteral("SET search_path = %1, public").arg(schema));
        return db;
    }

    QString login() const { return m_login; }
    User user;

private:
    const TempStore& m_store;
    QString m_login;
    QStringList m_connections;
};

/// Runs `statement`; true when the server refused it.
bool refused(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(statement);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return !q.exec();
}

qint64 anyGestureType(const Database& db)
{
    return scalar(db.connection(), QStringLiteral("SELECT min(id) FROM gesture_types WHERE active = 1"))
        .toLongLong();
}

} // namespace

TEST_CASE("A rep's login can change nothing privileged through a raw connection",
          "[.][postgresql-only][server][trust]")
{
    REQUIRE(onPostgres());
    TempStore store;
    const User admin =
        makeUser(store.db(), QStringLiteral("owner-admin"), QStringLiteral("Ada Admin"), Role::Admin);
    const Case c = *CaseRepository(store.db(), admin.id).create(CaseBuilder().build());
    auto given = RecoveryRepository(store.db(), admin).giveGesture(c.id, anyGestureType(store.db()), 1500);
    REQUIRE(given.has_value());

    ServerLogin rep(store, Role::Rep, QStringLiteral("rep"));
    QSqlDatabase db = rep.raw();

    SECTION("roles and users")
    {
        CHECK(refused(db, QStringLiteral("UPDATE users SET role = 'admin' WHERE login = ?"), {rep.login()}));
        CHECK(refused(db, QStringLiteral("INSERT INTO users (login, display_name, role, created_at) "
                                         "VALUES ('mallory', 'M', 'admin', 0)")));
        CHECK(refused(db, QStringLiteral("SELECT redress_grant_role(?, 'admin')"), {rep.login()}));
        CHECK(scalar(store.db().connection(), QStringLiteral("SELECT role FROM users WHERE login = ?"),
                     {rep.login()})
                  .toString() == QStringLiteral("rep"));
        CHECK(scalar(store.db().connection(), QStringLiteral("SELECT count(*) FROM users")).toInt() == 2);
    }
    SECTION("the catalogue, the limits and the schema")
    {
        CHECK(refused(db, QStringLiteral("UPDATE gesture_types SET default_cost_cents = 500000")));
        CHECK(refused(db, QStringLiteral("UPDATE discretion_limits SET limit_cents = 99999999")));
        CHECK(refused(db, QStringLiteral("DELETE FROM root_causes")));
        CHECK(refused(db, QStringLiteral("UPDATE sla_policies SET resolve_minutes = 1")));
        CHECK(refused(db, QStringLiteral("UPDATE redress_schema SET version = 1")));
        CHECK(refused(db, QStringLiteral("ALTER TABLE case_events DISABLE TRIGGER USER")));
    }
    SECTION("a granted gesture's cost and a pending one's decision")
    {
        CHECK(
            refused(db, QStringLiteral("UPDATE gestures SET cost_cents = 500000 WHERE id = ?"), {given->id}));
        CHECK(scalar(store.db().connection(), QStringLiteral("SELECT cost_cents FROM gestures WHERE id = ?"),
                     {given->id})
                  .toLongLong() == 1500);
        // Over the rep's discretion as "granted", and decided by the rep.
        CHECK(refused(db,
                      QStringLiteral("INSERT INTO gestures (case_id, gesture_type_id, cost_cents, status, "
                                     "requested_at) VALUES (?, ?, 900000, 'granted', 0)"),
                      {c.id, anyGestureType(store.db())}));
        CHECK(refused(db,
                      QStringLiteral("INSERT INTO gestures (case_id, gesture_type_id, cost_cents, status, "
                                     "requested_at) VALUES (?, ?, 900000, 'approved', 0)"),
                      {c.id, anyGestureType(store.db())}));
        REQUIRE_FALSE(
            refused(db,
                    QStringLiteral("INSERT INTO gestures (case_id, gesture_type_id, cost_cents, status, "
                                   "requested_at, requested_by) VALUES (?, ?, 900000, 'pending', 0, ?)"),
                    {c.id, anyGestureType(store.db()), admin.id}));
        const qint64 pending =
            scalar(store.db().connection(), QStringLiteral("SELECT max(id) FROM gestures")).toLongLong();
        CHECK(scalar(store.db().connection(),
                     QStringLiteral("SELECT requested_by FROM gestures WHERE id = ?"), {pending})
                  .toLongLong() == rep.user.id);
        CHECK(refused(db, QStringLiteral("UPDATE gestures SET status = 'approved' WHERE id = ?"), {pending}));
        CHECK(scalar(store.db().connection(), QStringLiteral("SELECT status FROM gestures WHERE id = ?"),
                     {pending})
                  .toString() == QStringLiteral("pending"));
    }
    SECTION("the timeline: no rewrite, no deletion, no borrowed author")
    {
        CHECK(refused(db, QStringLiteral("UPDATE case_events SET note = 'rewritten'")));
        CHECK(refused(db, QStringLiteral("DELETE FROM case_events")));
        REQUIRE_FALSE(refused(db,
                              QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, kind, note) "
                                             "VALUES (?, 0, ?, 'note', 'signed as the admin')"),
                              {c.id, admin.id}));
        CHECK(scalar(store.db().connection(),
                     QStringLiteral("SELECT actor_id FROM case_events WHERE note = 'signed as the admin'"))
                  .toLongLong() == rep.user.id);
    }
    SECTION("other people's drafts")
    {
        exec(store.db().connection(),
             QStringLiteral("INSERT INTO drafts (user_login, kind, payload, updated_at) "
                            "VALUES ('owner-admin', 'intake', 'the admin''s notes', 0)"));
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM drafts")).toInt() == 0);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DELETE FROM drafts")));
        CHECK(count(store.db().connection(), QStringLiteral("drafts")) == 1);
    }
}

TEST_CASE("A lead of one store is a rep in another: the store's own users table decides",
          "[.][postgresql-only][server][trust]")
{
    REQUIRE(onPostgres());
    TempStore store;
    makeUser(store.db(), QStringLiteral("owner-admin"), QStringLiteral("Ada Admin"), Role::Admin);
    ServerLogin rep(store, Role::Rep, QStringLiteral("two"));
    // Lead rights on the server, from some other store of the cluster.
    exec(store.db().connection(), QStringLiteral("GRANT redress_lead TO %1").arg(rep.login()));
    QSqlDatabase db = rep.raw();
    const qint64 before =
        scalar(store.db().connection(), QStringLiteral("SELECT sum(default_cost_cents) FROM gesture_types"))
            .toLongLong();
    QSqlQuery q(db);
    // Row-level security hides every row from the update rather than failing it.
    q.exec(QStringLiteral("UPDATE gesture_types SET default_cost_cents = 500000"));
    CHECK(scalar(store.db().connection(), QStringLiteral("SELECT sum(default_cost_cents) FROM gesture_types"))
              .toLongLong() == before);
    CHECK(refused(db, QStringLiteral("INSERT INTO gesture_types (name, kind, default_cost_cents) "
                                     "VALUES ('Gold bar', 'other', 500000)")));
}

TEST_CASE("Redress works through desks' own logins, and the server names the authors",
          "[.][postgresql-only][server][trust]")
{
    REQUIRE(onPostgres());
    TempStore store;
    makeUser(store.db(), QStringLiteral("owner-admin"), QStringLiteral("Ada Admin"), Role::Admin);
    ServerLogin rep(store, Role::Rep, QStringLiteral("work"));
    ServerLogin lead(store, Role::Lead, QStringLiteral("lead"));
    ServerLogin admin(store, Role::Admin, QStringLiteral("adm"));

    auto repStore = Database::open(rep.address());
    INFO(describe(repStore));
    REQUIRE(repStore.has_value());
    auto made = CaseRepository(*repStore, rep.user.id).create(CaseBuilder().build());
    INFO(describe(made));
    REQUIRE(made.has_value());
    REQUIRE(
        CaseRepository(*repStore, rep.user.id).addNote(made->id, QStringLiteral("Called back")).has_value());
    const qint64 type = anyGestureType(*repStore);
    const qint64 limit = *RecoveryRepository(*repStore, rep.user).limitFor(Role::Rep);
    auto within = RecoveryRepository(*repStore, rep.user).giveGesture(made->id, type, limit);
    INFO(describe(within));
    REQUIRE(within.has_value());
    CHECK(within->status == Gesture::Status::Granted);
    auto over = RecoveryRepository(*repStore, rep.user).giveGesture(made->id, type, limit + 5000);
    REQUIRE(over.has_value());
    CHECK(over->status == Gesture::Status::Pending);
    // A rep's claim to be the lead is refused by the server as well.
    User claimed = lead.user;
    CHECK_FALSE(
        RecoveryRepository(*repStore, claimed).decide(over->id, true, QStringLiteral("ok")).has_value());

    auto leadStore = Database::open(lead.address());
    REQUIRE(leadStore.has_value());
    auto decided = RecoveryRepository(*leadStore, lead.user).decide(over->id, true, QStringLiteral("Fair"));
    INFO(describe(decided));
    REQUIRE(decided.has_value());
    CHECK(scalar(store.db().connection(), QStringLiteral("SELECT decided_by FROM gestures WHERE id = ?"),
                 {over->id})
              .toLongLong() == lead.user.id);
    CHECK(scalar(store.db().connection(),
                 QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = ? AND actor_id <> ?"),
                 {made->id, rep.user.id})
              .toInt() == 1); // the lead's approval; everything else is the rep's

    // An admin's desk gives roles, on the server too.
    auto adminStore = Database::open(admin.address());
    REQUIRE(adminStore.has_value());
    REQUIRE(UserRepository(*adminStore).setRole(admin.user, rep.user.id, Role::Lead).has_value());
    auto regranted = ServerRoles::grant(adminStore->connection(), rep.login(), Role::Lead);
    INFO(describe(regranted));
    REQUIRE(regranted.has_value());
    CHECK(scalar(store.db().connection(), QStringLiteral("SELECT pg_has_role(?, 'redress_lead', 'MEMBER')"),
                 {rep.login()})
              .toBool());
    CHECK_FALSE(scalar(store.db().connection(),
                       QStringLiteral("SELECT pg_has_role(?, 'redress_rep', 'MEMBER')"), {rep.login()})
                    .toBool());
    // A lead's desk may not.
    CHECK_FALSE(ServerRoles::grant(leadStore->connection(), rep.login(), Role::Admin).has_value());

    // The chain the desks sealed is whole.
    auto verified = AuditChain::verify(store.db().connection());
    INFO(describe(verified));
    REQUIRE(verified.has_value());
    CHECK_FALSE(verified->broken.has_value());
    repStore->closeAll();
    leadStore->closeAll();
    adminStore->closeAll();
}

TEST_CASE("Erasure through an admin's login works on the server, and a rep's login cannot forge one",
          "[.][postgresql-only][server][trust]")
{
    REQUIRE(onPostgres());
    TempStore store;
    makeUser(store.db(), QStringLiteral("owner-admin"), QStringLiteral("Ada Admin"), Role::Admin);
    ServerLogin rep(store, Role::Rep, QStringLiteral("era"));
    ServerLogin admin(store, Role::Admin, QStringLiteral("erb"));
    const Case c = *CaseRepository(store.db(), rep.user.id).create(CaseBuilder().build());
    const qint64 customer =
        scalar(store.db().connection(), QStringLiteral("SELECT customer_id FROM cases WHERE id = ?"), {c.id})
            .toLongLong();

    QSqlDatabase raw = rep.raw();
    CHECK(refused(raw,
                  QStringLiteral("INSERT INTO erasures (customer_id, erased_at, erased_by, cases, events) "
                                 "VALUES (?, 0, ?, 1, 1)"),
                  {customer, admin.user.id}));
    CHECK(refused(raw, QStringLiteral("UPDATE case_events SET note = '[erased]' WHERE case_id = ?"), {c.id}));

    auto repStore = Database::open(rep.address());
    REQUIRE(repStore.has_value());
    CHECK_FALSE(Erasure::eraseCustomer(*repStore, customer, admin.user).has_value());
    repStore->closeAll();

    auto adminStore = Database::open(admin.address());
    REQUIRE(adminStore.has_value());
    auto erased = Erasure::eraseCustomer(*adminStore, customer, admin.user);
    INFO(describe(erased));
    REQUIRE(erased.has_value());
    CHECK(scalar(store.db().connection(), QStringLiteral("SELECT erased_by FROM erasures")).toLongLong() ==
          admin.user.id);
    auto verified = AuditChain::verify(store.db().connection());
    REQUIRE(verified.has_value());
    CHECK_FALSE(verified->broken.has_value());
    adminStore->closeAll();
}

TEST_CASE("On a server a rep's login files and sends mail, but cannot rewrite a message",
          "[.][postgresql-only][server][trust][mail]")
{
    REQUIRE(onPostgres());
    TempStore store;
    const User admin =
        makeUser(store.db(), QStringLiteral("owner-admin"), QStringLiteral("Ada Admin"), Role::Admin);
    auto account = MailAccount::from(QStringLiteral("imap://support@127.0.0.1:1143/INBOX"),
                                     QStringLiteral("smtp://support@127.0.0.1:1025"),
                                     QStringLiteral("support@redress.test"), false, true);
    REQUIRE(account.has_value());
    REQUIRE(MailRepository(store.db(), admin.id).saveAccount(*account).has_value());
    ServerLogin rep(store, Role::Rep, QStringLiteral("mail"));
    auto repStore = Database::open(rep.address());
    REQUIRE(repStore.has_value());

    // Through Redress, as the rep's own login: a message in, an answer queued.
    FetchReport report;
    auto taken = MailIntake(*repStore, rep.user.id)
                     .take(QByteArrayLiteral("From: Kim <kim@example.org>\r\nSubject: Late\r\nMessage-ID: "
                                             "<late@example.org>\r\nDate: Mon, 7 Dec 2026 09:00:00 +0000\r\n\r\n"
                                             "Three weeks late.\r\n"),
                           report);
    INFO(describe(taken));
    REQUIRE(taken.has_value());
    CHECK(report.newCases == 1);
    auto queued = MailRepository(*repStore, rep.user.id).queueReply(1, QStringLiteral("Sorry, Kim."));
    INFO(describe(queued));
    REQUIRE(queued.has_value());

    QSqlDatabase db = rep.raw();
    CHECK(refused(db, QStringLiteral("UPDATE mail_messages SET body = 'Two weeks late.' WHERE direction = 'in'")));
    CHECK(refused(db, QStringLiteral("UPDATE mail_messages SET raw = NULL WHERE direction = 'in'")));
    CHECK(refused(db, QStringLiteral("UPDATE mail_messages SET raw_sha256 = 'x' WHERE direction = 'out'")));
    CHECK(refused(db, QStringLiteral("DELETE FROM mail_messages")));
    CHECK(refused(db, QStringLiteral("DELETE FROM mail_attachments")));
    CHECK(refused(db, QStringLiteral("UPDATE mail_account SET smtp = 'smtp://evil@example.org'")));
    // Moving a message's state is a desk's work.
    CHECK_FALSE(refused(db, QStringLiteral("UPDATE mail_messages SET attempts = attempts WHERE direction = 'out'")));
    CHECK(scalar(store.db().connection(), QStringLiteral("SELECT body FROM mail_messages WHERE direction = 'in'"))
              .toString()
              .contains(QStringLiteral("Three weeks")));
}
