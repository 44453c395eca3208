// Priority (issue 5): severity × business impact through a matrix leads
// can edit, with a stopped business an emergency whatever the table says.

#include "core/cases/Priority.h"
#include "core/demo/DemoGenerator.h"
#include "core/io/CaseExporter.h"
#include "core/io/CaseImporter.h"
#include "core/io/ExportColumns.h"
#include "core/store/CaseRepository.h"
#include "core/store/PriorityRepository.h"
#include "core/store/Schema.h"
#include "core/store/StoreCheck.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QBuffer>
#include <QFile>

using namespace redress::core;
using namespace redress::test;

namespace {

User mustUser(const Database& db, const QString& login, Role role)
{
    auto u = UserRepository(db).ensure(login, login);
    REQUIRE(u.has_value());
    if (role != Role::Rep) {
        // Tests need a lead without going through the admin's dialog.
        QSqlQuery q(db.connection());
        REQUIRE(q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE id = ?")));
        q.addBindValue(keyOf(role));
        q.addBindValue(u->id);
        REQUIRE(q.exec());
    }
    User user = *u;
    user.role = role;
    return user;
}

Case mustCreate(const Database& db, Severity severity, BusinessImpact impact, qint64 actor = 0)
{
    const NewCase intake =
        CaseBuilder().customer(QStringLiteral("Dana Dentist")).severity(severity).impact(impact).build();
    auto made = CaseRepository(db, actor).create(intake);
    INFO(describe(made));
    REQUIRE(made.has_value());
    return *made;
}

QList<CaseEvent> priorityEvents(const Database& db, qint64 id)
{
    auto events = CaseRepository(db, 0).timeline(id);
    REQUIRE(events.has_value());
    QList<CaseEvent> out;
    for (const CaseEvent& e : *events) {
        if (e.field == QStringLiteral("priority"))
            out << e;
    }
    return out;
}

QString storedPriority(const Database& db, qint64 id)
{
    return scalar(db.connection(), QStringLiteral("SELECT priority FROM cases WHERE id = %1").arg(id))
        .toString();
}

} // namespace

TEST_CASE("The default matrix rises with severity and impact", "[priority]")
{
    const PriorityMatrix m = PriorityMatrix::defaults();
    CHECK(m.of(Severity::Low, BusinessImpact::None) == Priority::Low);
    CHECK(m.of(Severity::Medium, BusinessImpact::None) == Priority::Normal);
    CHECK(m.of(Severity::High, BusinessImpact::Minor) == Priority::High);
    CHECK(m.of(Severity::Critical, BusinessImpact::Major) == Priority::Urgent);
    for (Severity s : allSeverities()) {
        for (BusinessImpact i : allImpacts()) {
            CAPTURE(static_cast<int>(s), static_cast<int>(i));
            if (i != BusinessImpact::Stopped) {
                CHECK(m.of(s, i) != Priority::Emergency);
                if (static_cast<int>(s) > 1)
                    CHECK(m.of(s, i) >= m.of(*severityFromInt(static_cast<int>(s) - 1), i));
            }
        }
    }
    CHECK(m.cells().size() == 16);
    for (Priority p : allPriorities()) {
        CHECK(priorityFromKey(keyOf(p)) == p);
        CHECK_FALSE(labelOf(p).isEmpty());
    }
    CHECK_FALSE(priorityFromKey(QStringLiteral("panic")).has_value());
}

TEST_CASE("A stopped business is an emergency whatever the table says", "[priority]")
{
    PriorityMatrix m = PriorityMatrix::defaults();
    for (Severity s : allSeverities())
        m.set(s, BusinessImpact::Stopped, Priority::Low);
    for (Severity s : allSeverities()) {
        CHECK(m.cell(s, BusinessImpact::Stopped) == Priority::Low);
        CHECK(m.of(s, BusinessImpact::Stopped) == Priority::Emergency);
    }
}

TEST_CASE("A matrix with a hole or a bad value is refused, naming the cell", "[priority]")
{
    QList<PriorityMatrix::Cell> cells = PriorityMatrix::defaults().cells();
    REQUIRE(PriorityMatrix::fromCells(cells) == PriorityMatrix::defaults());
    const QString cell = describeCell(3, 1);
    CHECK(cell == QStringLiteral("severity %1 × impact %2")
                      .arg(labelOf(Severity::High), labelOf(BusinessImpact::Minor)));

    SECTION("a hole")
    {
        cells.removeIf([](const PriorityMatrix::Cell& c) { return c.severity == 3 && c.impact == 1; });
        auto m = PriorityMatrix::fromCells(cells);
        REQUIRE_FALSE(m.has_value());
        CHECK(m.error().code == Error::Code::InvalidInput);
        CHECK(m.error().message.contains(cell));
    }
    SECTION("an unknown value")
    {
        for (auto& c : cells) {
            if (c.severity == 3 && c.impact == 1)
                c.priority = QStringLiteral("asap");
        }
        auto m = PriorityMatrix::fromCells(cells);
        REQUIRE_FALSE(m.has_value());
        CHECK(m.error().code == Error::Code::InvalidInput);
        CHECK(m.error().message.contains(cell));
        CHECK(m.error().message.contains(QStringLiteral("asap")));
    }
    SECTION("a cell outside the table")
    {
        cells << PriorityMatrix::Cell{5, 0, QStringLiteral("low")};
        auto m = PriorityMatrix::fromCells(cells);
        REQUIRE_FALSE(m.has_value());
        CHECK(m.error().code == Error::Code::InvalidInput);
    }
    SECTION("a hole in the store's table")
    {
        TempStore store;
        const QSqlDatabase db = store.db().connection();
        REQUIRE(QSqlQuery(db).exec(
            QStringLiteral("DELETE FROM priority_matrix WHERE severity = 3 AND impact = 1")));
        auto m = PriorityRepository(store.db()).matrix();
        REQUIRE_FALSE(m.has_value());
        CHECK(m.error().message.contains(cell));
    }
}

TEST_CASE("A new store holds the default matrix", "[priority]")
{
    TempStore store;
    auto m = PriorityRepository(store.db()).matrix();
    INFO(describe(m));
    REQUIRE(m.has_value());
    CHECK(*m == PriorityMatrix::defaults());
}

TEST_CASE("create() and update() derive the priority, update() records its change", "[priority]")
{
    TempStore store;
    const Case low = mustCreate(store.db(), Severity::Low, BusinessImpact::None);
    CHECK(low.priority == Priority::Low);
    CHECK(storedPriority(store.db(), low.id) == QStringLiteral("low"));
    CHECK(priorityEvents(store.db(), low.id).isEmpty());
    CHECK(mustCreate(store.db(), Severity::Low, BusinessImpact::Stopped).priority == Priority::Emergency);

    CaseRepository repo(store.db(), 0);
    CaseEdit edit;
    edit.severity = Severity::Critical;
    edit.impact = BusinessImpact::Major;
    auto changed = repo.update(low.id, edit);
    REQUIRE(changed.has_value());
    CHECK(changed->priority == Priority::Urgent);
    auto events = priorityEvents(store.db(), low.id);
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == CaseEvent::Kind::FieldChanged);
    CHECK(events[0].oldValue == QStringLiteral("low"));
    CHECK(events[0].newValue == QStringLiteral("urgent"));
    CHECK(displayEventValue(events[0].field, events[0].newValue) == labelOf(Priority::Urgent));

    // A severity change that keeps the priority adds no priority event.
    CaseEdit same;
    same.impact = BusinessImpact::Minor; // critical/minor is urgent too
    REQUIRE(repo.update(low.id, same).has_value());
    CHECK(priorityEvents(store.db(), low.id).size() == 1);

    // The store's matrix, not the defaults, decides.
    User lead = mustUser(store.db(), QStringLiteral("lead"), Role::Lead);
    PriorityMatrix m = PriorityMatrix::defaults();
    m.set(Severity::Medium, BusinessImpact::Minor, Priority::Urgent);
    REQUIRE(PriorityRepository(store.db()).setMatrix(lead, m).has_value());
    CHECK(mustCreate(store.db(), Severity::Medium, BusinessImpact::Minor).priority == Priority::Urgent);
}

TEST_CASE("setMatrix re-derives open cases only, with events, for leads only, all or nothing",
          "[priority][sqlite-only]")
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    TempStore store;
    const Database& db = store.db();
    const Case open = mustCreate(db, Severity::High, BusinessImpact::Minor);   // high
    const Case other = mustCreate(db, Severity::Low, BusinessImpact::None);    // low, unaffected
    const Case closed = mustCreate(db, Severity::High, BusinessImpact::Minor); // high, closed below
    const Case stopped = mustCreate(db, Severity::High, BusinessImpact::Stopped);
    // Close one directly: the recovery gates are not what is tested here.
    REQUIRE(QSqlQuery(db.connection())
                .exec(QStringLiteral("UPDATE cases SET status = 'closed' WHERE id = %1").arg(closed.id)));
    const qint64 eventsBefore = count(db.connection(), QStringLiteral("case_events"));

    PriorityMatrix m = PriorityMatrix::defaults();
    m.set(Severity::High, BusinessImpact::Minor, Priority::Urgent);
    m.set(Severity::High, BusinessImpact::Stopped, Priority::Low); // overruled by the rule

    SECTION("a rep may not")
    {
        const User rep = mustUser(db, QStringLiteral("rep"), Role::Rep);
        auto refused = PriorityRepository(db).setMatrix(rep, m);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::InvalidInput);
        CHECK(*PriorityRepository(db).matrix() == PriorityMatrix::defaults());
        CHECK(storedPriority(db, open.id) == QStringLiteral("high"));
    }
    SECTION("a lead may, and open cases follow")
    {
        const User lead = mustUser(db, QStringLiteral("lead"), Role::Lead);
        clock.advanceSecs(60);
        REQUIRE(PriorityRepository(db).setMatrix(lead, m).has_value());
        CHECK(*PriorityRepository(db).matrix() == m);

        auto now = CaseRepository(db, 0).get(open.id);
        REQUIRE(now.has_value());
        CHECK(now->priority == Priority::Urgent);
        CHECK(now->rowVersion == open.rowVersion + 1);
        CHECK(now->updatedAt == clock.now());
        auto events = priorityEvents(db, open.id);
        REQUIRE(events.size() == 1);
        CHECK(events[0].oldValue == QStringLiteral("high"));
        CHECK(events[0].newValue == QStringLiteral("urgent"));
        CHECK(events[0].note == QStringLiteral("priority matrix changed"));
        CHECK(events[0].actor == lead.displayName);

        CHECK(storedPriority(db, closed.id) == QStringLiteral("high"));
        CHECK(storedPriority(db, other.id) == QStringLiteral("low"));
        CHECK(storedPriority(db, stopped.id) == QStringLiteral("emergency"));
        CHECK(CaseRepository(db, 0).get(other.id)->rowVersion == other.rowVersion);
        CHECK(count(db.connection(), QStringLiteral("case_events")) == eventsBefore + 1);
        // The case closed by hand breaks other rules; none of priority.
        auto findings = StoreCheck(db).run();
        REQUIRE(findings.has_value());
        for (const auto& f : *findings)
            CHECK(f.check != QStringLiteral("priority"));
    }
    SECTION("a failure part-way changes nothing")
    {
        const User lead = mustUser(db, QStringLiteral("lead"), Role::Lead);
        // Make the case update fail after the matrix and the events were written.
        REQUIRE(QSqlQuery(db.connection())
                    .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE OF priority ON cases "
                                         "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        REQUIRE_FALSE(PriorityRepository(db).setMatrix(lead, m).has_value());
        CHECK(*PriorityRepository(db).matrix() == PriorityMatrix::defaults());
        CHECK(count(db.connection(), QStringLiteral("case_events")) == eventsBefore);
        CHECK(storedPriority(db, open.id) == QStringLiteral("high"));
    }
}

TEST_CASE("Migration v4's fill gives existing cases the matrix's priority", "[priority][sqlite-only]")
{
    TempStore store;
    const Database& db = store.db();
    const Case a = mustCreate(db, Severity::Critical, BusinessImpact::Major);
    const Case b = mustCreate(db, Severity::Low, BusinessImpact::Stopped);
    const Case c = mustCreate(db, Severity::Low, BusinessImpact::None);
    // Rows as v3 left them: the column's default, 'normal', for everyone.
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET priority = 'normal'")));
    REQUIRE(q.exec(schema::fillPriorities()));
    CHECK(storedPriority(db, a.id) == QStringLiteral("urgent"));
    CHECK(storedPriority(db, b.id) == QStringLiteral("emergency"));
    CHECK(storedPriority(db, c.id) == QStringLiteral("low"));
    CHECK(scalar(db.connection(),
                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'cases_by_priority'"))
              .toInt() == 1);
}

TEST_CASE("Demo, import, export and the store check know the priority", "[priority]")
{
    TempStore store;
    const Database& db = store.db();
    DemoGenerator::Options options;
    options.cases = 300;
    options.seed = 11;
    options.now = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    REQUIRE(DemoGenerator(db).generate(options).has_value());
    // Every demo case, closed ones too, has the default matrix's answer.
    QSqlQuery all(db.connection());
    REQUIRE(all.exec(QStringLiteral("SELECT severity, impact, priority FROM cases")));
    const PriorityMatrix defaults = PriorityMatrix::defaults();
    int seen = 0;
    int mismatched = 0;
    while (all.next()) {
        ++seen;
        const Priority expected =
            defaults.of(*severityFromInt(all.value(0).toInt()), *impactFromInt(all.value(1).toInt()));
        if (keyOf(expected) != all.value(2).toString())
            ++mismatched;
    }
    CHECK(seen == 300);
    CHECK(mismatched == 0);

    auto sound = StoreCheck(db).run();
    REQUIRE(sound.has_value());
    CHECK(sound->isEmpty());

    // Export: a default column right after severity, with the label.
    const QStringList keys = defaultExportColumnKeys();
    CHECK(keys.indexOf(QStringLiteral("priority")) == keys.indexOf(QStringLiteral("severity")) + 1);
    ExportOptions exportOptions;
    exportOptions.columns = {QStringLiteral("reference"), QStringLiteral("priority")};
    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(CaseExporter(db).write(exportOptions, out).has_value());
    const QString text = QString::fromUtf8(out.data());
    CHECK(text.startsWith(QStringLiteral("Reference,Priority\r\n")));
    const Case mine = mustCreate(db, Severity::Low, BusinessImpact::Stopped);
    out.close();
    out.setData(QByteArray());
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(CaseExporter(db).write(exportOptions, out).has_value());
    CHECK(QString::fromUtf8(out.data())
              .contains(mine.reference() + QLatin1Char(',') + labelOf(Priority::Emergency)));

    // Import: the store's matrix decides; a "Priority" column is ignored.
    QBuffer file;
    file.setData("Customer,Product,Opened,Description,Severity,Impact,Priority\r\n"
                 "Ann Lee,Kettle,2026-01-02,Broken,Critical,Major,Low\r\n");
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto actor = UserRepository(db).ensure(QStringLiteral("importer"), QStringLiteral("Ivy Importer"));
    REQUIRE(actor.has_value());
    auto report = CaseImporter(db, *actor).run(file, QStringLiteral("old.csv"), {});
    INFO(describe(report));
    REQUIRE(report.has_value());
    REQUIRE(report->imported == 1);
    CHECK(
        scalar(db.connection(), QStringLiteral("SELECT priority FROM cases WHERE customer_name = 'Ann Lee'"))
            .toString() == QStringLiteral("urgent"));

    // Tampering: an open case whose priority the matrix does not give.
    const qint64 openId =
        scalar(db.connection(), QStringLiteral("SELECT id FROM cases WHERE status <> 'closed' AND "
                                               "impact < 3 ORDER BY id LIMIT 1"))
            .toLongLong();
    REQUIRE(openId > 0);
    REQUIRE(QSqlQuery(db.connection())
                .exec(QStringLiteral("UPDATE cases SET priority = 'emergency' WHERE id = %1").arg(openId)));
    auto flagged = StoreCheck(db).run();
    REQUIRE(flagged.has_value());
    bool found = false;
    for (const auto& f : *flagged) {
        CHECK(f.check == QStringLiteral("priority"));
        if (f.problem.contains(referenceFor(openId)))
            found = true;
    }
    CHECK(found);
    CHECK(StoreCheck::names().contains(QStringLiteral("priority")));
}
