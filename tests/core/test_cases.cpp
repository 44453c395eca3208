// The case aggregate and its neighbours: intake, validation, all-or-nothing
// writes, row versions, the append-only timeline, bulk moves, drafts and
// the customer type-ahead.

#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/DraftRepository.h"
#include "core/store/ProductRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace redress::core;
using namespace redress::test;
using S = CaseStatus;

namespace {

struct Counts
{
    qint64 customers = 0;
    qint64 products = 0;
    qint64 cases = 0;
    qint64 events = 0;
    bool operator==(const Counts&) const = default;
};

} // namespace

namespace Catch {
template <> struct StringMaker<::Counts>
{
    static std::string convert(const ::Counts& c)
    {
        return "{customers " + std::to_string(c.customers) + ", products " + std::to_string(c.products) +
               ", cases " + std::to_string(c.cases) + ", events " + std::to_string(c.events) + '}';
    }
};
} // namespace Catch

namespace {

// A store with one acting user and the clock held still: every time stamp a
// test reads is one it set.
struct Fixture
{
    TempStore store;
    FixedClock clock{QDateTime(QDate(2025, 5, 12), QTime(8, 30), Qt::UTC)};
    User sam = mustEnsure(QStringLiteral("sam"), QStringLiteral("Sam Rivera"));
    CaseRepository repo{store.db(), sam.id};

    QSqlDatabase sql() const { return store.db().connection(); }

    User mustEnsure(const QString& login, const QString& name)
    {
        auto u = UserRepository(store.db()).ensure(login, name);
        INFO(describe(u));
        REQUIRE(u.has_value());
        return *u;
    }

    Counts counts() const
    {
        return {count(sql(), QStringLiteral("customers")), count(sql(), QStringLiteral("products")),
                count(sql(), QStringLiteral("cases")), count(sql(), QStringLiteral("case_events"))};
    }

    static NewCase intake(const QString& customer = QStringLiteral("Grace Hansen"),
                          const QString& product = QStringLiteral("Vacuum pump VP-200"))
    {
        // Every field away from its default, so a field the store drops shows.
        return CaseBuilder()
            .customer(customer)
            .company(QStringLiteral("Harbor Dental Practice"))
            .product(product)
            .channel(Channel::Email)
            .description(QStringLiteral("  The suction fails in the middle of treatment.  "))
            .severity(Severity::High)
            .impact(BusinessImpact::Stopped)
            .build();
    }

    Case mustCreate(const NewCase& n = intake())
    {
        auto c = repo.create(n);
        INFO(describe(c));
        REQUIRE(c.has_value());
        return *c;
    }

    Case mustGet(qint64 id)
    {
        auto c = repo.get(id);
        INFO(describe(c));
        REQUIRE(c.has_value());
        return *c;
    }

    QList<CaseEvent> mustTimeline(qint64 id)
    {
        auto t = repo.timeline(id);
        INFO(describe(t));
        REQUIRE(t.has_value());
        return *t;
    }

    Case moveTo(qint64 id, const QList<S>& steps)
    {
        if (steps.contains(S::Resolved) || steps.contains(S::Closed))
            completeRecovery(store.db(), id);
        Case c = mustGet(id);
        for (S s : steps) {
            auto moved = repo.transition(id, s);
            INFO(describe(moved));
            REQUIRE(moved.has_value());
            c = *moved;
        }
        return c;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "Creating a case with a new customer and product", "[store]")
{
    const Counts before = counts();
    const NewCase n = intake();
    const Case c = mustCreate(n);

    CHECK(c.id == 1);
    CHECK(c.reference() == QStringLiteral("RD-000001"));
    CHECK(QRegularExpression(QStringLiteral("^RD-\\d{6}$")).match(c.reference()).hasMatch());
    CHECK(caseIdFromReference(c.reference()) == c.id);
    CHECK(c.customerId > 0);
    CHECK(c.customerName == n.customerName);
    CHECK(c.company == n.company);
    CHECK(c.productId > 0);
    CHECK(c.productName == n.productName);
    CHECK(c.channel == n.channel);
    CHECK(c.description == n.description.trimmed());
    CHECK(c.severity == n.severity);
    CHECK(c.impact == n.impact);
    CHECK(c.status == S::New);
    CHECK(c.ownerId == 0);
    CHECK(c.ownerName.isEmpty());
    CHECK(c.openedAt == clock.now());
    CHECK(c.updatedAt == clock.now());
    CHECK_FALSE(c.resolvedAt.isValid());
    CHECK_FALSE(c.closedAt.isValid());

    const Counts after = counts();
    CHECK(after.customers == before.customers + 1);
    CHECK(after.products == before.products + 1);
    CHECK(after.cases == before.cases + 1);
    CHECK(after.events == before.events + 1);

    const QList<CaseEvent> events = mustTimeline(c.id);
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == CaseEvent::Kind::Created);
    CHECK(events[0].actor == sam.displayName);
    CHECK(events[0].at == clock.now());
    CHECK(events[0].caseId == c.id);

    // The customer was stored with the company given at intake.
    auto customer = CustomerRepository(store.db()).get(c.customerId);
    REQUIRE(customer.has_value());
    CHECK(customer->name == n.customerName);
    CHECK(customer->company == n.company);

    // The next case gets the next reference.
    CHECK(mustCreate().reference() == QStringLiteral("RD-000002"));
}

TEST_CASE_METHOD(Fixture, "Creating a case for an existing customer and product", "[store]")
{
    const Case first = mustCreate();
    const Counts before = counts();

    NewCase n = intake(QString(), first.productName.toUpper());
    n.customerId = first.customerId;
    n.company.clear();
    n.description = QStringLiteral("The replacement pump has the same fault.");
    const Case second = mustCreate(n);

    CHECK(second.customerId == first.customerId);
    CHECK(second.customerName == first.customerName);
    CHECK(second.company == first.company);
    // Products are matched regardless of case.
    CHECK(second.productId == first.productId);
    CHECK(second.productName == first.productName);
    const Counts after = counts();
    CHECK(after.customers == before.customers);
    CHECK(after.products == before.products);
    CHECK(after.cases == before.cases + 1);
}

TEST_CASE_METHOD(Fixture, "Invalid intake is refused with the field named and nothing saved", "[store]")
{
    mustCreate();
    const Counts before = counts();
    NewCase n = intake(QStringLiteral("Hugo Weber"), QStringLiteral("Brand new product"));
    QString field;

    SECTION("empty description")
    {
        n.description = QString();
        field = QStringLiteral("description");
    }
    SECTION("blank description")
    {
        n.description = QStringLiteral(" \t\n ");
        field = QStringLiteral("description");
    }
    SECTION("missing customer name")
    {
        n.customerName = QStringLiteral("   ");
        field = QStringLiteral("customer");
    }
    SECTION("missing product")
    {
        n.productName = QString();
        field = QStringLiteral("product");
    }

    const Status check = CaseRepository::validate(n);
    REQUIRE_FALSE(check.has_value());
    CHECK(check.error().code == Error::Code::InvalidInput);
    CHECK(check.error().field == field);
    CHECK_FALSE(check.error().message.isEmpty());

    auto made = repo.create(n);
    REQUIRE_FALSE(made.has_value());
    CHECK(made.error().code == Error::Code::InvalidInput);
    CHECK(made.error().field == field);
    CHECK(counts() == before);
}

TEST_CASE_METHOD(Fixture, "A write that fails midway leaves nothing behind", "[store][sqlite-only]")
{
    const Case existing = mustCreate();
    const Counts before = counts();
    // An observer on a connection of its own sees only what was committed.
    RawConnection observer(store.path());
    REQUIRE(observer.isOpen());

    SECTION("a case the schema refuses, after its customer and product were added")
    {
        NewCase n = intake(QStringLiteral("Rollback Person"), QStringLiteral("Rollback Product"));
        SECTION("channel")
        {
            n.channel = static_cast<Channel>(42);
        }
        SECTION("severity")
        {
            n.severity = static_cast<Severity>(9);
        }
        SECTION("impact")
        {
            n.impact = static_cast<BusinessImpact>(-3);
        }
        auto made = repo.create(n);
        REQUIRE_FALSE(made.has_value());
        CHECK(made.error().code == Error::Code::Database);
        CHECK(counts() == before);
        auto found = CustomerRepository(store.db()).findByPrefix(QStringLiteral("Rollback"));
        REQUIRE(found.has_value());
        CHECK(found->isEmpty());
    }
    SECTION("a case for a customer that does not exist")
    {
        NewCase n = intake(QString(), QStringLiteral("Rollback Product"));
        n.customerId = 987654;
        auto made = repo.create(n);
        REQUIRE_FALSE(made.has_value());
        CHECK(made.error().code == Error::Code::NotFound);
        CHECK(counts() == before);
    }
    SECTION("an assignment to a user who does not exist")
    {
        auto assigned = repo.assign(existing.id, 987654);
        REQUIRE_FALSE(assigned.has_value());
        CHECK(assigned.error().code == Error::Code::NotFound);
        CHECK(counts() == before);
        const Case after = mustGet(existing.id);
        CHECK(after.rowVersion == existing.rowVersion);
        CHECK(after.ownerId == 0);
    }

    // The connection is usable and not stuck in a transaction: the next
    // write is committed where another connection sees it.
    const Case next = mustCreate(intake(QStringLiteral("Ines Larsen"), QStringLiteral("Standard parcel")));
    CHECK(
        scalar(observer.db(), QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"), {next.id}).toInt() ==
        1);
    CHECK(count(observer.db(), QStringLiteral("cases")) == before.cases + 1);
    CHECK(count(observer.db(), QStringLiteral("customers")) == before.customers + 1);
}

TEST_CASE_METHOD(Fixture, "A write based on a stale row version is refused", "[store]")
{
    const Case original = mustCreate();
    auto acknowledged = repo.transition(original.id, S::Acknowledged, original.rowVersion);
    REQUIRE(acknowledged.has_value());
    REQUIRE(acknowledged->rowVersion == original.rowVersion + 1);
    const int eventsBefore = static_cast<int>(mustTimeline(original.id).size());
    const User ana = mustEnsure(QStringLiteral("ana"), QStringLiteral("Ana López"));

    Result<Case> refused = std::unexpected(Error{});
    SECTION("transition")
    {
        refused = repo.transition(original.id, S::InRecovery, original.rowVersion);
    }
    SECTION("assign")
    {
        refused = repo.assign(original.id, ana.id, original.rowVersion);
    }
    SECTION("update")
    {
        CaseEdit edit;
        edit.severity = Severity::Low;
        refused = repo.update(original.id, edit, original.rowVersion);
    }

    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(original.reference()));
    const Case after = mustGet(original.id);
    CHECK(after.status == S::Acknowledged);
    CHECK(after.rowVersion == acknowledged->rowVersion);
    CHECK(after.ownerId == 0);
    CHECK(after.severity == original.severity);
    CHECK(mustTimeline(original.id).size() == eventsBefore);

    // The current version is accepted.
    auto moved = repo.transition(original.id, S::InRecovery, acknowledged->rowVersion);
    CHECK(moved.has_value());
}

TEST_CASE_METHOD(Fixture, "Assigning and unassigning record who owned the case", "[store]")
{
    const User ana = mustEnsure(QStringLiteral("ana"), QStringLiteral("Ana López"));
    const User tom = mustEnsure(QStringLiteral("tom"), QStringLiteral("Tom Becker"));
    const Case c = mustCreate();

    struct Step
    {
        qint64 owner;
        QString oldName;
        QString newName;
    };
    const QList<Step> steps{{ana.id, QString(), ana.displayName},
                            {tom.id, ana.displayName, tom.displayName},
                            {0, tom.displayName, QString()}};
    qint64 version = c.rowVersion;
    int events = static_cast<int>(mustTimeline(c.id).size());
    for (const Step& step : steps) {
        CAPTURE(step.owner);
        clock.advanceSecs(300);
        auto assigned = repo.assign(c.id, step.owner, version);
        INFO(describe(assigned));
        REQUIRE(assigned.has_value());
        CHECK(assigned->ownerId == step.owner);
        CHECK(assigned->ownerName == step.newName);
        CHECK(assigned->rowVersion == version + 1);
        CHECK(assigned->updatedAt == clock.now());
        version = assigned->rowVersion;

        const QList<CaseEvent> timeline = mustTimeline(c.id);
        REQUIRE(timeline.size() == events + 1);
        events = static_cast<int>(timeline.size());
        const CaseEvent& e = timeline.last();
        CHECK(e.kind == CaseEvent::Kind::Assigned);
        CHECK(e.oldValue == step.oldName);
        CHECK(e.newValue == step.newName);
        CHECK(e.actor == sam.displayName);
        CHECK(e.at == clock.now());
    }

    // Giving the case to nobody again is no change and records nothing.
    auto again = repo.assign(c.id, 0);
    REQUIRE(again.has_value());
    CHECK(mustTimeline(c.id).size() == events);
}

TEST_CASE_METHOD(Fixture, "update() records one event per changed field", "[store]")
{
    const Case c = mustCreate();
    const Counts before = counts();
    clock.advanceSecs(3600);

    CaseEdit edit;
    edit.productName = c.productName.toLower(); // the same product, typed differently
    edit.channel = Channel::Phone;              // changed (was email)
    edit.description = QStringLiteral("The suction fails twice a day now.");
    edit.severity = c.severity; // unchanged
    // impact not given
    auto updated = repo.update(c.id, edit, c.rowVersion);
    INFO(describe(updated));
    REQUIRE(updated.has_value());
    CHECK(updated->channel == Channel::Phone);
    CHECK(updated->description == *edit.description);
    CHECK(updated->productId == c.productId);
    CHECK(updated->severity == c.severity);
    CHECK(updated->impact == c.impact);
    CHECK(updated->rowVersion == c.rowVersion + 1);
    CHECK(updated->updatedAt == clock.now());

    QList<CaseEvent> events = mustTimeline(c.id);
    REQUIRE(events.size() == 3);
    QHash<QString, CaseEvent> byField;
    for (const CaseEvent& e : events.mid(1)) {
        CHECK(e.kind == CaseEvent::Kind::FieldChanged);
        CHECK(e.actor == sam.displayName);
        byField.insert(e.field, e);
    }
    REQUIRE(byField.size() == 2);
    REQUIRE(byField.contains(QStringLiteral("channel")));
    REQUIRE(byField.contains(QStringLiteral("description")));
    CHECK(byField[QStringLiteral("channel")].oldValue == keyOf(Channel::Email));
    CHECK(byField[QStringLiteral("channel")].newValue == keyOf(Channel::Phone));
    CHECK(displayEventValue(QStringLiteral("channel"), keyOf(Channel::Phone)) == labelOf(Channel::Phone));
    CHECK(byField[QStringLiteral("description")].oldValue == c.description);
    CHECK(byField[QStringLiteral("description")].newValue == *edit.description);
    CHECK(counts().products == before.products);

    SECTION("a different product is one event and a new product")
    {
        CaseEdit other;
        other.productName = QStringLiteral("Suction unit S3");
        auto changed = repo.update(c.id, other);
        REQUIRE(changed.has_value());
        CHECK(changed->productName == QStringLiteral("Suction unit S3"));
        CHECK(changed->productId != c.productId);
        CHECK(counts().products == before.products + 1);
        events = mustTimeline(c.id);
        REQUIRE(events.size() == 4);
        CHECK(events.last().kind == CaseEvent::Kind::FieldChanged);
        CHECK(events.last().field == QStringLiteral("product"));
        CHECK(events.last().oldValue == c.productName);
        CHECK(events.last().newValue == QStringLiteral("Suction unit S3"));
    }
    SECTION("severity and impact show as labels")
    {
        CaseEdit other;
        other.severity = Severity::Critical;
        other.impact = BusinessImpact::Minor;
        REQUIRE(repo.update(c.id, other).has_value());
        events = mustTimeline(c.id);
        // Severity, impact and the priority they give (issue 5).
        REQUIRE(events.size() == 6);
        for (const CaseEvent& e : events.mid(3)) {
            if (e.field == QStringLiteral("severity"))
                CHECK(displayEventValue(e.field, e.newValue) == labelOf(Severity::Critical));
            else if (e.field == QStringLiteral("impact"))
                CHECK(displayEventValue(e.field, e.newValue) == labelOf(BusinessImpact::Minor));
            else if (e.field == QStringLiteral("priority"))
                CHECK(displayEventValue(e.field, e.newValue) == labelOf(Priority::Urgent));
            else
                FAIL("unexpected field " << e.field.toStdString());
        }
    }
    SECTION("nothing changed records nothing")
    {
        CaseEdit same;
        same.channel = updated->channel;
        same.description = QStringLiteral("  ") + updated->description;
        same.impact = updated->impact;
        auto unchanged = repo.update(c.id, same, updated->rowVersion);
        REQUIRE(unchanged.has_value());
        CHECK(unchanged->rowVersion == updated->rowVersion);
        CHECK(mustTimeline(c.id).size() == 3);
    }
    SECTION("an empty description is refused")
    {
        CaseEdit blank;
        blank.description = QStringLiteral(" ");
        blank.severity = Severity::Low;
        auto refused = repo.update(c.id, blank);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::InvalidInput);
        CHECK(refused.error().field == QStringLiteral("description"));
        const Case after = mustGet(c.id);
        CHECK(after.severity == c.severity);
        CHECK(after.rowVersion == updated->rowVersion);
        CHECK(mustTimeline(c.id).size() == 3);
    }
}

TEST_CASE_METHOD(Fixture, "Notes are appended to the timeline", "[store]")
{
    const Case c = mustCreate();
    auto noted = repo.addNote(c.id, QStringLiteral("  Called back, waiting for the technician.  "));
    REQUIRE(noted.has_value());
    CHECK(noted->rowVersion == c.rowVersion + 1);
    const QList<CaseEvent> events = mustTimeline(c.id);
    REQUIRE(events.size() == 2);
    CHECK(events.last().kind == CaseEvent::Kind::Note);
    CHECK(events.last().note == QStringLiteral("Called back, waiting for the technician."));

    auto empty = repo.addNote(c.id, QStringLiteral("   "));
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == Error::Code::InvalidInput);
    CHECK(empty.error().field == QStringLiteral("note"));
    CHECK(mustTimeline(c.id).size() == 2);

    auto missing = repo.addNote(c.id + 100, QStringLiteral("Lost"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE_METHOD(Fixture, "The timeline cannot be changed or deleted", "[store]")
{
    const Case c = mustCreate();
    moveTo(c.id, {S::Acknowledged, S::InRecovery});
    const QByteArray before = queryDigest(sql(), QStringLiteral("SELECT * FROM case_events ORDER BY id"));
    const qint64 rows = count(sql(), QStringLiteral("case_events"));
    REQUIRE(rows == 3);

    for (const QString& statement :
         {QStringLiteral("UPDATE case_events SET note = 'rewritten'"),
          QStringLiteral("UPDATE case_events SET new_value = 'closed' WHERE id = 3"),
          QStringLiteral("DELETE FROM case_events"),
          QStringLiteral("DELETE FROM case_events WHERE id = 2")}) {
        CAPTURE(statement);
        const QString error = execError(sql(), statement);
        CHECK_FALSE(error.isEmpty());
        CHECK(error.contains(QStringLiteral("append-only")));
    }
    CHECK(queryDigest(sql(), QStringLiteral("SELECT * FROM case_events ORDER BY id")) == before);
    CHECK(count(sql(), QStringLiteral("case_events")) == rows);
}

TEST_CASE_METHOD(Fixture, "transitionMany moves all cases or none", "[store]")
{
    const QList<qint64> ids{mustCreate().id, mustCreate().id, mustCreate().id};

    REQUIRE(repo.transitionMany(ids, S::Acknowledged).has_value());
    for (qint64 id : ids) {
        CHECK(mustGet(id).status == S::Acknowledged);
        const QList<CaseEvent> events = mustTimeline(id);
        REQUIRE(events.size() == 2);
        CHECK(events.last().kind == CaseEvent::Kind::StatusChanged);
        CHECK(events.last().oldValue == keyOf(S::New));
        CHECK(events.last().newValue == keyOf(S::Acknowledged));
    }

    // One case moves ahead on its own; it then cannot make the bulk move.
    const Case ahead = moveTo(ids[1], {S::InRecovery});
    const QByteArray cases = queryDigest(sql(), QStringLiteral("SELECT * FROM cases ORDER BY id"));
    const QByteArray events = queryDigest(sql(), QStringLiteral("SELECT * FROM case_events ORDER BY id"));

    const Status refused = repo.transitionMany(ids, S::InRecovery);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::IllegalTransition);
    CHECK(refused.error().message.contains(ahead.reference()));
    CHECK_FALSE(refused.error().message.contains(referenceFor(ids[0])));
    CHECK_FALSE(refused.error().message.contains(referenceFor(ids[2])));
    CHECK(queryDigest(sql(), QStringLiteral("SELECT * FROM cases ORDER BY id")) == cases);
    CHECK(queryDigest(sql(), QStringLiteral("SELECT * FROM case_events ORDER BY id")) == events);

    // A case that does not exist stops the whole move as well.
    const Status missing = repo.transitionMany({ids[0], ids[2], 424242}, S::InRecovery);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(queryDigest(sql(), QStringLiteral("SELECT * FROM cases ORDER BY id")) == cases);
    CHECK(queryDigest(sql(), QStringLiteral("SELECT * FROM case_events ORDER BY id")) == events);

    // Without the one ahead, the others move.
    REQUIRE(repo.transitionMany({ids[0], ids[2]}, S::InRecovery).has_value());
    for (qint64 id : ids)
        CHECK(mustGet(id).status == S::InRecovery);
}

TEST_CASE_METHOD(Fixture, "assignMany assigns all cases or none", "[store]")
{
    const User ana = mustEnsure(QStringLiteral("ana"), QStringLiteral("Ana López"));
    const QList<qint64> ids{mustCreate().id, mustCreate().id, mustCreate().id};

    REQUIRE(repo.assignMany(ids, ana.id).has_value());
    for (qint64 id : ids) {
        const Case c = mustGet(id);
        CHECK(c.ownerId == ana.id);
        CHECK(c.ownerName == ana.displayName);
        const QList<CaseEvent> events = mustTimeline(id);
        REQUIRE(events.size() == 2);
        CHECK(events.last().kind == CaseEvent::Kind::Assigned);
        CHECK(events.last().newValue == ana.displayName);
    }
    const QByteArray cases = queryDigest(sql(), QStringLiteral("SELECT * FROM cases ORDER BY id"));
    const QByteArray events = queryDigest(sql(), QStringLiteral("SELECT * FROM case_events ORDER BY id"));
    const User tom = mustEnsure(QStringLiteral("tom"), QStringLiteral("Tom Becker"));

    SECTION("to a user who does not exist")
    {
        const Status refused = repo.assignMany(ids, 424242);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::NotFound);
    }
    SECTION("with a case that does not exist last")
    {
        const Status refused = repo.assignMany({ids[0], ids[1], ids[2], 424242}, tom.id);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::NotFound);
        CHECK(refused.error().message.contains(referenceFor(424242)));
    }
    CHECK(queryDigest(sql(), QStringLiteral("SELECT * FROM cases ORDER BY id")) == cases);
    CHECK(queryDigest(sql(), QStringLiteral("SELECT * FROM case_events ORDER BY id")) == events);
}

TEST_CASE_METHOD(Fixture, "Counts by status add up", "[store]")
{
    for (int i = 0; i < 5; ++i)
        mustCreate();
    moveTo(1, {S::Acknowledged});
    moveTo(2, {S::Acknowledged, S::InRecovery, S::Resolved});
    moveTo(3, {S::Acknowledged});
    auto total = repo.count();
    auto byStatus = repo.countByStatus();
    REQUIRE(total.has_value());
    REQUIRE(byStatus.has_value());
    CHECK(*total == 5);
    qint64 sum = 0;
    for (S s : allStatuses()) {
        CAPTURE(keyOf(s).toStdString());
        CHECK(byStatus->value(s) ==
              scalar(sql(), QStringLiteral("SELECT count(*) FROM cases WHERE status = ?"), {keyOf(s)})
                  .toLongLong());
        sum += byStatus->value(s);
    }
    CHECK(sum == *total);
    CHECK(byStatus->value(S::Acknowledged) == 2);
}

TEST_CASE_METHOD(Fixture, "Drafts survive saving and overwriting until removed", "[store]")
{
    DraftRepository drafts(store.db());
    const QString user = QStringLiteral("sam");
    const QString kind = QStringLiteral("intake");

    auto none = drafts.load(user, kind);
    REQUIRE(none.has_value());
    CHECK_FALSE(none->has_value());

    QJsonObject first{{QStringLiteral("customer"), QStringLiteral("Keiko Tanaka")},
                      {QStringLiteral("severity"), 3},
                      {QStringLiteral("tags"), QJsonArray{QStringLiteral("pump"), QStringLiteral("urgent")}}};
    REQUIRE(drafts.save(user, kind, first).has_value());
    auto loaded = drafts.load(user, kind);
    REQUIRE(loaded.has_value());
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->payload == first);
    CHECK((*loaded)->savedAt == clock.now());

    clock.advanceSecs(90);
    QJsonObject second{{QStringLiteral("customer"), QStringLiteral("Keiko Tanaka-Berg")},
                       {QStringLiteral("description"), QStringLiteral("Ünïcödé and \"quotes\"")}};
    REQUIRE(drafts.save(user, kind, second).has_value());
    loaded = drafts.load(user, kind);
    REQUIRE(loaded.has_value());
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->payload == second);
    CHECK((*loaded)->savedAt == clock.now());
    CHECK(count(sql(), QStringLiteral("drafts")) == 1);

    // Other users and kinds keep drafts of their own.
    REQUIRE(drafts.save(QStringLiteral("ana"), kind, first).has_value());
    auto other = drafts.load(user, QStringLiteral("note"));
    REQUIRE(other.has_value());
    CHECK_FALSE(other->has_value());

    REQUIRE(drafts.remove(user, kind).has_value());
    loaded = drafts.load(user, kind);
    REQUIRE(loaded.has_value());
    CHECK_FALSE(loaded->has_value());
    auto anas = drafts.load(QStringLiteral("ana"), kind);
    REQUIRE(anas.has_value());
    REQUIRE(anas->has_value());
    CHECK((*anas)->payload == first);
    // Removing what is not there is fine.
    CHECK(drafts.remove(user, kind).has_value());
}

TEST_CASE_METHOD(Fixture, "Customer type-ahead matches name and company prefixes", "[store]")
{
    CustomerRepository customers(store.db());
    struct Seed
    {
        const char* name;
        const char* company;
    };
    const QList<Seed> seeds{{"Anna Schmidt", "Northwind Bakery"},
                            {"annika Berg", ""},
                            {"Ben Carter", "Annex Logistics"},
                            {"Carla Diaz", "Bright Clinic"},
                            {"Hannah Ann", "Maple Hotel"},
                            {"100% Pure Juice", ""},
                            {"100X Pure Juice", ""},
                            {"A_B Consulting", ""},
                            {"AxB Consulting", ""},
                            {"Dora", "50% Off_Shop"},
                            {"Elias", "50X Off Shop"}};
    QList<Customer> made;
    for (const Seed& s : seeds) {
        Customer c;
        c.name = QString::fromUtf8(s.name);
        c.company = QString::fromUtf8(s.company);
        auto created = customers.create(c);
        INFO(describe(created));
        REQUIRE(created.has_value());
        made << *created;
    }

    // The expectation from the seeds themselves: a literal, case-blind prefix.
    const auto expected = [&](const QString& prefix) {
        QSet<qint64> ids;
        for (const Customer& c : made) {
            if (c.name.startsWith(prefix, Qt::CaseInsensitive) ||
                c.company.startsWith(prefix, Qt::CaseInsensitive))
                ids.insert(c.id);
        }
        return ids;
    };
    const auto found = [&](const QString& prefix) {
        auto result = customers.findByPrefix(prefix);
        INFO(describe(result));
        REQUIRE(result.has_value());
        QSet<qint64> ids;
        for (const Customer& c : *result)
            ids.insert(c.id);
        CHECK(ids.size() == result->size());
        return ids;
    };

    for (const QString& prefix :
         {QStringLiteral("ann"), QStringLiteral("ANN"), QStringLiteral("Anna"), QStringLiteral("bright"),
          QStringLiteral("NORTHWIND b"), QStringLiteral("han"), QStringLiteral("100%"), QStringLiteral("100"),
          QStringLiteral("A_B"), QStringLiteral("a_"), QStringLiteral("50% off_"), QStringLiteral("50X"),
          QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("zzz")}) {
        CAPTURE(prefix);
        CHECK(found(prefix) == expected(prefix));
    }
    // A few spelled out, so the expectation itself is not the only judge.
    CHECK(found(QStringLiteral("ann")).size() == 3);  // Anna, annika, Annex Logistics
    CHECK(found(QStringLiteral("100%")).size() == 1); // not 100X
    CHECK(found(QStringLiteral("A_B")).size() == 1);  // not AxB
    CHECK(found(QStringLiteral("%")).isEmpty());      // not everyone
    CHECK(found(QStringLiteral("_")).isEmpty());

    auto limited = customers.findByPrefix(QStringLiteral("a"), 2);
    REQUIRE(limited.has_value());
    CHECK(limited->size() == 2);
}

TEST_CASE("Customer validation names the field at fault", "[core]")
{
    Customer c;
    c.name = QStringLiteral("Liam Rossi");
    CHECK(CustomerRepository::validate(c).has_value());

    QString field;
    SECTION("name")
    {
        c.name = QString();
        field = QStringLiteral("customer");
    }
    SECTION("long name")
    {
        c.name = QString(201, QLatin1Char('x'));
        field = QStringLiteral("customer");
    }
    SECTION("company")
    {
        c.company = QString(201, QLatin1Char('x'));
        field = QStringLiteral("company");
    }
    SECTION("lifetime value")
    {
        c.lifetimeValueCents = -1;
        field = QStringLiteral("lifetime_value");
    }
    const Status verdict = CustomerRepository::validate(c);
    REQUIRE_FALSE(verdict.has_value());
    CHECK(verdict.error().code == Error::Code::InvalidInput);
    CHECK(verdict.error().field == field);
}
