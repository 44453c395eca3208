// Mail in and out on real servers (tools/mail-throwaway): the passes that
// fetch into the store and send its outbox, and redress-cli's mail fetch and
// mail send, on either backend.

#include "core/mail/MailPasses.h"
#include "core/store/CaseRepository.h"
#include "core/store/MailRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/Transaction.h"
#include "support/CliRun.h"
#include "support/MailServer.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <thread>

using namespace redress;
using namespace redress::core;
using test::MailServer;

namespace {

QByteArray message(const QString& messageId, const QString& from, const QString& subject, const QString& body,
                   const QString& extraHeaders = {})
{
    return QStringLiteral("From: %1\r\nTo: support@example.com\r\nSubject: %2\r\n"
                          "Date: Mon, 07 Dec 2026 09:15:00 +0000\r\nMessage-ID: <%3>\r\n%4"
                          "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%5\r\n")
        .arg(from, subject, messageId, extraHeaders, body)
        .toUtf8();
}

MailSecrets secrets()
{
    return {MailServer::password(), MailServer::password()};
}

qint64 caseCount(const Database& db)
{
    auto n = CaseRepository(db, 0).count();
    REQUIRE(n.has_value());
    return *n;
}

/// Sets the environment a headless run reads its passwords from, for the
/// length of a test.
struct Passwords
{
    explicit Passwords(const QString& password)
    {
        qputenv("REDRESS_IMAP_PASSWORD", password.toUtf8());
        qputenv("REDRESS_SMTP_PASSWORD", password.toUtf8());
    }
    ~Passwords()
    {
        qunsetenv("REDRESS_IMAP_PASSWORD");
        qunsetenv("REDRESS_SMTP_PASSWORD");
    }
};

test::CliRun setUp(const test::TempStore& store, const MailAccount& account)
{
    return test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("setup"),
                      QStringLiteral("--imap"), account.imap.toString(), QStringLiteral("--smtp"),
                      account.smtp.toString(), QStringLiteral("--address"), account.address.toString(),
                      QStringLiteral("--insecure-loopback")});
}

} // namespace

TEST_CASE("mail fetch takes new mail in once: cases, replies, auto-replies set aside", "[core][mail][servers]")
{
    REDRESS_NEED_MAIL_SERVER();
    test::TempStore store;
    MailServer server;
    const Passwords passwords(MailServer::password());
    const QString customer = server.recipient();
    server.deliver(message(QStringLiteral("one@example.org"), customer, QStringLiteral("Burnt toast"),
                           QStringLiteral("The toaster burns everything.")));
    server.deliver(message(QStringLiteral("two@example.org"), customer, QStringLiteral("Re: Burnt toast"),
                           QStringLiteral("And now it smokes."), QStringLiteral("In-Reply-To: <one@example.org>\r\n")));
    server.deliver(message(QStringLiteral("three@example.org"), QStringLiteral("away@example.org"),
                           QStringLiteral("Out of office"), QStringLiteral("Back on Monday."),
                           QStringLiteral("Auto-Submitted: auto-replied\r\n")));

    auto setup = setUp(store, server.account());
    INFO(test::show(setup));
    REQUIRE(setup.code == 0);
    auto first = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("fetch")});
    INFO(test::show(first));
    REQUIRE(first.code == 0);
    CHECK(first.out == QStringLiteral("fetched: 3\nnew cases: 1\nreplies: 1\nignored: 1\nfollow-ups: 0\n"));
    auto second = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("fetch")});
    INFO(test::show(second));
    REQUIRE(second.code == 0);
    CHECK(second.out == QStringLiteral("fetched: 0\nnew cases: 0\nreplies: 0\nignored: 0\nfollow-ups: 0\n"));
    CHECK(caseCount(store.db()) == 1);

    // Stored messages are flagged \Seen on the server, never deleted.
    const QStringList seen = server.seenFiles();
    CHECK(seen.size() == 3);
    CHECK(std::all_of(seen.begin(), seen.end(), [](const QString& name) {
        return name.section(QStringLiteral(":2,"), 1).contains(QLatin1Char('S'));
    }));
}

TEST_CASE("A pass that forgot where it stood, or two at once, stores every message once", "[core][mail][servers]")
{
    REDRESS_NEED_MAIL_SERVER();
    test::TempStore store;
    MailServer server;
    for (int i = 0; i < 20; ++i)
        server.deliver(message(QStringLiteral("m%1@example.org").arg(i), QStringLiteral("c%1@example.org").arg(i),
                               QStringLiteral("Complaint %1").arg(i), QStringLiteral("Number %1 broke.").arg(i)));
    const MailAccount account = server.account();

    SECTION("Two desks fetch at the same moment")
    {
        std::optional<Result<FetchReport>> a, b;
        const auto desk = [&](std::optional<Result<FetchReport>>& out) {
            out = fetchMail(store.db(), 0, account, secrets());
            store.db().releaseThreadConnection();
        };
        std::thread one([&] { desk(a); });
        std::thread two([&] { desk(b); });
        one.join();
        two.join();
        REQUIRE(a->has_value());
        REQUIRE(b->has_value());
        CHECK((*a)->newCases + (*b)->newCases == 20);
    }
    SECTION("A pass that crashed before recording its place")
    {
        auto first = fetchMail(store.db(), 0, account, secrets());
        REQUIRE(first.has_value());
        CHECK(first->newCases == 20);
        // As if the marks had never been written: the whole folder again.
        QSqlDatabase db = store.db().connection();
        Transaction tx(db);
        REQUIRE(tx.begun().has_value());
        const QString key = account.imap.toString(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment);
        auto mark = MailRepository::folderMarkIn(db, key);
        REQUIRE(mark.has_value());
        REQUIRE(mark->has_value());
        REQUIRE(MailRepository::setFolderMarkIn(db, key, {(*mark)->uidValidity, 1}).has_value());
        REQUIRE(tx.commit().has_value());
        auto again = fetchMail(store.db(), 0, account, secrets());
        REQUIRE(again.has_value());
        CHECK(again->fetched == 20);
        CHECK(again->ignored == 20);
        CHECK(again->newCases == 0);
    }
    CHECK(caseCount(store.db()) == 20);
    auto messages = MailRepository(store.db(), 0).messageCount();
    REQUIRE(messages.has_value());
    CHECK(*messages == 20);
}

TEST_CASE("A connection cut mid-fetch loses nothing and doubles nothing", "[core][mail][servers]")
{
    REDRESS_NEED_MAIL_SERVER();
    test::TempStore store;
    MailServer server;
    // Each message larger than what the cutting proxy lets through.
    const QString filler = QString(QStringLiteral("The motor hums and stops. ")).repeated(1200);
    for (int i = 0; i < 4; ++i)
        server.deliver(message(QStringLiteral("big%1@example.org").arg(i), QStringLiteral("c%1@example.org").arg(i),
                               QStringLiteral("Long complaint %1").arg(i), filler));
    MailAccount cut = server.account();
    const QUrl proxy = MailServer::url("REDRESS_TEST_IMAP_CUT");
    cut.imap.setPort(proxy.port());
    auto broken = fetchMail(store.db(), 0, cut, secrets());
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().code == Error::Code::Unavailable);
    const qint64 before = caseCount(store.db());
    CHECK(before < 4);

    auto whole = fetchMail(store.db(), 0, server.account(), secrets());
    REQUIRE(whole.has_value());
    CHECK(caseCount(store.db()) == 4);
    auto thread = MailRepository(store.db(), 0).thread(1);
    REQUIRE(thread.has_value());
    REQUIRE(thread->size() == 1);
    CHECK(thread->at(0).text.contains(QStringLiteral("hums and stops")));
}

TEST_CASE("mail setup with a private CA fetches over IMAPS and sends over SMTPS, checked", "[core][mail][servers]")
{
    REDRESS_NEED_MAIL_SERVER();
    test::TempStore store;
    MailServer server;
    const Passwords passwords(MailServer::password());
    const MailAccount tls = server.account(MailServer::Security::Tls);
    server.deliver(message(QStringLiteral("tls@example.org"), server.recipient(), QStringLiteral("Over TLS"),
                           QStringLiteral("Checked both ways.")));
    const QStringList setup{QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("setup"),
                            QStringLiteral("--imap"), tls.imap.toString(), QStringLiteral("--smtp"),
                            tls.smtp.toString(), QStringLiteral("--address"), tls.address.toString()};

    // The system's authorities do not know the throwaway CA: refused, and said why.
    REQUIRE(test::cli(setup).code == 0);
    auto unchecked = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("fetch")});
    INFO(test::show(unchecked));
    CHECK(unchecked.code == 1);
    CHECK(unchecked.err.contains(QStringLiteral("certificate")));

    auto missing = test::cli(setup + QStringList{QStringLiteral("--ca-file"), store.filePath(QStringLiteral("none.pem"))});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("--ca-file")));

    REQUIRE(test::cli(setup + QStringList{QStringLiteral("--ca-file"), MailServer::caFile()}).code == 0);
    auto fetched = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("fetch")});
    INFO(test::show(fetched));
    REQUIRE(fetched.code == 0);
    CHECK(fetched.out.startsWith(QStringLiteral("fetched: 1\nnew cases: 1\n")));
    REQUIRE(MailRepository(store.db(), 0).queueReply(1, QStringLiteral("Received over TLS.")).has_value());
    auto sent = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("send")});
    INFO(test::show(sent));
    CHECK(sent.out == QStringLiteral("sent: 1\nfailed: 0\n"));
    CHECK(server.received(server.recipient()).size() == 1);
}

TEST_CASE("mail fetch with a wrong password says which server refused it", "[core][mail][servers]")
{
    REDRESS_NEED_MAIL_SERVER();
    test::TempStore store;
    MailServer server;
    const Passwords passwords(QStringLiteral("not-the-password"));
    REQUIRE(setUp(store, server.account()).code == 0);
    auto run = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("fetch")});
    INFO(test::show(run));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("127.0.0.1")));
    CHECK(run.err.contains(QStringLiteral("password")));
    CHECK(caseCount(store.db()) == 0);
}

TEST_CASE("mail send delivers the outbox; refusals are recorded on the case", "[core][mail][servers]")
{
    REDRESS_NEED_MAIL_SERVER();
    test::TempStore store;
    MailServer server;
    const Database& db = store.db();
    const Passwords passwords(MailServer::password());
    REQUIRE(setUp(store, server.account()).code == 0);
    const User rep = test::makeUser(db, QStringLiteral("rep"), QStringLiteral("Rita Rep"), Role::Rep);

    // Three customers write in; each gets an answer.
    const QStringList to{server.recipient(QStringLiteral("customer")), server.recipient(QStringLiteral("reject")),
                         server.recipient(QStringLiteral("later"))};
    for (int i = 0; i < to.size(); ++i) {
        FetchReport report;
        REQUIRE(MailIntake(db, rep.id)
                    .take(message(QStringLiteral("in%1@example.org").arg(i), to[i], QStringLiteral("Cold soup"),
                                  QStringLiteral("It came cold.")),
                          report)
                    .has_value());
    }
    QStringList ids;
    {
        QSqlDatabase c = db.connection();
        Transaction tx(c);
        REQUIRE(tx.begun().has_value());
        auto apology = MailRepository::queueReplyIn(c, rep.id, 1, QStringLiteral("We are sorry: a hot one is coming."),
                                                    {}, {}, QStringLiteral("apology"));
        REQUIRE(apology.has_value());
        ids << *apology;
        REQUIRE(tx.commit().has_value());
    }
    for (qint64 caseId : {2, 3}) {
        auto queued = MailRepository(db, rep.id).queueReply(caseId, QStringLiteral("We are sorry."));
        REQUIRE(queued.has_value());
        ids << *queued;
    }

    auto run = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("send")});
    INFO(test::show(run));
    REQUIRE(run.code == 0);
    CHECK(run.out == QStringLiteral("sent: 1\nfailed: 1\n"));

    const auto received = server.received(to[0]);
    REQUIRE(received.size() == 1);
    // Header names are case-insensitive; GMime writes "Message-Id".
    CHECK(received[0].toLower().contains(QStringLiteral("message-id: <%1>").arg(ids[0]).toLower().toUtf8()));
    CHECK(received[0].contains("Subject: [RD-000001] Re: Cold soup"));

    const auto stateOf = [&](qint64 caseId) {
        auto thread = MailRepository(db, rep.id).thread(caseId);
        REQUIRE(thread.has_value());
        REQUIRE(thread->size() == 2);
        return thread->at(1);
    };
    const ThreadMessage sent = stateOf(1);
    CHECK(sent.state == ThreadMessage::State::Sent);
    CHECK(sent.sentAt.isValid());
    // The apology's first contact is when the server accepted it.
    auto sla = SlaRepository::snapshotIn(db.connection(), 1);
    REQUIRE(sla.has_value());
    CHECK(sla->facts.firstContactAt == sent.sentAt);
    auto other = SlaRepository::snapshotIn(db.connection(), 2);
    REQUIRE(other.has_value());
    CHECK_FALSE(other->facts.firstContactAt.isValid());

    const ThreadMessage refused = stateOf(2);
    CHECK(refused.state == ThreadMessage::State::Failed);
    CHECK(refused.lastError.startsWith(QStringLiteral("550")));
    const ThreadMessage waiting = stateOf(3);
    CHECK(waiting.state == ThreadMessage::State::Queued);
    CHECK(waiting.attempts == 1);
    CHECK(waiting.lastError.startsWith(QStringLiteral("451")));

    // Nothing is due again at once: the temporary refusal waits its turn.
    auto again = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("send")});
    CHECK(again.out == QStringLiteral("sent: 0\nfailed: 0\n"));
    CHECK(server.received(to[0]).size() == 1);
}
