// Import of what people actually have (issue 22): other systems' dates,
// profiles, keys that make an import repeatable, bad records as bad rows,
// customers told apart by address, owners made only when asked, and the
// layouts of Zendesk, Freshdesk and a ServiceNow event log. The files are
// under tests/data/import (SOURCES.md says where each came from).

#include "core/cases/CaseTypes.h"
#include "core/io/CaseImporter.h"
#include "core/io/ImportDates.h"
#include "core/io/ImportProfile.h"
#include "core/store/CaseRepository.h"
#include "core/store/StoreCheck.h"
#include "core/store/UserRepository.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QDir>
#include <QFile>

using namespace redress::core;
using namespace redress::test;

namespace {

const QDateTime testNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QString data(const char* name)
{
    return QDir(QStringLiteral(REDRESS_IMPORT_DATA)).filePath(QString::fromLatin1(name));
}

QString writeFile(const TempStore& store, const QString& name, const QByteArray& bytes)
{
    const QString path = store.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

User importer(const Database& db)
{
    auto u = UserRepository(db).ensure(QStringLiteral("importer"), QStringLiteral("Ivy Importer"));
    REQUIRE(u.has_value());
    return *u;
}

ImportProfile profile(const char* name)
{
    auto p = ImportProfile::load(data(name));
    INFO(describe(p));
    REQUIRE(p.has_value());
    return *p;
}

std::string show(const ImportReport& r)
{
    std::string text = "imported " + std::to_string(r.imported) + ", unchanged " +
                       std::to_string(r.unchanged) + ", updated " + std::to_string(r.updated) +
                       ", rejected " + std::to_string(r.rejected) + "\n";
    for (const RowProblem& p : r.problems)
        text += std::to_string(p.line) + ": " + p.column.toStdString() + ": " + p.reason.toStdString() + "\n";
    return text;
}

ImportReport mustImport(const TempStore& store, const QString& path, const ImportOptions& options)
{
    auto report = CaseImporter(store.db(), importer(store.db())).run(path, options);
    INFO(describe(report));
    REQUIRE(report.has_value());
    INFO(show(*report));
    return *report;
}

ImportOptions withRejects(const TempStore& store)
{
    ImportOptions options;
    options.rejectsPath = store.filePath(QStringLiteral("rejects.csv"));
    return options;
}

QDateTime local(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::LocalTime).toUTC();
}

void requireSound(const TempStore& store)
{
    auto findings = StoreCheck(store.db()).run();
    REQUIRE(findings.has_value());
    std::string text;
    for (const auto& f : *findings)
        text += QString(f.check + QStringLiteral(": ") + f.problem).toStdString() + "\n";
    INFO(text);
    CHECK(findings->isEmpty());
}

qint64 caseWith(const TempStore& store, const QString& externalId)
{
    return scalar(store.db().connection(), QStringLiteral("SELECT id FROM cases WHERE external_id = ?"),
                  {externalId})
        .toLongLong();
}

} // namespace

TEST_CASE("Dates as other systems write them, and a clear refusal when one reads two ways", "[import]")
{
    FixedClock clock(testNow);
    const ImportDates guess;
    const auto at = [&](const char* text) {
        auto d = guess.parse(QString::fromLatin1(text));
        INFO(text << ": " << (d ? std::string() : d.error().toStdString()));
        REQUIRE(d.has_value());
        return *d;
    };
    CHECK(at("2023-04-27") == local(2023, 4, 27));
    CHECK(at("2023-04-27T10:11:12Z") == QDateTime(QDate(2023, 4, 27), QTime(10, 11, 12), Qt::UTC));
    CHECK(at("27-04-2023") == local(2023, 4, 27));
    CHECK(at("29-02-2016 01:16") == local(2016, 2, 29, 1, 16));
    CHECK(at("29/2/2016 01:16") == local(2016, 2, 29, 1, 16));
    CHECK(at("04/27/2023 3:05 PM") == local(2023, 4, 27, 15, 5));
    CHECK(at("27.04.2023 12:00:30") == local(2023, 4, 27, 12, 0, 30));
    CHECK(at("Wed Oct 11 06:55:44 +0000 2017") == QDateTime(QDate(2017, 10, 11), QTime(6, 55, 44), Qt::UTC));
    CHECK(at("11/Oct/17 6:55 AM") == local(2017, 10, 11, 6, 55));
    CHECK(at("Oct 11, 2017") == local(2017, 10, 11));
    CHECK(at("Wed, 11 Oct 2017 06:55:44 +0200") == QDateTime(QDate(2017, 10, 11), QTime(4, 55, 44), Qt::UTC));

    auto ambiguous = guess.parse(QStringLiteral("01/02/2023"));
    REQUIRE_FALSE(ambiguous.has_value());
    CHECK(ambiguous.error() ==
          QStringLiteral("'01/02/2023' is ambiguous: it reads 2023-02-01 as dd/MM/yyyy or "
                         "2023-01-02 as MM/dd/yyyy; name the format with --date-format or "
                         "in the profile's \"dates\""));
    auto shortYear = guess.parse(QStringLiteral("22-04-15"));
    REQUIRE_FALSE(shortYear.has_value());
    CHECK(shortYear.error().contains(QStringLiteral("2015-04-22 as dd-MM-yy")));
    CHECK(shortYear.error().contains(QStringLiteral("2022-04-15 as yy-MM-dd")));
    CHECK(guess.parse(QStringLiteral("31/02/2023")).error() ==
          QStringLiteral("'31/02/2023' is not a date (use YYYY-MM-DD HH:MM)"));

    // Formats named: tried in order, ISO still works, a two-digit year is recent.
    const ImportDates named({QStringLiteral("dd-MM-yy"), QStringLiteral("dd-MM-yyyy HH:mm")});
    CHECK(named.parse(QStringLiteral("22-04-15")) == local(2015, 4, 22));
    CHECK(named.parse(QStringLiteral("01-02-98")) == local(1998, 2, 1));
    CHECK(named.parse(QStringLiteral("01-02-2023 10:30")) == local(2023, 2, 1, 10, 30));
    CHECK(named.parse(QStringLiteral("2023-02-01")) == local(2023, 2, 1));
    CHECK(
        named.parse(QStringLiteral("02/01/2023")).error() ==
        QStringLiteral("'02/01/2023' is not a date in any of the formats given (dd-MM-yy, dd-MM-yyyy HH:mm) "
                       "nor ISO 8601"));
}

TEST_CASE("A file of foreign dates imports but for the ambiguous row, which says why", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    const ImportReport report = mustImport(store, data("foreign-dates.csv"), withRejects(store));
    CHECK(report.imported == 5);
    CHECK(report.rejected == 1);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().line == 7);
    CHECK(report.problems.first().column == QStringLiteral("opened"));
    CHECK(report.problems.first().reason.contains(QStringLiteral("ambiguous")));
    CaseRepository repo(store.db(), 0);
    const qint64 jira = caseWith(store, QStringLiteral("F-4"));
    REQUIRE(jira > 0);
    CHECK(repo.get(jira)->openedAt == local(2017, 10, 11, 6, 55));
    CHECK(repo.get(jira)->status == CaseStatus::Resolved);
    CHECK(repo.get(jira)->resolvedAt == local(2017, 10, 12, 21, 5));

    // Two-digit years read two ways until the format is named.
    TempStore named;
    CHECK(mustImport(named, data("short-dates.csv"), withRejects(named)).rejected == 2);
    ImportOptions options = withRejects(named);
    options.profile.dates = {QStringLiteral("dd-MM-yy")};
    const ImportReport all = mustImport(named, data("short-dates.csv"), options);
    CHECK(all.imported == 2);
    CHECK(CaseRepository(named.db(), 0).get(caseWith(named, QStringLiteral("T-1")))->openedAt ==
          local(2015, 4, 22));
    CHECK(CaseRepository(named.db(), 0).get(caseWith(named, QStringLiteral("T-2")))->openedAt ==
          local(2015, 4, 3));
    requireSound(named);
}

TEST_CASE("Common headers of other systems map, and a US State column is not the status", "[import]")
{
    const QStringList header{QStringLiteral("number"),
                             QStringLiteral("Full name"),
                             QStringLiteral("Customer Email"),
                             QStringLiteral("Date Created"),
                             QStringLiteral("State"),
                             QStringLiteral("Issue"),
                             QStringLiteral("Consumer complaint narrative"),
                             QStringLiteral("Submitted via")};
    const ImportMapping m = CaseImporter::guessMapping(header);
    CHECK(m[0] == ImportField::ExternalId);
    CHECK(m[1] == ImportField::Customer);
    CHECK(m[2] == ImportField::Email);
    CHECK(m[3] == ImportField::Opened);
    CHECK(m[4] == std::nullopt);
    CHECK(m[5] == std::nullopt); // a category; the narrative holds the words
    CHECK(m[6] == ImportField::Description);
    CHECK(m[7] == ImportField::Channel);
    const ImportMapping fresh = CaseImporter::guessMapping(
        {QStringLiteral("Created time"), QStringLiteral("From"), QStringLiteral("Resolved time")});
    CHECK(fresh[0] == ImportField::Opened);
    CHECK(fresh[1] == ImportField::Customer);
    CHECK(fresh[2] == ImportField::Resolved);

    // A profile's columns win; the guess fills the rest but never takes a
    // field the profile gave to another column.
    ImportProfile p;
    p.columns = {{QStringLiteral("issue"), QStringLiteral("description")},
                 {QStringLiteral("Full name"), std::nullopt}};
    const ImportMapping withProfile = CaseImporter::mappingFor(header, p);
    CHECK(withProfile[1] == std::nullopt);
    CHECK(withProfile[5] == ImportField::Description);
    CHECK(withProfile[6] == std::nullopt);
    CHECK(withProfile[0] == ImportField::ExternalId);
}

TEST_CASE("An import profile reads, writes back the same, and names its mistakes", "[import]")
{
    const ImportProfile p = profile("servicenow.profile.json");
    CHECK(p.key == QStringLiteral("external_id"));
    CHECK(p.dates == QStringList{QStringLiteral("d/M/yyyy HH:mm")});
    auto again = ImportProfile::fromJson(p.toJson(), QStringLiteral("again"));
    REQUIRE(again.has_value());
    CHECK(again->toJson() == p.toJson());

    const auto error = [](const char* json) {
        auto r = ImportProfile::fromJson(QByteArray(json), QStringLiteral("p.json"));
        REQUIRE_FALSE(r.has_value());
        return r.error().message;
    };
    CHECK(error(R"({"columns": {"Date": "openned"}})")
              .contains(QStringLiteral("'openned', which is no field")));
    CHECK(error(R"({"set": {"chanel": "Web"}})").contains(QStringLiteral("'chanel'")));
    CHECK(error(R"({"key": "customer"})")
              .contains(QStringLiteral("\"key\" is \"external_id\" or \"reference\"")));
    CHECK(error(R"({"colums": {}})").contains(QStringLiteral("'colums' is not part of a profile")));
    CHECK(error("{").contains(QStringLiteral("not JSON")));

    // Flags lay over a profile: their columns and constants replace, their
    // date formats are tried first.
    ImportProfile base = p;
    ImportProfile flags;
    flags.columns = {{QStringLiteral("number"), std::nullopt}};
    flags.dates = {QStringLiteral("dd.MM.yyyy")};
    base.add(flags);
    CHECK(base.dates == QStringList{QStringLiteral("dd.MM.yyyy"), QStringLiteral("d/M/yyyy HH:mm")});
    CHECK(base.columns.contains(std::pair(QStringLiteral("number"), std::optional<QString>())));
    CHECK_FALSE(base.columns.contains(
        std::pair(QStringLiteral("number"), std::optional<QString>(QStringLiteral("external_id")))));
}

TEST_CASE("Public complaint data imports through a profile: constants, translated values, the key",
          "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    ImportOptions options = withRejects(store);
    options.profile = profile("cfpb.profile.json");
    const ImportReport report = mustImport(store, data("cfpb-complaints.csv"), options);
    CHECK(report.imported == 5);
    CHECK(report.rejected == 0);
    CaseRepository repo(store.db(), 0);
    auto first = repo.get(caseWith(store, QStringLiteral("3384392")));
    REQUIRE(first.has_value());
    CHECK(first->customerName == QStringLiteral("Anonymous complainant"));
    CHECK(first->productName == QStringLiteral("TRANSWORLD SYSTEMS INC"));
    CHECK(first->description ==
          QStringLiteral(
              "transworld systems inc. is trying to collect a debt that is not mine, not owed and is "
              "inaccurate."));
    CHECK(first->channel == Channel::Web);
    CHECK(first->status == CaseStatus::Closed);
    auto open = repo.get(caseWith(store, QStringLiteral("3486776")));
    REQUIRE(open.has_value());
    CHECK(open->status == CaseStatus::InRecovery);
    CHECK(open->channel == Channel::Email);
    CHECK(open->description == QStringLiteral("(no narrative published)"));
    requireSound(store);

    // Again: every row's key is known, nothing changes.
    const ImportReport second = mustImport(store, data("cfpb-complaints.csv"), options);
    CHECK(second.imported == 0);
    CHECK(second.unchanged == 5);
    CHECK(count(store.db().connection(), QStringLiteral("cases")) == 5);
}

TEST_CASE("A re-import by key changes nothing, or with update refreshes through the timeline", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    ImportOptions options = withRejects(store);
    options.profile.key = QStringLiteral("external_id");
    CHECK(mustImport(store, data("rekey-first.csv"), options).imported == 3);
    const QByteArray before =
        queryDigest(store.db().connection(), QStringLiteral("SELECT * FROM cases ORDER BY id"));
    const qint64 events = count(store.db().connection(), QStringLiteral("case_events"));

    const ImportReport again = mustImport(store, data("rekey-first.csv"), options);
    CHECK(again.imported == 0);
    CHECK(again.unchanged == 3);
    CHECK(queryDigest(store.db().connection(), QStringLiteral("SELECT * FROM cases ORDER BY id")) == before);
    CHECK(count(store.db().connection(), QStringLiteral("case_events")) == events);

    // Without --update the later file adds its new case only.
    const ImportReport later = mustImport(store, data("rekey-second.csv"), options);
    CHECK(later.imported == 1);
    CHECK(later.unchanged == 3);
    CaseRepository repo(store.db(), 0);
    const qint64 kettle = caseWith(store, QStringLiteral("Z-100"));
    CHECK(repo.get(kettle)->status == CaseStatus::New);

    options.update = true;
    const ImportReport refreshed = mustImport(store, data("rekey-second.csv"), options);
    CHECK(refreshed.imported == 0);
    CHECK(refreshed.updated == 1);
    CHECK(refreshed.unchanged == 3);
    auto updated = repo.get(kettle);
    CHECK(updated->status == CaseStatus::Resolved);
    CHECK(updated->resolvedAt == local(2024, 3, 5, 12, 0));
    CHECK(scalar(store.db().connection(),
                 QStringLiteral(
                     "SELECT count(*) FROM case_events WHERE case_id = ? AND field = 'status' AND "
                     "new_value = 'resolved' AND note LIKE 'Refreshed from rekey-second.csv, line 2%'"),
                 {kettle})
              .toLongLong() == 1);
    CHECK(count(store.db().connection(), QStringLiteral("cases")) == 4);
    requireSound(store);
}

TEST_CASE("Without a key an identical row is refused as a duplicate unless duplicates are allowed",
          "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    ImportOptions options = withRejects(store);
    CHECK(mustImport(store, data("rekey-first.csv"), options).imported == 3);
    const ImportReport second = mustImport(store, data("rekey-first.csv"), options);
    CHECK(second.imported == 0);
    CHECK(second.rejected == 3);
    REQUIRE_FALSE(second.problems.isEmpty());
    CHECK(second.problems.first().reason.startsWith(QStringLiteral("the same case as RD-000001")));
    CHECK(count(store.db().connection(), QStringLiteral("cases")) == 3);
    options.allowDuplicates = true;
    CHECK(mustImport(store, data("rekey-first.csv"), options).imported == 3);
    CHECK(count(store.db().connection(), QStringLiteral("cases")) == 6);
}

TEST_CASE("A stray quote or a cut-off last record is a bad row; the rest imports", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    SECTION("a stray quote")
    {
        const ImportReport report = mustImport(store, data("stray-quote.csv"), withRejects(store));
        CHECK(report.imported == 7);
        CHECK(report.rejected == 1);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().line == 6);
        CHECK(report.problems.first().column == QStringLiteral("product"));
        CHECK(report.problems.first().reason.contains(QStringLiteral("a quote inside a field")));
        const QByteArray rejects = readFile(store.filePath(QStringLiteral("rejects.csv")));
        CHECK(rejects.contains("S-5,2023-02-05,Eve Ng,TV 55\"\" screen"));
        CHECK(rejects.contains("line 6: product: byte 28 of line 6"));
        CHECK(caseWith(store, QStringLiteral("S-8")) > 0);
    }
    SECTION("a record cut off inside its last field")
    {
        const ImportReport report = mustImport(store, data("truncated.csv"), withRejects(store));
        CHECK(report.imported == 2);
        CHECK(report.rejected == 1);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().line == 4);
        CHECK(report.problems.first().reason.contains(QStringLiteral("never closed")));
    }
    SECTION("without a rejects file the file is refused whole, as before")
    {
        auto report =
            CaseImporter(store.db(), importer(store.db())).run(data("stray-quote.csv"), ImportOptions());
        REQUIRE_FALSE(report.has_value());
        CHECK(report.error().message.startsWith(QStringLiteral("Line 6 of stray-quote.csv, byte 28")));
        CHECK(count(store.db().connection(), QStringLiteral("cases")) == 0);
    }
}

TEST_CASE("Customers are told apart by address; without one, by name and company", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    const ImportReport report = mustImport(store, data("same-name.csv"), withRejects(store));
    CHECK(report.imported == 5);
    CHECK(report.customersCreated == 2);
    const QSqlDatabase db = store.db().connection();
    CHECK(idList(db, QStringLiteral("SELECT customer_id FROM cases ORDER BY id")) ==
          QList<qint64>{1, 2, 1, 1, 1});
    CHECK(scalar(db, QStringLiteral("SELECT email FROM customers WHERE id = 2")).toString() ==
          QStringLiteral("ann.lee@two.test"));
}

TEST_CASE("An unknown owner is refused by row unless users may be created", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    const QByteArray file = "customer,product,opened,description,owner\r\n"
                            "Ann,Kettle,2024-01-02,Leaks,Ivy Importer\r\n"
                            "Bob,Kettle,2024-01-03,Burns,Resolver 12\r\n";
    const QString path = writeFile(store, QStringLiteral("owners.csv"), file);
    const ImportReport refused = mustImport(store, path, withRejects(store));
    CHECK(refused.imported == 1);
    CHECK(refused.rejected == 1);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems.first().column == QStringLiteral("owner"));
    CHECK(refused.problems.first().reason.startsWith(QStringLiteral("no user here is called 'Resolver 12'")));
    CHECK(refused.usersCreated.isEmpty());

    ImportOptions options = withRejects(store);
    options.createUsers = true;
    const ImportReport made = mustImport(store, path, options);
    CHECK(made.imported == 1); // the first row is a duplicate now
    CHECK(made.usersCreated == QStringList{QStringLiteral("Resolver 12 (resolver.12)")});
}

TEST_CASE("A ServiceNow-style event log keyed by incident number becomes one case per incident", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    ImportOptions options = withRejects(store);
    options.profile = profile("servicenow.profile.json");
    options.update = true;
    options.createUsers = true;
    const ImportReport report = mustImport(store, data("servicenow-events.csv"), options);
    CHECK(report.imported == 3);
    CHECK(report.updated == 3);
    CHECK(report.unchanged == 1); // still awaiting the user, as when it was active
    CHECK(report.rejected == 0);
    CHECK(count(store.db().connection(), QStringLiteral("cases")) == 3);
    CaseRepository repo(store.db(), 0);
    auto closed = repo.get(caseWith(store, QStringLiteral("INC0000045")));
    REQUIRE(closed.has_value());
    CHECK(closed->status == CaseStatus::Closed);
    CHECK(closed->openedAt == local(2016, 2, 29, 1, 16));
    CHECK(closed->resolvedAt == local(2016, 2, 29, 11, 29));
    CHECK(closed->closedAt == local(2016, 3, 5, 12, 0));
    CHECK(closed->customerName == QStringLiteral("Caller 2403"));
    CHECK(closed->impact == BusinessImpact::Minor);
    auto waiting = repo.get(caseWith(store, QStringLiteral("INC0000047")));
    CHECK(waiting->status == CaseStatus::InRecovery);
    CHECK(waiting->ownerName == QStringLiteral("Resolver 31"));
    auto web = repo.get(caseWith(store, QStringLiteral("INC0000057")));
    CHECK(web->channel == Channel::Web);
    CHECK(web->severity == Severity::Critical);
    CHECK(web->ownerName.isEmpty());
    requireSound(store);

    // The log again: nothing new, and no older row turns a case back.
    const qint64 events = count(store.db().connection(), QStringLiteral("case_events"));
    const ImportReport again = mustImport(store, data("servicenow-events.csv"), options);
    CHECK(again.imported == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 7);
    CHECK(count(store.db().connection(), QStringLiteral("cases")) == 3);
    CHECK(count(store.db().connection(), QStringLiteral("case_events")) == events);
}

TEST_CASE("Zendesk's JSON export: a ticket a line, the requester's public comments as the words", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    ImportOptions options = withRejects(store);
    options.format = ImportFormat::ZendeskJson;
    options.profile.set = {{QStringLiteral("product"), QStringLiteral("Unknown product")}};
    options.createUsers = true;
    const ImportReport report = mustImport(store, data("zendesk-tickets.json"), options);
    CHECK(report.imported == 3);
    CHECK(report.rejected == 1);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().line == 3);
    CaseRepository repo(store.db(), 0);
    auto kettle = repo.get(caseWith(store, QStringLiteral("35436")));
    REQUIRE(kettle.has_value());
    CHECK(kettle->description ==
          QStringLiteral("My new kettle leaks from the base.\n\nThanks, the new one works."));
    CHECK(kettle->status == CaseStatus::Resolved);
    CHECK(kettle->severity == Severity::Critical);
    CHECK(kettle->channel == Channel::Web);
    CHECK(kettle->customerName == QStringLiteral("Ann Lee"));
    CHECK(kettle->company == QStringLiteral("Acme Ltd"));
    CHECK(kettle->ownerName == QStringLiteral("Sam Rep"));
    auto toaster = repo.get(caseWith(store, QStringLiteral("35437")));
    CHECK(toaster->description == QStringLiteral("Toaster burns everything, even on 1."));
    CHECK(toaster->status == CaseStatus::Acknowledged);
    auto fridge = repo.get(caseWith(store, QStringLiteral("35438")));
    CHECK(fridge->status == CaseStatus::Closed);
    CHECK(fridge->channel == Channel::Phone);
    // The key is the ticket's id: a second run changes nothing.
    CHECK(mustImport(store, data("zendesk-tickets.json"), options).unchanged == 3);
}

TEST_CASE("Freshdesk's ticket export imports with the documented profile", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    ImportOptions options = withRejects(store);
    options.profile = profile("freshdesk.profile.json");
    const ImportReport report = mustImport(store, data("freshdesk-tickets.csv"), options);
    CHECK(report.imported == 3);
    CaseRepository repo(store.db(), 0);
    auto kettle = repo.get(caseWith(store, QStringLiteral("101")));
    REQUIRE(kettle.has_value());
    CHECK(kettle->channel == Channel::Web);
    CHECK(kettle->severity == Severity::Critical);
    CHECK(kettle->status == CaseStatus::Resolved);
    CHECK(kettle->resolvedAt == local(2023, 6, 3, 9, 0));
    CHECK(repo.get(caseWith(store, QStringLiteral("102")))->status == CaseStatus::InRecovery);
    auto call = repo.get(caseWith(store, QStringLiteral("103")));
    CHECK(call->status == CaseStatus::Closed);
    CHECK(call->closedAt == local(2023, 6, 5, 10, 0));
    CHECK(mustImport(store, data("freshdesk-tickets.csv"), options).unchanged == 3);
}

TEST_CASE("redress-cli import with a profile, flags over it, and the four counts", "[import][cli]")
{
    FixedClock clock(testNow);
    TempStore dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--cases")};

    const CliRun first = cli(base + QStringList{data("servicenow-events.csv"), QStringLiteral("--profile"),
                                                data("servicenow.profile.json"), QStringLiteral("--rejects"),
                                                dir.filePath(QStringLiteral("r.csv"))});
    INFO(show(first));
    // Without --update the later events of an incident are unchanged;
    // without --create-users its resolvers are refused.
    CHECK(first.code == 3);
    CHECK(first.out ==
          QStringLiteral("imported: 2\nunchanged: 2\nrejected: 3\nusers created: 0\nrejects: %1\n")
              .arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("r.csv")))));
    CHECK(first.err.contains(QStringLiteral("no user here is called 'Resolver 89'")));

    const CliRun second =
        cli(base + QStringList{data("servicenow-events.csv"), QStringLiteral("--profile"),
                               data("servicenow.profile.json"), QStringLiteral("--create-users"),
                               QStringLiteral("--update"), QStringLiteral("--all-or-nothing")});
    INFO(show(second));
    CHECK(second.code == 0);
    CHECK(second.out ==
          QStringLiteral("imported: 1\nunchanged: 3\nupdated: 3\nrejected: 0\nusers created: 2\n"));

    // --map, --set, --date-format and --key alone, no profile.
    const CliRun flags = cli(
        QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("flags.sqlite")),
                    QStringLiteral("import"), QStringLiteral("--cases"), data("short-dates.csv"),
                    QStringLiteral("--map"), QStringLiteral("Ticket=external_id"), QStringLiteral("--set"),
                    QStringLiteral("channel=Letter"), QStringLiteral("--date-format"),
                    QStringLiteral("dd-MM-yy"), QStringLiteral("--key"), QStringLiteral("external_id")});
    INFO(show(flags));
    CHECK(flags.code == 0);
    CHECK(flags.out == QStringLiteral("imported: 2\nunchanged: 0\nrejected: 0\nusers created: 0\n"));

    for (const QStringList& wrong :
         {QStringList{data("short-dates.csv"), QStringLiteral("--update")},
          QStringList{data("short-dates.csv"), QStringLiteral("--key"), QStringLiteral("customer")},
          QStringList{data("short-dates.csv"), QStringLiteral("--map"), QStringLiteral("Ticket=tiket")},
          QStringList{data("short-dates.csv"), QStringLiteral("--set"), QStringLiteral("nothing")},
          QStringList{data("short-dates.csv"), QStringLiteral("--format"), QStringLiteral("xml")},
          QStringList{data("short-dates.csv"), QStringLiteral("--profile"), data("nope.json")}}) {
        const CliRun r = cli(QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")),
                                         QStringLiteral("import"), QStringLiteral("--cases")} +
                             wrong);
        INFO(show(r));
        CHECK(r.code == 2);
    }
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
}
