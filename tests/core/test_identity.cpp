#include "core/store/Identity.h"
#include "core/store/PasswordHash.h"
#include "core/store/Sql.h"
#include "core/store/UserRepository.h"
#include "support/CliRun.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

using namespace redress;
using namespace redress::core;
using redress::test::cli;

namespace {

/// Sets an environment variable for one scope.
struct EnvOverride
{
    EnvOverride(const char* name, const QByteArray& value)
        : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~EnvOverride()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    const char* m_name;
    QByteArray m_old;
    bool m_had;
};

QString accountName()
{
    const passwd* pw = getpwuid(geteuid());
    REQUIRE(pw != nullptr);
    return QString::fromLocal8Bit(pw->pw_name);
}

/// Every byte of the store's files, to prove a word is not in any of them.
QByteArray storeBytes(const test::TempStore& store)
{
    QByteArray all;
    for (const QString& name : QDir(store.dirPath()).entryList(QDir::Files)) {
        QFile f(store.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

TEST_CASE("A desk's user is its operating-system account, whatever $USER says",
          "[identity][store][sqlite-only]")
{
    const EnvOverride user("USER", "mallory");
    const EnvOverride username("USERNAME", "mallory");
    CHECK(Identity::osLogin() == accountName());
    test::TempStore store;
    auto me = Identity::resolve(store.db());
    REQUIRE(me.has_value());
    CHECK(me->login == accountName());
    CHECK(me->login != QStringLiteral("mallory"));
    // The first user of a new store is its administrator.
    CHECK(me->role == Role::Admin);
    auto again = Identity::resolve(store.db(), accountName());
    REQUIRE(again.has_value());
    CHECK(again->id == me->id);
    CHECK(UserRepository(store.db()).all()->size() == 1);
    // Someone registered later is a rep until an admin says otherwise.
    auto next = UserRepository(store.db()).ensure(QStringLiteral("sam"));
    REQUIRE(next.has_value());
    CHECK(next->role == Role::Rep);
}

TEST_CASE("Handing a desk to someone takes their password", "[identity][store][sqlite-only]")
{
    test::TempStore store;
    auto me = Identity::resolve(store.db());
    REQUIRE(me.has_value());
    const User sam =
        test::makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), Role::Rep);
    test::makeUser(store.db(), QStringLiteral("julia"), QStringLiteral("Julia Novak"), Role::Lead);

    // Naming someone else without a password is not allowed at all.
    auto unproven = Identity::resolve(store.db(), QStringLiteral("sam"));
    REQUIRE_FALSE(unproven.has_value());
    CHECK(unproven.error().field == Identity::requestField);

    // A user without a password cannot be switched to.
    auto noPassword = Identity::resolve(store.db(), QStringLiteral("julia"), QStringLiteral("anything"));
    REQUIRE_FALSE(noPassword.has_value());
    CHECK(noPassword.error().message.contains(QStringLiteral("no Redress password")));

    UserRepository users(store.db());
    REQUIRE(users.setPassword(*me, sam.id, QStringLiteral("tide pool 42")).has_value());
    CHECK(*users.hasPassword(sam.id));
    auto wrong = Identity::resolve(store.db(), QStringLiteral("sam"), QStringLiteral("tide pool 43"));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().field == QStringLiteral("password"));
    auto right = Identity::resolve(store.db(), QStringLiteral("sam"), QStringLiteral("tide pool 42"));
    REQUIRE(right.has_value());
    CHECK(right->id == sam.id);

    // A rep sets only their own password.
    auto other = users.setPassword(sam, me->id, QStringLiteral("taken over"));
    REQUIRE_FALSE(other.has_value());
    CHECK(users.setPassword(sam, sam.id, QStringLiteral("new tide")).has_value());
    CHECK(Identity::resolve(store.db(), QStringLiteral("sam"), QStringLiteral("new tide")).has_value());
    CHECK_FALSE(users.setPassword(sam, sam.id, QString()).has_value());
}

TEST_CASE("A desk password is stored only as its Argon2id hash", "[identity][store]")
{
    const QString password = QStringLiteral("Quillmarrow-7719");
    auto encoded = PasswordHash::hash(password);
    REQUIRE(encoded.has_value());
    CHECK(encoded->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$")));
    CHECK_FALSE(encoded->contains(password));
    CHECK(PasswordHash::verify(*encoded, password));
    CHECK_FALSE(PasswordHash::verify(*encoded, QStringLiteral("Quillmarrow-7718")));
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("$argon2id$garbage"), password));
    // A fresh salt each time: the same password hashes differently.
    CHECK(*PasswordHash::hash(password) != *encoded);

    test::TempStore store;
    const User ada = test::makeUser(store.db(), QStringLiteral("ada"), QStringLiteral("Ada"), Role::Admin);
    REQUIRE(UserRepository(store.db()).setPassword(ada, ada.id, password).has_value());
    auto stored =
        sql::scalar(store.db().connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"),
                    {ada.id}, QStringLiteral("reading"), QVariant());
    REQUIRE(stored.has_value());
    CHECK(stored->toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK(PasswordHash::verify(stored->toString(), password));
    if (!test::onPostgres()) {
        store.db().closeAll(); // the log checkpointed, so every page is in a file we read
        const QByteArray bytes = storeBytes(store);
        CHECK_FALSE(bytes.isEmpty());
        CHECK_FALSE(bytes.contains(password.toUtf8()));
        CHECK(bytes.contains("$argon2id$"));
    }
}

TEST_CASE("redress-cli users lists, adds and changes roles, for administrators only",
          "[identity][cli][sqlite-only]")
{
    test::TempStore store;
    const QString db = store.path();
    const QString me = Identity::osLogin();
    auto users = [&](QStringList args, const QString& input = {}) {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("users")} + args, input);
    };

    auto r = users({QStringLiteral("list")});
    CHECK(r.code == 0);
    CHECK(r.out.isEmpty());
    // The first to act on a new store is its administrator, and may add.
    r = users({QStringLiteral("add"), QStringLiteral("sam"), QStringLiteral("--role"), QStringLiteral("rep"),
               QStringLiteral("--name"), QStringLiteral("Sam Rivera"), QStringLiteral("--password-stdin")},
              QStringLiteral("sam's secret\n"));
    INFO(test::show(r));
    CHECK(r.code == 0);
    CHECK(r.out == QStringLiteral("sam rep Sam Rivera\n"));
    QStringList expected{QStringLiteral("%1 admin %1").arg(me), QStringLiteral("sam rep Sam Rivera")};
    std::sort(expected.begin(), expected.end());
    r = users({QStringLiteral("list")});
    CHECK(r.out == expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    CHECK(Identity::resolve(store.db(), QStringLiteral("sam"), QStringLiteral("sam's secret")).has_value());

    r = users({QStringLiteral("set-role"), QStringLiteral("sam"), QStringLiteral("lead")});
    CHECK(r.code == 0);
    CHECK(r.out == QStringLiteral("sam lead Sam Rivera\n"));
    // The last administrator stays one.
    r = users({QStringLiteral("set-role"), me, QStringLiteral("rep")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("only administrator")));

    // Usage errors, before anything is touched.
    CHECK(users({QStringLiteral("add"), QStringLiteral("bob")}).code == 2);
    CHECK(users({QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"),
                 QStringLiteral("boss")})
              .code == 2);
    CHECK(users({QStringLiteral("set-role"), QStringLiteral("sam"), QStringLiteral("boss")}).code == 2);
    CHECK(users({QStringLiteral("passwd")}).code == 2);
    CHECK(users({QStringLiteral("frob")}).code == 2);
    CHECK(users({QStringLiteral("list"), QStringLiteral("--role"), QStringLiteral("rep")}).code == 2);

    // Someone else made admin, this account a rep: now it may not.
    CHECK(users({QStringLiteral("add"), QStringLiteral("ada"), QStringLiteral("--role"),
                 QStringLiteral("admin")})
              .code == 0);
    CHECK(users({QStringLiteral("set-role"), me, QStringLiteral("rep")}).code == 0);
    r = users(
        {QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("--role"), QStringLiteral("admin")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("may not add users")));
    r = users({QStringLiteral("set-role"), me, QStringLiteral("admin")});
    CHECK(r.code == 1);
    r = users({QStringLiteral("passwd"), QStringLiteral("sam"), QStringLiteral("--password-stdin")},
              QStringLiteral("hijacked\n"));
    CHECK(r.code == 1);
    CHECK_FALSE(Identity::resolve(store.db(), QStringLiteral("sam"), QStringLiteral("hijacked")).has_value());
    // Their own password, though, anyone sets.
    r = users({QStringLiteral("passwd"), QStringLiteral("--password-stdin")}, QStringLiteral("mine now\n"));
    CHECK(r.code == 0);
    CHECK(r.out == QStringLiteral("password set: %1\n").arg(me));
    CHECK(users({QStringLiteral("list")}).out.contains(QStringLiteral("%1 rep %1").arg(me)));
    CHECK(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("users list")));
}

TEST_CASE("Acting as someone else from the command line takes their password", "[identity][cli][sqlite-only]")
{
    test::TempStore store;
    auto me = Identity::resolve(store.db());
    REQUIRE(me.has_value());
    const User ada = test::makeUser(store.db(), QStringLiteral("ada"), QStringLiteral("Ada"), Role::Admin);
    REQUIRE(UserRepository(store.db()).setPassword(ada, ada.id, QStringLiteral("ada's")).has_value());
    const QStringList erase{QStringLiteral("--db"), store.path(),          QStringLiteral("erase-customer"),
                            QStringLiteral("--id"), QStringLiteral("999"), QStringLiteral("--as"),
                            QStringLiteral("ada")};
    auto r = cli(erase);
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--password-stdin")));
    r = cli(erase + QStringList{QStringLiteral("--password-stdin")}, QStringLiteral("not ada's\n"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not Ada's password")));
    // The right password gets as far as the customer, who does not exist.
    r = cli(erase + QStringList{QStringLiteral("--password-stdin")}, QStringLiteral("ada's\n"));
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.contains(QStringLiteral("password")));
}

TEST_CASE("On a server a login that does not own the store acts only as itself",
          "[.][postgresql-only][identity][cli]")
{
    if (!test::onPostgres())
        return;
    test::TempStore store;
    QSqlDatabase owner = store.db().connection();
    static int made = 0;
    const QString role = QStringLiteral("r_%1_%2").arg(QCoreApplication::applicationPid()).arg(made++);
    const QString secret = QStringLiteral("pw-%1").arg(role);
    const QString schema =
        sql::scalar(owner, QStringLiteral("SELECT current_schema()"), {}, QStringLiteral("schema"), QString())
            ->toString();
    QSqlQuery q(owner);
    REQUIRE(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, secret)));
    REQUIRE(q.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, role)));
    REQUIRE(q.exec(
        QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, role)));

    // The suite's own login is a superuser: it may name anyone, and adds
    // the new login, which must exist on the server.
    auto self = Identity::resolve(store.db());
    REQUIRE(self.has_value());
    CHECK(*Identity::ownsStore(store.db()));
    auto r = cli({QStringLiteral("--db"), store.path(), QStringLiteral("users"), QStringLiteral("add"),
                  QStringLiteral("nosuch_login_here"), QStringLiteral("--role"), QStringLiteral("rep")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not a login on this server")));

    QUrl url(store.path());
    url.setUserName(role);
    url.setPassword(secret);
    const QString asRole = url.toString();
    {
        // Not yet a Redress user: told to ask an admin.
        r = cli({QStringLiteral("--db"), asRole, QStringLiteral("erase-customer"), QStringLiteral("--id"),
                 QStringLiteral("1"), QStringLiteral("--as"), role});
        INFO(test::show(r));
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("users add %1").arg(role)));
    }
    r = cli({QStringLiteral("--db"), store.path(), QStringLiteral("users"), QStringLiteral("add"), role,
             QStringLiteral("--role"), QStringLiteral("rep")});
    INFO(test::show(r));
    CHECK(r.code == 0);
    {
        auto opened = Database::open(asRole, Database::OpenMode::OpenExisting);
        INFO((opened ? QString() : opened.error().toString()).toStdString());
        REQUIRE(opened.has_value());
        CHECK_FALSE(*Identity::ownsStore(*opened));
        auto asItself = Identity::resolve(*opened);
        REQUIRE(asItself.has_value());
        CHECK(asItself->login == role);
        auto asOther = Identity::resolve(*opened, self->login);
        REQUIRE_FALSE(asOther.has_value());
        CHECK(asOther.error().field == Identity::requestField);
        opened->closeAll();
    }
    r = cli({QStringLiteral("--db"), asRole, QStringLiteral("erase-customer"), QStringLiteral("--id"),
             QStringLiteral("1"), QStringLiteral("--as"), self->login});
    INFO(test::show(r));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("team's server")));

    // The command line's runs closed the store's connections; a fresh one drops the login.
    QSqlQuery drop(store.db().connection());
    REQUIRE(drop.exec(QStringLiteral("DROP OWNED BY %1").arg(role)));
    REQUIRE(drop.exec(QStringLiteral("DROP ROLE %1").arg(role)));
}
