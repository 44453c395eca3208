// One customer, many cases: links on both sides and in both timelines
// without loops, merges that lose nothing and keep references working, a
// merge against another desk's edit, splits, second failures whichever way
// a case arrives (typed, imported, by mail) within the team's window, and
// customers merged and then erased. Both backends.

#include "core/cases/CaseLink.h"
#include "core/io/CaseImporter.h"
#include "core/io/ExportColumns.h"
#include "core/mail/MailPasses.h"
#include "core/store/AuditChain.h"
#include "core/store/CaseLinkRepository.h"
#include "core/store/CaseListQuery.h"
#include "core/store/CaseListRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/Erasure.h"
#include "core/store/EscalationRepository.h"
#include "core/store/MailRepository.h"
#include "core/store/SecondFailure.h"
#include "core/store/StoreCheck.h"
#include "support/CaseBuilder.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <QSqlQuery>

#include <barrier>
#include <functional>
#include <thread>

using namespace redress::core;
using namespace redress::test;

namespace {

QDateTime utc(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

struct Desk
{
    TempStore store;
    FixedClock clock{utc(2026, 3, 2)};
    User rep = makeUser(store.db(), QStringLiteral("rita"), QStringLiteral("Rita Rep"), Role::Rep);
    User lead = makeUser(store.db(), QStringLiteral("leo"), QStringLiteral("Leo Lead"), Role::Lead);
    User admin = makeUser(store.db(), QStringLiteral("ada"), QStringLiteral("Ada Admin"), Role::Admin);

    const Database& db() const { return store.db(); }
    CaseRepository cases() const { return CaseRepository(store.db(), rep.id); }
    CaseLinkRepository links() const { return CaseLinkRepository(store.db(), rep.id); }

    Case open(const NewCase& intake)
    {
        auto made = cases().create(intake);
        INFO(describe(made));
        REQUIRE(made.has_value());
        return *made;
    }
    Case open(const QString& customer = QStringLiteral("Dr Ana Costa"),
              const QString& product = QStringLiteral("Vacuum pump VP-200"),
              const QString& description = QStringLiteral("The pump stopped."))
    {
        return open(CaseBuilder().customer(customer).product(product).description(description).build());
    }
    Case openFor(qint64 customerId, const QString& product = QStringLiteral("Vacuum pump VP-200"),
                 const QString& description = QStringLiteral("The pump stopped again."))
    {
        return open(
            CaseBuilder().existingCustomer(customerId).product(product).description(description).build());
    }
    void resolve(qint64 id)
    {
        completeRecovery(store.db(), id);
        for (CaseStatus s : {CaseStatus::Acknowledged, CaseStatus::InRecovery, CaseStatus::Resolved}) {
            auto moved = cases().transition(id, s);
            INFO(describe(moved));
            REQUIRE(moved.has_value());
        }
    }
    Case get(qint64 id) const
    {
        auto c = cases().get(id);
        REQUIRE(c.has_value());
        return *c;
    }
    QList<CaseEvent> timeline(qint64 id) const
    {
        auto t = cases().timeline(id);
        REQUIRE(t.has_value());
        return *t;
    }
    void auditIntact() const
    {
        auto report = AuditChain::verify(store.db().connection());
        REQUIRE(report.has_value());
        CHECK_FALSE(report->broken.has_value());
        auto findings = StoreCheck(store.db()).run();
        REQUIRE(findings.has_value());
        QString problems;
        for (const auto& f : *findings)
            problems += f.check + QStringLiteral(": ") + f.problem + QLatin1Char('\n');
        INFO(problems.toStdString());
        CHECK(findings->isEmpty());
    }
    qint64 count(const QString& statement, const QVariantList& values = {}) const
    {
        return scalar(store.db().connection(), statement, values).toLongLong();
    }
};

bool hasEvent(const QList<CaseEvent>& events, const QString& field, const QString& newValue)
{
    return std::any_of(events.cbegin(), events.cend(),
                       [&](const CaseEvent& e) { return e.field == field && e.newValue == newValue; });
}

bool hasNoteContaining(const QList<CaseEvent>& events, const QString& text)
{
    return std::any_of(events.cbegin(), events.cend(), [&](const CaseEvent& e) {
        return e.kind == CaseEvent::Kind::Note && e.note.contains(text);
    });
}

QList<qint64> found(const Database& db, const QString& search)
{
    CaseListQuery q;
    q.filter.search = search;
    auto ids = CaseListRepository(db).ids(q, 0, 50);
    REQUIRE(ids.has_value());
    return *ids;
}

/// A customer's mail, with an attachment when `attachment` is given.
QByteArray mail(const QString& messageId, const QString& from, const QString& date, const QString& subject,
                const QString& body, const QByteArray& attachment = {})
{
    QString head =
        QStringLiteral("From: %1\r\nTo: Support <support@redress.test>\r\nSubject: %2\r\nDate: %3\r\n"
                       "Message-ID: <%4>\r\nMIME-Version: 1.0\r\n")
            .arg(from, subject, date, messageId);
    if (attachment.isEmpty())
        return (head + QStringLiteral("Content-Type: text/plain; charset=utf-8\r\n\r\n%1\r\n").arg(body))
            .toUtf8();
    return (head + QStringLiteral("Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                                  "Content-Type: text/plain; charset=utf-8\r\n\r\n%1\r\n--b1\r\n"
                                  "Content-Type: application/octet-stream\r\n"
                                  "Content-Disposition: attachment; filename=\"photo.bin\"\r\n"
                                  "Content-Transfer-Encoding: base64\r\n\r\n%2\r\n--b1--\r\n")
                       .arg(body, QString::fromLatin1(attachment.toBase64())))
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

} // namespace

TEST_CASE("A link shows on both sides and in both timelines, and never closes a loop", "[core][links]")
{
    Desk desk;
    const Case a = desk.open();
    const Case b = desk.openFor(a.customerId);
    const Case c = desk.openFor(a.customerId);

    REQUIRE(desk.links().link(b.id, a.id, LinkKind::Duplicate).has_value());
    auto fromB = desk.links().linksOf(b.id);
    auto fromA = desk.links().linksOf(a.id);
    REQUIRE(fromB.has_value());
    REQUIRE(fromA.has_value());
    REQUIRE(fromB->size() == 1);
    REQUIRE(fromA->size() == 1);
    CHECK(fromB->first().outgoing);
    CHECK(fromB->first().otherId == a.id);
    CHECK(describe(fromB->first()) == QStringLiteral("duplicate of %1").arg(a.reference()));
    CHECK_FALSE(fromA->first().outgoing);
    CHECK(fromA->first().otherId == b.id);
    CHECK(describe(fromA->first()) == QStringLiteral("has duplicate %1").arg(b.reference()));
    CHECK(
        hasEvent(desk.timeline(b.id), QStringLiteral("link"), QStringLiteral("duplicate ") + a.reference()));
    CHECK(hasEvent(desk.timeline(a.id), QStringLiteral("linked"),
                   QStringLiteral("duplicate ") + b.reference()));

    // The same link again changes nothing; another kind replaces it.
    const qint64 events = desk.count(QStringLiteral("SELECT count(*) FROM case_events"));
    REQUIRE(desk.links().link(b.id, a.id, LinkKind::Duplicate).has_value());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM case_events")) == events);
    REQUIRE(desk.links().link(b.id, a.id, LinkKind::Related).has_value());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM case_links")) == 1);
    CHECK(desk.links().linksOf(a.id)->first().kind == LinkKind::Related);
    REQUIRE(desk.links().link(b.id, a.id, LinkKind::Duplicate).has_value());

    // No loops: c → b → a, and then a → c would lead back.
    REQUIRE(desk.links().link(c.id, b.id, LinkKind::Duplicate).has_value());
    auto loop = desk.links().link(a.id, c.id, LinkKind::Duplicate);
    REQUIRE_FALSE(loop.has_value());
    CHECK(loop.error().code == Error::Code::InvalidInput);
    CHECK(loop.error().message.contains(c.reference()));
    // The other way round of an existing link, and a case to itself.
    CHECK_FALSE(desk.links().link(a.id, b.id, LinkKind::Related).has_value());
    CHECK_FALSE(desk.links().link(a.id, a.id, LinkKind::Related).has_value());
    // Second failures are the store's to find.
    CHECK_FALSE(desk.links().link(c.id, a.id, LinkKind::SecondFailure).has_value());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM case_links")) == 2);

    REQUIRE(desk.links().unlink(a.id, b.id).has_value());
    CHECK(desk.links().linksOf(a.id)->isEmpty());
    CHECK(desk.links().linksOf(b.id)->size() == 1);
    desk.auditIntact();
}

TEST_CASE("A merge moves the words, notes, messages and attachments and loses nothing", "[core][links]")
{
    Desk desk;
    const User admin = desk.admin;
    take(desk.db(), desk.rep.id,
         mail(QStringLiteral("first@example.org"), QStringLiteral("Ana <ana@example.org>"),
              QStringLiteral("Mon, 02 Mar 2026 08:00:00 +0000"), QStringLiteral("Pump"),
              QStringLiteral("The pump stopped during surgery.")));
    take(desk.db(), desk.rep.id,
         mail(QStringLiteral("second@example.org"), QStringLiteral("Ana <ana@example.org>"),
              QStringLiteral("Mon, 02 Mar 2026 08:30:00 +0000"), QStringLiteral("Pump again"),
              QStringLiteral("Writing again about the vortexial noise."),
              QByteArrayLiteral("\x01\x02photo")));
    const qint64 original = 1;
    const qint64 duplicate = 2;
    REQUIRE(desk.get(duplicate).customerId == desk.get(original).customerId);
    REQUIRE(
        desk.cases().addNote(duplicate, QStringLiteral("She called to say the noise is back.")).has_value());
    const qint64 eventsBefore = desk.count(QStringLiteral("SELECT count(*) FROM case_events"));
    const qint64 messagesBefore = desk.count(QStringLiteral("SELECT count(*) FROM mail_messages"));

    auto merged = desk.links().merge(duplicate, original);
    INFO(describe(merged));
    REQUIRE(merged.has_value());
    CHECK(merged->notes == 1);
    CHECK(merged->messages == 1);
    CHECK(merged->attachments == 1);

    const Case survivor = desk.get(original);
    const Case gone = desk.get(duplicate);
    CHECK(survivor.description.contains(QStringLiteral("vortexial")));
    CHECK(gone.status == CaseStatus::Closed);
    CHECK(gone.mergedInto == original);
    CHECK(survivor.mergedInto == 0);
    // Every event is still there, and the merge added its own.
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM case_events")) > eventsBefore);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM mail_messages")) == messagesBefore);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM mail_messages WHERE case_id = ?"), {original}) ==
          2);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM mail_attachments a JOIN mail_messages m ON m.id = "
                                    "a.message_id WHERE m.case_id = ?"),
                     {original}) == 1);
    CHECK(hasNoteContaining(desk.timeline(original), QStringLiteral("the noise is back")));
    CHECK(hasEvent(desk.timeline(original), QStringLiteral("merged"), gone.reference()));
    CHECK(hasEvent(desk.timeline(duplicate), QStringLiteral("merged_into"), survivor.reference()));
    const QList<CaseEvent> closing = desk.timeline(duplicate);
    CHECK(std::any_of(closing.cbegin(), closing.cend(), [&](const CaseEvent& e) {
        return e.field == QStringLiteral("status") && e.newValue == QStringLiteral("closed") &&
               e.note.contains(survivor.reference());
    }));
    auto all = desk.links().timelineWithMerged(original);
    REQUIRE(all.has_value());
    CHECK(all->size() == desk.timeline(original).size() + desk.timeline(duplicate).size());
    CHECK(desk.links().linksOf(duplicate)->first().kind == LinkKind::Duplicate);

    // The old reference finds the survivor, in the list and for a link.
    const QList<qint64> byReference = found(desk.db(), gone.reference());
    CHECK(byReference.contains(original));
    CHECK(found(desk.db(), QStringLiteral("vortexial")).contains(original));
    CHECK(*desk.links().survivorOf(duplicate) == original);
    // A reply to the duplicate's message joins the survivor.
    take(desk.db(), desk.rep.id,
         mail(QStringLiteral("third@example.org"), QStringLiteral("Ana <ana@example.org>"),
              QStringLiteral("Mon, 02 Mar 2026 08:45:00 +0000"), QStringLiteral("Re: Pump again"),
              QStringLiteral("Any news?"))
             .replace("MIME-Version", "In-Reply-To: <second@example.org>\r\nMIME-Version"));
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM mail_messages WHERE case_id = ?"), {original}) ==
          3);
    desk.auditIntact();
    (void)admin;
}

TEST_CASE("A merge is refused into itself, into a chain and across customers unless confirmed",
          "[core][links]")
{
    Desk desk;
    const Case a = desk.open();
    const Case b = desk.openFor(a.customerId);
    const Case c = desk.openFor(a.customerId);
    const Case other = desk.open(QStringLiteral("Bo Berg"));

    auto self = desk.links().merge(a.id, a.id);
    REQUIRE_FALSE(self.has_value());
    CHECK(self.error().code == Error::Code::InvalidInput);

    auto across = desk.links().merge(other.id, a.id);
    REQUIRE_FALSE(across.has_value());
    CHECK(across.error().field == QStringLiteral("customer"));
    CHECK(desk.get(other.id).mergedInto == 0);

    REQUIRE(desk.links().merge(b.id, a.id).has_value());
    // b is gone: nothing merges into it, and it merges nowhere again.
    CHECK_FALSE(desk.links().merge(c.id, b.id).has_value());
    CHECK_FALSE(desk.links().merge(b.id, c.id).has_value());
    CHECK_FALSE(desk.links().link(c.id, b.id, LinkKind::Related).has_value());
    // Merging a into c takes b along: b leads to c in one step.
    REQUIRE(desk.links().merge(a.id, c.id).has_value());
    CHECK(desk.get(b.id).mergedInto == c.id);
    CHECK(desk.get(a.id).mergedInto == c.id);
    CHECK(desk.count(
              QStringLiteral("SELECT count(*) FROM cases WHERE merged_into IN (SELECT id FROM cases WHERE "
                             "merged_into IS NOT NULL)")) == 0);

    // Confirmed, two customers' cases merge.
    CaseLinkRepository::MergeOptions confirmed;
    confirmed.acrossCustomers = true;
    REQUIRE(desk.links().merge(other.id, c.id, confirmed).has_value());
    CHECK(desk.get(other.id).mergedInto == c.id);
    desk.auditIntact();
}

TEST_CASE("A merge against another desk's edit: the stale one is refused, nothing is lost", "[core][links]")
{
    Desk desk;
    const Case a = desk.open();
    const Case b = desk.openFor(a.customerId);
    // Desk one read both cases; desk two writes a note on the duplicate.
    const qint64 aVersion = desk.get(a.id).rowVersion;
    const qint64 bVersion = desk.get(b.id).rowVersion;
    REQUIRE(CaseRepository(desk.db(), desk.lead.id)
                .addNote(b.id, QStringLiteral("Spoke to her again."))
                .has_value());
    CaseLinkRepository::MergeOptions stale;
    stale.duplicateVersion = bVersion;
    stale.survivorVersion = aVersion;
    auto refused = desk.links().merge(b.id, a.id, stale);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(desk.get(b.id).mergedInto == 0);
    CHECK(desk.get(b.id).status == CaseStatus::New);

    // Both desks at once, each on its own connection: a merge and notes on
    // the duplicate. Whichever comes first, every note is on the survivor's
    // timeline with the merged case's.
    const Database& db = desk.db();
    std::barrier start(2);
    std::thread merging([&] {
        start.arrive_and_wait();
        auto m = CaseLinkRepository(db, desk.rep.id).merge(b.id, a.id);
        CHECK(m.has_value());
        db.releaseThreadConnection();
    });
    std::thread noting([&] {
        start.arrive_and_wait();
        for (int i = 0; i < 5; ++i)
            CHECK(CaseRepository(db, desk.lead.id)
                      .addNote(b.id, QStringLiteral("Note %1 from desk two").arg(i)));
        db.releaseThreadConnection();
    });
    merging.join();
    noting.join();
    auto all = desk.links().timelineWithMerged(a.id);
    REQUIRE(all.has_value());
    for (int i = 0; i < 5; ++i)
        CHECK(hasNoteContaining(*all, QStringLiteral("Note %1 from desk two").arg(i)));
    CHECK(hasNoteContaining(*all, QStringLiteral("Spoke to her again.")));
    CHECK(desk.get(b.id).mergedInto == a.id);
    desk.auditIntact();
}

TEST_CASE("A note or a message splits out into a new case of the same customer", "[core][links]")
{
    Desk desk;
    take(desk.db(), desk.rep.id,
         mail(QStringLiteral("s1@example.org"), QStringLiteral("Ana <ana@example.org>"),
              QStringLiteral("Mon, 02 Mar 2026 08:00:00 +0000"), QStringLiteral("Pump"),
              QStringLiteral("The pump stopped.")));
    take(desk.db(), desk.rep.id,
         mail(QStringLiteral("s2@example.org"), QStringLiteral("Ana <ana@example.org>"),
              QStringLiteral("Mon, 02 Mar 2026 08:10:00 +0000"), QStringLiteral("Re: Pump"),
              QStringLiteral("Also, your invoice charged us twice."))
             .replace("MIME-Version", "In-Reply-To: <s1@example.org>\r\nMIME-Version"));
    REQUIRE(desk.cases().addNote(1, QStringLiteral("And the delivery van blocked the drive.")).has_value());
    const qint64 noteId = desk.count(
        QStringLiteral("SELECT max(id) FROM case_events WHERE case_id = 1 AND kind = 'note' AND field = ''"));
    const qint64 messageId = desk.count(
        QStringLiteral("SELECT id FROM mail_messages WHERE message_id LIKE ?"), {QStringLiteral("s2@%")});

    auto fromNote = desk.links().splitNote(1, noteId);
    INFO(describe(fromNote));
    REQUIRE(fromNote.has_value());
    CHECK(fromNote->customerId == desk.get(1).customerId);
    CHECK(fromNote->description == QStringLiteral("And the delivery van blocked the drive."));
    auto fromMessage = desk.links().splitMessage(1, messageId);
    INFO(describe(fromMessage));
    REQUIRE(fromMessage.has_value());
    CHECK(fromMessage->description.contains(QStringLiteral("charged us twice")));
    CHECK(desk.count(QStringLiteral("SELECT case_id FROM mail_messages WHERE id = ?"), {messageId}) ==
          fromMessage->id);
    CHECK(hasEvent(desk.timeline(1), QStringLiteral("split"), fromNote->reference()));
    CHECK(hasEvent(desk.timeline(fromMessage->id), QStringLiteral("split_from"), referenceFor(1)));
    CHECK(desk.links().linksOf(1)->size() == 2);
    // A note of another case, or something that is no note, does not split.
    CHECK_FALSE(desk.links().splitNote(fromNote->id, noteId).has_value());
    desk.auditIntact();
}

TEST_CASE("A second failure at intake: flagged, linked and with the lead, within the window only",
          "[core][links][second-failure]")
{
    Desk desk;
    const Case first = desk.open();
    desk.resolve(first.id);
    desk.clock.advanceSecs(10 * 24 * 3600);

    // Same customer, same product, ten days after the resolution.
    const Case again = desk.openFor(first.customerId);
    CHECK(again.secondFailureOf == first.id);
    CHECK(desk.count(QStringLiteral("SELECT escalation_level FROM cases WHERE id = ?"), {again.id}) == 1);
    auto escalations = EscalationRepository(desk.db()).forCase(again.id);
    REQUIRE(escalations.has_value());
    REQUIRE(escalations->size() == 1);
    CHECK(escalations->first().reason.contains(first.reference()));
    auto links = desk.links().linksOf(again.id);
    REQUIRE(links.has_value());
    REQUIRE(links->size() == 1);
    CHECK(links->first().kind == LinkKind::SecondFailure);
    CHECK(links->first().otherId == first.id);
    CHECK(hasEvent(desk.timeline(again.id), QStringLiteral("second_failure"), first.reference()));

    // Another product and another customer are no second failure.
    CHECK(desk.openFor(first.customerId, QStringLiteral("Chair C-1")).secondFailureOf == 0);
    CHECK(desk.open(QStringLiteral("Bo Berg")).secondFailureOf == 0);

    // The window is the team's: 5 days, and ten days later is too late.
    CHECK(*SecondFailure::windowDaysIn(desk.db().connection()) == SecondFailure::defaultDays);
    CHECK_FALSE(SecondFailure::setWindowDays(desk.db(), desk.rep, 5).has_value());
    REQUIRE(SecondFailure::setWindowDays(desk.db(), desk.lead, 5).has_value());
    CHECK(*SecondFailure::windowDaysIn(desk.db().connection()) == 5);
    CHECK(desk.openFor(first.customerId).secondFailureOf == 0);
    // … and at 61 days of 60 as well.
    REQUIRE(SecondFailure::setWindowDays(desk.db(), desk.lead, 60).has_value());
    CHECK(desk.openFor(first.customerId).secondFailureOf == first.id);
    desk.clock.advanceSecs(51 * 24 * 3600);
    CHECK(desk.openFor(first.customerId).secondFailureOf == 0);
    desk.auditIntact();
}

TEST_CASE("A second failure arriving by import and by mail is flagged too", "[core][links][second-failure]")
{
    Desk desk;
    // By mail: the first message's case is resolved, the second opens a
    // case for the same address a week later.
    take(desk.db(), desk.rep.id,
         mail(QStringLiteral("m1@example.org"), QStringLiteral("Ana <ana@example.org>"),
              QStringLiteral("Mon, 02 Mar 2026 08:00:00 +0000"), QStringLiteral("Pump"),
              QStringLiteral("The pump stopped.")));
    desk.resolve(1);
    desk.clock.advanceSecs(7 * 24 * 3600);
    take(desk.db(), desk.rep.id,
         mail(QStringLiteral("m2@example.org"), QStringLiteral("Ana <ana@example.org>"),
              QStringLiteral("Mon, 09 Mar 2026 08:00:00 +0000"), QStringLiteral("Pump, again"),
              QStringLiteral("It stopped again.")));
    // Mail opens its case before anyone knows the product: two unsorted
    // cases share nothing yet.
    CHECK(desk.get(2).customerId == desk.get(1).customerId);
    CHECK(desk.get(2).secondFailureOf == 0);
    // The rep's analysis finds the root cause of the recovery that did not hold.
    const qint64 cause = desk.count(QStringLiteral("SELECT root_cause_id FROM cases WHERE id = 1"));
    REQUIRE(cause > 0);
    REQUIRE(RecoveryRepository(desk.db(), desk.rep).recordAnalysis(2, cause, {}, false).has_value());
    const Case byMail = desk.get(2);
    CHECK(byMail.secondFailureOf == 1);
    CHECK(desk.count(QStringLiteral("SELECT escalation_level FROM cases WHERE id = 2")) == 1);

    // By import: a customer's resolved case and, in the same file, a new
    // one three weeks later about the same product.
    const QString csv = QStringLiteral(
        "customer,product,description,opened,status,resolved\n"
        "Carl Dahl,Chair C-1,The chair broke.,2026-01-05T10:00:00Z,resolved,2026-01-10T10:00:00Z\n"
        "Carl Dahl,Chair C-1,The chair broke again.,2026-01-31T10:00:00Z,new,\n"
        "Carl Dahl,Desk D-2,The desk wobbles.,2026-02-01T10:00:00Z,new,\n");
    const QString path = desk.store.filePath(QStringLiteral("cases.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
    }
    auto report = CaseImporter(desk.db(), desk.lead).run(path, ImportOptions{});
    INFO(describe(report));
    REQUIRE(report.has_value());
    CHECK(report->imported == 3);
    const qint64 carl = desk.count(QStringLiteral("SELECT id FROM customers WHERE name = 'Carl Dahl'"));
    const qint64 broke = desk.count(
        QStringLiteral("SELECT id FROM cases WHERE customer_id = ? AND description = 'The chair broke.'"),
        {carl});
    CHECK(desk.count(
              QStringLiteral("SELECT second_failure_of FROM cases WHERE customer_id = ? AND description = "
                             "'The chair broke again.'"),
              {carl}) == broke);
    CHECK(desk.count(
              QStringLiteral("SELECT count(*) FROM cases WHERE customer_id = ? AND second_failure_of IS NOT "
                             "NULL"),
              {carl}) == 1);
    desk.auditIntact();
}

TEST_CASE("A customer's history, an edit journaled, two records merged and then erased",
          "[core][links][customers]")
{
    Desk desk;
    CustomerRepository customers(desk.db());
    const Case a =
        desk.open(QStringLiteral("Ana Costa"), QStringLiteral("Pump"), QStringLiteral("Pump broke."));
    desk.resolve(a.id);
    const Case b = desk.open(QStringLiteral("Dr A. Costa"), QStringLiteral("Chair"),
                             QStringLiteral("Chair squeaks, says Quentavia."));
    REQUIRE(a.customerId != b.customerId);
    Customer older = *customers.get(b.customerId);
    older.email = QStringLiteral("ana.costa@example.org");
    older.phone = QStringLiteral("+49 30 1234");
    older.lifetimeValueCents = 5000;
    auto edited = customers.update(older, desk.rep.id);
    REQUIRE(edited.has_value());
    CHECK(hasEvent(desk.timeline(b.id), QStringLiteral("email"), QStringLiteral("ana.costa@example.org")));

    REQUIRE(customers.merge(b.customerId, a.customerId, desk.rep.id).has_value());
    auto history = customers.history(a.customerId);
    REQUIRE(history.has_value());
    REQUIRE(history->cases.size() == 2);
    CHECK(history->cases.first().id == b.id); // newest first
    CHECK(history->cases.last().id == a.id);
    CHECK(history->cases.last().outcome == QStringLiteral("Replaced the part."));
    CHECK(history->complaintsThisYear == 2);
    CHECK(history->customer.email == QStringLiteral("ana.costa@example.org"));
    CHECK(history->customer.lifetimeValueCents == 5000);
    CHECK_FALSE(history->optedOut());
    CHECK(desk.get(b.id).customerName == QStringLiteral("Ana Costa"));
    CHECK(customers.get(b.customerId)->mergedInto == a.customerId);
    // A new case for the old record lands on the survivor.
    CHECK(desk.openFor(b.customerId).customerId == a.customerId);
    // Merged away, the record takes no edits and no second merge.
    CHECK_FALSE(customers.update(*customers.get(b.customerId), desk.rep.id).has_value());
    CHECK_FALSE(customers.merge(b.customerId, a.customerId, desk.rep.id).has_value());

    // Erasing the survivor reaches both records and every case.
    auto erased = Erasure::eraseCustomer(desk.db(), a.customerId, desk.admin);
    INFO(describe(erased));
    REQUIRE(erased.has_value());
    CHECK(erased->cases == 3);
    const QSqlDatabase sql = desk.db().connection();
    for (const QString& word : {QStringLiteral("Costa"), QStringLiteral("ana.costa"),
                                QStringLiteral("Quentavia"), QStringLiteral("1234")}) {
        INFO(word.toStdString());
        const QString like = QStringLiteral("%") + word + QStringLiteral("%");
        CHECK(desk.count(QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE ? OR email LIKE ? OR "
                                        "phone LIKE ?"),
                         {like, like, like}) == 0);
        CHECK(
            desk.count(QStringLiteral("SELECT count(*) FROM cases WHERE customer_name LIKE ? OR description "
                                      "LIKE ?"),
                       {like, like}) == 0);
        CHECK(desk.count(
                  QStringLiteral("SELECT count(*) FROM case_events WHERE old_value LIKE ? OR new_value LIKE "
                                 "? OR note LIKE ?"),
                  {like, like, like}) == 0);
    }
    desk.auditIntact();
}

TEST_CASE("redress-cli link, merge, customer and the export's links columns", "[core][links][cli]")
{
    Desk desk;
    const Case a = desk.open();
    desk.resolve(a.id);
    desk.clock.advanceSecs(24 * 3600);
    const Case b = desk.openFor(a.customerId);
    const Case c = desk.openFor(a.customerId, QStringLiteral("Chair C-1"));
    const Case d = desk.openFor(a.customerId, QStringLiteral("Chair C-1"));
    REQUIRE(b.secondFailureOf == a.id);
    const QString db = desk.store.path();

    auto linked = cli({QStringLiteral("--db"), db, QStringLiteral("link"), c.reference(), b.reference(),
                       QStringLiteral("--as"), QStringLiteral("follow-on")});
    INFO(show(linked));
    REQUIRE(linked.code == 0);
    CHECK(linked.out == QStringLiteral("linked: %1 follow-on %2\n").arg(c.reference(), b.reference()));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("link"), c.reference(), b.reference(),
               QStringLiteral("--as"), QStringLiteral("second_failure")})
              .code == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("link"), c.reference(), QStringLiteral("--as"),
               QStringLiteral("related")})
              .code == 2);

    auto merged = cli({QStringLiteral("--db"), db, QStringLiteral("merge"), QStringLiteral("--into"),
                       c.reference(), d.reference()});
    INFO(show(merged));
    REQUIRE(merged.code == 0);
    CHECK(merged.out.startsWith(QStringLiteral("merged: %1 into %2\n").arg(d.reference(), c.reference())));
    auto again = cli({QStringLiteral("--db"), db, QStringLiteral("merge"), QStringLiteral("--into"),
                      c.reference(), d.reference()});
    CHECK(again.code == 1);
    const Case stranger = desk.open(QStringLiteral("Bo Berg"));
    auto across = cli({QStringLiteral("--db"), db, QStringLiteral("merge"), QStringLiteral("--into"),
                       c.reference(), stranger.reference()});
    CHECK(across.code == 1);
    CHECK(across.err.contains(QStringLiteral("--across-customers")));

    auto text = cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("--id"),
                     QString::number(a.customerId)});
    INFO(show(text));
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("name: Dr Ana Costa\n")));
    CHECK(text.out.contains(QStringLiteral("cases: 4\n")));
    CHECK(text.out.contains(QStringLiteral("complaints this year: 3\n")));
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.last().startsWith(a.reference() + QStringLiteral("\tresolved\tVacuum pump VP-200\t")));
    CHECK(std::any_of(lines.cbegin(), lines.cend(), [&](const QString& l) {
        return l.startsWith(b.reference()) &&
               l.endsWith(QStringLiteral("\t") + a.reference() + QStringLiteral("\t-"));
    }));
    auto csv = cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("--id"),
                    QString::number(a.customerId), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.code == 0);
    CHECK(csv.out.startsWith(QStringLiteral("customer_id,customer,company,reference,status,")));
    CHECK(csv.out.count(QStringLiteral("\r\n")) == 5);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("--id"),
               QStringLiteral("x")})
              .code == 2);

    auto exported = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--out"),
                         QStringLiteral("-"), QStringLiteral("--columns"),
                         QStringLiteral("reference,second_failure,links")});
    INFO(show(exported));
    REQUIRE(exported.code == 0);
    const QStringList rows = exported.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(rows.first() == QStringLiteral("Reference,Second failure,Links"));
    const auto rowOf = [&](const Case& k) {
        for (const QString& r : rows) {
            if (r.startsWith(k.reference() + QLatin1Char(',')))
                return r;
        }
        return QString();
    };
    CHECK(rowOf(a) == QStringLiteral("%1,,failed_again:%2").arg(a.reference(), b.reference()));
    CHECK(rowOf(b) == QStringLiteral("%1,yes,second_failure:%2 has_follow_on:%3")
                          .arg(b.reference(), a.reference(), c.reference()));
    CHECK(rowOf(d) == QStringLiteral("%1,,duplicate:%2").arg(d.reference(), c.reference()));
    CHECK(defaultExportColumnKeys().contains(QStringLiteral("second_failure")));
    CHECK(defaultExportColumnKeys().contains(QStringLiteral("links")));
    desk.auditIntact();
}
