// The escalation ladder (issue 5): rules that move an overdue case up one
// rung at a time against a fake clock, idempotence, the emergency path, the
// executive's obligations, escalation by hand, clock changes, and
// `redress-cli escalate`.

#include "core/demo/DemoGenerator.h"
#include "core/store/EscalationRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/StoreCheck.h"
#include "support/CliRun.h"
#include "support/SlaFixture.h"
#include "support/Users.h"

#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

using namespace redress::core;
using namespace redress::test;

namespace {

QList<Escalation> mustRun(const Database& db, const QDateTime& now)
{
    auto made = EscalationRepository(db).runRules(now);
    INFO(describe(made));
    REQUIRE(made.has_value());
    return *made;
}

int levelOf(const Database& db, qint64 caseId)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT escalation_level FROM cases WHERE id = ?")));
    q.addBindValue(caseId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

qint64 countRows(const Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(statement));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Who redress-cli acts as in these tests: the server login on PostgreSQL,
// the operating-system account on a file.
QString cliLogin(const Database& db)
{
    if (db.backend() == Database::Backend::PostgreSQL)
        return db.connection().userName();
    const passwd* account = getpwuid(geteuid());
    REQUIRE(account != nullptr);
    return QString::fromLocal8Bit(account->pw_name);
}

void setRole(const Database& db, const QString& login, const QString& role)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE login = ?")));
    q.addBindValue(role);
    q.addBindValue(login);
    REQUIRE(q.exec());
    REQUIRE(q.numRowsAffected() == 1);
}

} // namespace

TEST_CASE("An unacknowledged case goes to the lead at its due time, once, then to the executive",
          "[escalation]")
{
    SlaDesk desk(berlin(2026, 11, 20, 16, 30));
    const Database& db = desk.db;
    const User& rep = desk.rep;
    const Case c = openCase(db, rep.id);

    CHECK(mustRun(db, berlin(2026, 11, 23, 9, 29)).isEmpty());
    const QList<Escalation> first = mustRun(db, berlin(2026, 11, 23, 9, 30));
    REQUIRE(first.size() == 1);
    CHECK(first[0].caseId == c.id);
    CHECK(first[0].from == EscalationLevel::Rep);
    CHECK(first[0].to == EscalationLevel::Lead);
    CHECK(first[0].rule == EscalationRule::Acknowledge);
    CHECK(first[0].dueAt == berlin(2026, 11, 23, 9, 30));
    CHECK(first[0].obligations.isEmpty());
    CHECK(levelOf(db, c.id) == 1);

    // The same moment again, and a moment just after: nothing.
    CHECK(mustRun(db, berlin(2026, 11, 23, 9, 30)).isEmpty());
    CHECK(mustRun(db, berlin(2026, 11, 23, 9, 31)).isEmpty());
    // The lead has 4 business hours (to 13:30) but the resolve target is
    // 16:30: the executive hears of it then.
    CHECK(storedTime(db, c.id, "escalation_due") == berlin(2026, 11, 23, 16, 30));
    CHECK(mustRun(db, berlin(2026, 11, 23, 16, 29)).isEmpty());
    const QList<Escalation> second = mustRun(db, berlin(2026, 11, 23, 16, 30));
    REQUIRE(second.size() == 1);
    CHECK(second[0].from == EscalationLevel::Lead);
    CHECK(second[0].to == EscalationLevel::Executive);
    CHECK(second[0].rule == EscalationRule::Executive);
    CHECK(second[0].obligations.size() == 3);
    CHECK(levelOf(db, c.id) == 2);
    CHECK_FALSE(storedTime(db, c.id, "escalation_due").isValid());
    CHECK(mustRun(db, berlin(2027, 6, 1, 12, 0)).isEmpty());

    auto history = EscalationRepository(db).forCase(c.id);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).by.isEmpty());
    CHECK(history->at(1).obligations.size() == 3);
    CHECK(eventsOn(db, c.id, QStringLiteral("escalation")) == 2);
}

TEST_CASE("A pass long after every target still climbs one rung", "[escalation]")
{
    SlaDesk desk(berlin(2026, 11, 23, 9, 0));
    const Database& db = desk.db;
    const User& rep = desk.rep;
    const Case c = openCase(db, rep.id);
    // A week late: every target has passed, but the lead gets their time.
    const QDateTime late = berlin(2026, 11, 30, 12, 0);
    REQUIRE(mustRun(db, late).size() == 1);
    CHECK(levelOf(db, c.id) == 1);
    CHECK(mustRun(db, late).isEmpty());
    // The lead's 4 business hours run from the escalation, to 16:00.
    CHECK(storedTime(db, c.id, "escalation_due") == berlin(2026, 11, 30, 16, 0));
    CHECK(mustRun(db, berlin(2026, 11, 30, 15, 59)).isEmpty());
    REQUIRE(mustRun(db, berlin(2026, 11, 30, 16, 0)).size() == 1);
    CHECK(levelOf(db, c.id) == 2);
}

TEST_CASE("A stopped business is an emergency on the clock, weekend or not", "[escalation]")
{
    TempStore store;
    const Database& db = store.db();
    useTestSla(db);
    const User rep = slaUser(db, QStringLiteral("rep"), Role::Rep);
    const User exec = slaUser(db, QStringLiteral("exec"), Role::Executive);
    // Saturday morning: the office is closed, the dentist's practice is not.
    FixedClock clock(utc(2026, 11, 21, 10, 0));
    const Case c = openCase(db, rep.id, BusinessImpact::Stopped);
    CHECK(c.priority == Priority::Emergency);
    CHECK(storedTime(db, c.id, "acknowledge_due") == utc(2026, 11, 21, 10, 15));

    REQUIRE(mustRun(db, utc(2026, 11, 21, 10, 15)).size() == 1);
    // The lead's hour runs out at 11:15, the 4-hour repair target at 14:00.
    CHECK(mustRun(db, utc(2026, 11, 21, 13, 59)).isEmpty());
    const QList<Escalation> up = mustRun(db, utc(2026, 11, 21, 14, 0));
    REQUIRE(up.size() == 1);
    CHECK(up[0].to == EscalationLevel::Executive);

    EscalationRepository ladder(db, exec);
    clock.advanceSecs(5 * 3600);
    const qint64 escalationId = up[0].id;
    auto prevention = ladder.recordObligation(escalationId, Obligation::Kind::Prevention,
                                              QStringLiteral("Service twice a year"));
    REQUIRE_FALSE(prevention.has_value());
    CHECK(prevention.error().code == Error::Code::IllegalTransition);
    auto emptyNote =
        ladder.recordObligation(escalationId, Obligation::Kind::ExecutiveCall, QStringLiteral("  "));
    REQUIRE_FALSE(emptyNote.has_value());
    CHECK(emptyNote.error().code == Error::Code::InvalidInput);
    REQUIRE(ladder
                .recordObligation(escalationId, Obligation::Kind::ExecutiveCall,
                                  QStringLiteral("Called Dr Weber, apologised for the outage"))
                .has_value());
    REQUIRE(ladder
                .recordObligation(escalationId, Obligation::Kind::RepairEstimate,
                                  QStringLiteral("Replacement pump installed Monday 08:00"))
                .has_value());
    auto twice =
        ladder.recordObligation(escalationId, Obligation::Kind::ExecutiveCall, QStringLiteral("again"));
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().message.contains(QStringLiteral("exec")));

    auto counts = ladder.counts(exec);
    REQUIRE(counts.has_value());
    CHECK(counts->escalated == 1);
    CHECK(counts->obligations == 1);

    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET status = 'resolved'")));
    REQUIRE(ladder
                .recordObligation(escalationId, Obligation::Kind::Prevention,
                                  QStringLiteral("A second pump as redundancy, maintenance every 6 months"))
                .has_value());
    auto done = ladder.forCase(c.id);
    REQUIRE(done.has_value());
    const Escalation& top = done->last();
    REQUIRE(top.obligations.size() == 3);
    for (const Obligation& o : top.obligations) {
        CHECK(o.done());
        CHECK(o.doneBy == QStringLiteral("exec"));
        CHECK(o.doneAt == utc(2026, 11, 21, 15, 0));
    }
    const Obligation& call = top.obligations[0];
    CHECK(call.kind == Obligation::Kind::ExecutiveCall);
    CHECK(call.note == QStringLiteral("Called Dr Weber, apologised for the outage"));
}

TEST_CASE("Escalating by hand needs a reason and the right rung", "[escalation]")
{
    SlaDesk desk(berlin(2026, 11, 23, 9, 0));
    const Database& db = desk.db;
    const User& rep = desk.rep;
    const User lead = slaUser(db, QStringLiteral("lead"), Role::Lead);
    const Case c = openCase(db, rep.id);

    auto noReason = EscalationRepository(db, rep).escalate(c.id, QStringLiteral(" "));
    REQUIRE_FALSE(noReason.has_value());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    CHECK(levelOf(db, c.id) == 0);

    auto toLead =
        EscalationRepository(db, rep).escalate(c.id, QStringLiteral("Customer threatens to cancel"));
    INFO(describe(toLead));
    REQUIRE(toLead.has_value());
    CHECK(toLead->rule == EscalationRule::Manual);
    CHECK(toLead->by == QStringLiteral("rep"));
    CHECK(levelOf(db, c.id) == 1);

    auto repAgain = EscalationRepository(db, rep).escalate(c.id, QStringLiteral("Still angry"));
    REQUIRE_FALSE(repAgain.has_value());
    CHECK(repAgain.error().message.contains(QStringLiteral("only a lead")));
    CHECK(levelOf(db, c.id) == 1);

    REQUIRE(EscalationRepository(db, lead)
                .escalate(c.id, QStringLiteral("Needs the executive's call"))
                .has_value());
    CHECK(levelOf(db, c.id) == 2);
    auto top = EscalationRepository(db, lead).escalate(c.id, QStringLiteral("Higher"));
    REQUIRE_FALSE(top.has_value());
    CHECK(top.error().code == Error::Code::IllegalTransition);
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM escalations")) == 2);
    CHECK(countRows(
              db, QStringLiteral("SELECT count(*) FROM escalation_obligations WHERE done_at IS NULL")) == 3);

    // The rules find nothing more to do with it, and the store's own check
    // finds the ladder consistent with its history.
    CHECK(mustRun(db, berlin(2027, 1, 4, 12, 0)).isEmpty());
    REQUIRE(SlaRepository(db, rep).startWaiting(c.id, QStringLiteral("Parts on order")).has_value());
    auto findings = StoreCheck(db).run();
    REQUIRE(findings.has_value());
    for (const auto& f : *findings)
        FAIL_CHECK(f.check.toStdString() + ": " + f.problem.toStdString());
}

TEST_CASE("Clock changes neither double an escalation nor skip one", "[escalation]")
{
    TempStore store;
    const Database& db = store.db();
    const User lead = slaUser(db, QStringLiteral("lead"), Role::Lead);
    // Open around the clock in Berlin, across the night the clocks go back
    // (2026-10-25, 03:00 CEST becomes 02:00 CET).
    WeekHours always;
    for (auto& day : always)
        day = {WorkingInterval{0, 24 * 60}};
    auto cal = BusinessCalendar::make("Europe/Berlin", always);
    REQUIRE(cal.has_value());
    REQUIRE(SlaRepository(db, lead).setCalendar(*cal).has_value());
    REQUIRE(SlaRepository(db, lead).setPolicies(testPolicies()).has_value());

    FixedClock clock(utc(2026, 10, 25, 0, 30)); // 02:30 CEST, the first time
    const Case c = openCase(db, lead.id);
    CHECK(storedTime(db, c.id, "acknowledge_due") == utc(2026, 10, 25, 1, 30)); // 02:30 CET, one real hour

    // A pass every quarter of an hour through the night, as the app's timer
    // would run: exactly one escalation, at the first pass at or after due.
    int made = 0;
    QDateTime at;
    for (QDateTime t = utc(2026, 10, 25, 0, 0); t <= utc(2026, 10, 25, 4, 0); t = t.addSecs(15 * 60)) {
        const QList<Escalation> e = mustRun(db, t);
        made += int(e.size());
        if (!e.isEmpty() && !at.isValid())
            at = t;
    }
    CHECK(made == 1);
    CHECK(at == utc(2026, 10, 25, 1, 30));

    // The wall clock set back an hour, and a pass at an earlier moment: nothing.
    CHECK(mustRun(db, utc(2026, 10, 25, 0, 45)).isEmpty());

    // The calendar moves to another zone: the due times are computed anew,
    // the escalation made stays made and is not made again.
    auto ny = BusinessCalendar::make("America/New_York", always);
    REQUIRE(ny.has_value());
    REQUIRE(SlaRepository(db, lead).setCalendar(*ny).has_value());
    CHECK(mustRun(db, utc(2026, 10, 25, 4, 0)).isEmpty());
    CHECK(levelOf(db, c.id) == 1);
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM escalations")) == 1);
}

TEST_CASE("The rules find due cases through the index", "[escalation][sqlite-only]")
{
    TempStore store;
    QSqlQuery q(store.db().connection());
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM cases WHERE escalation_due <= 0 "
                                  "ORDER BY escalation_due, id")));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    INFO(plan.join(QLatin1Char('\n')).toStdString());
    CHECK(plan.join(QLatin1Char('\n')).contains(QStringLiteral("cases_by_escalation_due")));
    CHECK_FALSE(plan.join(QLatin1Char('\n')).contains(QStringLiteral("SCAN cases")));
}

TEST_CASE("The queue counts read only the cases they count", "[escalation][sqlite-only]")
{
    // EscalationRepository::counts runs at every start and every minute on
    // every desk: a rep's open cases and a rung's open cases come from
    // partial indexes, not from every case the rep or the rung ever had.
    TempStore store;
    const auto planOf = [&store](const QString& statement) {
        QSqlQuery q(store.db().connection());
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        return plan.join(QLatin1Char('\n'));
    };
    const QString mine = planOf(QStringLiteral(
        "SELECT count(*) FROM cases c WHERE c.owner_id = 1 AND c.status IN ('new', 'acknowledged', "
        "'in_recovery', 'reopened')"));
    INFO(mine.toStdString());
    CHECK(mine.contains(QStringLiteral("cases_awaiting_by_owner")));
    const QString rung = planOf(
        QStringLiteral("SELECT count(*) FROM cases WHERE escalation_level = 1 AND status <> 'closed'"));
    INFO(rung.toStdString());
    CHECK(rung.contains(QStringLiteral("cases_open_by_level")));
}

TEST_CASE("redress-cli escalate prints each escalation and the count, and a second run none",
          "[escalation][cli]")
{
    TempStore store;
    DemoGenerator::Options options;
    options.cases = 3000;
    options.seed = 7;
    options.now = utc(2026, 11, 23, 9, 0);
    auto demo = DemoGenerator(store.db()).generate(options);
    INFO(describe(demo));
    REQUIRE(demo.has_value());
    const qint64 due =
        countRows(store.db(), QStringLiteral("SELECT count(*) FROM cases WHERE escalation_due <= %1")
                                  .arg(utc(2026, 11, 23, 9, 0).toMSecsSinceEpoch()));
    REQUIRE(due > 200); // more than one of the pass's batches
    // --now far from the clock: a lead, on a demo store.
    makeUser(store.db(), cliLogin(store.db()), QStringLiteral("Lena Lead"), Role::Lead);
    store.db().closeAll();

    const QStringList args{QStringLiteral("--db"), store.path(), QStringLiteral("escalate"),
                           QStringLiteral("--now"), QStringLiteral("2026-11-23T09:00:00Z")};
    const CliRun first = cli(args);
    INFO(show(first));
    REQUIRE(first.code == 0);
    QStringList lines = first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == due + 1);
    CHECK(lines.last() == QStringLiteral("escalated: %1").arg(due));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        INFO(lines[i].toStdString());
        CHECK(lines[i].contains(QRegularExpression(
            QStringLiteral("^RD-\\d{6} rep->lead (acknowledge|contact|resolve) due \\d{4}-\\d\\d-\\d\\dT"))));
    }
    const CliRun second = cli(args);
    REQUIRE(second.code == 0);
    CHECK(second.out == QStringLiteral("escalated: 0\n"));
    // The demo marked its store; a rep is refused --now on it all the same.
    CHECK(*DemoGenerator::isDemoStore(store.db()));
    setRole(store.db(), cliLogin(store.db()), QStringLiteral("rep"));
    store.db().closeAll();
    const CliRun asRep = cli(args);
    CHECK(asRep.code == 2);
    CHECK(asRep.out.isEmpty());

    const CliRun bad = cli({QStringLiteral("--db"), store.path(), QStringLiteral("escalate"),
                            QStringLiteral("--now"), QStringLiteral("next tuesday")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("--now")));
    const CliRun missing = cli(
        {QStringLiteral("--db"), store.filePath(QStringLiteral("nope.sqlite")), QStringLiteral("escalate")});
    CHECK(missing.code == 1);
    CHECK_FALSE(QFile::exists(store.filePath(QStringLiteral("nope.sqlite"))));
}

// Found by hand: `escalate --now 9999-12-31T00:00:00Z` run by anyone took
// every case up a rung and set due times after that date, so the ladder
// never moved again.
TEST_CASE("escalate --now is a lead's or an administrator's, and far from the clock only on a demo store",
          "[escalation][cli]")
{
    SlaDesk desk(berlin(2026, 11, 20, 16, 30));
    const Case c = openCase(desk.db, desk.rep.id);
    const QString login = cliLogin(desk.db);
    const auto escalate = [&](const QString& now) {
        QStringList args{QStringLiteral("--db"), desk.store.path(), QStringLiteral("escalate")};
        if (!now.isEmpty())
            args << QStringLiteral("--now") << now;
        desk.db.closeAll();
        return cli(args);
    };
    const QString nearby = desk.clock.now().addSecs(4 * 60).toUTC().toString(Qt::ISODate);
    const QString farAhead = QStringLiteral("9999-12-31T00:00:00Z");

    // Not a user of the store, then a rep: refused whatever the time.
    CliRun r = escalate(nearby);
    INFO(show(r));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--now is for a team lead or an administrator")));
    CHECK(r.err.contains(QStringLiteral("not a user of this store")));
    makeUser(desk.db, login, QStringLiteral("Desk Account"), Role::Rep);
    r = escalate(nearby);
    INFO(show(r));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("%1 is not one (Rep)").arg(login)));
    // Without --now anyone runs the rules at the real time.
    r = escalate({});
    INFO(show(r));
    CHECK(r.code == 0);
    CHECK(r.out == QStringLiteral("escalated: 0\n"));

    // A lead: within five minutes of the clock, yes; far ahead, no.
    setRole(desk.db, login, QStringLiteral("lead"));
    r = escalate(nearby);
    INFO(show(r));
    CHECK(r.code == 0);
    r = escalate(farAhead);
    INFO(show(r));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("more than 5 minutes from the clock")));
    CHECK(r.err.contains(QStringLiteral("demo")));
    CHECK(r.out.isEmpty());
    CHECK(levelOf(desk.db, c.id) == 0);
    CHECK(countRows(desk.db, QStringLiteral("SELECT count(*) FROM escalations")) == 0);
    setRole(desk.db, login, QStringLiteral("admin"));
    CHECK(escalate(QStringLiteral("2026-11-19T09:00:00Z")).code == 2);
    // (A demo store, at any time: the test above, on a demo two weeks old.)
}
