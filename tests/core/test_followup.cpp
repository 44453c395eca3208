// The follow-up by mail (issue 21): when it goes out, how the customer's
// answer is read, the 30-day rule, the reminder, a stop, and a problem's
// notice to every customer of a fixed defect. The servers' side is at the end.

#include "core/cases/Case.h"
#include "core/cases/Problem.h"
#include "core/followup/SurveyAnswer.h"
#include "core/followup/SurveyPasses.h"
#include "core/mail/MailPasses.h"
#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/MailRepository.h"
#include "core/store/ProblemRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/SurveyRepository.h"
#include "core/store/TeamSettings.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/MailServer.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

using namespace redress;
using namespace redress::core;
using test::MailServer;
using test::exec;
using test::scalar;

namespace {

SurveyAnswer read(const char* text)
{
    return SurveyAnswer::read(QString::fromUtf8(text));
}

QByteArray message(const QString& messageId, const QString& from, const QString& subject, const QString& body,
                   const QString& extraHeaders = {})
{
    return QStringLiteral("From: %1\r\nTo: Support <support@redress.test>\r\nSubject: %2\r\n"
                          "Date: Mon, 07 Dec 2026 09:15:00 +0000\r\nMessage-ID: <%3>\r\n%4"
                          "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                          "Content-Transfer-Encoding: 8bit\r\n\r\n%5\r\n")
        .arg(from, subject, messageId, extraHeaders, body)
        .toUtf8();
}

/// A desk with a team mailbox, an admin and a rep, at Monday 7 December
/// 2026, 10:00 UTC; the SLA calendar is the standard Monday–Friday, 9–17 UTC.
struct Desk
{
    test::TempStore store;
    test::FixedClock clock{QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC)};
    User admin = test::makeUser(store.db(), QStringLiteral("admin"), QStringLiteral("Ada Admin"), Role::Admin);
    User rep = test::makeUser(store.db(), QStringLiteral("rep"), QStringLiteral("Rita Rep"), Role::Rep);
    int mails = 0;

    Desk()
    {
        auto account = MailAccount::from(QStringLiteral("imap://support@127.0.0.1:1143/INBOX"),
                                         QStringLiteral("smtp://support@127.0.0.1:1025"),
                                         QStringLiteral("Redress Support <support@redress.test>"), false, true);
        REQUIRE(account.has_value());
        REQUIRE(MailRepository(db(), admin.id).saveAccount(*account).has_value());
    }
    const Database& db() const { return store.db(); }

    FetchReport take(const QByteArray& raw)
    {
        FetchReport report;
        auto ok = MailIntake(db(), rep.id).take(raw, report);
        INFO((ok ? std::string() : ok.error().toString().toStdString()));
        REQUIRE(ok.has_value());
        return report;
    }

    /// A complaint by mail from `from`, put right and resolved now.
    qint64 resolvedCase(const QString& from, const QDate& promisedBy = {})
    {
        const FetchReport in = take(message(QStringLiteral("c%1@example.org").arg(++mails), from,
                                            QStringLiteral("Kettle leaks"), QStringLiteral("It leaks at the base.")));
        REQUIRE(in.newCases == 1);
        auto newest = CaseRepository(db(), rep.id).count();
        REQUIRE(newest.has_value());
        const qint64 id = scalar(db().connection(), QStringLiteral("SELECT max(id) FROM cases")).toLongLong();
        test::completeRecovery(db(), id);
        if (promisedBy.isValid())
            REQUIRE(RecoveryRepository(db(), rep)
                        .recordSolution(id, QStringLiteral("A new seal."), QStringLiteral("A kettle that holds"),
                                        promisedBy)
                        .has_value());
        for (CaseStatus s : {CaseStatus::Acknowledged, CaseStatus::InRecovery, CaseStatus::Resolved}) {
            auto moved = CaseRepository(db(), rep.id).transition(id, s);
            INFO((moved ? std::string() : moved.error().toString().toStdString()));
            REQUIRE(moved.has_value());
        }
        return id;
    }

    SurveyReport sendDue(const QDateTime& at)
    {
        auto report = sendDueSurveys(db(), rep.id, at);
        INFO((report ? std::string() : report.error().toString().toStdString()));
        REQUIRE(report.has_value());
        return *report;
    }

    std::optional<Survey> surveyOf(qint64 caseId)
    {
        auto s = SurveyRepository(db(), rep.id).forCase(caseId);
        REQUIRE(s.has_value());
        return *s;
    }

    /// The Message-ID of the newest message we queued on the case.
    QString lastOutgoing(qint64 caseId)
    {
        return scalar(db().connection(),
                      QStringLiteral("SELECT message_id FROM mail_messages WHERE case_id = ? AND direction = 'out' "
                                     "ORDER BY id DESC LIMIT 1"),
                      {caseId})
            .toString();
    }

    /// The customer's answer to our newest message on the case.
    FetchReport answer(qint64 caseId, const QString& from, const QString& body, const QString& extra = {})
    {
        const QString ours = lastOutgoing(caseId);
        REQUIRE_FALSE(ours.isEmpty());
        return take(message(QStringLiteral("a%1@example.org").arg(++mails), from,
                            QStringLiteral("Re: [%1] Is it still fixed?").arg(referenceFor(caseId)), body,
                            QStringLiteral("In-Reply-To: <%1>\r\n").arg(ours) + extra));
    }

    CaseStatus statusOf(qint64 caseId)
    {
        auto c = CaseRepository(db(), rep.id).get(caseId);
        REQUIRE(c.has_value());
        return c->status;
    }
};

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

TEST_CASE("A follow-up answer is read for its score, a fault back, or a stop", "[core][followup]")
{
    SECTION("a number leading the answer is the score; the rest the comment")
    {
        for (const auto& [text, score] : {std::pair{"9", 9}, {"9/10", 9}, {"9 / 10", 9}, {"7 out of 10", 7},
                                         {"10!! thanks", 10}, {"0", 0}, {"Nine", 9}, {"nine out of ten", 9},
                                         {"Eight, thanks", 8}, {"Score: 6", 6}, {"I'd give it a 7", 7},
                                         {"Zehn!", 10}, {"Neun von 10", 9}}) {
            INFO(text);
            const SurveyAnswer a = read(text);
            CHECK(a.kind == SurveyAnswer::Kind::Score);
            REQUIRE(a.score.has_value());
            CHECK(*a.score == score);
        }
        const SurveyAnswer thanks = read("10!! thanks");
        CHECK(thanks.comment == QStringLiteral("thanks"));
        const SurveyAnswer comment = read("8 - much better now.\nThe engineer was kind.");
        REQUIRE(comment.score == 8);
        CHECK(comment.comment.startsWith(QStringLiteral("much better now.")));
        CHECK(comment.comment.contains(QStringLiteral("engineer")));
    }
    SECTION("a fault back reopens, with or without a score")
    {
        for (const char* text : {"still not working", "No", "nope.", "It happened again yesterday.",
                                 "Still broken, sorry.", "The problem is back", "2 weeks later it broke again",
                                 "Nein", "Funktioniert immer noch nicht.", "Leider wieder kaputt"}) {
            INFO(text);
            const SurveyAnswer a = read(text);
            CHECK(a.kind == SurveyAnswer::Kind::StillBroken);
            CHECK_FALSE(a.why.isEmpty());
        }
        CHECK_FALSE(read("2 weeks later it broke again").score.has_value());
        const SurveyAnswer scored = read("3 - still not working properly");
        CHECK(scored.kind == SurveyAnswer::Kind::StillBroken);
        CHECK(scored.score == 3);
    }
    SECTION("stop and unsubscribe")
    {
        for (const char* text : {"stop", "STOP", "Unsubscribe", "please stop emailing me", "Remove me from your list",
                                 "abmelden", "Bitte keine E-Mails mehr"}) {
            INFO(text);
            CHECK(read(text).kind == SurveyAnswer::Kind::Stop);
        }
        CHECK(read("Please don't stop the good work, 9").kind != SurveyAnswer::Kind::Stop);
    }
    SECTION("anything else waits for a person")
    {
        for (const char* text : {"Thanks, I will let you know next week.", "One more thing: the invoice is wrong.",
                                 "Yes all good", "7.5", "100% happy", "", "No problems since, thank you"}) {
            INFO(text);
            const SurveyAnswer a = read(text);
            CHECK(a.kind == SurveyAnswer::Kind::Unclear);
            CHECK_FALSE(a.score.has_value());
        }
    }
}

TEST_CASE("The follow-up goes out two business days after the resolution, never before the promise",
          "[core][followup]")
{
    Desk desk;
    const qint64 id = desk.resolvedCase(QStringLiteral("Ana Costa <ana@example.org>"));

    // Resolved Monday 10:00: Tuesday and Wednesday are the two business days,
    // so it goes when Wednesday's hours begin.
    CHECK(desk.sendDue(at(8, 10)).queued() == 0);
    CHECK(desk.sendDue(at(9, 8, 59)).queued() == 0);
    CHECK_FALSE(desk.surveyOf(id).has_value());
    CHECK(desk.sendDue(at(9, 9)).surveys == 1);
    const auto survey = desk.surveyOf(id);
    REQUIRE(survey.has_value());
    CHECK(survey->state == Survey::State::Sent);
    CHECK(desk.statusOf(id) == CaseStatus::FollowUp);
    auto thread = MailRepository(desk.db(), desk.rep.id).thread(id);
    REQUIRE(thread.has_value());
    const ThreadMessage& asked = thread->last();
    CHECK(asked.direction == ThreadMessage::Direction::Out);
    CHECK(asked.subject.startsWith(QStringLiteral("[%1]").arg(referenceFor(id))));
    CHECK(asked.text.contains(QStringLiteral("0 (not at all) to 10")));
    CHECK(asked.text.contains(QStringLiteral("Kettle")) == false); // the product, not the subject
    // Once is enough.
    CHECK(desk.sendDue(at(10, 9)).queued() == 0);

    // Promised by Friday 11 December: the promise holds through Friday, the
    // weekend does not count, so Tuesday 15 December at 09:00.
    const qint64 promised = desk.resolvedCase(QStringLiteral("Bo Lind <bo@example.org>"), QDate(2026, 12, 11));
    CHECK(desk.sendDue(at(14, 17)).queued() == 0);
    CHECK_FALSE(desk.surveyOf(promised).has_value());
    CHECK(desk.sendDue(at(15, 9)).surveys == 1);
    CHECK(desk.surveyOf(promised).has_value());

    // The delay is the team's: none at all sends at the next business start.
    REQUIRE(TeamSettings::set(desk.db(), QStringLiteral("survey_delay_days"), QStringLiteral("0")).has_value());
    desk.clock.advanceSecs(8 * 24 * 3600); // Tuesday 15 December, 10:00
    const qint64 quick = desk.resolvedCase(QStringLiteral("Cy Moss <cy@example.org>"));
    CHECK(desk.sendDue(desk.clock.now()).surveys == 1);
    CHECK(desk.surveyOf(quick).has_value());
}

TEST_CASE("Answers by mail become the score, reopen a second failure, stop contact, or wait for a person",
          "[core][followup]")
{
    Desk desk;
    const QString ana = QStringLiteral("Ana Costa <ana@example.org>");
    const qint64 id = desk.resolvedCase(ana);
    REQUIRE(desk.sendDue(at(9, 9)).surveys == 1);

    SECTION("a score under the quoted question, from a phone")
    {
        const FetchReport r = desk.answer(
            id, ana,
            QStringLiteral("9\n\nSent from my iPhone\n\nOn 9 Dec 2026, at 09:00, Redress Support wrote:\n"
                           "> Is it still fixed? And how likely are you to recommend us\n> Just reply with a number."));
        CHECK(r.followUps == 1);
        CHECK(r.reopened == 0);
        auto f = FollowUpRepository(desk.db(), desk.rep).get(id);
        REQUIRE(f.has_value());
        REQUIRE(f->has_value());
        CHECK((*f)->score == 9);
        CHECK((*f)->comment.isEmpty());
        CHECK(scalar(desk.db().connection(), QStringLiteral("SELECT source FROM follow_ups WHERE case_id = ?"), {id})
                  .toString() == QStringLiteral("mail"));
        CHECK(desk.surveyOf(id)->state == Survey::State::Answered);
        CHECK(desk.statusOf(id) == CaseStatus::FollowUp);
        // The dashboard counts it as the customer's own answer.
        auto figures = SurveyRepository(desk.db(), 0).figures({});
        REQUIRE(figures.has_value());
        CHECK(figures->sent == 1);
        CHECK(figures->replied == 1);
        CHECK(figures->scored == 1);
        CHECK(figures->responseRate() == 1.0);
        CHECK(figures->ownAnswers.answers == 1);
        CHECK(figures->ownAnswers.promoters == 1);
        CHECK(figures->repAnswers.answers == 0);
        REQUIRE(figures->byChannel.size() == 1);
        CHECK(figures->byChannel.first().channel == Channel::Email);
        ReportFilter phone;
        phone.channel = Channel::Phone;
        auto none = SurveyRepository(desk.db(), 0).figures(phone);
        REQUIRE(none.has_value());
        CHECK(none->sent == 0);
        // A second message on the thread is mail again, not another score.
        const FetchReport again = desk.answer(id, ana, QStringLiteral("10 actually!"));
        CHECK(again.followUps == 0);
        CHECK(desk.statusOf(id) == CaseStatus::Reopened);
    }
    SECTION("still not working reopens the case as a second failure")
    {
        const FetchReport r = desk.answer(id, ana, QStringLiteral("Still not working, it leaks again."));
        CHECK(r.followUps == 1);
        CHECK(desk.statusOf(id) == CaseStatus::Reopened);
        CHECK(desk.surveyOf(id)->state == Survey::State::Reopened);
        auto figures = SurveyRepository(desk.db(), 0).figures({});
        REQUIRE(figures.has_value());
        CHECK(figures->reopened == 1);
        CHECK(figures->scored == 0);
        auto timeline = CaseRepository(desk.db(), desk.rep.id).timeline(id);
        REQUIRE(timeline.has_value());
        const bool told = std::any_of(timeline->begin(), timeline->end(), [](const CaseEvent& e) {
            return e.field == QLatin1String("survey") && e.newValue == QLatin1String("reopened") &&
                   e.note.contains(QStringLiteral("second failure"));
        });
        CHECK(told);
    }
    SECTION("an out-of-office reply leaves the follow-up waiting")
    {
        const FetchReport r = desk.answer(id, ana, QStringLiteral("I am away until 4 January."),
                                          QStringLiteral("Auto-Submitted: auto-replied\r\n"));
        CHECK(r.followUps == 0);
        CHECK(r.ignored == 1);
        CHECK(desk.surveyOf(id)->state == Survey::State::Sent);
        CHECK(desk.statusOf(id) == CaseStatus::FollowUp);
    }
    SECTION("stop is kept on the customer, and no survey follows")
    {
        CHECK(desk.answer(id, ana, QStringLiteral("STOP")).followUps == 1);
        CHECK(desk.surveyOf(id)->state == Survey::State::Stopped);
        const qint64 customer = scalar(desk.db().connection(),
                                       QStringLiteral("SELECT customer_id FROM cases WHERE id = ?"), {id})
                                    .toLongLong();
        CHECK_FALSE(scalar(desk.db().connection(), QStringLiteral("SELECT no_contact_at FROM customers WHERE id = ?"),
                           {customer})
                        .isNull());
        // Without the 30-day gap, only the stop keeps the next case unasked.
        REQUIRE(TeamSettings::set(desk.db(), QStringLiteral("survey_gap_days"), QStringLiteral("0")).has_value());
        const qint64 later = desk.resolvedCase(ana);
        const SurveyReport r = desk.sendDue(at(10, 9));
        CHECK(r.surveys == 0);
        CHECK(r.held == 0);
        CHECK_FALSE(desk.surveyOf(later).has_value());
        // Another customer's case is asked as usual.
        const qint64 bo = desk.resolvedCase(QStringLiteral("Bo Lind <bo@example.org>"));
        CHECK(desk.sendDue(at(10, 9)).surveys == 1);
        CHECK(desk.surveyOf(bo).has_value());
    }
    SECTION("an unclear answer waits in the queue; a person records or dismisses it")
    {
        CHECK(desk.answer(id, ana, QStringLiteral("Thanks for asking, mostly fine.")).followUps == 1);
        CHECK(desk.statusOf(id) == CaseStatus::FollowUp);
        SurveyRepository surveys(desk.db(), desk.rep.id);
        auto waiting = surveys.needsReading();
        REQUIRE(waiting.has_value());
        REQUIRE(waiting->size() == 1);
        CHECK(waiting->first().caseId == id);
        CHECK(waiting->first().replyText.contains(QStringLiteral("mostly fine")));
        REQUIRE(surveys.record(waiting->first().id, 8, QStringLiteral("mostly fine")).has_value());
        CHECK(desk.surveyOf(id)->state == Survey::State::Answered);
        // Recorded once: a second decision on the same answer is refused.
        CHECK_FALSE(surveys.dismiss(waiting->first().id).has_value());
        auto f = FollowUpRepository(desk.db(), desk.rep).get(id);
        REQUIRE(f.has_value());
        REQUIRE(f->has_value());
        CHECK((*f)->score == 8);
    }
}

TEST_CASE("One follow-up per customer in 30 days; one reminder, then no answer", "[core][followup]")
{
    Desk desk;
    const QString ana = QStringLiteral("Ana Costa <ana@example.org>");
    const qint64 first = desk.resolvedCase(ana);
    const qint64 second = desk.resolvedCase(ana);
    const SurveyReport r = desk.sendDue(at(9, 9));
    CHECK(r.surveys == 1);
    CHECK(r.held == 1);
    CHECK(desk.surveyOf(first).has_value());
    CHECK_FALSE(desk.surveyOf(second).has_value());

    // Fourteen days on: the reminder; nothing new for Ana yet.
    const SurveyReport reminded = desk.sendDue(at(23, 9));
    CHECK(reminded.reminders == 1);
    CHECK(reminded.surveys == 0);
    CHECK(desk.surveyOf(first)->state == Survey::State::Reminded);
    CHECK(desk.sendDue(at(24, 9)).queued() == 0);

    // Fourteen more: no answer is recorded; past the 30 days, the second case is asked.
    const SurveyReport silent = desk.sendDue(QDateTime(QDate(2027, 1, 8), QTime(9, 0), Qt::UTC));
    CHECK(silent.noAnswer == 1);
    CHECK(silent.surveys == 1);
    CHECK(desk.surveyOf(first)->state == Survey::State::NoAnswer);
    CHECK(desk.surveyOf(second).has_value());
    // No answer is not a detractor: no score was recorded.
    CHECK(scalar(desk.db().connection(), QStringLiteral("SELECT count(*) FROM follow_ups")).toInt() == 0);
}

TEST_CASE("survey send-due prints what it queued", "[core][followup][cli]")
{
    Desk desk;
    desk.resolvedCase(QStringLiteral("Ana Costa <ana@example.org>"));
    auto early = test::cli({QStringLiteral("--db"), desk.store.path(), QStringLiteral("survey"),
                            QStringLiteral("send-due")});
    INFO(test::show(early));
    CHECK(early.code == 0);
    CHECK(early.out == QStringLiteral("queued: 0\n"));
    auto bad = test::cli({QStringLiteral("--db"), desk.store.path(), QStringLiteral("survey"), QStringLiteral("send")});
    CHECK(bad.code != 0);
    CHECK(bad.err.contains(QStringLiteral("send-due")));
}

TEST_CASE("A problem's notice goes once to each customer of its cases, in one transaction", "[core][followup]")
{
    Desk desk;
    const User quality = test::makeUser(desk.db(), QStringLiteral("quality"), QStringLiteral("Quinn Q"), Role::Quality);
    Problem p;
    p.title = QStringLiteral("Kettle seals perish");
    auto causes = RecoveryRepository(desk.db(), quality).rootCauses();
    REQUIRE(causes.has_value());
    REQUIRE_FALSE(causes->isEmpty());
    p.rootCauseId = causes->first().id;
    p.ownerId = quality.id;
    auto problem = ProblemRepository(desk.db(), quality).create(p);
    INFO((problem ? std::string() : problem.error().toString().toStdString()));
    REQUIRE(problem.has_value());

    // 1,000 customers wrote in; one of them twice; one asked to stop.
    QList<qint64> cases;
    for (int i = 0; i < 1000; ++i)
        desk.take(message(QStringLiteral("n%1@example.org").arg(i),
                          QStringLiteral("Customer %1 <c%1@example.org>").arg(i), QStringLiteral("Kettle leaks"),
                          QStringLiteral("It leaks.")));
    desk.take(message(QStringLiteral("n-again@example.org"), QStringLiteral("Customer 7 <c7@example.org>"),
                      QStringLiteral("Kettle leaks again"), QStringLiteral("Another one leaks.")));
    cases = test::idList(desk.db().connection(), QStringLiteral("SELECT id FROM cases ORDER BY id"));
    REQUIRE(cases.size() == 1001);
    REQUIRE(ProblemRepository(desk.db(), quality).linkCases(problem->id, cases).has_value());
    const qint64 stopped = scalar(desk.db().connection(),
                                  QStringLiteral("SELECT id FROM customers WHERE email = 'c3@example.org'"))
                               .toLongLong();
    exec(desk.db().connection(), QStringLiteral("UPDATE customers SET no_contact_at = 1 WHERE id = %1").arg(stopped));
    const qint64 before = scalar(desk.db().connection(), QStringLiteral("SELECT count(*) FROM mail_messages")).toLongLong();

    auto queued = notifyProblem(desk.db(), quality.id, problem->id,
                                QStringLiteral("Dear {customer},\n\nthe fault you reported ({reference}) is fixed "
                                               "({problem}): new seals from January.\n"));
    INFO((queued ? std::string() : queued.error().toString().toStdString()));
    REQUIRE(queued.has_value());
    CHECK(*queued == 999);
    CHECK(scalar(desk.db().connection(), QStringLiteral("SELECT count(*) FROM mail_messages")).toLongLong() ==
          before + 999);
    CHECK(scalar(desk.db().connection(), QStringLiteral("SELECT count(*) FROM problem_notices")).toLongLong() == 999);
    // Customer 7's both cases carry the note; the message threads on the newer.
    CHECK(scalar(desk.db().connection(),
                 QStringLiteral("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id "
                                "JOIN customers cu ON cu.id = c.customer_id WHERE cu.email = 'c7@example.org' "
                                "AND e.field = 'notice'"))
              .toInt() == 2);
    const QString body = scalar(desk.db().connection(),
                                QStringLiteral("SELECT m.body FROM mail_messages m JOIN cases c ON c.id = m.case_id "
                                               "JOIN customers cu ON cu.id = c.customer_id WHERE m.purpose = 'notice' "
                                               "AND cu.email = 'c7@example.org'"))
                             .toString();
    CHECK(body.contains(QStringLiteral("Dear Customer 7")));
    CHECK(body.contains(problemReferenceFor(problem->id)));
    // Again: nobody is told twice.
    auto again = notifyProblem(desk.db(), quality.id, problem->id, QStringLiteral("Fixed."));
    REQUIRE(again.has_value());
    CHECK(*again == 0);

    // A rep may not write to every customer of a defect.
    auto run = test::cli({QStringLiteral("--db"), desk.store.path(), QStringLiteral("problem"), QStringLiteral("notify"),
                          problemReferenceFor(problem->id), QStringLiteral("--file"), QStringLiteral("/dev/null")});
    CHECK(run.code != 0);
}

TEST_CASE("The follow-up travels through real servers and the answer comes back by mail fetch",
          "[core][followup][servers]")
{
    REDRESS_NEED_MAIL_SERVER();
    test::TempStore store;
    MailServer server;
    const Database& db = store.db();
    qputenv("REDRESS_IMAP_PASSWORD", MailServer::password().toUtf8());
    qputenv("REDRESS_SMTP_PASSWORD", MailServer::password().toUtf8());
    auto setup = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("setup"),
                            QStringLiteral("--imap"), server.account().imap.toString(), QStringLiteral("--smtp"),
                            server.account().smtp.toString(), QStringLiteral("--address"),
                            server.account().address.toString(), QStringLiteral("--insecure-loopback")});
    INFO(test::show(setup));
    REQUIRE(setup.code == 0);
    const User rep = test::makeUser(db, QStringLiteral("rep"), QStringLiteral("Rita Rep"), Role::Rep);
    const QString customer = server.recipient(QStringLiteral("customer"));

    // The complaint arrives in the mailbox; it is put right and resolved.
    server.deliver(message(QStringLiteral("complaint@example.org"), customer, QStringLiteral("Kettle leaks"),
                           QStringLiteral("It leaks at the base.")));
    auto fetched = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("fetch")});
    INFO(test::show(fetched));
    REQUIRE(fetched.code == 0);
    REQUIRE(fetched.out.contains(QStringLiteral("new cases: 1\n")));
    CHECK(fetched.out.contains(QStringLiteral("follow-ups: 0\n")));
    test::completeRecovery(db, 1);
    for (CaseStatus s : {CaseStatus::Acknowledged, CaseStatus::InRecovery, CaseStatus::Resolved})
        REQUIRE(CaseRepository(db, rep.id).transition(1, s).has_value());
    // Resolved days ago (a demo store's --now would do the same).
    exec(db.connection(), QStringLiteral("UPDATE cases SET resolved_at = resolved_at - 864000000"));

    auto due = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("survey"), QStringLiteral("send-due")});
    INFO(test::show(due));
    REQUIRE(due.code == 0);
    CHECK(due.out == QStringLiteral("queued: 1\n"));
    auto sent = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("send")});
    INFO(test::show(sent));
    REQUIRE(sent.code == 0);
    const auto received = server.received(customer);
    REQUIRE_FALSE(received.isEmpty());
    const QByteArray survey = received.last();
    CHECK(survey.contains("Is it still fixed?"));
    CHECK_FALSE(survey.contains("http")); // never a link to click

    // The customer replies from their phone; mail fetch reads the score.
    const QString asked = scalar(db.connection(), QStringLiteral("SELECT message_id FROM mail_messages WHERE "
                                                                 "purpose = 'survey'"))
                              .toString();
    server.deliver(message(QStringLiteral("answer@example.org"), customer, QStringLiteral("Re: Is it still fixed?"),
                           QStringLiteral("10!! thanks\n\nSent from my phone\n\n> Is it still fixed?"),
                           QStringLiteral("In-Reply-To: <%1>\r\n").arg(asked)));
    auto answered = test::cli({QStringLiteral("--db"), store.path(), QStringLiteral("mail"), QStringLiteral("fetch")});
    INFO(test::show(answered));
    REQUIRE(answered.code == 0);
    CHECK(answered.out.contains(QStringLiteral("follow-ups: 1\n")));
    CHECK(scalar(db.connection(), QStringLiteral("SELECT score FROM follow_ups WHERE case_id = 1")).toInt() == 10);
    CHECK(scalar(db.connection(), QStringLiteral("SELECT comment FROM follow_ups WHERE case_id = 1")).toString() ==
          QStringLiteral("thanks"));
    qunsetenv("REDRESS_IMAP_PASSWORD");
    qunsetenv("REDRESS_SMTP_PASSWORD");
}
