// StoreCheck: silent on a sound store, and each kind of damage that raw SQL
// can do is reported under the check that covers it.

#include "core/demo/DemoGenerator.h"
#include "core/store/CaseRepository.h"
#include "core/store/StoreCheck.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QSet>

using namespace redress::core;
using namespace redress::test;

namespace {

QList<StoreCheck::Finding> mustRun(const Database& db)
{
    auto found = StoreCheck(db).run();
    INFO(describe(found));
    REQUIRE(found.has_value());
    return *found;
}

std::string show(const QList<StoreCheck::Finding>& findings)
{
    std::string text;
    for (const auto& f : findings)
        text += QString(f.check + QStringLiteral(": ") + f.problem).toStdString() + '\n';
    return text.empty() ? std::string("(none)") : text;
}

// A store made by the generator and then worked by hand a little.
struct SoundStore
{
    TempStore store;
    SoundStore()
    {
        DemoGenerator::Options options;
        options.cases = 150;
        options.seed = 4;
        options.now = QDateTime(QDate(2025, 9, 1), QTime(0, 0), Qt::UTC);
        auto summary = DemoGenerator(store.db()).generate(options);
        INFO(describe(summary));
        REQUIRE(summary.has_value());
        CaseRepository repo(store.db(), 1);
        auto made = repo.create(CaseBuilder()
                                    .customer(QStringLiteral("Olga Petrov"))
                                    .company(QStringLiteral("Westgate Hotel"))
                                    .product(QStringLiteral("Tumble dryer T7"))
                                    .description(QStringLiteral("The dryer smells of burning."))
                                    .build());
        REQUIRE(made.has_value());
        REQUIRE(repo.transition(made->id, CaseStatus::Acknowledged).has_value());
        REQUIRE(repo.assign(made->id, 2).has_value());
        CaseEdit edit;
        edit.description = QStringLiteral("The dryer smells of burning and stops.");
        REQUIRE(repo.update(made->id, edit).has_value());
    }
    QSqlDatabase sql() const { return store.db().connection(); }
    qint64 caseWhere(const QString& condition) const
    {
        const qint64 id =
            scalar(sql(), QStringLiteral("SELECT min(id) FROM cases WHERE ") + condition).toLongLong();
        REQUIRE(id > 0);
        return id;
    }
};

} // namespace

TEST_CASE("StoreCheck finds nothing on a sound store", "[store]")
{
    SoundStore s;
    const auto findings = mustRun(s.store.db());
    INFO(show(findings));
    CHECK(findings.isEmpty());

    const QStringList names = StoreCheck::names();
    CHECK(QSet<QString>(names.begin(), names.end()).size() == names.size());
    for (const char* expected :
         {"integrity", "foreign-keys", "names", "timeline", "priority", "sla", "search-index"})
        CHECK(names.contains(QString::fromLatin1(expected)));

    // An empty store is sound, too.
    TempStore empty(QStringLiteral("empty.sqlite"));
    CHECK(mustRun(empty.db()).isEmpty());
}

TEST_CASE("StoreCheck reports tampering under the right check", "[store][sqlite-only]")
{
    SoundStore s;
    QString check;
    qint64 caseId = 0; // the case the finding must name, when there is one

    SECTION("a customer name copy out of step")
    {
        check = QStringLiteral("names");
        caseId = s.caseWhere(QStringLiteral("id > 10"));
        exec(s.sql(), QStringLiteral("UPDATE cases SET customer_name = 'X' WHERE id = %1").arg(caseId));
    }
    SECTION("a company copy out of step")
    {
        check = QStringLiteral("names");
        caseId = s.caseWhere(QStringLiteral("company <> ''"));
        exec(s.sql(), QStringLiteral("UPDATE cases SET company = 'Nobody Inc' WHERE id = %1").arg(caseId));
    }
    SECTION("a product name copy out of step")
    {
        check = QStringLiteral("names");
        caseId = s.caseWhere(QStringLiteral("id > 20"));
        exec(s.sql(),
             QStringLiteral("UPDATE cases SET product_name = 'Flux capacitor' WHERE id = %1").arg(caseId));
    }
    SECTION("an owner name copy out of step")
    {
        check = QStringLiteral("names");
        caseId = s.caseWhere(QStringLiteral("owner_id IS NOT NULL"));
        exec(s.sql(), QStringLiteral("UPDATE cases SET owner_name = 'Ghost' WHERE id = %1").arg(caseId));
    }
    SECTION("an escalation rung no escalation led to")
    {
        check = QStringLiteral("sla");
        caseId = s.caseWhere(QStringLiteral("status <> 'closed'"));
        exec(s.sql(), QStringLiteral("UPDATE cases SET escalation_level = 2 WHERE id = %1").arg(caseId));
    }
    SECTION("a wait on the customer without its pause")
    {
        check = QStringLiteral("sla");
        caseId = s.caseWhere(QStringLiteral("status <> 'closed'"));
        exec(s.sql(), QStringLiteral("UPDATE cases SET waiting_since = 1 WHERE id = %1").arg(caseId));
    }
    SECTION("SLA targets damaged outside Redress")
    {
        check = QStringLiteral("sla");
        exec(s.sql(), QStringLiteral("DELETE FROM sla_policies WHERE priority = 'urgent'"));
    }
    SECTION("a status no event leads to")
    {
        check = QStringLiteral("timeline");
        caseId = s.caseWhere(QStringLiteral("status <> 'closed'"));
        exec(s.sql(), QStringLiteral("UPDATE cases SET status = 'closed' WHERE id = %1").arg(caseId));
    }
    SECTION("a case without a creation event")
    {
        check = QStringLiteral("timeline");
        exec(s.sql(),
             QStringLiteral(
                 "INSERT INTO cases (customer_id, product_id, channel, description, severity, impact, "
                 "status, opened_at, updated_at, customer_name, company, product_name) "
                 "SELECT cu.id, p.id, 'phone', 'Slipped in without a timeline', 2, 0, 'new', 1, 1, "
                 "cu.name, cu.company, p.name FROM customers cu, products p LIMIT 1"));
        caseId = scalar(s.sql(), QStringLiteral("SELECT max(id) FROM cases")).toLongLong();
    }
    SECTION("an update before the opening")
    {
        check = QStringLiteral("timeline");
        caseId = s.caseWhere(QStringLiteral("id > 30"));
        exec(s.sql(),
             QStringLiteral("UPDATE cases SET updated_at = opened_at - 1 WHERE id = %1").arg(caseId));
    }
    SECTION("a search entry for a case that does not exist")
    {
        check = QStringLiteral("search-index");
        exec(s.sql(),
             QStringLiteral("INSERT INTO case_search (rowid, description) VALUES (999999, 'ghost entry')"));
    }
    SECTION("rows deleted from a search index's shadow table")
    {
        check = QStringLiteral("search-index");
        exec(s.sql(), QStringLiteral("DELETE FROM case_search_docsize WHERE id IN (SELECT id FROM "
                                     "case_search_docsize ORDER BY id LIMIT 3)"));
    }
    SECTION("a customer missing from the customer search index")
    {
        check = QStringLiteral("search-index");
        const qint64 customer = scalar(s.sql(), QStringLiteral("SELECT min(id) FROM customers")).toLongLong();
        exec(s.sql(), QStringLiteral("INSERT INTO customer_search (customer_search, rowid, name, company) "
                                     "SELECT 'delete', id, name, company FROM customers WHERE id = %1")
                          .arg(customer));
    }
    SECTION("a reference to a product that does not exist")
    {
        check = QStringLiteral("foreign-keys");
        caseId = 0;
        exec(s.sql(), QStringLiteral("PRAGMA foreign_keys = OFF"));
        exec(s.sql(), QStringLiteral("UPDATE cases SET product_id = 999999 WHERE id = 5"));
        exec(s.sql(), QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    SECTION("an index whose entries do not match its table")
    {
        check = QStringLiteral("integrity");
        // Declares an existing index to be over another column; the b-tree
        // stays well-formed (so the store still opens) but its entries no
        // longer match the rows, which only a full integrity check sees.
        exec(s.sql(), QStringLiteral("PRAGMA writable_schema = ON"));
        exec(s.sql(),
             QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE INDEX cases_by_severity ON cases "
                            "(impact, id)' WHERE name = 'cases_by_severity'"));
        exec(s.sql(), QStringLiteral("PRAGMA writable_schema = OFF"));
        // Reopen, so the schema is read again.
        const QString path = s.store.path();
        s.store.db().closeAll();
        auto reopened = Database::open(path);
        INFO(describe(reopened));
        REQUIRE(reopened.has_value());
    }

    const auto findings = mustRun(s.store.db());
    INFO(show(findings));
    REQUIRE_FALSE(findings.isEmpty());
    const QStringList names = StoreCheck::names();
    REQUIRE(names.contains(check));
    bool reported = false;
    for (const auto& f : findings) {
        CHECK(names.contains(f.check));
        CHECK_FALSE(f.problem.isEmpty());
        if (f.check == check && (caseId == 0 || f.problem.contains(referenceFor(caseId))))
            reported = true;
    }
    CHECK(reported);
}
