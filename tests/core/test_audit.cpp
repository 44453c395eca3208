// The timeline as a tamper-evident audit log (AuditChain) and erasure on
// request (Erasure): an intact chain verifies, tampering around Redress is
// found at the right event, the migration seals an older store, and an
// erased customer's words are gone from the tables, the search indexes and
// the files while the figures and the chain stay.

#include "core/cases/CaseTypes.h"
#include "core/cases/Priority.h"
#include "core/demo/DemoGenerator.h"
#include "core/io/CaseImporter.h"
#include "core/store/AuditChain.h"
#include "core/store/AuditChainSidecar.h"
#include "core/store/Backup.h"
#include "core/store/CaseJournal.h"
#include "core/store/CaseListQuery.h"
#include "core/store/CaseListRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseWriter.h"
#include "core/store/CustomerRepository.h"
#include "core/store/DraftRepository.h"
#include "core/store/Erasure.h"
#include "core/store/Migrations.h"
#include "core/store/PriorityRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/Transaction.h"
#include "support/CaseBuilder.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

using namespace redress::core;
using namespace redress::test;
using Problem = AuditChain::Problem;

namespace {

// Words no generator or template would write, so finding one anywhere
// means it came from this test's customer.
const QStringList distinctive{
    QStringLiteral("Zxqvbrindle"), QStringLiteral("Quorthington"), QStringLiteral("Plimbertex"),
    QStringLiteral("flimbarrow"),  QStringLiteral("Gromphet"),     QStringLiteral("Flumwaddle"),
    QStringLiteral("7700 900123"),
};

struct Desk
{
    TempStore store;
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    User admin = makeUser(store.db(), QStringLiteral("ada"), QStringLiteral("Ada Admin"), Role::Admin);
    User rep = makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), Role::Rep);
    CaseRepository cases{store.db(), rep.id};

    QSqlDatabase sql() const { return store.db().connection(); }

    qint64 newCase(qint64 customerId, const QString& description, const QString& customerName = {})
    {
        auto c = cases.create(CaseBuilder()
                                  .existingCustomer(customerId)
                                  .customer(customerName)
                                  .channel(Channel::Email)
                                  .description(description)
                                  .severity(Severity::High)
                                  .impact(BusinessImpact::Major)
                                  .build());
        INFO(describe(c));
        REQUIRE(c.has_value());
        clock.advanceSecs(60);
        return c->id;
    }

    void note(qint64 caseId, const QString& text)
    {
        auto c = cases.addNote(caseId, text);
        INFO(describe(c));
        REQUIRE(c.has_value());
        clock.advanceSecs(60);
    }

    AuditChain::Report verify() const
    {
        auto report = AuditChain::verify(sql());
        INFO(describe(report));
        REQUIRE(report.has_value());
        return *report;
    }

    qint64 eventAt(qint64 caseId, int index) const
    {
        const QList<qint64> ids = idList(
            sql(), QStringLiteral("SELECT id FROM case_events WHERE case_id = ? ORDER BY id"), {caseId});
        REQUIRE(ids.size() > index);
        return ids.at(index);
    }

    // A few cases with notes and edits from ordinary customers.
    void ordinaryTraffic(int n)
    {
        for (int i = 0; i < n; ++i) {
            const qint64 id = newCase(0, QStringLiteral("The pump stops after %1 minutes.").arg(10 + i),
                                      QStringLiteral("Customer %1").arg(i));
            note(id, QStringLiteral("Called back, loan unit offered (%1).").arg(i));
            CaseEdit edit;
            edit.severity = Severity::Medium;
            REQUIRE(cases.update(id, edit).has_value());
        }
    }
};

// A second, raw connection that has dropped the append-only triggers, as
// someone with the sqlite3 shell would.
void dropTriggers(const QSqlDatabase& raw)
{
    exec(raw, QStringLiteral("DROP TRIGGER case_events_no_update"));
    exec(raw, QStringLiteral("DROP TRIGGER case_events_no_delete"));
}

// Every file of the store's folder as bytes (store, -wal, -shm).
QList<std::pair<QString, QByteArray>> storeFiles(const QString& dir)
{
    QList<std::pair<QString, QByteArray>> files;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files)) {
        QFile f(info.filePath());
        REQUIRE(f.open(QIODevice::ReadOnly));
        files.append({info.fileName(), f.readAll()});
    }
    return files;
}

// Where a word occurs in the files in any of its usual encodings and cases,
// as "file: form" lines; empty when nowhere.
QStringList occurrences(const QString& dir, const QStringList& words)
{
    QStringList found;
    const auto files = storeFiles(dir);
    for (const QString& word : words) {
        const QList<QByteArray> forms{
            word.toUtf8(), word.toLower().toUtf8(), word.toUpper().toUtf8(),
            QByteArray(reinterpret_cast<const char*>(word.utf16()), word.size() * 2)};
        for (const auto& [name, bytes] : files) {
            for (const QByteArray& form : forms) {
                if (bytes.contains(form))
                    found << name + QStringLiteral(": ") + QString::fromUtf8(form);
            }
        }
    }
    return found;
}

} // namespace

TEST_CASE("An intact timeline verifies, entry by entry", "[audit]")
{
    Desk desk;
    auto report = desk.verify();
    CHECK(report.checked == 0);
    CHECK_FALSE(report.broken.has_value());

    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(a, QStringLiteral("Customer called twice."));
    desk.ordinaryTraffic(3);
    report = desk.verify();
    CHECK_FALSE(report.broken.has_value());
    CHECK(report.checked == count(desk.sql(), QStringLiteral("case_events")));
    // Every event is sealed; the first links to the genesis value, every
    // other one to the hash of the event before it.
    CHECK(scalar(desk.sql(), QStringLiteral("SELECT count(*) FROM case_events WHERE hash IS NULL")).toInt() ==
          0);
    CHECK(scalar(desk.sql(), QStringLiteral("SELECT prev_hash FROM case_events ORDER BY id LIMIT 1"))
              .toString() == QString(64, QLatin1Char('0')));
    CHECK(scalar(desk.sql(), QStringLiteral("SELECT count(*) FROM case_events e WHERE e.id > (SELECT min(id) "
                                            "FROM case_events) AND e.prev_hash <> (SELECT p.hash FROM "
                                            "case_events p WHERE p.id < e.id ORDER BY p.id DESC LIMIT 1)"))
              .toInt() == 0);
    CHECK(report.headHash ==
          scalar(desk.sql(), QStringLiteral("SELECT hash FROM case_events ORDER BY id DESC LIMIT 1"))
              .toString());

    // The hash is the one of the canonical form, reproduced here by hand for
    // the first event: id 1, the case, the time, the actor, kind, field.
    AuditChain::Entry first;
    first.id = 1;
    first.caseId = a;
    first.at = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    first.actorId = desk.rep.id;
    first.kind = QStringLiteral("created");
    first.field = QStringLiteral("status");
    first.payloadDigest = AuditChain::payloadDigest({{}, QStringLiteral("new"), {}});
    first.prevHash = QString(64, QLatin1Char('0'));
    const QByteArray prefix = QByteArray("redress-audit-1\n1:1,1:") + QByteArray::number(a) + ',';
    CHECK(AuditChain::canonical(first).startsWith(prefix));
    CHECK(AuditChain::hash(first) ==
          scalar(desk.sql(), QStringLiteral("SELECT hash FROM case_events WHERE id = 1")).toString());
    // Length prefixes keep neighbouring fields apart.
    CHECK(AuditChain::payloadDigest({QStringLiteral("ab"), QStringLiteral("c"), {}}) !=
          AuditChain::payloadDigest({QStringLiteral("a"), QStringLiteral("bc"), {}}));
}

TEST_CASE("The bulk writers seal what they write", "[audit][sqlite-only]")
{
    Desk desk;
    DemoGenerator::Options options;
    options.cases = 40;
    options.now = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    auto demo = DemoGenerator(desk.store.db()).generate(options);
    INFO(describe(demo));
    REQUIRE(demo.has_value());
    auto report = desk.verify();
    CHECK_FALSE(report.broken.has_value());
    CHECK(report.checked == count(desk.sql(), QStringLiteral("case_events")));
    const qint64 before = report.checked;

    // A new matrix re-derives open cases' priorities in one statement.
    PriorityRepository priorities(desk.store.db());
    auto matrix = priorities.matrix();
    REQUIRE(matrix.has_value());
    for (Severity s : allSeverities()) {
        for (BusinessImpact i : allImpacts())
            matrix->set(s, i, Priority::Urgent);
    }
    const User lead =
        makeUser(desk.store.db(), QStringLiteral("lee"), QStringLiteral("Lee Lead"), Role::Lead);
    auto set = priorities.setMatrix(lead, *matrix);
    INFO(describe(set));
    REQUIRE(set.has_value());
    report = desk.verify();
    CHECK_FALSE(report.broken.has_value());
    CHECK(report.checked > before);
    const qint64 afterMatrix = report.checked;

    // An import writes its cases' events with prepared statements of its own.
    const QString path = desk.store.filePath(QStringLiteral("cases.csv"));
    {
        QFile csv(path);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write("Reference,Opened,Customer,Company,Email,Product,Channel,Severity,Impact,Status,Owner,"
                  "Root cause,Apology sent,Solution,Gestures,Gesture cost,Promise kept,Resolved,Closed,"
                  "Description\r\n"
                  "RD-900001,2026-01-02,Ann Example,,,Kettle,,,,,,,,,,,,,,It whistles\r\n"
                  "RD-900002,2026-01-03,Bo Example,,,Kettle,,,,,,,,,,,,,,It leaks\r\n");
    }
    auto imported = CaseImporter(desk.store.db(), desk.rep).run(path, ImportOptions{});
    INFO(describe(imported));
    REQUIRE(imported.has_value());
    CHECK(imported->imported == 2);
    report = desk.verify();
    CHECK_FALSE(report.broken.has_value());
    CHECK(report.checked > afterMatrix);
    CHECK(report.checked == count(desk.sql(), QStringLiteral("case_events")));
}

TEST_CASE("Events sealed as they are written link into the chain as seal() would", "[audit][sqlite-only]")
{
    Desk desk;
    const qint64 caseId = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(caseId, QStringLiteral("Customer called twice."));
    CaseWriter::EventRow row;
    row.caseId = caseId;
    row.at = 1772442000000;
    row.actorId = desk.rep.id;
    row.kind = QStringLiteral("note");
    row.note = QStringLiteral("Written before the appender starts");
    const auto what = [] { return QStringLiteral("writing the test events"); };
    {
        Transaction tx(desk.sql());
        REQUIRE(tx.begun().has_value());
        CaseWriter writer(desk.sql(), sql::Statement::Engine::Direct);
        // One event left unsealed: starting seals it first.
        REQUIRE(writer.addEvent(row, what).has_value());
        auto chain = AuditChain::Appender::start(desk.sql());
        INFO(describe(chain));
        REQUIRE(chain.has_value());
        CHECK(scalar(desk.sql(), QStringLiteral("SELECT count(*) FROM case_events WHERE hash IS NULL"))
                  .toInt() == 0);
        for (int i = 0; i < 3; ++i) {
            row.at += 1000;
            row.actorId = i == 1 ? 0 : desk.rep.id;
            row.note = QStringLiteral("Note %1, with ünïcode").arg(i);
            const auto& link = chain->next(row.caseId, row.at, row.actorId, row.kind, row.field,
                                           {row.oldValue, row.newValue, row.note});
            REQUIRE(writer.addSealedEvent(row, link, what).has_value());
        }
        REQUIRE(tx.commit().has_value());
    }
    // verify() recomputes every digest and hash the way seal() writes them.
    auto report = desk.verify();
    CHECK_FALSE(report.broken.has_value());
    CHECK(report.checked == count(desk.sql(), QStringLiteral("case_events")));
    CHECK(scalar(desk.sql(), QStringLiteral("SELECT count(*) FROM case_events WHERE note LIKE 'Note %'"))
              .toInt() == 3);
    // Nothing was left for seal() to do.
    auto sealed = AuditChain::seal(desk.sql());
    REQUIRE(sealed.has_value());
    CHECK(*sealed == 0);
}

TEST_CASE("Tampering around Redress is found at the event it touched", "[audit][sqlite-only]")
{
    Desk desk;
    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(a, QStringLiteral("Customer called twice."));
    desk.note(a, QStringLiteral("Loan unit delivered."));
    desk.ordinaryTraffic(2);
    REQUIRE_FALSE(desk.verify().broken.has_value());
    const qint64 noteId = desk.eventAt(a, 1);
    const qint64 nextId = desk.eventAt(a, 2);
    const qint64 last = scalar(desk.sql(), QStringLiteral("SELECT max(id) FROM case_events")).toLongLong();

    RawConnection raw(desk.store.path());
    REQUIRE(raw.isOpen());
    std::optional<AuditChain::Break> expected;

    SECTION("a note rewritten")
    {
        dropTriggers(raw.db());
        exec(raw.db(), QStringLiteral("UPDATE case_events SET note = 'Customer never called.' WHERE id = %1")
                           .arg(noteId));
        expected = AuditChain::Break{noteId, a, Problem::PayloadAltered};
    }
    SECTION("an event deleted")
    {
        dropTriggers(raw.db());
        exec(raw.db(), QStringLiteral("DELETE FROM case_events WHERE id = %1").arg(noteId));
        expected = AuditChain::Break{nextId, a, Problem::PrevLinkMismatch};
    }
    SECTION("a hash replaced")
    {
        dropTriggers(raw.db());
        exec(raw.db(), QStringLiteral("UPDATE case_events SET hash = '%1' WHERE id = %2")
                           .arg(QString(64, QLatin1Char('f')))
                           .arg(noteId));
        expected = AuditChain::Break{noteId, a, Problem::HashMismatch};
    }
    SECTION("a time moved")
    {
        dropTriggers(raw.db());
        exec(raw.db(), QStringLiteral("UPDATE case_events SET at = at - 86400000 WHERE id = %1").arg(noteId));
        expected = AuditChain::Break{noteId, a, Problem::HashMismatch};
    }
    SECTION("an event added without a hash")
    {
        exec(raw.db(), QStringLiteral("INSERT INTO case_events (case_id, at, kind, note) VALUES (%1, 0, "
                                      "'note', 'backdated')")
                           .arg(a));
        expected = AuditChain::Break{last + 1, a, Problem::Unsealed};
    }
    SECTION("an event marked erased with the triggers in place")
    {
        // Without an erasure in the register the trigger refuses it (v13).
        CHECK_FALSE(execError(raw.db(), QStringLiteral("UPDATE case_events SET note = '[erased]', "
                                                       "redacted_by = %1 WHERE id = %2")
                                            .arg(last)
                                            .arg(noteId))
                        .isEmpty());
    }
    SECTION("the triggers still refuse a plain edit")
    {
        CHECK_FALSE(
            execError(raw.db(), QStringLiteral("UPDATE case_events SET note = 'x' WHERE id = %1").arg(noteId))
                .isEmpty());
        CHECK_FALSE(execError(raw.db(), QStringLiteral("DELETE FROM case_events WHERE id = %1").arg(noteId))
                        .isEmpty());
        CHECK_FALSE(execError(raw.db(),
                              QStringLiteral("UPDATE case_events SET hash = NULL WHERE id = %1").arg(noteId))
                        .isEmpty());
    }
    const auto report = desk.verify();
    if (!expected) {
        CHECK_FALSE(report.broken.has_value());
        return;
    }
    REQUIRE(report.broken.has_value());
    CHECK(report.broken->eventId == expected->eventId);
    CHECK(report.broken->caseId == expected->caseId);
    CHECK(report.broken->problem == expected->problem);
}

namespace {

// Lets the store's own connection update and delete events, as someone with
// the database's shell would (SQLite: drop the triggers; PostgreSQL: switch
// off the append-only trigger).
void allowTampering(const QSqlDatabase& db)
{
    if (onPostgres()) {
        exec(db, QStringLiteral("ALTER TABLE case_events DISABLE TRIGGER case_events_append_only"));
        return;
    }
    dropTriggers(db);
}

AuditChain::Report verifySinceHead(const Desk& desk)
{
    auto report = AuditChain::verifySinceHead(desk.sql());
    INFO(describe(report));
    REQUIRE(report.has_value());
    return *report;
}

AuditChain::Head rememberedHead(const Desk& desk)
{
    auto head = AuditChain::head(desk.sql());
    INFO(describe(head));
    REQUIRE(head.has_value());
    REQUIRE(head->has_value());
    return **head;
}

qint64 lastEventId(const Desk& desk)
{
    return scalar(desk.sql(), QStringLiteral("SELECT max(id) FROM case_events")).toLongLong();
}

} // namespace

TEST_CASE("Opening reads only the events after the verified head", "[audit][head]")
{
    Desk desk;
    desk.ordinaryTraffic(2);
    // No head yet: the first check reads the whole chain and remembers where it ended.
    auto report = verifySinceHead(desk);
    CHECK_FALSE(report.broken.has_value());
    CHECK_FALSE(report.sinceHead);
    CHECK_FALSE(report.fullCheckDue);
    const qint64 events = count(desk.sql(), QStringLiteral("case_events"));
    CHECK(report.checked == events);
    CHECK(report.read == events);
    AuditChain::Head head = rememberedHead(desk);
    CHECK(head.eventId == lastEventId(desk));
    CHECK(head.hash == report.headHash);
    CHECK(head.entries == events);
    CHECK(head.fullAt == desk.clock.now());
    CHECK(head.verifiedAt == desk.clock.now());

    // Nothing new: the head event alone is read.
    report = verifySinceHead(desk);
    CHECK_FALSE(report.broken.has_value());
    CHECK(report.sinceHead);
    CHECK(report.read == 1);
    CHECK(report.checked == events);
    CHECK(report.headHash == head.hash);

    // Appends are read from the head on, chained from it, and move the head.
    desk.ordinaryTraffic(1);
    const qint64 added = count(desk.sql(), QStringLiteral("case_events")) - events;
    REQUIRE(added > 0);
    report = verifySinceHead(desk);
    CHECK_FALSE(report.broken.has_value());
    CHECK(report.sinceHead);
    CHECK(report.read == added + 1);
    CHECK(report.checked == events + added);
    const AuditChain::Report full = desk.verify();
    CHECK(report.headHash == full.headHash);
    CHECK(report.checked == full.checked);
    head = rememberedHead(desk);
    CHECK(head.eventId == lastEventId(desk));
    CHECK(head.entries == events + added);

    // The full check is due a week after the last one ended intact.
    desk.clock.advanceSecs(6 * 24 * 3600);
    CHECK_FALSE(verifySinceHead(desk).fullCheckDue);
    desk.clock.advanceSecs(24 * 3600);
    CHECK(verifySinceHead(desk).fullCheckDue);
    CHECK_FALSE(desk.verify().broken.has_value());
    CHECK_FALSE(verifySinceHead(desk).fullCheckDue);
    CHECK(rememberedHead(desk).fullAt == desk.clock.now());
}

TEST_CASE("The check from the head reports a break as the full check does", "[audit][head]")
{
    Desk desk;
    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(a, QStringLiteral("Customer called twice."));
    desk.ordinaryTraffic(1);
    REQUIRE_FALSE(desk.verify().broken.has_value());
    const AuditChain::Head verified = rememberedHead(desk);
    const qint64 before = desk.eventAt(a, 1);
    desk.note(a, QStringLiteral("Loan unit delivered."));
    desk.note(a, QStringLiteral("Customer satisfied."));
    const qint64 after = desk.eventAt(a, 2);
    REQUIRE(after > verified.eventId);
    allowTampering(desk.sql());

    std::optional<AuditChain::Break> expected;
    SECTION("an event after the head rewritten")
    {
        exec(desk.sql(),
             QStringLiteral("UPDATE case_events SET note = 'Nothing delivered.' WHERE id = %1").arg(after));
        expected = AuditChain::Break{after, a, Problem::PayloadAltered};
    }
    SECTION("an event after the head given another hash")
    {
        exec(desk.sql(), QStringLiteral("UPDATE case_events SET hash = '%1' WHERE id = %2")
                             .arg(QString(64, QLatin1Char('e')))
                             .arg(after));
        expected = AuditChain::Break{after, a, Problem::HashMismatch};
    }
    SECTION("the head event rewritten")
    {
        exec(desk.sql(),
             QStringLiteral("UPDATE case_events SET at = at + 1 WHERE id = %1").arg(verified.eventId));
        expected = AuditChain::Break{verified.eventId, verified.caseId, Problem::HashMismatch};
    }
    SECTION("the newest events deleted, the head with them")
    {
        exec(desk.sql(), QStringLiteral("DELETE FROM case_events WHERE id >= %1").arg(verified.eventId));
        expected = AuditChain::Break{verified.eventId, verified.caseId, Problem::Missing};
    }
    SECTION("the chain rewritten from before the head, every later hash recomputed")
    {
        // What only the remembered head can tell: the chain is whole again,
        // but the head event no longer carries the hash that was verified.
        exec(desk.sql(), QStringLiteral("UPDATE case_events SET at = at + 1 WHERE id = %1").arg(before));
        const QList<qint64> ids = idList(
            desk.sql(), QStringLiteral("SELECT id FROM case_events WHERE id >= ? ORDER BY id"), {before});
        QString prev =
            scalar(desk.sql(), QStringLiteral("SELECT prev_hash FROM case_events WHERE id = ?"), {before})
                .toString();
        for (qint64 id : ids) {
            auto q = desk.sql().exec(
                QStringLiteral("SELECT case_id, at, actor_id, kind, field, payload_digest FROM case_events "
                               "WHERE id = %1")
                    .arg(id));
            REQUIRE(q.next());
            AuditChain::Entry e{id,
                                q.value(0).toLongLong(),
                                q.value(1).toLongLong(),
                                q.value(2).isNull() ? 0 : q.value(2).toLongLong(),
                                q.value(3).toString(),
                                q.value(4).toString(),
                                q.value(5).toString(),
                                prev};
            prev = AuditChain::hash(e);
            exec(desk.sql(),
                 QStringLiteral("UPDATE case_events SET prev_hash = '%1', hash = '%2' WHERE id = %3")
                     .arg(e.prevHash, prev)
                     .arg(id));
        }
        expected = AuditChain::Break{verified.eventId, verified.caseId, Problem::HashMismatch};
    }
    const AuditChain::Report since = verifySinceHead(desk);
    const AuditChain::Report full = desk.verify();
    REQUIRE(full.broken.has_value());
    CHECK(full.broken->eventId == expected->eventId);
    CHECK(full.broken->caseId == expected->caseId);
    CHECK(full.broken->problem == expected->problem);
    REQUIRE(since.broken.has_value());
    CHECK(since.broken->eventId == full.broken->eventId);
    CHECK(since.broken->caseId == full.broken->caseId);
    CHECK(since.broken->problem == full.broken->problem);
    CHECK(since.checked == full.checked);
    // A broken check leaves the head where the last intact one put it.
    const AuditChain::Head head = rememberedHead(desk);
    CHECK(head.eventId == verified.eventId);
    CHECK(head.hash == verified.hash);
    CHECK(head.entries == verified.entries);
}

TEST_CASE("An older event rewritten in place is the full check's to find", "[audit][head]")
{
    Desk desk;
    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(a, QStringLiteral("Customer called twice."));
    desk.ordinaryTraffic(1);
    REQUIRE_FALSE(desk.verify().broken.has_value());
    const qint64 old = desk.eventAt(a, 1);
    allowTampering(desk.sql());
    exec(desk.sql(),
         QStringLiteral("UPDATE case_events SET note = 'Customer never called.' WHERE id = %1").arg(old));
    // The check at opening does not read it (that is why a full check runs
    // every week); the full one does.
    CHECK_FALSE(verifySinceHead(desk).broken.has_value());
    const AuditChain::Report full = desk.verify();
    REQUIRE(full.broken.has_value());
    CHECK(full.broken->eventId == old);
    CHECK(full.broken->problem == Problem::PayloadAltered);
}

TEST_CASE("verify-audit exits 0 on an intact log and 1 naming the first broken entry",
          "[audit][cli][sqlite-only]")
{
    Desk desk;
    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(a, QStringLiteral("Customer called twice."));
    const qint64 events = count(desk.sql(), QStringLiteral("case_events"));
    const QString head =
        scalar(desk.sql(), QStringLiteral("SELECT hash FROM case_events ORDER BY id DESC LIMIT 1"))
            .toString();

    CliRun r = cli({QStringLiteral("verify-audit"), QStringLiteral("--db"), desk.store.path()});
    INFO(show(r));
    CHECK(r.code == 0);
    CHECK(r.out ==
          QStringLiteral("audit log intact: %1 entries checked\nhead: %2 %3\n")
              .arg(events)
              .arg(scalar(desk.sql(), QStringLiteral("SELECT max(id) FROM case_events")).toLongLong())
              .arg(head));
    CHECK(r.err.isEmpty());

    const qint64 noteId = desk.eventAt(a, 1);
    {
        RawConnection raw(desk.store.path());
        dropTriggers(raw.db());
        exec(raw.db(),
             QStringLiteral("UPDATE case_events SET note = 'nothing happened' WHERE id = %1").arg(noteId));
    }
    r = cli({QStringLiteral("verify-audit"), QStringLiteral("--db"), desk.store.path()});
    INFO(show(r));
    CHECK(r.code == 1);
    CHECK(r.out == QStringLiteral("audit log broken at event %1 (case %2): its text was altered\n")
                       .arg(noteId)
                       .arg(referenceFor(a)));

    // A store that does not exist is an error, not a new empty log.
    r = cli({QStringLiteral("verify-audit"), QStringLiteral("--db"),
             desk.store.filePath(QStringLiteral("no.sqlite"))});
    CHECK(r.code == 1);
    CHECK_FALSE(QFile::exists(desk.store.filePath(QStringLiteral("no.sqlite"))));
}

TEST_CASE("Upgrading a version 8 store seals its timeline into the chain", "[audit][migration][sqlite-only]")
{
    // No older store is kept as a fixture, so one is made by taking version
    // 9 off a fresh store: its columns, index, table and trigger, and the
    // version number (and what versions 11 to 15 added after it).
    TempStore store;
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    DemoGenerator::Options options;
    options.cases = 30;
    options.now = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    REQUIRE(DemoGenerator(store.db()).generate(options).has_value());
    const auto sealed = AuditChain::verify(store.db().connection());
    REQUIRE(sealed.has_value());
    REQUIRE_FALSE(sealed->broken.has_value());
    const qint64 events = count(store.db().connection(), QStringLiteral("case_events"));
    REQUIRE(events > 30);
    store.db().closeAll();
    {
        RawConnection raw(store.path());
        for (const char* statement :
             {"DROP TRIGGER case_events_no_update",
              "CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events BEGIN SELECT RAISE(ABORT, "
              "'case events are append-only'); END",
              "DROP INDEX case_events_unsealed", "DROP INDEX erasures_by_customer", "DROP TABLE erasures",
              "ALTER TABLE case_events DROP COLUMN payload_digest",
              "ALTER TABLE case_events DROP COLUMN prev_hash", "ALTER TABLE case_events DROP COLUMN hash",
              "ALTER TABLE case_events DROP COLUMN redacted_by", "DROP TABLE audit_head",
              "DROP INDEX cases_awaiting_by_owner", "DROP INDEX cases_open_by_level",
              // Version 12's summaries, so the upgrade can add them again.
              "DROP TRIGGER cases_day_totals_insert", "DROP TRIGGER cases_day_totals_update",
              "DROP TRIGGER cases_day_totals_delete", "DROP TRIGGER follow_ups_days_insert",
              "DROP TRIGGER follow_ups_days_update", "DROP TRIGGER follow_ups_days_delete",
              "DROP TRIGGER cases_customer_scores", "DROP TABLE case_day_totals", "DROP TABLE follow_up_days",
              "DROP TABLE customer_scores", "DROP INDEX customers_by_top_score",
              "ALTER TABLE customers DROP COLUMN top_score",
              // Version 13's columns of drafts.
              "ALTER TABLE drafts DROP COLUMN case_id", "ALTER TABLE drafts DROP COLUMN customer_id",
              // Version 14's desk passwords.
              "ALTER TABLE users DROP COLUMN password_hash",
              // Version 17 (its widened channel CHECK stays: it allows what v8 did).
              "DROP TABLE problem_notices", "DROP TABLE surveys", "DROP TABLE team_settings",
              "DROP TABLE saved_views", "DROP TABLE case_links", "DROP INDEX cases_by_external_id",
              "ALTER TABLE cases DROP COLUMN external_id", "ALTER TABLE cases DROP COLUMN merged_into",
              "ALTER TABLE cases DROP COLUMN second_failure_of", "ALTER TABLE customers DROP COLUMN merged_into",
              "ALTER TABLE customers DROP COLUMN no_contact_at", "ALTER TABLE customers DROP COLUMN language",
              "ALTER TABLE follow_ups DROP COLUMN source",
              // Version 16.
              "DROP TABLE message_search", "DROP TABLE mail_attachments", "DROP TABLE mail_messages", "DROP TABLE mail_folders",
              "DROP TABLE mail_account", "DROP INDEX customers_by_email", "PRAGMA user_version = 8"})
            exec(raw.db(), QString::fromLatin1(statement));
    }
    auto reopened = Database::open(store.path(), Database::OpenMode::OpenExisting);
    INFO(describe(reopened));
    REQUIRE(reopened.has_value());
    CHECK(reopened->schemaVersion() == Migrations::latest());
    const auto report = AuditChain::verify(reopened->connection());
    REQUIRE(report.has_value());
    CHECK_FALSE(report->broken.has_value());
    CHECK(report->checked == events);
    // The same events sealed in the same order give the same chain.
    CHECK(report->headHash == sealed->headHash);
    reopened->closeAll();
}

TEST_CASE("Erasure on request removes a customer's words everywhere and keeps the figures",
          "[audit][erasure][sqlite-only]")
{
    Desk desk;
    Customer who;
    who.name = QStringLiteral("Zxqvbrindle Quorthington");
    who.company = QStringLiteral("Plimbertex Holdings");
    who.email = QStringLiteral("zxq.quorth@flimbarrow.example");
    who.phone = QStringLiteral("+44 7700 900123");
    who.lifetimeValueCents = 480000;
    // Debian's SQLite overwrites deleted content by default; others do not.
    // Writing as they would leaves the old bytes of every earlier edit and
    // deletion in free space, which the erasure must scrub too.
    exec(desk.sql(), QStringLiteral("PRAGMA secure_delete = OFF"));
    auto made = CustomerRepository(desk.store.db()).create(who);
    REQUIRE(made.has_value());

    // An intake form for them, saved as a draft and then discarded: the
    // deleted row's bytes stay in the file's free space unless scrubbed.
    DraftRepository drafts(desk.store.db());
    QJsonObject form;
    form.insert(QStringLiteral("customer"), QStringLiteral("Zxqvbrindle Quorthington of Plimbertex"));
    form.insert(QStringLiteral("description"),
                QStringLiteral("The Gromphet is broken again, says Flumwaddle."));
    REQUIRE(drafts.save(QStringLiteral("sam"), QStringLiteral("intake"), form));
    desk.ordinaryTraffic(4);
    REQUIRE(drafts.remove(QStringLiteral("sam"), QStringLiteral("intake")));
    const qint64 a =
        desk.newCase(made->id, QStringLiteral("Zxqvbrindle says the pump leaked on the Gromphet."));
    desk.note(a,
              QStringLiteral("Spoke with Zxqvbrindle Quorthington; Flumwaddle at the front desk was rude."));
    CaseEdit edit;
    edit.description = QStringLiteral("Zxqvbrindle: the Gromphet valve cracked, pump leaks.");
    REQUIRE(desk.cases.update(a, edit).has_value());
    RecoveryRepository recovery(desk.store.db(), desk.rep);
    REQUIRE(recovery.recordApology(a, QStringLiteral("Dear Zxqvbrindle, we are sorry about the Gromphet."),
                                   Channel::Email));
    REQUIRE(recovery.recordSolution(a, QStringLiteral("Valve replaced."),
                                    QStringLiteral("Zxqvbrindle wants the Gromphet back by Friday.")));
    auto gesture = recovery.giveGesture(a, 1, 2500, QStringLiteral("For Zxqvbrindle's trouble"));
    INFO(describe(gesture));
    REQUIRE(gesture.has_value());
    const qint64 b =
        desk.newCase(made->id, QStringLiteral("Second complaint from Quorthington at Plimbertex."));
    desk.note(b, QStringLiteral("Flumwaddle apologised by phone, 7700 900123."));
    desk.ordinaryTraffic(4);

    const QString facts = QStringLiteral(
        "SELECT id, customer_id, product_id, channel, severity, impact, priority, status, opened_at, "
        "resolved_at, closed_at, root_cause_id, compensation_cents FROM cases ORDER BY id");
    const QByteArray factsBefore = queryDigest(desk.sql(), facts);
    const qint64 casesBefore = count(desk.sql(), QStringLiteral("cases"));
    const qint64 eventsBefore = count(desk.sql(), QStringLiteral("case_events"));
    const qint64 compensation =
        scalar(desk.sql(), QStringLiteral("SELECT sum(compensation_cents) FROM cases")).toLongLong();
    CHECK(compensation == 2500);
    const QString everything = QStringLiteral(
        "SELECT 'customer', id, name, company, email, phone FROM customers UNION ALL SELECT 'case', id, "
        "description, customer_name, company, row_version FROM cases UNION ALL SELECT 'event', id, "
        "old_value, "
        "new_value, note, redacted_by FROM case_events ORDER BY 1, 2");
    const QByteArray allBefore = queryDigest(desk.sql(), everything);

    // The words are really in the files (the store or its log) before, or
    // the check after proves nothing.
    CHECK_FALSE(occurrences(desk.store.dirPath(), {QStringLiteral("Zxqvbrindle")}).isEmpty());

    SECTION("someone other than an administrator is refused and nothing changes")
    {
        auto refused = Erasure::eraseCustomer(desk.store.db(), made->id, desk.rep);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("administrator")));
        CHECK(queryDigest(desk.sql(), everything) == allBefore);
        CHECK(count(desk.sql(), QStringLiteral("case_events")) == eventsBefore);
        CHECK(count(desk.sql(), QStringLiteral("erasures")) == 0);
        // Sam proves who he is, and is refused as a rep.
        REQUIRE(UserRepository(desk.store.db())
                    .setPassword(desk.rep, desk.rep.id, QStringLiteral("sam's"))
                    .has_value());
        const CliRun r = cli({QStringLiteral("erase-customer"), QStringLiteral("--id"),
                              QString::number(made->id), QStringLiteral("--as"), QStringLiteral("sam"),
                              QStringLiteral("--password-stdin"), QStringLiteral("--db"), desk.store.path()},
                             QStringLiteral("sam's\n"));
        CHECK(r.code == 1);
        CHECK(queryDigest(desk.sql(), everything) == allBefore);
    }
    SECTION("an administrator erases")
    {
        auto erased = Erasure::eraseCustomer(desk.store.db(), made->id, desk.admin);
        INFO(describe(erased));
        REQUIRE(erased.has_value());
        CHECK(erased->cases == 2);
        // Case a: the description change, the note, apology, solution,
        // gesture; case b: the note.
        CHECK(erased->events == 6);
        CHECK(erased->logTruncated);
        CHECK(count(desk.sql(), QStringLiteral("erasures")) == 1);

        // The figures and facts are as they were; one erasure note per case.
        CHECK(queryDigest(desk.sql(), facts) == factsBefore);
        CHECK(count(desk.sql(), QStringLiteral("cases")) == casesBefore);
        CHECK(scalar(desk.sql(), QStringLiteral("SELECT sum(compensation_cents) FROM cases")).toLongLong() ==
              compensation);
        CHECK(count(desk.sql(), QStringLiteral("case_events")) == eventsBefore + 2);
        CHECK(scalar(desk.sql(), QStringLiteral("SELECT lifetime_value_cents FROM customers WHERE id = ?"),
                     {made->id})
                  .toLongLong() == 480000);
        CHECK(scalar(desk.sql(), QStringLiteral("SELECT name FROM customers WHERE id = ?"), {made->id})
                  .toString() == Erasure::marker());
        CHECK(scalar(desk.sql(), QStringLiteral("SELECT description FROM cases WHERE id = ?"), {a})
                  .toString() == Erasure::marker());

        // The chain still verifies, with the redacted events in it.
        const auto report = desk.verify();
        CHECK_FALSE(report.broken.has_value());
        CHECK(report.checked == eventsBefore + 2);

        // Search finds nothing of it.
        CaseListRepository list(desk.store.db());
        for (const QString& word : distinctive) {
            CaseListQuery q;
            q.filter.search = word;
            auto n = list.count(q);
            REQUIRE(n.has_value());
            CAPTURE(word);
            CHECK(*n == 0);
            const QString phrase = QLatin1Char('"') + word + QLatin1Char('"');
            CHECK(scalar(desk.sql(),
                         QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH ?"),
                         {phrase})
                      .toInt() == 0);
            CHECK(scalar(desk.sql(),
                         QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search MATCH ?"),
                         {phrase})
                      .toInt() == 0);
        }
        auto typeAhead = CustomerRepository(desk.store.db()).findByPrefix(QStringLiteral("Zxq"));
        REQUIRE(typeAhead.has_value());
        CHECK(typeAhead->isEmpty());
        // Other customers are still found.
        CaseListQuery other;
        other.filter.search = QStringLiteral("Customer");
        CHECK(*list.count(other) == 8);

        // And no file of the store holds the words any more.
        desk.store.db().closeAll();
        const QStringList left = occurrences(desk.store.dirPath(), distinctive);
        INFO(left.join(QStringLiteral("; ")).toStdString());
        CHECK(left.isEmpty());

        // Flipping the mark back outside Redress is found: the text no
        // longer matches the digest.
        const qint64 redacted =
            scalar(desk.sql(),
                   QStringLiteral("SELECT min(id) FROM case_events WHERE redacted_by IS NOT NULL"))
                .toLongLong();
        {
            RawConnection raw(desk.store.path());
            dropTriggers(raw.db());
            exec(raw.db(),
                 QStringLiteral("UPDATE case_events SET redacted_by = NULL WHERE id = %1").arg(redacted));
        }
        const auto tampered = desk.verify();
        REQUIRE(tampered.broken.has_value());
        CHECK(tampered.broken->eventId == redacted);
        CHECK(tampered.broken->problem == Problem::PayloadAltered);
    }
}

TEST_CASE("erase-customer checks its options and reports what it erased", "[audit][erasure][cli]")
{
    Desk desk;
    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(a, QStringLiteral("Grace called twice."));
    const qint64 customer =
        scalar(desk.sql(), QStringLiteral("SELECT customer_id FROM cases WHERE id = ?"), {a}).toLongLong();
    const QString db = desk.store.path();

    CliRun r = cli({QStringLiteral("erase-customer"), QStringLiteral("--id"), QString::number(customer),
                    QStringLiteral("--db"), db});
    CHECK(r.code == 2);
    r = cli({QStringLiteral("erase-customer"), QStringLiteral("--id"), QStringLiteral("x"),
             QStringLiteral("--as"), QStringLiteral("ada"), QStringLiteral("--db"), db});
    CHECK(r.code == 2);
    REQUIRE(UserRepository(desk.store.db())
                .setPassword(desk.admin, desk.admin.id, QStringLiteral("ada's"))
                .has_value());
    r = cli({QStringLiteral("erase-customer"), QStringLiteral("--id"), QString::number(customer),
             QStringLiteral("--as"), QStringLiteral("ada"), QStringLiteral("--password-stdin"),
             QStringLiteral("--db"), db},
            QStringLiteral("ada's\n"));
    INFO(show(r));
    CHECK(r.code == 0);
    // A server's log is its administrator's (Erasure::vacuumServer).
    CHECK(r.out == QStringLiteral("erased: customer %1\ncases: 1\nevents: 1\nlog truncated: %2\n")
                       .arg(customer)
                       .arg(onPostgres() ? QStringLiteral("no") : QStringLiteral("yes")));
    r = cli({QStringLiteral("verify-audit"), QStringLiteral("--db"), db});
    CHECK(r.code == 0);
    r = cli({QStringLiteral("--help")});
    CHECK(r.out.contains(QStringLiteral("erase-customer --id N --as LOGIN")));
    CHECK(r.out.contains(QStringLiteral("verify-audit")));
}

namespace {

// What a 30-line script does to rewrite history: every hash from `from` on
// computed again, so the chain is whole, and the store's own head moved to
// the new end, so it does not tell either.
void rechainFrom(const QSqlDatabase& db, qint64 from)
{
    const QList<qint64> ids =
        idList(db, QStringLiteral("SELECT id FROM case_events WHERE id >= ? ORDER BY id"), {from});
    QString prev =
        scalar(db, QStringLiteral("SELECT prev_hash FROM case_events WHERE id = ?"), {from}).toString();
    for (qint64 id : ids) {
        auto q =
            db.exec(QStringLiteral("SELECT case_id, at, actor_id, kind, field, old_value, new_value, note "
                                   "FROM case_events WHERE id = %1")
                        .arg(id));
        REQUIRE(q.next());
        const QString digest =
            AuditChain::payloadDigest({q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
        AuditChain::Entry e{id,
                            q.value(0).toLongLong(),
                            q.value(1).toLongLong(),
                            q.value(2).isNull() ? 0 : q.value(2).toLongLong(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            digest,
                            prev};
        q.finish();
        prev = AuditChain::hash(e);
        exec(db, QStringLiteral("UPDATE case_events SET payload_digest = '%1', prev_hash = '%2', hash = '%3' "
                                "WHERE id = %4")
                     .arg(digest, e.prevHash, prev)
                     .arg(id));
    }
    exec(db, QStringLiteral("DELETE FROM audit_head"));
}

AuditChain::Anchor anchorOf(const AuditChain::Report& report)
{
    REQUIRE(report.headId > 0);
    return AuditChain::Anchor{report.headId, report.headHash};
}

} // namespace

TEST_CASE("An anchor kept outside the store catches a re-chained rewrite and a truncation",
          "[audit][anchor][cli]")
{
    Desk desk;
    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(a, QStringLiteral("Customer called twice."));
    desk.ordinaryTraffic(2);
    const AuditChain::Report verified = desk.verify();
    REQUIRE_FALSE(verified.broken.has_value());
    const AuditChain::Anchor anchor = anchorOf(verified);
    CHECK(anchor.eventId == lastEventId(desk));
    CHECK(AuditChain::Anchor::parse(anchor.toString()) == anchor);

    // The CLI prints it and takes it back.
    CliRun r = cli({QStringLiteral("verify-audit"), QStringLiteral("--db"), desk.store.path()});
    INFO(show(r));
    REQUIRE(r.code == 0);
    CHECK(r.out.endsWith(QStringLiteral("head: %1 %2\n").arg(anchor.eventId).arg(anchor.hash)));
    const QString anchorArg = QStringLiteral("%1:%2").arg(anchor.eventId).arg(anchor.hash);
    r = cli({QStringLiteral("verify-audit"), QStringLiteral("--anchor"), anchorArg, QStringLiteral("--db"),
             desk.store.path()});
    INFO(show(r));
    CHECK(r.code == 0);
    r = cli({QStringLiteral("verify-audit"), QStringLiteral("--anchor"), QStringLiteral("12:nothex"),
             QStringLiteral("--db"), desk.store.path()});
    CHECK(r.code == 2);

    // Later appends are fine: the anchor is still in the chain.
    desk.note(a, QStringLiteral("Loan unit delivered."));
    const qint64 older = desk.eventAt(a, 1);
    allowTampering(desk.sql());

    SECTION("an older event rewritten and every later hash recomputed")
    {
        exec(desk.sql(),
             QStringLiteral("UPDATE case_events SET note = 'Customer never called.' WHERE id = %1")
                 .arg(older));
        rechainFrom(desk.sql(), older);
    }
    SECTION("the newest events deleted, the store's head with them")
    {
        exec(desk.sql(), QStringLiteral("DELETE FROM case_events WHERE id >= %1").arg(anchor.eventId - 1));
        exec(desk.sql(), QStringLiteral("DELETE FROM audit_head"));
    }
    // Without the anchor the store looks intact: that is the attack.
    CHECK_FALSE(desk.verify().broken.has_value());
    exec(desk.sql(), QStringLiteral("DELETE FROM audit_head"));

    auto full = AuditChain::verify(desk.sql(), {}, nullptr, anchor);
    REQUIRE(full.has_value());
    REQUIRE(full->broken.has_value());
    CHECK(full->broken->eventId == anchor.eventId);
    CHECK(full->broken->problem == Problem::AnchorMissing);

    // The check at opening, given the anchor, finds it too, whatever the
    // store's own head says.
    CHECK_FALSE(desk.verify().broken.has_value()); // a head for the rewritten chain
    auto since = AuditChain::verifySinceHead(desk.sql(), AuditChain::fullCheckEvery, nullptr, anchor);
    REQUIRE(since.has_value());
    REQUIRE(since->broken.has_value());
    CHECK(since->broken->problem == Problem::AnchorMissing);

    r = cli({QStringLiteral("verify-audit"), QStringLiteral("--anchor"), anchorArg, QStringLiteral("--db"),
             desk.store.path()});
    INFO(show(r));
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("anchor %1").arg(anchorArg)));
}

TEST_CASE("The check at opening starts from the anchor and reads on from it", "[audit][anchor]")
{
    Desk desk;
    desk.ordinaryTraffic(2);
    const AuditChain::Anchor anchor = anchorOf(desk.verify());
    desk.ordinaryTraffic(1);
    const qint64 added = lastEventId(desk) - anchor.eventId;
    REQUIRE(added > 0);
    auto since = AuditChain::verifySinceHead(desk.sql(), AuditChain::fullCheckEvery, nullptr, anchor);
    REQUIRE(since.has_value());
    CHECK_FALSE(since->broken.has_value());
    CHECK(since->sinceHead);
    CHECK(since->read == added + 1);
    CHECK(since->checked == count(desk.sql(), QStringLiteral("case_events")));
    CHECK(since->headId == lastEventId(desk));
}

namespace {

qint64 customerOf(const Desk& desk, qint64 caseId)
{
    return scalar(desk.sql(), QStringLiteral("SELECT customer_id FROM cases WHERE id = ?"), {caseId})
        .toLongLong();
}

// An event written as Redress writes one, sealed into the chain.
qint64 journal(const Desk& desk, qint64 caseId, CaseEvent::Kind kind, const QString& field,
               const QString& oldValue, const QString& newValue, const QString& note)
{
    Transaction tx(desk.sql());
    REQUIRE(tx.begun());
    auto id = CaseJournal::record(desk.sql(), caseId, desk.rep.id, kind, field, oldValue, newValue, note);
    INFO(describe(id));
    REQUIRE(id.has_value());
    REQUIRE(tx.commit());
    return *id;
}

} // namespace

TEST_CASE("Only the erasure path redacts: a forged erasure is refused by the trigger", "[audit][erasure]")
{
    Desk desk;
    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(a, QStringLiteral("Customer called twice."));
    const qint64 victim = desk.eventAt(a, 1);
    // A forged erasure note, written as any desk can write a note.
    const qint64 forged =
        journal(desk, a, CaseEvent::Kind::Note, QStringLiteral("erasure"), {}, QString::number(victim),
                QStringLiteral("Personal data erased on request."));
    const QString rewrite =
        QStringLiteral("UPDATE case_events SET note = '%1', redacted_by = %2 WHERE id = %3");

    // Any other text is refused, and so is the marker without an erasure
    // in the register, or with one made by someone who is no administrator.
    CHECK_FALSE(
        execError(desk.sql(), rewrite.arg(QStringLiteral("Customer never called.")).arg(forged).arg(victim))
            .isEmpty());
    CHECK_FALSE(execError(desk.sql(), rewrite.arg(Erasure::marker()).arg(forged).arg(victim)).isEmpty());
    exec(desk.sql(), QStringLiteral("INSERT INTO erasures (customer_id, erased_at, erased_by, cases, events) "
                                    "VALUES (%1, 0, %2, 0, 0)")
                         .arg(customerOf(desk, a))
                         .arg(desk.rep.id));
    CHECK_FALSE(execError(desk.sql(), rewrite.arg(Erasure::marker()).arg(forged).arg(victim)).isEmpty());
    CHECK(scalar(desk.sql(), QStringLiteral("SELECT note FROM case_events WHERE id = ?"), {victim})
              .toString() == QStringLiteral("Customer called twice."));
    CHECK_FALSE(desk.verify().broken.has_value());
}

TEST_CASE("verify-audit catches a marker without an erasure and text that is not the marker",
          "[audit][erasure][cli]")
{
    Desk desk;
    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(a, QStringLiteral("Customer called twice."));
    const qint64 victim = desk.eventAt(a, 1);
    std::optional<AuditChain::Break> expected;

    SECTION("a forged marker without an erasure record")
    {
        const qint64 forged =
            journal(desk, a, CaseEvent::Kind::Note, QStringLiteral("erasure"), {}, QString::number(victim),
                    QStringLiteral("Personal data erased on request."));
        allowTampering(desk.sql());
        exec(desk.sql(),
             QStringLiteral("UPDATE case_events SET note = '[erased]', redacted_by = %1 WHERE id = %2")
                 .arg(forged)
                 .arg(victim));
        expected = AuditChain::Break{victim, a, Problem::RedactionNotCovered};
    }
    SECTION("an erased event's text rewritten")
    {
        auto erased = Erasure::eraseCustomer(desk.store.db(), customerOf(desk, a), desk.admin);
        INFO(describe(erased));
        REQUIRE(erased.has_value());
        REQUIRE_FALSE(desk.verify().broken.has_value());
        allowTampering(desk.sql());
        exec(desk.sql(),
             QStringLiteral("UPDATE case_events SET note = 'Customer never called.' WHERE id = %1")
                 .arg(victim));
        expected = AuditChain::Break{victim, a, Problem::MarkerAltered};
    }
    const AuditChain::Report report = desk.verify();
    REQUIRE(report.broken.has_value());
    CHECK(report.broken->eventId == expected->eventId);
    CHECK(report.broken->problem == expected->problem);
    const CliRun r = cli({QStringLiteral("verify-audit"), QStringLiteral("--db"), desk.store.path()});
    INFO(show(r));
    CHECK(r.code == 1);
    CHECK(r.out.startsWith(QStringLiteral("audit log broken at event %1 ").arg(victim)));
}

TEST_CASE("Erasure clears the drafts of the customer's cases and every note of their events",
          "[audit][erasure]")
{
    Desk desk;
    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    const qint64 customer = customerOf(desk, a);
    const qint64 other = desk.newCase(0, QStringLiteral("Fan is loud."), QStringLiteral("Ivo Berg"));
    // Free-text notes on events that are facts otherwise: waiting, an
    // escalation, an obligation done.
    const qint64 waiting = journal(desk, a, CaseEvent::Kind::FieldChanged, QStringLiteral("waiting"), {},
                                   QStringLiteral("waiting"), QStringLiteral("Grace is on holiday in Oslo."));
    const qint64 escalation =
        journal(desk, a, CaseEvent::Kind::FieldChanged, QStringLiteral("escalation"), QStringLiteral("none"),
                QStringLiteral("lead"), QStringLiteral("Grace threatened to call the paper."));
    const qint64 obligation =
        journal(desk, a, CaseEvent::Kind::FieldChanged, QStringLiteral("obligation"), {},
                QStringLiteral("call"), QStringLiteral("Rang Grace on +47 555 0101."));
    const qint64 otherNote = journal(desk, other, CaseEvent::Kind::FieldChanged, QStringLiteral("waiting"),
                                     {}, QStringLiteral("waiting"), QStringLiteral("Ivo is away."));

    // Drafts that hold neither name nor address, found by id only.
    DraftRepository drafts(desk.store.db());
    QJsonObject edit;
    edit.insert(QStringLiteral("description"), QStringLiteral("It leaks at the seal."));
    REQUIRE(drafts.save(QStringLiteral("sam"), QStringLiteral("edit:%1").arg(a), edit,
                        DraftSubject{a, customer}));
    QJsonObject intake;
    intake.insert(QStringLiteral("description"), QStringLiteral("Second pump, same fault."));
    REQUIRE(drafts.save(QStringLiteral("sam"), QStringLiteral("intake"), intake, DraftSubject{0, customer}));
    REQUIRE(drafts.save(QStringLiteral("ada"), QStringLiteral("edit:%1").arg(other), edit,
                        DraftSubject{other, customerOf(desk, other)}));

    auto erased = Erasure::eraseCustomer(desk.store.db(), customer, desk.admin);
    INFO(describe(erased));
    REQUIRE(erased.has_value());

    CHECK(count(desk.sql(), QStringLiteral("drafts")) == 1);
    CHECK(scalar(desk.sql(), QStringLiteral("SELECT case_id FROM drafts")).toLongLong() == other);
    const auto event = [&](qint64 id) {
        auto q = desk.sql().exec(
            QStringLiteral("SELECT old_value, new_value, note FROM case_events WHERE id = %1").arg(id));
        REQUIRE(q.next());
        return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    };
    // The facts stay, the notes go.
    CHECK(event(waiting) == QStringList{QString(), QStringLiteral("waiting"), Erasure::marker()});
    CHECK(event(escalation) ==
          QStringList{QStringLiteral("none"), QStringLiteral("lead"), Erasure::marker()});
    CHECK(event(obligation) == QStringList{QString(), QStringLiteral("call"), Erasure::marker()});
    CHECK(event(otherNote) ==
          QStringList{QString(), QStringLiteral("waiting"), QStringLiteral("Ivo is away.")});
    CHECK(scalar(desk.sql(),
                 QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = ? AND note LIKE "
                                "'%Grace%'"),
                 {a})
              .toInt() == 0);
    CHECK_FALSE(desk.verify().broken.has_value());

    // The register holds who and when, nothing about the customer.
    auto records = Erasure::records(desk.sql());
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 1);
    CHECK(records->at(0).customerId == customer);
    CHECK(records->at(0).erasedBy == QStringLiteral("ada"));
    CHECK(Erasure::parseRegister(Erasure::registerText(*records)) == *records);
}

TEST_CASE("erase-customer and verify-audit work on either backend", "[audit][erasure][cli]")
{
    Desk desk;
    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(a, QStringLiteral("Grace called twice."));
    desk.ordinaryTraffic(1);
    const qint64 customer = customerOf(desk, a);
    REQUIRE(UserRepository(desk.store.db())
                .setPassword(desk.admin, desk.admin.id, QStringLiteral("ada's"))
                .has_value());
    CliRun r = cli({QStringLiteral("erase-customer"), QStringLiteral("--id"), QString::number(customer),
                    QStringLiteral("--as"), QStringLiteral("ada"), QStringLiteral("--password-stdin"),
                    QStringLiteral("--db"), desk.store.path()},
                   QStringLiteral("ada's\n"));
    INFO(show(r));
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("erased: customer %1\ncases: 1\nevents: 1\n").arg(customer)));
    r = cli({QStringLiteral("verify-audit"), QStringLiteral("--db"), desk.store.path()});
    INFO(show(r));
    CHECK(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("audit log intact: ")));
    CHECK(
        scalar(desk.sql(), QStringLiteral("SELECT note FROM case_events WHERE id = ?"), {desk.eventAt(a, 1)})
            .toString() == Erasure::marker());
}

TEST_CASE("A restored older backup has its erased customers erased again", "[audit][erasure][sqlite-only]")
{
    Desk desk;
    const qint64 a = desk.newCase(0, QStringLiteral("Pump leaks oil."), QStringLiteral("Grace Hansen"));
    desk.note(a, QStringLiteral("Grace called twice."));
    const qint64 customer = customerOf(desk, a);
    const QString backupPath = desk.store.filePath(QStringLiteral("backups/before.sqlite"));
    REQUIRE(QDir().mkpath(desk.store.filePath(QStringLiteral("backups"))));
    auto written = Backup::write(desk.store.db(), backupPath);
    INFO(describe(written));
    REQUIRE(written.has_value());

    // The sidecar holds the backup's head, 0600, beside it.
    auto sidecar = AuditChainSidecar::read(AuditChainSidecar::pathFor(backupPath));
    REQUIRE(sidecar.has_value());
    REQUIRE(sidecar->anchor.has_value());
    CHECK(sidecar->anchor->eventId == lastEventId(desk));
    CHECK(sidecar->erasures.isEmpty());
    CHECK(
        QFile(AuditChainSidecar::pathFor(backupPath)).permissions() ==
        (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    REQUIRE(Erasure::eraseCustomer(desk.store.db(), customer, desk.admin).has_value());
    auto register_ = Erasure::records(desk.sql());
    REQUIRE(register_.has_value());
    // A later backup adds the erasure to the folder's register.
    REQUIRE(Backup::write(desk.store.db(), desk.store.filePath(QStringLiteral("backups/after.sqlite"))));
    auto folder = AuditChainSidecar::readRegister(desk.store.filePath(QStringLiteral("backups")));
    REQUIRE(folder.has_value());
    CHECK(*folder == *register_);

    const QString path = desk.store.path();
    desk.store.db().closeAll();
    REQUIRE(Backup::restore(backupPath, path));
    auto reopened = Database::open(path, Database::OpenMode::OpenExisting);
    INFO(describe(reopened));
    REQUIRE(reopened.has_value());
    CHECK(
        scalar(reopened->connection(), QStringLiteral("SELECT name FROM customers WHERE id = ?"), {customer})
            .toString() == QStringLiteral("Grace Hansen"));
    // The restored chain reaches the head its sidecar noted.
    auto check = AuditChain::verify(reopened->connection(), {}, nullptr, sidecar->anchor);
    REQUIRE(check.has_value());
    CHECK_FALSE(check->broken.has_value());

    auto again = Erasure::reapply(*reopened, *folder, desk.rep);
    INFO(describe(again));
    REQUIRE(again.has_value());
    CHECK(*again == QList<qint64>{customer});
    CHECK(
        scalar(reopened->connection(), QStringLiteral("SELECT name FROM customers WHERE id = ?"), {customer})
            .toString() == Erasure::marker());
    // Once is enough.
    again = Erasure::reapply(*reopened, *folder, desk.rep);
    REQUIRE(again.has_value());
    CHECK(again->isEmpty());
    auto after = AuditChain::verify(reopened->connection());
    REQUIRE(after.has_value());
    CHECK_FALSE(after->broken.has_value());
    reopened->closeAll();
}
