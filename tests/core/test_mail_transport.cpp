// IMAP and SMTP through libcurl against real servers (tools/mail-throwaway):
// no store is involved, so these run once, not again on PostgreSQL.

#include "core/mail/MailAccount.h"
#include "core/mail/MailTransport.h"

#include "support/MailServer.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace redress;
using core::Error;
using core::ImapClient;
using core::MailAccount;
using core::SmtpClient;
using test::MailServer;

namespace {

QByteArray message(const QString& subject, const QByteArray& body = "Hello,\r\nit broke.\r\n")
{
    return "From: Ann Customer <ann@example.org>\r\nTo: support@example.com\r\nSubject: " + subject.toUtf8() +
           "\r\nMessage-ID: <" + subject.toUtf8() +
           "@example.org>\r\nDate: Mon, 7 Dec 2026 10:00:00 +0000\r\n\r\n" + body;
}

std::string text(const Error& e)
{
    return e.toString().toStdString();
}

} // namespace

TEST_CASE("MailAccount::from checks every field and names it", "[core][mail][account][sqlite-only]")
{
    const QString smtp = QStringLiteral("smtps://team@mail.example.com");
    const QString address = QStringLiteral("Support Team <Support@Example.COM>");

    auto ok = MailAccount::from(QStringLiteral("imaps://team@mail.example.com:993/Support/Inbox"), smtp,
                                address, false, false);
    REQUIRE(ok.has_value());
    CHECK(ok->folder() == QStringLiteral("Support/Inbox"));
    CHECK(ok->imapUser() == QStringLiteral("team"));
    CHECK(ok->address.name == QStringLiteral("Support Team"));
    CHECK(ok->address.address == QStringLiteral("Support@example.com"));

    auto inbox = MailAccount::from(QStringLiteral("imaps://team@mail.example.com"), smtp,
                                   QStringLiteral("\"Team, Support\" <t@example.com>"), false, false);
    REQUIRE(inbox.has_value());
    CHECK(inbox->folder() == QStringLiteral("INBOX"));
    CHECK(inbox->address.name == QStringLiteral("Team, Support"));

    auto refused = [&](const QString& imap, const QString& s, const QString& a, bool startTls, bool insecure,
                       const char* field, const char* words) {
        auto r = MailAccount::from(imap, s, a, startTls, insecure);
        REQUIRE_FALSE(r.has_value());
        INFO(text(r.error()));
        CHECK(r.error().code == Error::Code::InvalidInput);
        CHECK(r.error().field == QLatin1String(field));
        CHECK(r.error().message.contains(QLatin1String(words)));
    };
    refused(QStringLiteral("pop3://team@mail.example.com"), smtp, address, false, false, "imap",
            "scheme must be imap or imaps");
    refused(QStringLiteral("imaps://mail.example.com"), smtp, address, false, false, "imap", "user name");
    refused(QStringLiteral("imaps://team@mail.example.com:70000"), smtp, address, false, false, "imap",
            "not a valid address");
    refused(QStringLiteral("imaps://team@mail.example.com"), QStringLiteral("http://team@mail.example.com"),
            address, false, false, "smtp", "scheme must be smtp or smtps");
    refused(QStringLiteral("imap://team@mail.example.com"), smtp, address, false, false, "imap", "needs TLS");
    refused(QStringLiteral("imaps://team@mail.example.com"), QStringLiteral("smtp://team@mail.example.com"),
            address, false, false, "smtp", "needs TLS");
    refused(QStringLiteral("imaps://team@mail.example.com"), smtp, address, false, true, "insecureLoopback",
            "loopback");
    refused(QStringLiteral("imaps://team@mail.example.com"), smtp, QStringLiteral("Support <nobody>"), false,
            false, "address", "not a mail address");
    refused(QStringLiteral("imaps://team@mail.example.com"), smtp, QStringLiteral("Support <a@b.com"), false,
            false, "address", "'>'");
    refused(QStringLiteral("imaps://team@mail.example.com"), smtp, QString(), false, false, "address",
            "missing");

    // STARTTLS makes a plain scheme acceptable off loopback; loopback needs nothing.
    CHECK(MailAccount::from(QStringLiteral("imap://team@mail.example.com"),
                            QStringLiteral("smtp://team@mail.example.com:587"), address, true, false)
              .has_value());
    CHECK(MailAccount::from(QStringLiteral("imap://team@127.0.0.1:1143"),
                            QStringLiteral("smtp://team@localhost:2525"), address, false, true)
              .has_value());
}

TEST_CASE("MailSecrets come from the environment or a private file", "[core][mail][account][sqlite-only]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("passwords"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("imap-secret\nsmtp-secret\n");
    f.close();

    REQUIRE(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    auto open = core::MailSecrets::fromEnvironment(path);
    REQUIRE_FALSE(open.has_value());
    CHECK(open.error().message.contains(QStringLiteral("can be read by other users")));
    CHECK(open.error().message.contains(path));

    REQUIRE(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    auto secrets = core::MailSecrets::fromEnvironment(path);
    REQUIRE(secrets.has_value());
    CHECK(secrets->imapPassword == QStringLiteral("imap-secret"));
    CHECK(secrets->smtpPassword == QStringLiteral("smtp-secret"));

    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("only-one\n");
    f.close();
    secrets = core::MailSecrets::fromEnvironment(path);
    REQUIRE(secrets.has_value());
    CHECK(secrets->smtpPassword == QStringLiteral("only-one"));

    auto missing = core::MailSecrets::fromEnvironment(dir.filePath(QStringLiteral("none")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    auto folder = core::MailSecrets::fromEnvironment(dir.path());
    REQUIRE_FALSE(folder.has_value());
    CHECK(folder.error().message.contains(QStringLiteral("not a regular file")));

    qputenv("REDRESS_IMAP_PASSWORD", "from-env");
    qunsetenv("REDRESS_SMTP_PASSWORD");
    secrets = core::MailSecrets::fromEnvironment();
    qunsetenv("REDRESS_IMAP_PASSWORD");
    REQUIRE(secrets.has_value());
    CHECK(secrets->imapPassword == QStringLiteral("from-env"));
    CHECK(secrets->smtpPassword == QStringLiteral("from-env"));
    CHECK_FALSE(core::MailSecrets::fromEnvironment().has_value());
}

TEST_CASE("ImapClient lists and fetches a folder's messages byte for byte",
          "[core][mail][transport][sqlite-only]")
{
    REDRESS_NEED_MAIL_SERVER();
    MailServer server;
    QList<QByteArray> sent;
    for (int i = 0; i < 3; ++i) {
        sent.append(message(QStringLiteral("m%1").arg(i), "Line one\r\n.\r\nUmlaut \xc3\xa4\r\n"));
        server.deliver(sent.last());
    }
    ImapClient imap(server.account(), MailServer::password());

    auto state = imap.status();
    INFO((state ? std::string() : text(state.error())));
    REQUIRE(state.has_value());
    CHECK(state->messages == 3);
    CHECK(state->uidNext == 4);
    CHECK(state->uidValidity > 0);

    auto uids = imap.uidsFrom(1);
    REQUIRE(uids.has_value());
    CHECK(*uids == QList<qint64>{1, 2, 3});
    auto later = imap.uidsFrom(2);
    REQUIRE(later.has_value());
    CHECK(*later == QList<qint64>{2, 3});
    // "4:*" matches the highest UID on the server; nothing is new.
    auto none = imap.uidsFrom(state->uidNext);
    REQUIRE(none.has_value());
    CHECK(none->isEmpty());

    // The server numbers new/ in the order it reads the folder, not the order delivered.
    QList<QByteArray> fetched;
    for (qint64 uid : *uids) {
        auto bytes = imap.fetch(state->uidValidity, uid);
        INFO((bytes ? std::string() : text(bytes.error())));
        REQUIRE(bytes.has_value());
        fetched.append(*bytes);
    }
    std::sort(fetched.begin(), fetched.end());
    std::sort(sent.begin(), sent.end());
    CHECK(fetched == sent);

    // A message delivered now shows up on the same connection.
    server.deliver(message(QStringLiteral("m3")));
    auto more = imap.uidsFrom(state->uidNext);
    REQUIRE(more.has_value());
    CHECK(*more == QList<qint64>{4});

    SECTION("a changed UIDVALIDITY is NotFound")
    {
        auto stale = imap.fetch(state->uidValidity + 1, 1);
        REQUIRE_FALSE(stale.has_value());
        CHECK(stale.error().code == Error::Code::NotFound);
        // The right one still works after.
        CHECK(imap.fetch(state->uidValidity, 1).has_value());
    }
    SECTION("a UID that is not there is NotFound")
    {
        auto gone = imap.fetch(state->uidValidity, 99);
        REQUIRE_FALSE(gone.has_value());
        CHECK(gone.error().code == Error::Code::NotFound);
    }
}

TEST_CASE("ImapClient sees a folder recreated under a new UIDVALIDITY",
          "[core][mail][transport][sqlite-only]")
{
    REDRESS_NEED_MAIL_SERVER();
    MailServer server;
    server.deliver(message(QStringLiteral("before")));
    qint64 before = 0;
    {
        ImapClient imap(server.account(), MailServer::password());
        auto state = imap.status();
        REQUIRE(state.has_value());
        before = state->uidValidity;
    }
    // The server's records of the folder gone: it numbers the messages anew
    // (and its record of the last UIDVALIDITY makes the new one differ).
    for (const QString& name :
         QDir(server.maildir())
             .entryList({QStringLiteral("dovecot-uidlist"), QStringLiteral("dovecot.index*")}, QDir::Files))
        REQUIRE(QFile::remove(server.maildir() + QLatin1Char('/') + name));
    ImapClient imap(server.account(), MailServer::password());
    auto state = imap.status();
    REQUIRE(state.has_value());
    REQUIRE(state->uidValidity != before);
    auto stale = imap.fetch(before, 1);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().code == Error::Code::NotFound);
    CHECK(imap.fetch(state->uidValidity, 1).value() == message(QStringLiteral("before")));
}

TEST_CASE("ImapClient marks stored messages seen, or moves them", "[core][mail][transport][sqlite-only]")
{
    REDRESS_NEED_MAIL_SERVER();
    MailServer server;
    for (int i = 0; i < 5; ++i)
        server.deliver(message(QStringLiteral("s%1").arg(i)));

    SECTION("flagged \\Seen when there is no done folder")
    {
        ImapClient imap(server.account(), MailServer::password());
        REQUIRE(imap.uidsFrom(1).value().size() == 5);
        auto marked = imap.markStored({1, 2, 4});
        INFO((marked ? std::string() : text(marked.error())));
        REQUIRE(marked.has_value());
        // Maildir keeps \Seen as the S after ":2,"; the server wrote it.
        QStringList seen;
        for (const QString& name : server.seenFiles())
            if (name.section(QStringLiteral(":2,"), 1).contains(QLatin1Char('S')))
                seen.append(name);
        CHECK(seen.size() == 3);
        CHECK(imap.uidsFrom(1).value().size() == 5); // flagged, not gone
    }
    SECTION("moved to the done folder, which is made when missing")
    {
        MailAccount account = server.account();
        account.doneFolder = QStringLiteral("Done");
        ImapClient imap(account, MailServer::password());
        REQUIRE(imap.uidsFrom(1).value().size() == 5);
        auto marked = imap.markStored({1, 2, 3, 5});
        INFO((marked ? std::string() : text(marked.error())));
        REQUIRE(marked.has_value());
        CHECK(imap.uidsFrom(1).value() == QList<qint64>{4});

        ImapClient done(server.account(MailServer::Security::Plain, QStringLiteral("Done")),
                        MailServer::password());
        auto state = done.status();
        REQUIRE(state.has_value());
        CHECK(state->messages == 4);
        CHECK(done.fetch(state->uidValidity, 1).value().contains("Subject: s"));
    }
}

TEST_CASE("ImapClient appends a message to a folder", "[core][mail][transport][sqlite-only]")
{
    REDRESS_NEED_MAIL_SERVER();
    MailServer server;
    ImapClient imap(server.account(), MailServer::password());
    const QByteArray m = message(QStringLiteral("appended"));
    auto appended = imap.append(QStringLiteral("INBOX"), m);
    INFO((appended ? std::string() : text(appended.error())));
    REQUIRE(appended.has_value());
    auto state = imap.status();
    REQUIRE(state.has_value());
    CHECK(state->messages == 1);
    CHECK(imap.fetch(state->uidValidity, imap.uidsFrom(1).value().value(0)).value() == m);
}

TEST_CASE("ImapClient says plainly when the password is wrong", "[core][mail][transport][sqlite-only]")
{
    REDRESS_NEED_MAIL_SERVER();
    MailServer server;
    ImapClient imap(server.account(), QStringLiteral("not-the-password"));
    auto state = imap.status();
    REQUIRE_FALSE(state.has_value());
    INFO(text(state.error()));
    CHECK(state.error().code == Error::Code::Unavailable);
    const QUrl url = MailServer::url("REDRESS_TEST_IMAP");
    CHECK(state.error().message == QStringLiteral("The mail server %1:%2 refused the password for user %3.")
                                       .arg(url.host())
                                       .arg(url.port())
                                       .arg(server.user()));
    CHECK_FALSE(state.error().toString().contains(QStringLiteral("not-the-password")));
}

TEST_CASE("ImapClient checks the server's certificate", "[core][mail][transport][sqlite-only]")
{
    REDRESS_NEED_MAIL_SERVER();
    MailServer server;
    server.deliver(message(QStringLiteral("tls")));

    SECTION("imaps with the throwaway CA")
    {
        ImapClient imap(server.account(MailServer::Security::Tls), MailServer::password());
        auto state = imap.status();
        INFO((state ? std::string() : text(state.error())));
        REQUIRE(state.has_value());
        CHECK(imap.fetch(state->uidValidity, 1).value() == message(QStringLiteral("tls")));
    }
    SECTION("STARTTLS with the throwaway CA")
    {
        ImapClient imap(server.account(MailServer::Security::StartTls), MailServer::password());
        auto state = imap.status();
        INFO((state ? std::string() : text(state.error())));
        REQUIRE(state.has_value());
        CHECK(state->messages == 1);
    }
    SECTION("without the CA the certificate is refused, and said to be")
    {
        MailAccount account = server.account(MailServer::Security::Tls);
        account.caFile.clear();
        ImapClient imap(account, MailServer::password());
        auto state = imap.status();
        REQUIRE_FALSE(state.has_value());
        INFO(text(state.error()));
        CHECK(state.error().code == Error::Code::Unavailable);
        CHECK(state.error().message.contains(QStringLiteral("certificate")));
    }
    SECTION("STARTTLS without the CA is refused too: the upgrade happened and was checked")
    {
        MailAccount account = server.account(MailServer::Security::StartTls);
        account.caFile.clear();
        ImapClient imap(account, MailServer::password());
        auto state = imap.status();
        REQUIRE_FALSE(state.has_value());
        CHECK(state.error().message.contains(QStringLiteral("certificate")));
    }
    SECTION("insecureLoopback takes the loopback server's certificate unchecked")
    {
        MailAccount account = server.account(MailServer::Security::Tls);
        account.caFile.clear();
        account.insecureLoopback = true;
        ImapClient imap(account, MailServer::password());
        auto state = imap.status();
        INFO((state ? std::string() : text(state.error())));
        REQUIRE(state.has_value());
    }
}

TEST_CASE("ImapClient reports a connection cut mid-fetch cleanly", "[core][mail][transport][sqlite-only]")
{
    REDRESS_NEED_MAIL_SERVER();
    REQUIRE_FALSE(qEnvironmentVariable("REDRESS_TEST_IMAP_CUT").isEmpty());
    MailServer server;
    const qint64 budget = qEnvironmentVariableIntValue("REDRESS_TEST_IMAP_CUT_BYTES");
    QByteArray body;
    while (body.size() < budget * 4)
        body += "A long complaint, line after line, far longer than the link lets through.\r\n";
    server.deliver(message(QStringLiteral("long"), body));
    server.deliver(message(QStringLiteral("short")));

    MailAccount account = server.account();
    account.imap = MailServer::url("REDRESS_TEST_IMAP_CUT");
    account.imap.setUserName(server.user());
    ImapClient imap(account, MailServer::password());
    auto state = imap.status();
    REQUIRE(state.has_value());
    REQUIRE(imap.uidsFrom(1).value() == QList<qint64>{1, 2});

    auto cut = imap.fetch(state->uidValidity, 1);
    REQUIRE_FALSE(cut.has_value());
    INFO(text(cut.error()));
    CHECK(cut.error().code == Error::Code::Unavailable);
    CHECK(cut.error().message.contains(account.imap.host()));
    // The client connects again for the next command.
    CHECK(imap.fetch(state->uidValidity, 2).value() == message(QStringLiteral("short")));
}

TEST_CASE("ImapClient lists a folder of 10,000 messages", "[core][mail][transport][sqlite-only]")
{
    REDRESS_NEED_MAIL_SERVER();
    MailServer server;
    const int count = 10000;
    for (int i = 0; i < count; ++i)
        server.deliver(message(QStringLiteral("bulk%1").arg(i)));
    ImapClient imap(server.account(), MailServer::password());
    auto all = imap.uidsFrom(1);
    INFO((all ? std::string() : text(all.error())));
    REQUIRE(all.has_value());
    REQUIRE(all->size() == count);
    CHECK(all->first() == 1);
    CHECK(all->last() == count);
    CHECK(std::adjacent_find(all->begin(), all->end(), [](qint64 a, qint64 b) { return b != a + 1; }) ==
          all->end());
    CHECK(imap.uidsFrom(9001).value().size() == 1000);
    CHECK(imap.uidsFrom(count + 1).value().isEmpty());
    auto state = imap.status();
    REQUIRE(state.has_value());
    CHECK(imap.fetch(state->uidValidity, 7777).value().contains("Subject: bulk"));
}

TEST_CASE("SmtpClient delivers, and reports refusals as the server's answer",
          "[core][mail][transport][sqlite-only]")
{
    REDRESS_NEED_MAIL_SERVER();
    MailServer server;
    // A line starting with a dot: SMTP's transparency must give it back as written.
    const QByteArray m = message(QStringLiteral("reply"), "Dear Ann,\r\n.so sorry.\r\n..\r\nBest\r\n");

    auto security =
        GENERATE(MailServer::Security::Plain, MailServer::Security::StartTls, MailServer::Security::Tls);
    SmtpClient smtp(server.account(security), MailServer::password());

    auto sent = smtp.send({server.recipient(), server.recipient(QStringLiteral("cc"))}, m);
    INFO((sent ? std::string() : text(sent.error())));
    REQUIRE(sent.has_value());
    CHECK(sent->accepted);
    CHECK(sent->code == 250);
    CHECK(sent->text.contains(QStringLiteral("Accepted")));
    auto arrived = server.received(server.recipient());
    REQUIRE_FALSE(arrived.isEmpty());
    CHECK(arrived.last() == m);
    CHECK(server.received(server.recipient(QStringLiteral("cc"))).last() == m);

    auto rejected = smtp.send({server.recipient(QStringLiteral("reject"))}, m);
    REQUIRE(rejected.has_value());
    CHECK_FALSE(rejected->accepted);
    CHECK(rejected->permanent);
    CHECK(rejected->code == 550);
    CHECK(rejected->text.contains(QStringLiteral("No such mailbox")));

    auto later = smtp.send({server.recipient(QStringLiteral("later"))}, m);
    REQUIRE(later.has_value());
    CHECK_FALSE(later->accepted);
    CHECK_FALSE(later->permanent);
    CHECK(later->code == 451);

    auto dropped = smtp.send({server.recipient(QStringLiteral("drop"))}, m);
    REQUIRE_FALSE(dropped.has_value());
    CHECK(dropped.error().code == Error::Code::Unavailable);

    // And the client goes on after each of them.
    auto again = smtp.send({server.recipient()}, m);
    REQUIRE(again.has_value());
    CHECK(again->accepted);
}

TEST_CASE("SmtpClient refuses a wrong password and an unchecked certificate as errors",
          "[core][mail][transport][sqlite-only]")
{
    REDRESS_NEED_MAIL_SERVER();
    MailServer server;
    const QByteArray m = message(QStringLiteral("nope"));

    SmtpClient wrong(server.account(), QStringLiteral("not-the-password"));
    auto refused = wrong.send({server.recipient()}, m);
    REQUIRE_FALSE(refused.has_value());
    INFO(text(refused.error()));
    CHECK(refused.error().code == Error::Code::Unavailable);
    CHECK(refused.error().message.contains(
        QStringLiteral("refused the password for user %1").arg(server.user())));
    CHECK(server.received(server.recipient()).isEmpty());

    MailAccount account = server.account(MailServer::Security::StartTls);
    account.caFile.clear();
    SmtpClient unchecked(account, MailServer::password());
    auto untrusted = unchecked.send({server.recipient()}, m);
    REQUIRE_FALSE(untrusted.has_value());
    CHECK(untrusted.error().message.contains(QStringLiteral("certificate")));

    MailAccount closed = server.account();
    closed.smtp.setPort(1); // nothing listens there
    SmtpClient unreachable(closed, MailServer::password());
    auto down = unreachable.send({server.recipient()}, m);
    REQUIRE_FALSE(down.has_value());
    CHECK(down.error().code == Error::Code::Unavailable);
    CHECK(down.error().message.contains(QStringLiteral("cannot be reached")));
}
