// The conversation in the store: messages taken in, threaded, set aside or
// bounced; replies queued; erasure. The servers' side is test_mail_servers.

#include "core/cases/Case.h"
#include "core/mail/MailPasses.h"
#include "core/report/CaseSummary.h"
#include "core/store/CaseListQuery.h"
#include "core/store/CaseListRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/Erasure.h"
#include "core/store/MailRepository.h"
#include "core/store/StoreCheck.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QRegularExpression>

using namespace redress;
using namespace redress::core;

namespace {

/// A plain message as a customer's program writes it.
QByteArray message(const QString& messageId, const QString& from, const QString& subject, const QString& body,
                   const QString& extraHeaders = {})
{
    return QStringLiteral("From: %1\r\nTo: Support <support@redress.test>\r\nSubject: %2\r\n"
                          "Date: Mon, 07 Dec 2026 09:15:00 +0100\r\nMessage-ID: <%3>\r\n%4"
                          "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                          "Content-Transfer-Encoding: 8bit\r\n\r\n%5\r\n")
        .arg(from, subject, messageId, extraHeaders, body)
        .toUtf8();
}

FetchReport take(const Database& db, qint64 actor, const QByteArray& raw)
{
    FetchReport report;
    auto ok = MailIntake(db, actor).take(raw, report);
    INFO((ok ? std::string() : ok.error().toString().toStdString()));
    REQUIRE(ok.has_value());
    return report;
}

qint64 caseCount(const Database& db)
{
    auto n = CaseRepository(db, 0).count();
    REQUIRE(n.has_value());
    return *n;
}

QList<ThreadMessage> threadOf(const Database& db, qint64 caseId)
{
    auto t = MailRepository(db, 0).thread(caseId);
    REQUIRE(t.has_value());
    return *t;
}

void setUpMailbox(const Database& db, qint64 adminId)
{
    auto account = MailAccount::from(QStringLiteral("imap://support@127.0.0.1:1143/INBOX"),
                                     QStringLiteral("smtp://support@127.0.0.1:1025"),
                                     QStringLiteral("Redress Support <support@redress.test>"), false, true);
    INFO((account ? std::string() : account.error().toString().toStdString()));
    REQUIRE(account.has_value());
    auto saved = MailRepository(db, adminId).saveAccount(*account);
    INFO((saved ? std::string() : saved.error().toString().toStdString()));
    REQUIRE(saved.has_value());
}

} // namespace

TEST_CASE("A customer's first message opens a case in their words", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    const User rep = test::makeUser(db, QStringLiteral("rep"), QStringLiteral("Rita Rep"), Role::Rep);

    const auto report = take(db, rep.id,
                             message(QStringLiteral("first@example.org"),
                                     QStringLiteral("=?UTF-8?Q?Ana_P=C3=A9rez?= <Ana@Example.org>"),
                                     QStringLiteral("Pump broke again"),
                                     QStringLiteral("The pump stopped on Monday.\n\n-- \nAna Pérez\nCosta Labs")));
    CHECK(report.fetched == 1);
    CHECK(report.newCases == 1);
    CHECK(report.replies == 0);
    REQUIRE(caseCount(db) == 1);

    auto c = CaseRepository(db, rep.id).get(1);
    REQUIRE(c.has_value());
    CHECK(c->channel == Channel::Email);
    CHECK(c->customerName == QStringLiteral("Ana Pérez"));
    CHECK(c->description.contains(QStringLiteral("The pump stopped on Monday.")));
    CHECK_FALSE(c->description.contains(QStringLiteral("Costa Labs"))); // the signature stays in the message
    CHECK(c->openedAt == QDateTime(QDate(2026, 12, 7), QTime(8, 15), Qt::UTC));
    auto customer = CustomerRepository(db).get(c->customerId);
    REQUIRE(customer.has_value());
    CHECK(customer->email.compare(QStringLiteral("ana@example.org"), Qt::CaseInsensitive) == 0);

    const auto thread = threadOf(db, c->id);
    REQUIRE(thread.size() == 1);
    CHECK(thread[0].direction == ThreadMessage::Direction::In);
    CHECK(thread[0].state == ThreadMessage::State::Received);
    CHECK(thread[0].text.contains(QStringLiteral("Costa Labs")));
    CHECK(thread[0].sha256.size() == 64);

    // The timeline records the message by its hash.
    auto timeline = CaseRepository(db, rep.id).timeline(c->id);
    REQUIRE(timeline.has_value());
    const bool recorded = std::any_of(timeline->begin(), timeline->end(), [&](const CaseEvent& e) {
        return e.field == QLatin1String("message_in") && e.newValue == thread[0].sha256;
    });
    CHECK(recorded);
}

TEST_CASE("The same message twice is stored once and opens one case", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    const QByteArray raw = message(QStringLiteral("twice@example.org"), QStringLiteral("bo@example.org"),
                                   QStringLiteral("Late delivery"), QStringLiteral("Two weeks late."));
    take(db, 0, raw);
    const auto again = take(db, 0, raw);
    CHECK(again.fetched == 1);
    CHECK(again.ignored == 1);
    CHECK(again.newCases == 0);
    CHECK(caseCount(db) == 1);
    auto n = MailRepository(db, 0).messageCount();
    REQUIRE(n.has_value());
    CHECK(*n == 1);
}

TEST_CASE("A known customer is found by address, whatever its case", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    Customer known;
    known.name = QStringLiteral("Dr Ana Costa");
    known.email = QStringLiteral("ana.costa@labs.example");
    auto made = CustomerRepository(db).create(known);
    REQUIRE(made.has_value());

    take(db, 0,
         message(QStringLiteral("known@labs.example"), QStringLiteral("Ana <ANA.COSTA@labs.example>"),
                 QStringLiteral("Invoice wrong"), QStringLiteral("Billed twice.")));
    auto c = CaseRepository(db, 0).get(1);
    REQUIRE(c.has_value());
    CHECK(c->customerId == made->id);
    auto customers = CustomerRepository(db).count();
    REQUIRE(customers.has_value());
    CHECK(*customers == 1);
}

TEST_CASE("Replies join their case by reference or by the tag in the subject", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    take(db, 0,
         message(QStringLiteral("start@example.org"), QStringLiteral("cy@example.org"), QStringLiteral("Broken lid"),
                 QStringLiteral("The lid cracked.")));
    REQUIRE(caseCount(db) == 1);

    SECTION("In-Reply-To names a message of the case")
    {
        const auto r = take(db, 0,
                            message(QStringLiteral("second@example.org"), QStringLiteral("cy@example.org"),
                                    QStringLiteral("Re: Broken lid"),
                                    QStringLiteral("Any news?\n\nOn Monday Support wrote:\n> We are on it."),
                                    QStringLiteral("In-Reply-To: <start@example.org>\r\nReferences: "
                                                   "<start@example.org>\r\n")));
        CHECK(r.replies == 1);
        CHECK(r.newCases == 0);
    }
    SECTION("The subject carries [RD-000001]")
    {
        const auto r = take(db, 0,
                            message(QStringLiteral("tagged@example.org"), QStringLiteral("cy@other.example"),
                                    QStringLiteral("Re: [RD-000001] Your complaint"), QStringLiteral("Still cracked.")));
        CHECK(r.replies == 1);
    }
    CHECK(caseCount(db) == 1);
    CHECK(threadOf(db, 1).size() == 2);
}

TEST_CASE("A reply to a resolved case reopens it and says so", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    take(db, 0,
         message(QStringLiteral("open@example.org"), QStringLiteral("di@example.org"), QStringLiteral("No heat"),
                 QStringLiteral("The heater is cold.")));
    CaseRepository cases(db, 0);
    test::completeRecovery(db, 1);
    REQUIRE(cases.transition(1, CaseStatus::Acknowledged).has_value());
    REQUIRE(cases.transition(1, CaseStatus::InRecovery).has_value());
    REQUIRE(cases.transition(1, CaseStatus::Resolved).has_value());

    const auto r = take(db, 0,
                        message(QStringLiteral("again@example.org"), QStringLiteral("di@example.org"),
                                QStringLiteral("Re: No heat"), QStringLiteral("It happened again."),
                                QStringLiteral("In-Reply-To: <open@example.org>\r\n")));
    CHECK(r.replies == 1);
    CHECK(r.reopened == 1);
    auto c = cases.get(1);
    REQUIRE(c.has_value());
    CHECK(c->status == CaseStatus::Reopened);
}

TEST_CASE("Auto-replies, list mail and our own copies never open a case", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    const QString header = GENERATE(QStringLiteral("Auto-Submitted: auto-replied\r\n"),
                                    QStringLiteral("Precedence: bulk\r\n"),
                                    QStringLiteral("List-Id: <news.example.org>\r\n"));
    const auto r = take(db, 0,
                        message(QStringLiteral("auto@example.org"), QStringLiteral("noreply@example.org"),
                                QStringLiteral("Out of office"), QStringLiteral("I am away until Monday."), header));
    CHECK(r.ignored == 1);
    CHECK(r.newCases == 0);
    CHECK(caseCount(db) == 0);
}

TEST_CASE("A reply is queued threaded and tagged; a bounce marks it undelivered", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    const User admin = test::makeUser(db, QStringLiteral("boss"), QStringLiteral("Ada Admin"), Role::Admin);
    const User rep = test::makeUser(db, QStringLiteral("rep"), QStringLiteral("Rita Rep"), Role::Rep);
    setUpMailbox(db, admin.id);
    take(db, rep.id,
         message(QStringLiteral("ask@example.org"), QStringLiteral("Eve <eve@example.org>"),
                 QStringLiteral("Wrong size"), QStringLiteral("The shoes are too small.")));

    MailRepository mail(db, rep.id);
    MailAttachment label;
    label.name = QStringLiteral("return-label.txt");
    label.mimeType = QStringLiteral("text/plain");
    label.data = QByteArrayLiteral("Return to: Redress Ltd");
    auto queued = mail.queueReply(1, QStringLiteral("We are sorry. A new pair leaves today."), {label});
    INFO((queued ? std::string() : queued.error().toString().toStdString()));
    REQUIRE(queued.has_value());

    auto thread = threadOf(db, 1);
    REQUIRE(thread.size() == 2);
    const ThreadMessage& ours = thread[1];
    CHECK(ours.direction == ThreadMessage::Direction::Out);
    CHECK(ours.state == ThreadMessage::State::Queued);
    CHECK(ours.messageId == *queued);
    CHECK(ours.subject == QStringLiteral("[RD-000001] Re: Wrong size"));
    CHECK(ours.to.contains(QStringLiteral("eve@example.org")));
    CHECK(ours.author == QStringLiteral("Rita Rep"));
    REQUIRE(ours.attachments.size() == 1);
    CHECK(ours.attachments[0].name == QStringLiteral("return-label.txt"));
    auto raw = mail.rawMessage(ours.id);
    REQUIRE(raw.has_value());
    CHECK(raw->contains("In-Reply-To: <ask@example.org>"));

    // The customer's server sends it back.
    const QString bounce =
        QStringLiteral(
            "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\nTo: support@redress.test\r\n"
            "Subject: Undelivered Mail Returned to Sender\r\nDate: Mon, 07 Dec 2026 10:00:00 +0000\r\n"
            "Message-ID: <bounce-1@mx.example.org>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
            "--B\r\nContent-Type: text/plain\r\n\r\nThe mailbox eve@example.org is full.\r\n"
            "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
            "Final-Recipient: rfc822; eve@example.org\r\nAction: failed\r\nStatus: 5.2.2\r\n\r\n"
            "--B\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <%1>\r\nSubject: [RD-000001] Re: Wrong "
            "size\r\n\r\n--B--\r\n")
            .arg(*queued);
    const auto r = take(db, 0, bounce.toUtf8());
    CHECK(r.ignored == 1);
    CHECK(r.newCases == 0);
    thread = threadOf(db, 1);
    const auto it = std::find_if(thread.begin(), thread.end(),
                                 [&](const ThreadMessage& m) { return m.messageId == *queued; });
    REQUIRE(it != thread.end());
    CHECK(it->state == ThreadMessage::State::Undelivered);
    CHECK(caseCount(db) == 1);
}

TEST_CASE("Without a mailbox or an address nothing is queued, and the reason is plain", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    const User admin = test::makeUser(db, QStringLiteral("boss"), QStringLiteral("Ada Admin"), Role::Admin);
    auto made = CaseRepository(db, admin.id).create([] {
        NewCase c;
        c.customerName = QStringLiteral("Phone Only");
        c.productName = QStringLiteral("Kettle");
        c.description = QStringLiteral("Leaks.");
        return c;
    }());
    REQUIRE(made.has_value());
    MailRepository mail(db, admin.id);
    auto none = mail.queueReply(made->id, QStringLiteral("Hello"));
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().message.contains(QStringLiteral("mailbox")));

    setUpMailbox(db, admin.id);
    auto noAddress = mail.queueReply(made->id, QStringLiteral("Hello"));
    REQUIRE_FALSE(noAddress.has_value());
    CHECK(noAddress.error().message.contains(QStringLiteral("no e-mail address")));
    auto n = mail.messageCount();
    REQUIRE(n.has_value());
    CHECK(*n == 0);
}

TEST_CASE("Only an administrator sets the mailbox up", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    const User rep = test::makeUser(db, QStringLiteral("rep"), QStringLiteral("Rita Rep"), Role::Rep);
    auto account = MailAccount::from(QStringLiteral("imap://support@127.0.0.1:1143/INBOX"),
                                     QStringLiteral("smtp://support@127.0.0.1:1025"),
                                     QStringLiteral("support@redress.test"), false, true);
    REQUIRE(account.has_value());
    auto saved = MailRepository(db, rep.id).saveAccount(*account);
    REQUIRE_FALSE(saved.has_value());
    auto stored = MailRepository(db, rep.id).account();
    REQUIRE(stored.has_value());
    CHECK_FALSE(stored->has_value());
}

TEST_CASE("Erasure takes the customer's words, addresses and attachments out of their mail", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    const User admin = test::makeUser(db, QStringLiteral("boss"), QStringLiteral("Ada Admin"), Role::Admin);
    setUpMailbox(db, admin.id);
    const QByteArray withFile =
        QByteArrayLiteral("From: Fay Secret <fay@example.org>\r\nTo: support@redress.test\r\nSubject: My address "
                          "is 12 Hidden Lane\r\nDate: Mon, 07 Dec 2026 09:00:00 +0000\r\nMessage-ID: "
                          "<fay-1@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
                          "boundary=\"X\"\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\nI live at 12 Hidden "
                          "Lane.\r\n--X\r\nContent-Type: image/png\r\nContent-Disposition: attachment; "
                          "filename=\"receipt.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
                          "--X--\r\n");
    take(db, admin.id, withFile);
    REQUIRE(MailRepository(db, admin.id).queueReply(1, QStringLiteral("Dear Fay, about 12 Hidden Lane")).has_value());
    auto c = CaseRepository(db, admin.id).get(1);
    REQUIRE(c.has_value());

    auto erased = Erasure::eraseCustomer(db, c->customerId, admin);
    INFO((erased ? std::string() : erased.error().toString().toStdString()));
    REQUIRE(erased.has_value());

    const auto thread = threadOf(db, 1);
    REQUIRE(thread.size() == 2);
    for (const ThreadMessage& m : thread) {
        CHECK_FALSE(m.text.contains(QStringLiteral("Hidden Lane")));
        CHECK_FALSE(m.subject.contains(QStringLiteral("Hidden Lane")));
        CHECK(m.from.address.isEmpty());
        CHECK(m.attachments.isEmpty());
        CHECK(m.state != ThreadMessage::State::Queued); // never sent now
        auto raw = MailRepository(db, admin.id).rawMessage(m.id);
        REQUIRE(raw.has_value());
        CHECK(raw->isEmpty());
    }
    auto attachments = MailRepository(db, admin.id).attachmentCount();
    REQUIRE(attachments.has_value());
    CHECK(*attachments == 0);
    CaseListQuery q;
    q.filter.search = QStringLiteral("Hidden Lane");
    auto found = CaseListRepository(db).count(q);
    REQUIRE(found.has_value());
    CHECK(*found == 0);
}

TEST_CASE("The case list's search finds words of a case's messages", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    take(db, 0,
         message(QStringLiteral("s1@example.org"), QStringLiteral("hal@example.org"), QStringLiteral("Boiler"),
                 QStringLiteral("The boiler rattles.")));
    take(db, 0,
         message(QStringLiteral("s2@example.org"), QStringLiteral("hal@example.org"), QStringLiteral("Re: Boiler"),
                 QStringLiteral("Also the thermostat shows quorxle."), QStringLiteral("In-Reply-To: <s1@example.org>\r\n")));
    CaseListRepository list(db);
    CaseListQuery q;
    q.filter.search = QStringLiteral("quorxle");
    auto found = list.count(q);
    REQUIRE(found.has_value());
    CHECK(*found == 1);
    q.filter.search = QStringLiteral("thermostat rattles"); // one word in the reply, one in the description
    found = list.count(q);
    REQUIRE(found.has_value());
    CHECK(*found == 1);
    q.filter.search = QStringLiteral("nowhere-word");
    found = list.count(q);
    REQUIRE(found.has_value());
    CHECK(*found == 0);
}

TEST_CASE("The printed summaries carry the conversation: all of it for managers", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    const User admin = test::makeUser(db, QStringLiteral("boss"), QStringLiteral("Ada Admin"), Role::Admin);
    setUpMailbox(db, admin.id);
    take(db, admin.id,
         message(QStringLiteral("p1@example.org"), QStringLiteral("Jo <jo@example.org>"), QStringLiteral("Torn bag"),
                 QStringLiteral("The bag tore on day one.")));
    take(db, admin.id,
         message(QStringLiteral("p2@example.org"), QStringLiteral("jo@example.org"), QStringLiteral("Away"),
                 QStringLiteral("I am on holiday."),
                 QStringLiteral("In-Reply-To: <p1@example.org>\r\nAuto-Submitted: auto-replied\r\n")));
    REQUIRE(MailRepository(db, admin.id).queueReply(1, QStringLiteral("A new bag is on its way.")).has_value());

    auto customer = CaseSummary(db).html(1, CaseSummary::Audience::Customer);
    REQUIRE(customer.has_value());
    CHECK(customer->contains(QStringLiteral("The bag tore on day one.")));
    CHECK_FALSE(customer->contains(QStringLiteral("I am on holiday."))); // an auto-reply
    CHECK_FALSE(customer->contains(QStringLiteral("A new bag"))); // not sent yet
    auto manager = CaseSummary(db).html(1, CaseSummary::Audience::Manager);
    REQUIRE(manager.has_value());
    CHECK(manager->contains(QStringLiteral("I am on holiday.")));
    CHECK(manager->contains(QStringLiteral("A new bag is on its way.")));
    CHECK(manager->contains(labelOf(ThreadMessage::State::Queued)));
}

TEST_CASE("check finds a stored message whose bytes were changed", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    take(db, 0,
         message(QStringLiteral("kept@example.org"), QStringLiteral("ivy@example.org"), QStringLiteral("Refund"),
                 QStringLiteral("I was promised 40 euros.")));
    auto sound = StoreCheck(db).run();
    REQUIRE(sound.has_value());
    CHECK(sound->isEmpty());

    // Someone with the file rewrites what the customer wrote.
    QSqlQuery edit(db.connection());
    REQUIRE(edit.prepare(QStringLiteral("UPDATE mail_messages SET raw = ?")));
    edit.addBindValue(message(QStringLiteral("kept@example.org"), QStringLiteral("ivy@example.org"),
                              QStringLiteral("Refund"), QStringLiteral("I was promised 4 euros.")));
    REQUIRE(edit.exec());
    auto found = StoreCheck(db).run();
    REQUIRE(found.has_value());
    REQUIRE(found->size() == 1);
    CHECK(found->at(0).check == QStringLiteral("mail"));
    CHECK(found->at(0).problem.contains(QStringLiteral("RD-000001")));
}

TEST_CASE("redress-cli mail import, reply and stats", "[core][mail][cli]")
{
    test::TempStore store;
    const Database& db = store.db();
    const QString eml = store.filePath(QStringLiteral("complaint.eml"));
    {
        QFile f(eml);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(message(QStringLiteral("cli@example.org"), QStringLiteral("Gus <gus@example.org>"),
                        QStringLiteral("Door hinge"), QStringLiteral("The hinge snapped.")));
    }
    auto first = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("import"), eml});
    INFO(test::show(first));
    REQUIRE(first.code == 0);
    CHECK(first.out == QStringLiteral("fetched: 1\nnew cases: 1\nreplies: 0\nignored: 0\nfollow-ups: 0\n"));
    auto second =
        test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("import"), eml});
    INFO(test::show(second));
    CHECK(second.out == QStringLiteral("fetched: 1\nnew cases: 0\nreplies: 0\nignored: 1\nfollow-ups: 0\n"));

    const QString body = store.filePath(QStringLiteral("body.txt"));
    {
        QFile f(body);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Sorry about the hinge: a new one is on its way.\n");
    }
    // No mailbox yet: a plain refusal.
    auto refused = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("reply"), QStringLiteral("RD-000001"),
                              QStringLiteral("--file"), body});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("mailbox")));

    auto setup = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("setup"),
                            QStringLiteral("--imap"), QStringLiteral("imap://support@127.0.0.1:1143/INBOX"),
                            QStringLiteral("--smtp"), QStringLiteral("smtp://support@127.0.0.1:1025"),
                            QStringLiteral("--address"), QStringLiteral("Support <support@redress.test>"),
                            QStringLiteral("--insecure-loopback")});
    INFO(test::show(setup));
    REQUIRE(setup.code == 0);

    auto queued = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("reply"), QStringLiteral("RD-000001"),
                             QStringLiteral("--file"), body, QStringLiteral("--attach"), body});
    INFO(test::show(queued));
    REQUIRE(queued.code == 0);
    static const QRegularExpression line(QStringLiteral("^queued: [^<>\\s]+@redress\\.test\\n$"));
    CHECK(line.match(queued.out).hasMatch());

    auto stats = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("stats")});
    REQUIRE(stats.code == 0);
    CHECK(stats.out.contains(QStringLiteral("\nmessages: 2\n")));
    CHECK(stats.out.endsWith(QStringLiteral("attachments: 1\n")));
}

TEST_CASE("redress-cli mail refuses what it cannot use, naming it", "[core][mail][cli]")
{
    test::TempStore store;
    const QString db = store.path();
    auto noSub = test::cli({QStringLiteral("--db"), db, QStringLiteral("mail")});
    CHECK(noSub.code == 2);
    auto unknown = test::cli({QStringLiteral("--db"), db, QStringLiteral("mail"), QStringLiteral("sync")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("sync")));
    auto missing = test::cli({QStringLiteral("--db"), db, QStringLiteral("mail"), QStringLiteral("setup"),
                              QStringLiteral("--imap"), QStringLiteral("imap://a@127.0.0.1/INBOX")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("--smtp")));
    auto badUrl = test::cli({QStringLiteral("--db"), db, QStringLiteral("mail"), QStringLiteral("setup"),
                             QStringLiteral("--imap"), QStringLiteral("ftp://a@127.0.0.1/INBOX"), QStringLiteral("--smtp"),
                             QStringLiteral("smtp://a@127.0.0.1"), QStringLiteral("--address"),
                             QStringLiteral("a@example.org"), QStringLiteral("--insecure-loopback")});
    CHECK(badUrl.code == 2);
    CHECK(badUrl.err.contains(QStringLiteral("imap")));
    auto fetchWithout = test::cli({QStringLiteral("--db"), db, QStringLiteral("mail"), QStringLiteral("fetch")});
    CHECK(fetchWithout.code == 1);
    CHECK(fetchWithout.err.contains(QStringLiteral("mail setup")));
    auto badRef = test::cli({QStringLiteral("--db"), db, QStringLiteral("reply"), QStringLiteral("case-1"),
                             QStringLiteral("--file"), QStringLiteral("x")});
    CHECK(badRef.code == 2);
}

TEST_CASE("Every message of the real-mail corpus is taken in, once, and nothing is lost", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    const QDir corpus(QStringLiteral(REDRESS_MAIL_CORPUS));
    QStringList files;
    for (const QString& name : corpus.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name))
        files << corpus.filePath(name);
    REQUIRE(files.size() >= 30);

    auto first = MailIntake(db, 0).importFiles(files);
    INFO((first ? std::string() : first.error().toString().toStdString()));
    REQUIRE(first.has_value());
    CHECK(first->fetched == files.size());
    CHECK(first->newCases + first->replies + first->ignored == files.size());
    CHECK(first->newCases > 0);
    CHECK(first->ignored > 0); // the corpus has auto-replies, list mail and bounces
    auto stored = MailRepository(db, 0).messageCount();
    REQUIRE(stored.has_value());
    const qint64 messages = *stored;
    CHECK(messages <= files.size()); // a copy of one message is one message
    CHECK(messages >= files.size() - 2);

    auto again = MailIntake(db, 0).importFiles(files);
    REQUIRE(again.has_value());
    CHECK(again->ignored == files.size());
    CHECK(again->newCases == 0);
    auto after = MailRepository(db, 0).messageCount();
    REQUIRE(after.has_value());
    CHECK(*after == messages);
    auto sound = StoreCheck(db).run();
    REQUIRE(sound.has_value());
    CHECK(sound->isEmpty());
}

TEST_CASE("A message a rule fails on is kept as it came, and the pass goes on", "[core][mail]")
{
    test::TempStore store;
    const Database& db = store.db();
    // A store rule that refuses one complaint, standing in for any failure
    // while filing a message.
    QSqlQuery rule(db.connection());
    if (test::onPostgres()) {
        REQUIRE(rule.exec(QStringLiteral(
            "CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF new.description "
            "LIKE '%poison%' THEN RAISE EXCEPTION 'refused by rule'; END IF; RETURN new; END $$")));
        REQUIRE(rule.exec(QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT ON cases FOR EACH ROW "
                                         "EXECUTE FUNCTION refuse_poison()")));
    } else {
        REQUIRE(rule.exec(QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT ON cases WHEN "
                                         "new.description LIKE '%poison%' BEGIN SELECT RAISE(ABORT, 'refused by "
                                         "rule'); END")));
    }
    FetchReport report;
    auto taken = MailIntake(db, 0).takeMany(
        {message(QStringLiteral("ok1@example.org"), QStringLiteral("a@example.org"), QStringLiteral("One"),
                 QStringLiteral("First complaint.")),
         message(QStringLiteral("bad@example.org"), QStringLiteral("b@example.org"), QStringLiteral("Two"),
                 QStringLiteral("A poison message.")),
         message(QStringLiteral("ok2@example.org"), QStringLiteral("c@example.org"), QStringLiteral("Three"),
                 QStringLiteral("Third complaint."))},
        report, {});
    INFO((taken ? std::string() : taken.error().toString().toStdString()));
    REQUIRE(taken.has_value());
    CHECK(report.fetched == 3);
    CHECK(report.newCases == 2);
    CHECK(report.ignored == 1);
    REQUIRE(report.notes.size() == 1);
    CHECK(report.notes[0].contains(QStringLiteral("kept as it came")));
    CHECK(caseCount(db) == 2);
    auto n = MailRepository(db, 0).messageCount();
    REQUIRE(n.has_value());
    CHECK(*n == 3); // the refused one is kept, set aside

    // Its bytes are there, whole.
    QSqlQuery kept(db.connection());
    REQUIRE(kept.exec(QStringLiteral("SELECT raw FROM mail_messages WHERE kind = 'unreadable'")));
    REQUIRE(kept.next());
    CHECK(kept.value(0).toByteArray().contains("A poison message."));
}
