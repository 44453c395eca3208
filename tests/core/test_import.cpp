// CSV import: the reader's checks on bad files, the row problems with line
// and column, the two modes (all or nothing, good rows plus rejects), one
// transaction whatever happens, and redress-cli import.

#include "core/cases/CaseTypes.h"
#include "core/cli/Cli.h"
#include "core/io/CaseExporter.h"
#include "core/io/CaseImporter.h"
#include "core/io/CsvReader.h"
#include "core/io/ExportColumns.h"
#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/Migrations.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/Sql.h"
#include "core/store/StoreCheck.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace redress::core;
using namespace redress::test;

namespace {

const QDateTime testNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

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

Result<ImportReport> import(const TempStore& store, const QString& path, ImportOptions options = {},
                            const CaseImporter::Progress& progress = {})
{
    return CaseImporter(store.db(), importer(store.db())).run(path, options, progress);
}

ImportReport mustImport(const TempStore& store, const QString& path, ImportOptions options = {})
{
    auto report = import(store, path, options);
    INFO(describe(report));
    REQUIRE(report.has_value());
    return *report;
}

Error mustFail(const TempStore& store, const QString& path, ImportOptions options = {})
{
    auto report = import(store, path, options);
    REQUIRE_FALSE(report.has_value());
    return report.error();
}

// The files name owners the store does not know yet; making them is asked
// for explicitly since issue 22.
ImportOptions creatingUsers()
{
    ImportOptions options;
    options.createUsers = true;
    return options;
}

std::string show(const ImportReport& r)
{
    std::string text =
        "imported " + std::to_string(r.imported) + ", rejected " + std::to_string(r.rejected) + "\n";
    for (const RowProblem& p : r.problems)
        text += std::to_string(p.line) + ": " + p.column.toStdString() + ": " + p.reason.toStdString() + "\n";
    return text;
}

qint64 cases(const TempStore& store)
{
    return count(store.db().connection(), QStringLiteral("cases"));
}

// Everything an import writes, so that "nothing changed" can be compared.
QByteArray storeDigest(const TempStore& store)
{
    const QSqlDatabase db = store.db().connection();
    QByteArray all;
    for (const char* table : {"cases", "customers", "products", "users", "case_events", "analyses",
                              "case_imports", "root_causes"}) {
        all += queryDigest(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
    }
    return all;
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

// A file as an export writes it: labels for a header, the export's date
// format, recovery summary columns.
const QByteArray header =
    "Reference,Opened,Customer,Company,Email,Product,Channel,Severity,Impact,Status,Owner,"
    "Root cause,Apology sent,Solution,Gestures,Gesture cost,Promise kept,Resolved,Closed,"
    "Description\r\n";

QByteArray goodFile()
{
    return header +
           "RD-000007,2026-01-05 09:30,Ann Lee,Acme Ltd,ann@acme.test,Kettle K2,Email,High,Major,Closed,Sam "
           "Rep,"
           "Product defect › Hardware › Power supply,2026-01-05 10:00,Replaced the kettle,Account "
           "credit,25.00,"
           "yes,2026-01-08 12:00,2026-01-09 16:00,\"The kettle stopped, twice.\"\r\n"
           "RD-000003,2026-01-06 11:00,Bob Stone,,,Toaster T1,phone,low,,new,,,,,,,,,,Burnt toast\r\n"
           "RD-000012,2026-01-07 08:15:30,ann lee,ACME LTD,,kettle k2,Chat,3,Minor,In recovery,sam rep,"
           "Delivery > Late > Very late,,,,,,,,\"Second kettle, also \"\"dead\"\"\"\r\n"
           "T-4711,2026-02-01T10:00:00Z,Chen Wu,Wu & Co,,Fridge F9,Letter,Critical,Business stopped,Resolved,"
           "Dana Lead,,,,,,,,,Warm fridge\r\n";
}

} // namespace

TEST_CASE("Schema version 3 adds the provenance of imported cases", "[import][sqlite-only]")
{
    TempStore store;
    CHECK(Migrations::latest() >= 3);
    CHECK(scalar(store.db().connection(),
                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'case_imports'"))
              .toInt() == 1);
}

TEST_CASE("A good file imports every row, and the store passes its check", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    const QString path = writeFile(store, QStringLiteral("cases.csv"), goodFile());
    const ImportReport report = mustImport(store, path, creatingUsers());
    INFO(show(report));
    CHECK(report.imported == 4);
    CHECK(report.rejected == 0);
    CHECK(report.problems.isEmpty());
    CHECK(report.customersCreated == 3); // "ann lee, ACME LTD" is Ann Lee of Acme Ltd
    CHECK(report.productsCreated == 3);
    CHECK(report.usersCreated ==
          QStringList{QStringLiteral("Sam Rep (sam.rep)"), QStringLiteral("Dana Lead (dana.lead)")});
    CHECK(report.rejectsPath.isEmpty());
    requireSound(store);

    CaseRepository repo(store.db(), 0);
    // An RD reference keeps its number in an empty store.
    auto kettle = repo.get(7);
    REQUIRE(kettle.has_value());
    CHECK(kettle->customerName == QStringLiteral("Ann Lee"));
    CHECK(kettle->company == QStringLiteral("Acme Ltd"));
    CHECK(kettle->productName == QStringLiteral("Kettle K2"));
    CHECK(kettle->channel == Channel::Email);
    CHECK(kettle->severity == Severity::High);
    CHECK(kettle->impact == BusinessImpact::Major);
    CHECK(kettle->status == CaseStatus::Closed);
    CHECK(kettle->ownerName == QStringLiteral("Sam Rep"));
    CHECK(kettle->description == QStringLiteral("The kettle stopped, twice."));
    CHECK(kettle->openedAt == QDateTime(QDate(2026, 1, 5), QTime(9, 30)));
    CHECK(kettle->resolvedAt == QDateTime(QDate(2026, 1, 8), QTime(12, 0)));
    CHECK(kettle->closedAt == QDateTime(QDate(2026, 1, 9), QTime(16, 0)));
    CHECK(kettle->updatedAt == kettle->closedAt);

    auto timeline = repo.timeline(7);
    REQUIRE(timeline.has_value());
    REQUIRE(timeline->size() == 2);
    CHECK(timeline->at(0).kind == CaseEvent::Kind::Created);
    CHECK(timeline->at(0).at == kettle->openedAt);
    CHECK(timeline->at(0).note == QStringLiteral("Imported from cases.csv, line 2"));
    CHECK(timeline->at(0).actor == QStringLiteral("Ivy Importer"));
    CHECK(timeline->at(1).kind == CaseEvent::Kind::StatusChanged);
    CHECK(timeline->at(1).newValue == QStringLiteral("closed"));

    // The old system's recovery, as it recorded it.
    const QSqlDatabase db = store.db().connection();
    CHECK(scalar(db, QStringLiteral("SELECT solution FROM case_imports WHERE case_id = 7")).toString() ==
          QStringLiteral("Replaced the kettle"));
    CHECK(scalar(db, QStringLiteral("SELECT gesture_cost_cents FROM case_imports WHERE case_id = 7"))
              .toLongLong() == 2500);
    CHECK(scalar(db, QStringLiteral("SELECT promise FROM case_imports WHERE case_id = 7")).toString() ==
          QStringLiteral("yes"));
    CHECK(sql::fromStored(
              scalar(db, QStringLiteral("SELECT apology_sent_at FROM case_imports WHERE case_id = 7"))) ==
          QDateTime(QDate(2026, 1, 5), QTime(10, 0)));
    CHECK(scalar(db, QStringLiteral("SELECT line FROM case_imports WHERE case_id = 12")).toInt() == 4);
    CHECK(count(db, QStringLiteral("case_imports")) == 4);
    // The root cause from the taxonomy, and a new branch for one it lacks.
    CHECK(scalar(db, QStringLiteral("SELECT root_cause_id FROM analyses WHERE case_id = 7")).toInt() == 3);
    CHECK(scalar(db,
                 QStringLiteral("SELECT r.name FROM analyses a JOIN root_causes r ON r.id = a.root_cause_id "
                                "WHERE a.case_id = 12"))
              .toString() == QStringLiteral("Very late"));

    auto toast = repo.get(3);
    REQUIRE(toast.has_value());
    CHECK(toast->status == CaseStatus::New);
    CHECK(toast->severity == Severity::Low);
    CHECK(toast->impact == BusinessImpact::None);
    CHECK(toast->ownerId == 0);
    auto again = repo.get(12);
    REQUIRE(again.has_value());
    CHECK(again->customerId == kettle->customerId);
    CHECK(again->productId == kettle->productId);
    CHECK(again->ownerId == kettle->ownerId);
    CHECK(again->description == QStringLiteral("Second kettle, also \"dead\""));
    CHECK(again->openedAt == QDateTime(QDate(2026, 1, 7), QTime(8, 15, 30)));

    // Another desk's reference gets a new id and stays in the timeline.
    const qint64 fridge =
        scalar(db, QStringLiteral("SELECT id FROM cases WHERE product_name = 'Fridge F9'")).toLongLong();
    CHECK(fridge > 12);
    auto created = repo.timeline(fridge);
    REQUIRE(created.has_value());
    CHECK(created->first().note.contains(QStringLiteral("T-4711")));
    auto fridgeCase = repo.get(fridge);
    REQUIRE(fridgeCase.has_value());
    CHECK(fridgeCase->openedAt == QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC));
    CHECK(fridgeCase->impact == BusinessImpact::Stopped);
    CHECK(fridgeCase->resolvedAt == fridgeCase->openedAt); // no date given: the last one known
}

TEST_CASE("A reference already in use gets a new number and is kept in the timeline", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    const QString path = writeFile(store, QStringLiteral("cases.csv"), goodFile());
    // The same rows again: without a key they would be refused as duplicates.
    ImportOptions again = creatingUsers();
    again.allowDuplicates = true;
    mustImport(store, path, again);
    const ImportReport second = mustImport(store, path, again);
    CHECK(second.imported == 4);
    CHECK(second.customersCreated == 0);
    CHECK(second.productsCreated == 0);
    CHECK(second.usersCreated.isEmpty());
    CHECK(cases(store) == 8);
    const QSqlDatabase db = store.db().connection();
    const QString note =
        scalar(db,
               QStringLiteral("SELECT e.note FROM case_events e JOIN case_imports i ON i.case_id = e.case_id "
                              "WHERE i.line = 2 AND e.kind = 'created' ORDER BY e.id DESC LIMIT 1"))
            .toString();
    CHECK(note.contains(QStringLiteral("RD-000007")));
    requireSound(store);
}

TEST_CASE("Rows with problems are named by line and column", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    const QByteArray file = header +
                            "RD-000001,31/02/2026,Ann Lee,,,Kettle,Email,High,,New,,,,,,,,,,Fine text\r\n"
                            "RD-000002,2026-01-02,,,,Kettle,Email,High,,Pending,,,,,,,,,,Fine text\r\n"
                            "RD-000003,2026-01-02,Bob,,,Kettle,Pigeon,9,,New,,,,,,-5,,,,Fine text\r\n"
                            "RD-000004,2026-01-02,Cat,,,Kettle,,,,,,,,,,,,2025-12-01,,\r\n";
    const QString path = writeFile(store, QStringLiteral("bad.csv"), file);
    ImportOptions options;
    options.allOrNothing = true;
    const ImportReport report = mustImport(store, path, options);
    INFO(show(report));
    CHECK(report.imported == 0);
    CHECK(report.rejected == 4);
    const auto has = [&](qint64 line, const QString& column, const QString& reason) {
        for (const RowProblem& p : report.problems) {
            if (p.line == line && p.column == column && p.reason.contains(reason))
                return true;
        }
        return false;
    };
    CHECK(has(2, QStringLiteral("Opened"),
              QStringLiteral("'31/02/2026' is not a date (use YYYY-MM-DD HH:MM)")));
    CHECK(has(3, QStringLiteral("Customer"), QStringLiteral("missing customer")));
    CHECK(has(3, QStringLiteral("Status"),
              QStringLiteral("unknown status 'Pending'; one of: New, Acknowledged")));
    CHECK(has(4, QStringLiteral("Channel"), QStringLiteral("unknown channel 'Pigeon'")));
    CHECK(has(4, QStringLiteral("Severity"), QStringLiteral("unknown severity '9'")));
    CHECK(has(4, QStringLiteral("Gesture cost"), QStringLiteral("negative")));
    CHECK(has(5, QStringLiteral("Description"), QStringLiteral("missing description")));
    CHECK(has(5, QStringLiteral("Resolved"), QStringLiteral("before the case was opened")));
    CHECK(cases(store) == 0);
}

TEST_CASE("All or nothing imports nothing when one row is bad", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    importer(store.db());
    const QByteArray before = storeDigest(store);
    QByteArray file = goodFile();
    file += "RD-000099,someday,Zed,,,Kettle K2,,,,,,,,,,,,,,Text\r\n";
    const QString path = writeFile(store, QStringLiteral("cases.csv"), file);
    ImportOptions options = creatingUsers();
    options.allOrNothing = true;
    options.rejectsPath = store.filePath(QStringLiteral("unused.csv"));
    const ImportReport report = mustImport(store, path, options);
    CHECK(report.imported == 0);
    CHECK(report.rejected == 1);
    CHECK(report.customersCreated == 0);
    CHECK(report.usersCreated.isEmpty());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().line == 6);
    CHECK(storeDigest(store) == before);
    CHECK_FALSE(QFile::exists(options.rejectsPath));
}

TEST_CASE("Without all or nothing the good rows go in and the bad ones to the rejects file", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    QByteArray file = goodFile();
    file += "RD-000099,someday,Zed,,,Kettle K2,,,,,,,,,,,,,,\"Text, with a comma\"\r\n";
    file += "RD-000100,2026-01-01,Yan,,,Kettle K2,,,,,\r\n";
    file += "RD-000101,2026-01-01,Xia,,,Kettle K2,,,,,,,,,,,,,,'=1+2\r\n";
    const QString path = writeFile(store, QStringLiteral("cases.csv"), file);
    ImportOptions options = creatingUsers();
    options.rejectsPath = store.filePath(QStringLiteral("cases.rejected.csv"));
    const ImportReport report = mustImport(store, path, options);
    INFO(show(report));
    CHECK(report.imported == 5);
    CHECK(report.rejected == 2);
    CHECK(report.rejectsPath == options.rejectsPath);
    CHECK(cases(store) == 5);
    requireSound(store);

    const QByteArray rejects = readFile(options.rejectsPath);
    const QList<QByteArray> lines = rejects.split('\n');
    REQUIRE(lines.size() == 4); // header, two rows, and the empty rest after the last CRLF
    CHECK(lines[0] == header.chopped(2) + ",error\r");
    CHECK(lines[1] == "RD-000099,someday,Zed,,,Kettle K2,,,,,,,,,,,,,,\"Text, with a comma\","
                      "line 6: Opened: 'someday' is not a date (use YYYY-MM-DD HH:MM)\r");
    CHECK(lines[2] ==
          "RD-000100,2026-01-01,Yan,,,Kettle K2,,,,,,line 7: the row has 11 fields; the header has 20\r");
    CHECK(lines[3].isEmpty());

    // The rejects, once fixed, import like any file.
    const QByteArray fixed = header.chopped(2) + ",error\r\n" +
                             "RD-000099,2026-01-10,Zed,,,Kettle K2,,,,,,,,,,,,,,\"Text, with a comma\",x\r\n";
    const QString again = writeFile(store, QStringLiteral("fixed.csv"), fixed);
    const ImportReport second = mustImport(store, again);
    CHECK(second.imported == 1);
    auto zed = CaseRepository(store.db(), 0).get(99);
    REQUIRE(zed.has_value());
    CHECK(zed->description == QStringLiteral("Text, with a comma"));
}

TEST_CASE("A rejects file that cannot be written means nothing is imported", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    importer(store.db());
    const QByteArray before = storeDigest(store);
    QByteArray file = goodFile();
    file += "RD-000099,someday,Zed,,,Kettle K2,,,,,,,,,,,,,,Text\r\n";
    const QString path = writeFile(store, QStringLiteral("cases.csv"), file);
    ImportOptions options;
    options.rejectsPath = store.filePath(QStringLiteral("no/such/folder/rejects.csv"));
    const Error e = mustFail(store, path, options);
    CHECK(e.code == Error::Code::Io);
    CHECK(e.message.contains(options.rejectsPath));
    CHECK(e.message.contains(QStringLiteral("Nothing was imported")));
    CHECK(storeDigest(store) == before);
}

TEST_CASE("Bad files are refused with the line, and nothing is imported", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    importer(store.db());
    const QByteArray before = storeDigest(store);
    const QByteArray good = "RD-000001,2026-01-02,Ann,,,Kettle,,,,,,,,,,,,,,Fine\r\n";

    SECTION("Latin-1 bytes")
    {
        const QString path =
            writeFile(store, QStringLiteral("latin1.csv"),
                      header + good + "RD-000002,2026-01-02,Jos\xe9,,,Kettle,,,,,,,,,,,,,,x\r\n");
        const Error e = mustFail(store, path);
        INFO(e.toString().toStdString());
        CHECK(e.code == Error::Code::InvalidInput);
        CHECK(e.message.contains(QStringLiteral("Line 3 of latin1.csv is not UTF-8 text (byte 25)")));
        CHECK(e.message.contains(QStringLiteral("Save the file as UTF-8")));
    }
    SECTION("a ragged row is a row problem; all or nothing then imports nothing")
    {
        const QString path =
            writeFile(store, QStringLiteral("ragged.csv"), header + good + "RD-000002,2026-01-02\r\n");
        ImportOptions options;
        options.allOrNothing = true;
        const ImportReport report = mustImport(store, path, options);
        CHECK(report.imported == 0);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().line == 3);
        CHECK(report.problems.first().column.isEmpty());
        CHECK(report.problems.first().reason == QStringLiteral("the row has 2 fields; the header has 20"));
    }
    SECTION("a 10 MB field")
    {
        const QByteArray huge = QByteArray(10 * 1024 * 1024, 'x');
        const QString path = writeFile(store, QStringLiteral("huge.csv"),
                                       header + good + "RD-000002,2026-01-02,Ann,,,Kettle,,,,,,,,,,,,,,\"" +
                                           huge + "\"\r\n" + good);
        const Error e = mustFail(store, path);
        INFO(e.toString().toStdString());
        CHECK(e.message.contains(QStringLiteral("Line 3 of huge.csv")));
        CHECK(e.message.contains(QStringLiteral("column 20 (Description)")));
        CHECK(e.message.contains(QStringLiteral("is longer than")));
    }
    SECTION("an empty file")
    {
        for (const QByteArray& bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\n")}) {
            const QString path = writeFile(store, QStringLiteral("empty.csv"), bytes);
            const Error e = mustFail(store, path);
            CHECK(e.message ==
                  QStringLiteral("empty.csv is empty: it needs a header line naming its columns."));
        }
    }
    SECTION("a PNG image")
    {
        const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33);
        const QString path = writeFile(store, QStringLiteral("photo.csv"), png);
        const Error e = mustFail(store, path);
        CHECK(e.message.startsWith(QStringLiteral("photo.csv is not a CSV file: line 2 holds binary data")));
    }
    SECTION("a NUL byte far into the file")
    {
        QByteArray file = header;
        for (int i = 0; i < 2000; ++i)
            file += good;
        file += QByteArray("RD-000002,2026-01-02,Ann") + '\0' + ",,,Kettle,,,,,,,,,,,,,,x\r\n";
        const QString path = writeFile(store, QStringLiteral("nul.csv"), file);
        const Error e = mustFail(store, path);
        CHECK(e.message ==
              QStringLiteral("nul.csv is not a CSV file: line 2002 holds binary data (byte 25). Choose "
                             "a CSV file saved as text."));
    }
    SECTION("UTF-16")
    {
        const QString path = writeFile(store, QStringLiteral("utf16.csv"),
                                       QByteArray("\xFF\xFE"
                                                  "R\0e\0",
                                                  6));
        const Error e = mustFail(store, path);
        CHECK(e.message.contains(QStringLiteral("UTF-16")));
    }
    SECTION("a quote that is never closed")
    {
        const QString path = writeFile(
            store, QStringLiteral("open.csv"),
            header + good + "RD-000002,2026-01-02,Ann,,,Kettle,,,,,,,,,,,,,,\"It broke\r\n" + good + good);
        const Error e = mustFail(store, path);
        CHECK(e.message.startsWith(
            QStringLiteral("Line 3 of open.csv: a quoted field begins here and is never closed")));
    }
    SECTION("a stray quote")
    {
        const QString path =
            writeFile(store, QStringLiteral("stray.csv"),
                      header + good + "RD-000002,2026-01-02,Ann,,,TV 55\" screen,,,,,,,,,,,,,,x\r\n");
        const Error e = mustFail(store, path);
        CHECK(e.message.startsWith(QStringLiteral("Line 3 of stray.csv, byte 33: a quote inside a field")));
    }
    SECTION("a file without the columns a case needs")
    {
        const QString path = writeFile(store, QStringLiteral("cols.csv"), "Name,Amount\r\nAnn,5\r\n");
        const Error e = mustFail(store, path);
        CHECK(e.message.contains(QStringLiteral("no column for Product, Description, Opened")));
    }
    CHECK(storeDigest(store) == before);
}

TEST_CASE("A quoted field over several lines keeps the line numbers of later rows right", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    const QByteArray file =
        header + "RD-000001,2026-01-02,Ann,,,Kettle,,,,,,,,,,,,,,\"First line\nsecond line\r\nthird\"\r\n"
                 "RD-000002,2026-01-02,Bob,,,Kettle,,,,,,,,,,,,,,\"\"\"Quoted\"\", then\n\nmore\"\r\n"
                 "\r\n"
                 "RD-000003,never,Cat,,,Kettle,,,,,,,,,,,,,,x\r\n"
                 ",,,,,,,,,,,,,,,,,,,\r\n"
                 "RD-000004,2026-01-02,Dan,,,Kettle,,,,,Teapot,,,,,,,,,y";
    const QString path = writeFile(store, QStringLiteral("multi.csv"), file);
    ImportOptions options = creatingUsers();
    options.rejectsPath = store.filePath(QStringLiteral("r.csv"));
    const ImportReport report = mustImport(store, path, options);
    INFO(show(report));
    CHECK(report.imported == 3);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().line == 9);
    CHECK(report.problems.first().column == QStringLiteral("Opened"));
    const QSqlDatabase db = store.db().connection();
    CHECK(idList(db, QStringLiteral("SELECT line FROM case_imports ORDER BY case_id")) ==
          QList<qint64>{2, 5, 11});
    auto first = CaseRepository(store.db(), 0).get(1);
    REQUIRE(first.has_value());
    CHECK(first->description == QStringLiteral("First line\nsecond line\r\nthird"));
    auto second = CaseRepository(store.db(), 0).get(2);
    REQUIRE(second.has_value());
    CHECK(second->description == QStringLiteral("\"Quoted\", then\n\nmore"));
}

TEST_CASE("The reader finds the separator and reports where records start", "[import]")
{
    for (const char* sep : {",", ";", "\t"}) {
        CAPTURE(sep);
        QByteArray bytes = QByteArray("\xEF\xBB\xBF") + "Name" + sep + "Note" + sep + "More\r\n" + "Ann" +
                           sep + "\"two\nlines\"" + sep + "x\r" + "Bob" + sep + sep + "\n";
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer, QStringLiteral("t.csv"));
        auto head = reader.readHeader();
        REQUIRE(head.has_value());
        CHECK(reader.separator() == sep[0]);
        CHECK(reader.hadByteOrderMark());
        CHECK(head->fields ==
              QStringList{QStringLiteral("Name"), QStringLiteral("Note"), QStringLiteral("More")});
        auto a = reader.next();
        REQUIRE(a.has_value());
        REQUIRE(a->has_value());
        CHECK((*a)->line == 2);
        CHECK((*a)->fields ==
              QStringList{QStringLiteral("Ann"), QStringLiteral("two\nlines"), QStringLiteral("x")});
        auto b = reader.next();
        REQUIRE(b.has_value());
        REQUIRE(b->has_value());
        CHECK((*b)->line == 4); // the lone CR ends line 3
        CHECK((*b)->fields == QStringList{QStringLiteral("Bob"), QString(), QString()});
        auto end = reader.next();
        REQUIRE(end.has_value());
        CHECK_FALSE(end->has_value());
    }
}

TEST_CASE("The reader's field limit holds before the field is read whole", "[import]")
{
    QByteArray bytes = "a,b\r\n1,\"" + QByteArray(300 * 1024, 'y') + "\"\r\n";
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader::Limits limits;
    limits.maxFieldBytes = 100 * 1024;
    CsvReader reader(buffer, QStringLiteral("t.csv"), limits);
    REQUIRE(reader.readHeader().has_value());
    auto r = reader.next();
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message.contains(QStringLiteral("Line 2 of t.csv: column 2 (b) is longer than")));
    CHECK(reader.bytesRead() < 200 * 1024);
}

TEST_CASE("A failure midway leaves the store as it was", "[import][sqlite-only]")
{
    FixedClock clock(testNow);
    TempStore store;
    const NewCase intake = CaseBuilder()
                               .customer(QStringLiteral("Olga Petrov"))
                               .product(QStringLiteral("Kettle K2"))
                               .description(QStringLiteral("Already here."))
                               .build();
    REQUIRE(CaseRepository(store.db(), 0).create(intake).has_value());
    importer(store.db());

    QByteArray file = header;
    for (int i = 1; i <= 600; ++i)
        file += QStringLiteral(
                    "RD-%1,2026-01-02,Customer %1,,,Product %2,,,,,Owner %2,Service > New %2,,,,,,,,%3\r\n")
                    .arg(i + 10)
                    .arg(i % 7)
                    .arg(i == 400 ? QStringLiteral("boom") : QStringLiteral("fine"))
                    .toUtf8();
    const QString path = writeFile(store, QStringLiteral("cases.csv"), file);

    SECTION("a row the database refuses after earlier rows were written")
    {
        RawConnection raw(store.path());
        REQUIRE(raw.isOpen());
        exec(raw.db(),
             QStringLiteral("CREATE TRIGGER refuse_boom BEFORE INSERT ON cases WHEN new.description = "
                            "'boom' BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        const QByteArray before = storeDigest(store);
        const Error e = mustFail(store, path, creatingUsers());
        CHECK(e.code == Error::Code::Database);
        CHECK(e.detail.contains(QStringLiteral("injected failure")));
        CHECK(e.message.contains(QStringLiteral("line 401")));
        CHECK(storeDigest(store) == before);
    }
    SECTION("cancelled from the progress callback")
    {
        const QByteArray before = storeDigest(store);
        int calls = 0;
        auto report = import(store, path, {}, [&](qint64 done, qint64 total) {
            CHECK(done <= total);
            return ++calls < 2;
        });
        REQUIRE_FALSE(report.has_value());
        CHECK(report.error().code == Error::Code::Cancelled);
        CHECK(storeDigest(store) == before);
    }
    SECTION("cancelled at the very end")
    {
        const QByteArray before = storeDigest(store);
        qint64 last = -1;
        auto report = import(store, path, {}, [&](qint64 done, qint64 total) {
            last = done;
            return done < total;
        });
        REQUIRE_FALSE(report.has_value());
        CHECK(report.error().code == Error::Code::Cancelled);
        CHECK(last == QFileInfo(path).size());
        CHECK(storeDigest(store) == before);
    }
}

TEST_CASE("The export's neutralising quote comes off exactly once", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    const QByteArray file = "Customer,Product,Opened,Description,Company\r\n"
                            "'@ann,Kettle,2026-01-02,'=SUM(A1),'-minus\r\n"
                            "Bob,Kettle,2026-01-02,'quoted',''+plus\r\n"
                            "Cat,Kettle,2026-01-02,\"'\tTabbed\",'plain\r\n";
    const QString path = writeFile(store, QStringLiteral("q.csv"), file);
    const ImportReport report = mustImport(store, path);
    REQUIRE(report.imported == 3);
    const QSqlDatabase db = store.db().connection();
    CHECK(scalar(db, QStringLiteral("SELECT customer_name FROM cases WHERE id = 1")).toString() ==
          QStringLiteral("@ann"));
    CHECK(scalar(db, QStringLiteral("SELECT description FROM cases WHERE id = 1")).toString() ==
          QStringLiteral("=SUM(A1)"));
    CHECK(scalar(db, QStringLiteral("SELECT company FROM cases WHERE id = 1")).toString() ==
          QStringLiteral("-minus"));
    CHECK(scalar(db, QStringLiteral("SELECT description FROM cases WHERE id = 2")).toString() ==
          QStringLiteral("'quoted'"));
    CHECK(scalar(db, QStringLiteral("SELECT company FROM cases WHERE id = 2")).toString() ==
          QStringLiteral("'+plus"));
    CHECK(scalar(db, QStringLiteral("SELECT description FROM cases WHERE id = 3")).toString() ==
          QStringLiteral("Tabbed"));
    CHECK(scalar(db, QStringLiteral("SELECT company FROM cases WHERE id = 3")).toString() ==
          QStringLiteral("'plain"));
}

TEST_CASE("Header names map by key, label or a common synonym", "[import]")
{
    const ImportMapping m = CaseImporter::guessMapping(
        {QStringLiteral("ROOT-CAUSE"), QStringLiteral("gesture_cost"), QStringLiteral("Subject"),
         QStringLiteral("Description"), QStringLiteral("Priority"), QStringLiteral("E-mail"),
         QStringLiteral("Assigned to"), QStringLiteral("Opened at"), QStringLiteral("customer"),
         QStringLiteral("Customer"), QStringLiteral("")});
    REQUIRE(m.size() == 11);
    CHECK(m[0] == ImportField::RootCause);
    CHECK(m[1] == ImportField::GestureCost);
    CHECK(m[2] == std::nullopt); // the exact Description column wins over a synonym
    CHECK(m[3] == ImportField::Description);
    CHECK(m[4] == std::nullopt); // the export's computed priority is not the severity
    CHECK(m[5] == ImportField::Email);
    CHECK(m[6] == ImportField::Owner);
    CHECK(m[7] == ImportField::Opened);
    CHECK(m[8] == ImportField::Customer);
    CHECK(m[9] == std::nullopt); // a second column for the same field is left out
    CHECK(m[10] == std::nullopt);
    for (ImportField f : allImportFields()) {
        CHECK(importFieldFromKey(keyOf(f)) == f);
        CHECK(CaseImporter::guessMapping({labelOf(f)}).first() == f);
    }
}

TEST_CASE("Dates, choices and amounts in the forms people write them", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    const QByteArray file =
        "customer;product;opened;description;severity;impact;status;channel;gesture_cost\n"
        "A;P;2026-01-02;d;MEDIUM;business stopped;follow-up;In person;25\n"
        "B;P;2026-01-02 10:11;d;4;0;IN_RECOVERY;social media;25,50\n"
        "C;P;2026-01-02T10:11:12+02:00;d;low;Minor;acknowledged;E-mail;€ 1.250,05\n"
        "D;P;2026-01-02T10:11;d;2;;reopened;letter;1,250.5\n"
        "E;P;2026-01-02 10:11:12;d;;;;;\n";
    const QString path = writeFile(store, QStringLiteral("forms.csv"), file);
    const ImportReport report = mustImport(store, path);
    INFO(show(report));
    REQUIRE(report.imported == 5);
    CaseRepository repo(store.db(), 0);
    CHECK(repo.get(1)->status == CaseStatus::FollowUp);
    CHECK(repo.get(1)->impact == BusinessImpact::Stopped);
    CHECK(repo.get(1)->channel == Channel::InPerson);
    CHECK(repo.get(1)->openedAt == QDateTime(QDate(2026, 1, 2), QTime(0, 0)));
    CHECK(repo.get(2)->severity == Severity::Critical);
    CHECK(repo.get(2)->status == CaseStatus::InRecovery);
    CHECK(repo.get(3)->openedAt == QDateTime(QDate(2026, 1, 2), QTime(8, 11, 12), Qt::UTC));
    CHECK(repo.get(3)->channel == Channel::Email);
    CHECK(repo.get(4)->status == CaseStatus::Reopened);
    CHECK(repo.get(4)->resolvedAt.isNull());
    CHECK(repo.get(5)->status == CaseStatus::New);
    CHECK(repo.get(5)->channel == Channel::Phone);
    CHECK(idList(
              store.db().connection(),
              QStringLiteral("SELECT coalesce(gesture_cost_cents, -1) FROM case_imports ORDER BY case_id")) ==
          QList<qint64>{2500, 2550, 125005, 125050, -1});
    requireSound(store);
}

TEST_CASE("redress-cli import: output, rejects file and exit codes", "[import][cli]")
{
    FixedClock clock(testNow);
    TempStore dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));

    SECTION("everything imported: exit 0, into a new store")
    {
        const QString path = writeFile(dir, QStringLiteral("cases.csv"), goodFile());
        const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--cases"),
                              path, QStringLiteral("--create-users")});
        INFO(show(r));
        CHECK(r.code == 0);
        CHECK(r.out == QStringLiteral("imported: 4\nunchanged: 0\nrejected: 0\nusers created: 2\n"));
        CHECK(r.err.isEmpty());
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("cases.rejected.csv"))));
        const CliRun check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
        INFO(show(check));
        CHECK(check.code == 0);
    }
    SECTION("some rows rejected: exit 3 and the rejects beside the input")
    {
        QByteArray file = goodFile();
        file += "RD-000099,someday,Zed,,,Kettle K2,,,,,,,,,,,,,,Text\r\n";
        const QString path = writeFile(dir, QStringLiteral("cases.csv"), file);
        const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--cases"),
                              path, QStringLiteral("--create-users")});
        INFO(show(r));
        CHECK(r.code == 3);
        const QString rejects = QDir::toNativeSeparators(dir.filePath(QStringLiteral("cases.rejected.csv")));
        CHECK(r.out ==
              QStringLiteral("imported: 4\nunchanged: 0\nrejected: 1\nusers created: 2\nrejects: %1\n")
                  .arg(rejects));
        CHECK(r.err == QStringLiteral("%1:6: Opened: 'someday' is not a date (use YYYY-MM-DD HH:MM)\n")
                           .arg(QDir::toNativeSeparators(path)));
        CHECK(QFile::exists(rejects));
    }
    SECTION("all or nothing with a bad row: exit 1, nothing imported")
    {
        QByteArray file = goodFile();
        file += "RD-000099,2026-01-01,,,,Kettle K2,,,,,,,,,,,,,,Text\r\n";
        const QString path = writeFile(dir, QStringLiteral("cases.csv"), file);
        const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--cases"),
                              path, QStringLiteral("--all-or-nothing"), QStringLiteral("--create-users")});
        INFO(show(r));
        CHECK(r.code == 1);
        CHECK(r.out == QStringLiteral("imported: 0\nunchanged: 0\nrejected: 1\nusers created: 0\n"));
        CHECK(r.err.startsWith(
            QStringLiteral("%1:6: Customer: missing customer\n").arg(QDir::toNativeSeparators(path))));
        const CliRun stats = cli({QStringLiteral("--db"), db, QStringLiteral("stats")});
        CHECK(stats.out.contains(QStringLiteral("cases: 0\n")));
        RawConnection raw(db);
        CHECK(count(raw.db(), QStringLiteral("users")) == 0);
    }
    SECTION("a file that is not CSV: exit 1")
    {
        const QString path =
            writeFile(dir, QStringLiteral("cases.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
        const CliRun r =
            cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--cases"), path});
        INFO(show(r));
        CHECK(r.code == 1);
        CHECK(r.err.startsWith(QStringLiteral("redress-cli: cases.csv is not a CSV file: line 2")));
        CHECK(r.out.isEmpty());
    }
    SECTION("an explicit rejects file that cannot be written: exit 1")
    {
        QByteArray file = goodFile();
        file += "RD-000099,someday,Zed,,,Kettle K2,,,,,,,,,,,,,,Text\r\n";
        const QString path = writeFile(dir, QStringLiteral("cases.csv"), file);
        const CliRun r =
            cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--cases"), path,
                 QStringLiteral("--rejects"), dir.filePath(QStringLiteral("missing/r.csv"))});
        INFO(show(r));
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("Nothing was imported")));
    }
    SECTION("usage errors: exit 2 and no store made")
    {
        const QString path = writeFile(dir, QStringLiteral("cases.csv"), goodFile());
        for (const QStringList& args :
             {QStringList{QStringLiteral("import")},
              QStringList{QStringLiteral("import"), QStringLiteral("--cases"),
                          dir.filePath(QStringLiteral("nope.csv"))},
              QStringList{QStringLiteral("import"), QStringLiteral("--cases"), path,
                          QStringLiteral("--all-or-nothing"), QStringLiteral("--rejects"),
                          dir.filePath(QStringLiteral("r.csv"))},
              QStringList{QStringLiteral("import"), QStringLiteral("--cases"), path,
                          QStringLiteral("--rejects"), path}}) {
            const CliRun r = cli(QStringList{QStringLiteral("--db"), db} + args);
            INFO(show(r));
            CHECK(r.code == 2);
        }
        CHECK_FALSE(QFile::exists(db));
    }
}

TEST_CASE("Exporting and importing into an empty store gives the same cases, nasty values included",
          "[import]")
{
    FixedClock clock(testNow);
    TempStore source;
    CaseRepository repo(source.db(), 0);
    const QStringList texts{QStringLiteral("=1+2"),
                            QStringLiteral("+44 20 7946 0000"),
                            QStringLiteral("-5 degrees in the fridge"),
                            QStringLiteral("@home, \"quoted\", and more"),
                            QStringLiteral("Line one\nLine two\r\nLine three"),
                            QStringLiteral("'=already quoted"),
                            QStringLiteral("Ünïcödé 日本語 Ελληνικά 😀"),
                            QStringLiteral("a,b;c\td")};
    User lead;
    lead.login = QStringLiteral("lee");
    lead.displayName = QStringLiteral("=Lee Lead");
    lead.role = Role::Lead;
    auto owner = UserRepository(source.db()).create(lead);
    REQUIRE(owner.has_value());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const NewCase intake = CaseBuilder()
                                   .customer(i % 2 ? texts.at(i).left(20) : QStringLiteral("Ann Lee"))
                                   .company(i % 3 ? texts.at((i + 1) % texts.size()).left(30) : QString())
                                   .product(i % 2 ? QStringLiteral("-Kettle") : QStringLiteral("Toaster 😀"))
                                   .description(texts.at(i))
                                   .channel(allChannels().at(i % allChannels().size()))
                                   .severity(allSeverities().at(i % allSeverities().size()))
                                   .impact(allImpacts().at(i % allImpacts().size()))
                                   .build();
        auto made = repo.create(intake);
        REQUIRE(made.has_value());
        clock.advanceSecs(3600);
        if (i % 4 == 1) {
            REQUIRE(repo.assign(made->id, owner->id).has_value());
            REQUIRE(repo.transition(made->id, CaseStatus::Acknowledged).has_value());
        }
        if (i % 4 >= 2) {
            completeRecovery(source.db(), made->id);
            REQUIRE(repo.transition(made->id, CaseStatus::Acknowledged).has_value());
            REQUIRE(repo.transition(made->id, CaseStatus::InRecovery).has_value());
            clock.advanceSecs(600);
            REQUIRE(repo.transition(made->id, CaseStatus::Resolved).has_value());
            if (i % 4 == 3) {
                REQUIRE(repo.transition(made->id, CaseStatus::FollowUp).has_value());
                clock.advanceSecs(600);
                REQUIRE(repo.transition(made->id, CaseStatus::Closed).has_value());
            }
            if (i == 7) {
                clock.advanceSecs(600);
                REQUIRE(repo.transition(made->id, CaseStatus::Reopened).has_value());
            }
        }
    }

    QStringList every;
    for (const ExportColumn& c : exportColumns())
        every << c.key;
    ExportOptions options;
    options.columns = every;
    options.byteOrderMark = true;
    const QString file = source.filePath(QStringLiteral("export.csv"));
    auto written = CaseExporter(source.db()).writeFile(options, file);
    INFO(describe(written));
    REQUIRE(written.has_value());
    CHECK(*written == texts.size());

    TempStore target;
    const ImportReport report = mustImport(target, file, creatingUsers());
    INFO(show(report));
    CHECK(report.imported == texts.size());
    CHECK(report.rejected == 0);
    requireSound(target);

    const QString columns = QStringLiteral(
        "SELECT id, customer_name, company, product_name, channel, description, severity, impact, status, "
        "owner_name, opened_at, resolved_at, closed_at FROM cases ORDER BY id");
    CHECK(queryDigest(target.db().connection(), columns) == queryDigest(source.db().connection(), columns));
    const QString causes = QStringLiteral("SELECT case_id, root_cause_id FROM analyses ORDER BY case_id");
    CHECK(queryDigest(target.db().connection(), causes) == queryDigest(source.db().connection(), causes));
    const QString people =
        QStringLiteral("SELECT DISTINCT name, company FROM customers ORDER BY name, company");
    CHECK(queryDigest(target.db().connection(), people) == queryDigest(source.db().connection(), people));

    // Exported again, the imported store writes the same file: what the old
    // system recorded of the recovery comes back out as it went in. Left
    // out are the columns an import has nowhere to put.
    const QStringList notImported{QStringLiteral("customer_wants"), QStringLiteral("promised_by"),
                                  QStringLiteral("whys"), QStringLiteral("education_gap")};
    for (const QString& key : notImported)
        options.columns.removeAll(key);
    QBuffer first;
    QBuffer second;
    REQUIRE(first.open(QIODevice::WriteOnly));
    REQUIRE(second.open(QIODevice::WriteOnly));
    REQUIRE(CaseExporter(source.db()).write(options, first).has_value());
    REQUIRE(CaseExporter(target.db()).write(options, second).has_value());
    CHECK(QString::fromUtf8(second.data()) == QString::fromUtf8(first.data()));
}

TEST_CASE("A case imported already resolved closes after its analysis but one resolved here needs every step",
          "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    mustImport(store, writeFile(store, QStringLiteral("cases.csv"), goodFile()), creatingUsers());
    const User lead = importer(store.db()); // the store's first user: its admin
    CaseRepository cases(store.db(), lead.id);
    auto fridge = cases.get(13); // T-4711, a new number after RD-000012
    REQUIRE(fridge.has_value());
    REQUIRE(fridge->status == CaseStatus::Resolved);

    // Its apology, solution and gesture happened in the old system.
    REQUIRE(cases.transition(fridge->id, CaseStatus::FollowUp).has_value());
    auto refused = cases.transition(fridge->id, CaseStatus::Closed);
    REQUIRE_FALSE(refused.has_value());
    INFO(refused.error().toString().toStdString());
    CHECK(refused.error().message.contains(QStringLiteral("root-cause analysis")));
    RecoveryRepository recovery(store.db(), lead);
    auto causes = recovery.rootCauses();
    REQUIRE(causes.has_value());
    REQUIRE(recovery.recordAnalysis(fridge->id, causes->first().id, {}, false).has_value());
    CHECK(cases.transition(fridge->id, CaseStatus::Closed).has_value());

    // RD-000003 came in New: resolving it here asks for all three steps.
    auto toast = cases.get(3);
    REQUIRE(toast.has_value());
    REQUIRE(cases.transition(toast->id, CaseStatus::Acknowledged).has_value());
    REQUIRE(cases.transition(toast->id, CaseStatus::InRecovery).has_value());
    auto early = cases.transition(toast->id, CaseStatus::Resolved);
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().message.contains(QStringLiteral("apolog"), Qt::CaseInsensitive));
}

// ---- customers ---------------------------------------------------------------

namespace {

ImportOptions customersOnly()
{
    ImportOptions options;
    options.kind = ImportKind::Customers;
    return options;
}

Customer mustAddCustomer(const TempStore& store, const QString& name, const QString& company,
                         const QString& segment, qint64 cents)
{
    Customer c;
    c.name = name;
    c.company = company;
    c.email = QStringLiteral("old@example.test");
    c.phone = QStringLiteral("0123");
    c.segment = segment;
    c.lifetimeValueCents = cents;
    auto made = CustomerRepository(store.db()).create(c);
    INFO(describe(made));
    REQUIRE(made.has_value());
    return *made;
}

bool hasProblem(const ImportReport& report, qint64 line, const QString& column, const QString& reason)
{
    for (const RowProblem& p : report.problems) {
        if (p.line == line && p.column == column && p.reason.contains(reason))
            return true;
    }
    return false;
}

// The ids the customer search index finds for a word of three letters or
// more (on PostgreSQL, what its trigram index serves: ILIKE).
QList<qint64> searchCustomers(const TempStore& store, const QString& word)
{
    if (onPostgres())
        return idList(store.db().connection(),
                      QStringLiteral("SELECT id FROM customers WHERE CAST(name AS text) ILIKE ? OR "
                                     "CAST(company AS text) ILIKE ? ORDER BY id"),
                      {QStringLiteral("%%1%").arg(word), QStringLiteral("%%1%").arg(word)});
    return idList(
        store.db().connection(),
        QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search MATCH ? ORDER BY rowid"),
        {QStringLiteral("\"%1\"").arg(word)});
}

const QByteArray customersFile = "Customer,Company,Email,Phone,Segment,Lifetime value\r\n"
                                 "ann lee,ACME LTD,ann@acme.test,,key account,\"12,500.00\"\r\n"
                                 "Bob Stone,,bob@stone.test,+44 20 7946 0000,small business,€ 99.5\r\n"
                                 "Chen Wu,Wu & Co,,,,\r\n";

} // namespace

TEST_CASE("A customers file adds new customers and updates the known ones", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    const Customer ann = mustAddCustomer(store, QStringLiteral("Ann Lee"), QStringLiteral("Acme Ltd"),
                                         QStringLiteral("consumer"), 1000);
    const QString path = writeFile(store, QStringLiteral("customers.csv"), customersFile);
    const ImportReport report = mustImport(store, path, customersOnly());
    INFO(show(report));
    CHECK(report.imported == 3);
    CHECK(report.customersCreated == 2);
    CHECK(report.customersUpdated == 1);
    CHECK(report.rejected == 0);
    CHECK(report.productsCreated == 0);
    CHECK(report.usersCreated.isEmpty());
    requireSound(store);

    const QSqlDatabase db = store.db().connection();
    CHECK(count(db, QStringLiteral("customers")) == 3);
    CHECK(cases(store) == 0);
    CHECK(count(db, QStringLiteral("products")) == 0);
    // Ann's non-empty cells win; her empty phone cell keeps the stored one,
    // and the name and company stay as they were written first.
    auto updated = CustomerRepository(store.db()).get(ann.id);
    REQUIRE(updated.has_value());
    CHECK(updated->name == QStringLiteral("Ann Lee"));
    CHECK(updated->company == QStringLiteral("Acme Ltd"));
    CHECK(updated->email == QStringLiteral("ann@acme.test"));
    CHECK(updated->phone == QStringLiteral("0123"));
    CHECK(updated->segment == QStringLiteral("key account"));
    CHECK(updated->lifetimeValueCents == 1'250'000);

    const qint64 bob =
        scalar(db, QStringLiteral("SELECT id FROM customers WHERE name = 'Bob Stone'")).toLongLong();
    auto added = CustomerRepository(store.db()).get(bob);
    REQUIRE(added.has_value());
    CHECK(added->email == QStringLiteral("bob@stone.test"));
    CHECK(added->phone == QStringLiteral("+44 20 7946 0000"));
    CHECK(added->segment == QStringLiteral("small business"));
    CHECK(added->lifetimeValueCents == 9950);
    CHECK(added->createdAt == testNow);
    CHECK(scalar(db, QStringLiteral("SELECT lifetime_value_cents FROM customers WHERE name = 'Chen Wu'"))
              .toLongLong() == 0);

    // The new customers are in the search index, the known one once, and
    // its insert trigger is back for the next customer the desk adds.
    CHECK(searchCustomers(store, QStringLiteral("Stone")) == QList<qint64>{bob});
    CHECK(searchCustomers(store, QStringLiteral("Wu & Co")).size() == 1);
    CHECK(searchCustomers(store, QStringLiteral("Acme")) == QList<qint64>{ann.id});
    if (!onPostgres()) // the triggers the import set aside are back
        CHECK(
            scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                      "('customers_search_insert', 'cases_search_insert')"))
                .toInt() == 2);
    const Customer dee = mustAddCustomer(store, QStringLiteral("Dee Later"), QString(), QString(), 0);
    CHECK(searchCustomers(store, QStringLiteral("Later")) == QList<qint64>{dee.id});

    // The same file again: every row is a known customer, nothing changes.
    const QByteArray before = storeDigest(store);
    const ImportReport again = mustImport(store, path, customersOnly());
    CHECK(again.imported == 3);
    CHECK(again.customersCreated == 0);
    CHECK(again.customersUpdated == 3);
    CHECK(storeDigest(store) == before);
    requireSound(store);
}

TEST_CASE("Bad rows of a customers file are named by line and column", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    QByteArray file = "Customer,Company,Email,Lifetime value,Segment\r\n"
                      "Ann Lee,Acme,,12.50,\r\n"
                      ",Acme,x@y.test,5,\r\n"
                      "Bob,,,-5,\r\n"
                      "Cy,,,lots,\r\n"
                      "ANN LEE,acme,,1,\r\n";
    file += "Dee,,,1," + QByteArray(201, 's') + "\r\n";
    file += "Eve,,,\r\n"; // a ragged row
    file += "Fay,," + QByteArray(321, 'e') + ",,\r\n";
    file += "Gus,,,(7.00),\r\n"
            "Ann Lee,Other Co,,,\r\n";
    const QString path = writeFile(store, QStringLiteral("customers.csv"), file);
    ImportOptions options = customersOnly();
    options.rejectsPath = store.filePath(QStringLiteral("rejected.csv"));
    const ImportReport report = mustImport(store, path, options);
    INFO(show(report));
    CHECK(report.imported == 2); // Ann of Acme, Ann of Other Co
    CHECK(report.customersCreated == 2);
    CHECK(report.rejected == 8);
    CHECK(hasProblem(report, 3, QStringLiteral("Customer"), QStringLiteral("missing customer")));
    CHECK(hasProblem(report, 4, QStringLiteral("Lifetime value"),
                     QStringLiteral("a lifetime value cannot be negative ('-5')")));
    CHECK(hasProblem(report, 5, QStringLiteral("Lifetime value"), QStringLiteral("'lots' is not an amount")));
    CHECK(hasProblem(report, 6, QStringLiteral("Customer"),
                     QStringLiteral("the same customer as line 2; give each customer one row")));
    CHECK(hasProblem(report, 7, QStringLiteral("Segment"), QStringLiteral("at most 200 characters")));
    CHECK(hasProblem(report, 8, QString(), QStringLiteral("the row has 4 fields; the header has 5")));
    CHECK(hasProblem(report, 9, QStringLiteral("Email"), QStringLiteral("320 characters")));
    CHECK(hasProblem(report, 10, QStringLiteral("Lifetime value"), QStringLiteral("cannot be negative")));
    CHECK(scalar(store.db().connection(),
                 QStringLiteral("SELECT lifetime_value_cents FROM customers WHERE company = 'Acme'"))
              .toLongLong() == 1250);
    CHECK(report.rejectsPath == options.rejectsPath);
    const QString rejects = QString::fromUtf8(readFile(options.rejectsPath));
    CHECK(rejects.startsWith(QStringLiteral("Customer,Company,Email,Lifetime value,Segment,error\r\n")));
    CHECK(rejects.contains(QStringLiteral("ANN LEE,acme,,1,,line 6: Customer: the same customer as line 2")));
    requireSound(store);
}

TEST_CASE("A customers import under all or nothing, or failing midway, leaves the store as it was",
          "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    mustAddCustomer(store, QStringLiteral("Ann Lee"), QStringLiteral("Acme Ltd"), QStringLiteral("consumer"),
                    1000);
    importer(store.db());
    const QByteArray before = storeDigest(store);
    // SQLite's search index is a table of its own; a server's is part of customers.
    const QString search = onPostgres()
                               ? QStringLiteral("SELECT id, name, company FROM customers ORDER BY id")
                               : QStringLiteral("SELECT rowid, * FROM customer_search ORDER BY rowid");
    const QByteArray searchBefore = queryDigest(store.db().connection(), search);
    const auto unchanged = [&] {
        CHECK(storeDigest(store) == before);
        CHECK(queryDigest(store.db().connection(), search) == searchBefore);
        requireSound(store);
    };

    SECTION("all or nothing with one bad row")
    {
        const QString path =
            writeFile(store, QStringLiteral("customers.csv"), customersFile + "Zed,,,,,not money\r\n");
        ImportOptions options = customersOnly();
        options.allOrNothing = true;
        options.rejectsPath = store.filePath(QStringLiteral("never.csv"));
        const ImportReport report = mustImport(store, path, options);
        INFO(show(report));
        CHECK(report.imported == 0);
        CHECK(report.customersCreated == 0);
        CHECK(report.customersUpdated == 0);
        CHECK(report.rejected == 1);
        CHECK(hasProblem(report, 5, QStringLiteral("Lifetime value"), QStringLiteral("not an amount")));
        CHECK_FALSE(QFile::exists(options.rejectsPath));
        unchanged();
    }
    SECTION("the store refuses an update after rows were written")
    {
        QByteArray file = "Customer,Company,Segment\r\n";
        for (int i = 1; i <= 600; ++i)
            file += QStringLiteral("New %1,,retail\r\n").arg(i).toUtf8();
        file += "Ann Lee,Acme Ltd,boom\r\n";
        const QString path = writeFile(store, QStringLiteral("customers.csv"), file);
        if (onPostgres()) {
            exec(store.db().connection(),
                 QStringLiteral(
                     "CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF "
                     "NEW.segment = 'boom' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN "
                     "NEW; END $$"));
            exec(store.db().connection(),
                 QStringLiteral("CREATE TRIGGER refuse_boom BEFORE UPDATE ON customers FOR EACH ROW EXECUTE "
                                "FUNCTION refuse_boom()"));
        } else {
            RawConnection raw(store.path());
            REQUIRE(raw.isOpen());
            exec(raw.db(),
                 QStringLiteral("CREATE TRIGGER refuse_boom BEFORE UPDATE ON customers WHEN new.segment = "
                                "'boom' BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        }
        const QByteArray withTrigger = storeDigest(store);
        const Error e = mustFail(store, path, customersOnly());
        CHECK(e.code == Error::Code::Database);
        CHECK(e.detail.contains(QStringLiteral("injected failure")));
        CHECK(e.message.contains(QStringLiteral("line 602")));
        CHECK(storeDigest(store) == withTrigger);
        exec(store.db().connection(), onPostgres() ? QStringLiteral("DROP TRIGGER refuse_boom ON customers")
                                                   : QStringLiteral("DROP TRIGGER refuse_boom"));
        unchanged();
    }
    SECTION("cancelled")
    {
        const QString path = writeFile(store, QStringLiteral("customers.csv"), customersFile);
        auto report = import(store, path, customersOnly(), [](qint64, qint64) { return false; });
        REQUIRE_FALSE(report.has_value());
        CHECK(report.error().code == Error::Code::Cancelled);
        unchanged();
    }
}

TEST_CASE("A customers import maps only the customer's fields", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;

    SECTION("guessed, a customer list's other columns are skipped")
    {
        const QString path = writeFile(store, QStringLiteral("crm.csv"),
                                       "ID,Name,Created,Status,Account,LTV,Tier\r\n"
                                       "17,Ann Lee,2020-01-01,active,Acme Ltd,300,gold\r\n");
        const ImportReport report = mustImport(store, path, customersOnly());
        INFO(show(report));
        REQUIRE(report.imported == 1);
        auto ann = CustomerRepository(store.db()).findByPrefix(QStringLiteral("Ann"));
        REQUIRE(ann.has_value());
        REQUIRE(ann->size() == 1);
        CHECK(ann->first().company == QStringLiteral("Acme Ltd"));
        CHECK(ann->first().lifetimeValueCents == 30000);
        CHECK(ann->first().segment == QStringLiteral("gold"));
        CHECK(CaseImporter::guessMapping({QStringLiteral("ID"), QStringLiteral("Name")},
                                         ImportKind::Customers) ==
              ImportMapping{std::nullopt, ImportField::Customer});
    }
    SECTION("mapped by hand to a case's field, the column is named")
    {
        const QString path = writeFile(store, QStringLiteral("crm.csv"), "Name,Notes\r\nAnn,Likes tea\r\n");
        ImportOptions options = customersOnly();
        options.mapping = {ImportField::Customer, ImportField::Description};
        const Error e = mustFail(store, path, options);
        CHECK(e.code == Error::Code::InvalidInput);
        CHECK(e.message.contains(
            QStringLiteral("Column 'Notes' of crm.csv is mapped to Description, which only "
                           "cases have")));
        CHECK(e.message.contains(QStringLiteral("Segment, Lifetime value")));
        CHECK(count(store.db().connection(), QStringLiteral("customers")) == 0);
    }
    SECTION("without a customer column")
    {
        const QString path =
            writeFile(store, QStringLiteral("crm.csv"), "Company,Email\r\nAcme,a@b.test\r\n");
        const Error e = mustFail(store, path, customersOnly());
        CHECK(e.message.contains(QStringLiteral("crm.csv has no column for Customer")));
    }
}

TEST_CASE("The kind of a file is guessed from its header", "[import]")
{
    const auto kind = [](std::initializer_list<const char*> names) {
        QStringList header;
        for (const char* n : names)
            header << QString::fromUtf8(n);
        return CaseImporter::guessKind(header);
    };
    CHECK(kind({"Customer", "Company", "Email", "Phone", "Segment", "Lifetime value"}) ==
          ImportKind::Customers);
    CHECK(kind({"name", "LTV", "Notes"}) == ImportKind::Customers);
    CHECK(kind({"Customer", "Product", "Opened", "Description"}) == ImportKind::Cases);
    CHECK(kind({"Customer", "Status"}) == ImportKind::Cases);
    CHECK(kind({"Customer", "segment", "Subject"}) == ImportKind::Cases);
    CHECK(kind({"Company", "Email"}) == ImportKind::Cases); // no customer column
    CHECK(kind({}) == ImportKind::Cases);
    QStringList exported;
    for (const QString& key : defaultExportColumnKeys())
        exported << exportColumn(key)->label;
    CHECK(CaseImporter::guessKind(exported) == ImportKind::Cases);
}

TEST_CASE("A case row's segment and lifetime value go to a new customer, not a known one", "[import]")
{
    FixedClock clock(testNow);
    TempStore store;
    const Customer ann =
        mustAddCustomer(store, QStringLiteral("Ann Lee"), QString(), QStringLiteral("consumer"), 1000);
    const QString path = writeFile(store, QStringLiteral("cases.csv"),
                                   "Customer,Product,Opened,Description,Segment,Lifetime value\r\n"
                                   "Ann Lee,Kettle,2026-01-02,Broken,key account,9000\r\n"
                                   "Bob Stone,Kettle,2026-01-02,Broken,retail,45.50\r\n"
                                   "Bob Stone,Kettle,2026-01-03,Again,ignored,1\r\n"
                                   "Cy,Kettle,2026-01-03,Broken,,-1\r\n");
    const ImportReport report = mustImport(store, path);
    INFO(show(report));
    CHECK(report.imported == 3);
    CHECK(report.customersCreated == 1);
    CHECK(report.customersUpdated == 0);
    CHECK(hasProblem(report, 5, QStringLiteral("Lifetime value"), QStringLiteral("cannot be negative")));
    auto known = CustomerRepository(store.db()).get(ann.id);
    REQUIRE(known.has_value());
    CHECK(known->segment == QStringLiteral("consumer"));
    CHECK(known->lifetimeValueCents == 1000);
    const QSqlDatabase db = store.db().connection();
    CHECK(
        scalar(db, QStringLiteral("SELECT segment || ':' || lifetime_value_cents FROM customers WHERE name = "
                                  "'Bob Stone'"))
            .toString() == QStringLiteral("retail:4550"));
    requireSound(store);
}

TEST_CASE("A case export with the customer's segment and lifetime value brings them into an empty store",
          "[import][export]")
{
    FixedClock clock(testNow);
    TempStore source;
    CaseRepository repo(source.db(), 0);
    const QList<Customer> people{
        mustAddCustomer(source, QStringLiteral("Ann Lee"), QStringLiteral("Acme Ltd"),
                        QStringLiteral("key account"), 12'345'678'901),
        mustAddCustomer(source, QStringLiteral("=Bob"), QString(), QStringLiteral("-retail, \"small\""), 5),
        mustAddCustomer(source, QStringLiteral("Chen Wu"), QStringLiteral("Wu & Co"), QString(), 0)};
    for (int i = 0; i < 5; ++i) {
        const NewCase intake = CaseBuilder()
                                   .existingCustomer(people.at(i % people.size()).id)
                                   .product(QStringLiteral("Kettle"))
                                   .description(QStringLiteral("Case %1").arg(i))
                                   .build();
        REQUIRE(repo.create(intake).has_value());
        clock.advanceSecs(60);
    }
    ExportOptions options;
    options.columns = defaultExportColumnKeys();
    // Email and phone are default columns since issue 22.
    for (const char* key : {"email", "phone", "segment", "lifetime_value"}) {
        if (!options.columns.contains(QString::fromLatin1(key)))
            options.columns << QString::fromLatin1(key);
    }
    const QString file = source.filePath(QStringLiteral("export.csv"));
    auto written = CaseExporter(source.db()).writeFile(options, file);
    INFO(describe(written));
    REQUIRE(written.has_value());
    CHECK(readFile(file).contains("Segment,Lifetime value"));
    CHECK(readFile(file).contains("123456789.01"));
    auto preview = CaseImporter::preview(file);
    REQUIRE(preview.has_value());
    CHECK(CaseImporter::guessKind(preview->header) == ImportKind::Cases);

    TempStore target;
    const ImportReport report = mustImport(target, file);
    INFO(show(report));
    CHECK(report.imported == 5);
    CHECK(report.customersCreated == 3);
    requireSound(target);
    const QString customers = QStringLiteral(
        "SELECT name, company, email, phone, segment, lifetime_value_cents FROM customers ORDER BY name");
    CHECK(queryDigest(target.db().connection(), customers) ==
          queryDigest(source.db().connection(), customers));

    QBuffer first;
    QBuffer second;
    REQUIRE(first.open(QIODevice::WriteOnly));
    REQUIRE(second.open(QIODevice::WriteOnly));
    REQUIRE(CaseExporter(source.db()).write(options, first).has_value());
    REQUIRE(CaseExporter(target.db()).write(options, second).has_value());
    CHECK(QString::fromUtf8(second.data()) == QString::fromUtf8(first.data()));
}

TEST_CASE("redress-cli import --customers: output and exit codes", "[import][cli]")
{
    FixedClock clock(testNow);
    TempStore dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    const QString path = writeFile(dir, QStringLiteral("customers.csv"), customersFile);

    SECTION("added, then updated: exit 0")
    {
        const CliRun r =
            cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--customers"), path});
        INFO(show(r));
        CHECK(r.code == 0);
        CHECK(r.out == QStringLiteral("imported: 3\ncreated: 3\nupdated: 0\nrejected: 0\n"));
        CHECK(r.err.isEmpty());
        const QString more = writeFile(dir, QStringLiteral("more.csv"),
                                       "Customer,Company,Lifetime value\r\nChen Wu,wu & co,10\r\nDee,,\r\n");
        const CliRun again =
            cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--customers"), more});
        INFO(show(again));
        CHECK(again.code == 0);
        CHECK(again.out == QStringLiteral("imported: 2\ncreated: 1\nupdated: 1\nrejected: 0\n"));
        const CliRun stats = cli({QStringLiteral("--db"), db, QStringLiteral("stats")});
        CHECK(stats.out.contains(QStringLiteral("customers: 4\n")));
        CHECK(stats.out.contains(QStringLiteral("cases: 0\n")));
    }
    SECTION("some rows rejected: exit 3 and the rejects beside the input")
    {
        const QString bad =
            writeFile(dir, QStringLiteral("customers.csv"), customersFile + "Bob Stone,,,,,\r\n");
        const CliRun r =
            cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--customers"), bad});
        INFO(show(r));
        CHECK(r.code == 3);
        const QString rejects =
            QDir::toNativeSeparators(dir.filePath(QStringLiteral("customers.rejected.csv")));
        CHECK(r.out ==
              QStringLiteral("imported: 3\ncreated: 3\nupdated: 0\nrejected: 1\nrejects: %1\n").arg(rejects));
        CHECK(r.err ==
              QStringLiteral("%1:5: Customer: the same customer as line 3; give each customer one row\n")
                  .arg(QDir::toNativeSeparators(bad)));
        CHECK(QFile::exists(rejects));
    }
    SECTION("all or nothing with a bad row: exit 1, nothing imported")
    {
        const QString bad = writeFile(dir, QStringLiteral("customers.csv"), customersFile + ",Acme,,,,\r\n");
        const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                              QStringLiteral("--customers"), bad, QStringLiteral("--all-or-nothing")});
        INFO(show(r));
        CHECK(r.code == 1);
        CHECK(r.out == QStringLiteral("imported: 0\ncreated: 0\nupdated: 0\nrejected: 1\n"));
        CHECK(r.err.startsWith(
            QStringLiteral("%1:5: Customer: missing customer\n").arg(QDir::toNativeSeparators(bad))));
        RawConnection raw(db);
        CHECK(count(raw.db(), QStringLiteral("customers")) == 0);
        CHECK(count(raw.db(), QStringLiteral("users")) == 0);
    }
    SECTION("usage errors: exit 2 and no store made")
    {
        const QString cases = writeFile(dir, QStringLiteral("cases.csv"), goodFile());
        for (const QStringList& args :
             {QStringList{QStringLiteral("import"), QStringLiteral("--cases"), cases,
                          QStringLiteral("--customers"), path},
              QStringList{QStringLiteral("import"), QStringLiteral("--all-or-nothing")},
              QStringList{QStringLiteral("import"), QStringLiteral("--customers"),
                          dir.filePath(QStringLiteral("nope.csv"))},
              QStringList{QStringLiteral("import"), QStringLiteral("--customers"), dir.dirPath()},
              QStringList{QStringLiteral("import"), QStringLiteral("--customers"), path,
                          QStringLiteral("--rejects"), path}}) {
            const CliRun r = cli(QStringList{QStringLiteral("--db"), db} + args);
            INFO(show(r));
            CHECK(r.code == 2);
            CHECK(r.out.isEmpty());
        }
        const CliRun both = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                 QStringLiteral("--cases"), cases, QStringLiteral("--customers"), path});
        CHECK(both.err.contains(QStringLiteral("either --cases FILE or --customers FILE, not both")));
        const CliRun neither = cli({QStringLiteral("--db"), db, QStringLiteral("import")});
        CHECK(neither.err.contains(QStringLiteral("import needs --cases FILE or --customers FILE")));
        CHECK_FALSE(QFile::exists(db));
        const CliRun help = cli({QStringLiteral("--help")});
        CHECK(help.out.contains(QStringLiteral("--customers FILE")));
    }
}
