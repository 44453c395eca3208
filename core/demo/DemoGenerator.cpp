#include "core/demo/DemoGenerator.h"

#include "core/cases/Case.h"
#include "core/store/AuditChain.h"
#include "core/store/PriorityRepository.h"
#include "core/store/ProblemRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/Sql.h"
#include "core/store/StoreCopy.h"
#include "core/store/Transaction.h"
#include "core/store/UserRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <array>
#include <optional>
#include <random>

#include <sqlite3.h>

namespace redress::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("redress::core::DemoGenerator", text);
}

constexpr std::array firstNames{"Anna",  "Ben",   "Carla",  "Daniel", "Emma",  "Farid", "Grace",  "Hugo",
                                "Ines",  "Jonas", "Keiko",  "Liam",   "Maria", "Noah",  "Olga",   "Pedro",
                                "Quinn", "Rosa",  "Samir",  "Tara",   "Umar",  "Vera",  "Wei",    "Yusuf",
                                "Zoe",   "Aaron", "Bianca", "Chen",   "Dora",  "Elias", "Fatima", "Georg"};
constexpr std::array lastNames{"Andersen", "Baker",      "Costa",   "Dubois", "Eriksen",  "Fischer",
                               "García",   "Hansen",     "Ivanova", "Jensen", "Kowalski", "Larsen",
                               "Müller",   "Nakamura",   "O'Brien", "Petrov", "Quispe",   "Rossi",
                               "Schmidt",  "Tanaka",     "Ugarte",  "Varga",  "Weber",    "Xu",
                               "Yilmaz",   "Zimmermann", "Novak",   "Horvat"};
constexpr std::array companyHeads{
    "Northwind",  "Bright",   "Harbor",     "Summit",     "Clearwater", "Oakridge", "Lakeside", "Redwood",
    "Silverline", "Bluebird", "Greenfield", "Ironbridge", "Maple",      "Westgate", "Sunrise",  "Riverside"};
constexpr std::array companyTails{"Dental Practice", "Bakery", "Logistics",  "Clinic",
                                  "Print Shop",      "Hotel",  "Architects", "Garage",
                                  "Pharmacy",        "Café",   "Law Office", "Veterinary Surgery"};
constexpr std::array segments{"consumer", "small business", "key account"};

struct ProductSeed
{
    const char* name;
    const char* category;
};
constexpr std::array products{ProductSeed{"Vacuum pump VP-200", "Dental equipment"},
                              ProductSeed{"Suction unit S3", "Dental equipment"},
                              ProductSeed{"Espresso machine Barista One", "Kitchen"},
                              ProductSeed{"Dishwasher DW-45", "Kitchen"},
                              ProductSeed{"Laptop Aero 14", "Computers"},
                              ProductSeed{"Office printer LX-900", "Computers"},
                              ProductSeed{"Fibre broadband 500", "Connectivity"},
                              ProductSeed{"Mobile plan Unlimited", "Connectivity"},
                              ProductSeed{"Washing machine W8", "Laundry"},
                              ProductSeed{"Tumble dryer T7", "Laundry"},
                              ProductSeed{"Smart thermostat Nest-R", "Home"},
                              ProductSeed{"Alarm system Guard Pro", "Home"},
                              ProductSeed{"Same-day delivery", "Delivery"},
                              ProductSeed{"Standard parcel", "Delivery"},
                              ProductSeed{"Annual maintenance contract", "Service"},
                              ProductSeed{"On-site repair visit", "Service"},
                              ProductSeed{"Online banking app", "Software"},
                              ProductSeed{"Accounting suite Ledger", "Software"},
                              ProductSeed{"Office chair Ergo 3", "Furniture"},
                              ProductSeed{"Standing desk Rise", "Furniture"}};

constexpr std::array openers{
    "I am writing because",   "Third time I call:", "Honestly disappointed:", "Please help,",
    "Our practice is stuck:", "Not happy at all -", "Quick complaint:",       "As discussed on the phone,"};
constexpr std::array problems{"the unit stopped working after two weeks",
                              "it makes a loud grinding noise when started",
                              "the delivery arrived nine days late",
                              "the box was crushed and a part was missing",
                              "I was charged twice on my card",
                              "the invoice shows a service we never ordered",
                              "the technician did not turn up for the appointment",
                              "nobody called back although a call was promised",
                              "the replacement has the same fault",
                              "the screen flickers and then goes black",
                              "the connection drops every evening",
                              "water leaks from the bottom of the machine",
                              "the app logs me out and loses my transfer",
                              "the suction fails in the middle of treatment",
                              "the wrong model was installed",
                              "the warranty claim was refused without a reason",
                              "the support line kept me on hold for an hour",
                              "the manual is missing pages about setup"};
// The root cause behind each problem above, by its name in the default
// taxonomy, so the demo's Pareto chart has a shape worth looking at.
constexpr std::array problemCauses{"Pump or motor",      "Pump or motor",   "Late",
                                   "Damaged in transit", "Double charge",   "Wrong price",
                                   "Missed appointment", "No call back",    "Power supply",
                                   "Crash or freeze",    "Crash or freeze", "Leak or seal",
                                   "Lost data",          "Pump or motor",   "Wrong item",
                                   "Rude or unhelpful",  "Long wait",       "Missing instructions"};
static_assert(problemCauses.size() == problems.size());
// How often each problem comes up: a few causes make most complaints, as
// they do in the field, so the Pareto chart has its vital few.
constexpr std::array problemWeights{14, 6, 20, 5, 9, 3, 7, 12, 6, 4, 3, 16, 3, 5, 2, 2, 8, 4};
static_assert(problemWeights.size() == problems.size());
// The demo's corrective actions (see seedProblems): leaks fell to a fifth
// once new seals went in; the courier's extra vans changed nothing.
constexpr int leakProblem = 11;
constexpr int leakWeightAfterFix = 3;
constexpr qint64 leakFixDaysAgo = 150;
constexpr qint64 courierFixDaysAgo = 90;

/// One draw, as before weights existed, so the rest of a seed's stream
/// stays where it was.
template <typename D> int pickProblem(D& dice, bool leakFixed)
{
    int total = 0;
    for (size_t i = 0; i < problemWeights.size(); ++i)
        total += (leakFixed && static_cast<int>(i) == leakProblem) ? leakWeightAfterFix : problemWeights[i];
    int roll = dice.below(total);
    for (size_t i = 0; i < problemWeights.size(); ++i) {
        const int w =
            (leakFixed && static_cast<int>(i) == leakProblem) ? leakWeightAfterFix : problemWeights[i];
        if (roll < w)
            return static_cast<int>(i);
        roll -= w;
    }
    return 0;
}
constexpr std::array fixes{"Replaced the unit under warranty.",
                           "Sent an engineer who repaired it on site.",
                           "Refunded the charge in full.",
                           "Re-delivered the missing part by courier.",
                           "Corrected the invoice and confirmed in writing.",
                           "Rebooked the visit for the next morning.",
                           "Restored the account and the lost transfer."};
constexpr std::array wants{"A working machine by the end of the week.",
                           "My money back.",
                           "Someone to call me back when they say they will.",
                           "A replacement, not another repair.",
                           "An apology and the part I paid for.",
                           "To be able to work again tomorrow."};
constexpr std::array whyNotes{
    "The supplier changed the seal material.",    "The check at packing was skipped.",
    "The courier's depot was over capacity.",     "The call-back queue has no owner.",
    "Billing runs twice when a payment retries.", "The setup guide skips the first step."};

constexpr std::array consequences{"and we had to cancel patients for the day.",
                                  "so I lost a full working day.",
                                  "and I expect a refund.",
                                  "which is not what your advert promised.",
                                  "and I would like someone to finally fix it.",
                                  "and our customers are complaining to us now.",
                                  "so I am thinking about cancelling my contract.",
                                  "and I want to know what you will do about it.",
                                  "",
                                  "and this is the second time this year."};

constexpr std::array userSeeds{
    std::array{"sam.rivera", "Sam Rivera", "rep"},    std::array{"ana.lopez", "Ana López", "rep"},
    std::array{"tom.becker", "Tom Becker", "rep"},    std::array{"mei.lin", "Mei Lin", "rep"},
    std::array{"kofi.mensah", "Kofi Mensah", "rep"},  std::array{"julia.novak", "Julia Novak", "lead"},
    std::array{"omar.haddad", "Omar Haddad", "lead"}, std::array{"helen.park", "Helen Park", "executive"},
    std::array{"qiu.lan", "Qiu Lan", "quality"}};
constexpr size_t qualityUser = 8;

/// A small deterministic generator: the same seed gives the same store on
/// any machine (std:: distributions are allowed to differ between libraries).
class Dice
{
public:
    explicit Dice(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    int below(int n) { return static_cast<int>(m_engine() % static_cast<quint64>(n)); }
    qint64 below64(qint64 n) { return static_cast<qint64>(m_engine() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename A> auto pick(const A& items)
    {
        return items[static_cast<size_t>(below(static_cast<int>(items.size())))];
    }

private:
    std::mt19937_64 m_engine;
};

/// A prepared statement on the raw connection. The generator writes
/// millions of rows; the driver-level API with reused statements is several
/// times faster than a QSqlQuery per row, and values are still bound.
class Statement
{
public:
    Statement(sqlite3* db, const char* sqlText)
    {
        if (sqlite3_prepare_v3(db, sqlText, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    const QString& error() const { return m_error; }
    Statement& bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement& bind(int i, const QByteArray& v)
    {
        // Static binding without a copy: m_keep holds a reference to the
        // (implicitly shared) buffer until the step has read it.
        m_keep[static_cast<size_t>(i)] = v;
        sqlite3_bind_text(m_stmt, i, v.constData(), static_cast<int>(v.size()), SQLITE_STATIC);
        return *this;
    }
    Statement& bindNull(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    bool run(sqlite3* db)
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        return true;
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
    std::array<QByteArray, 32> m_keep;
};

struct Event
{
    const char* kind;
    const char* field;
    QByteArray oldValue;
    QByteArray newValue;
};

// The path a case took to reach `status`, as (from, to) status keys.
QList<std::pair<CaseStatus, CaseStatus>> pathTo(CaseStatus status)
{
    using S = CaseStatus;
    const QList<S> forward{S::New, S::Acknowledged, S::InRecovery, S::Resolved, S::FollowUp, S::Closed};
    QList<std::pair<S, S>> steps;
    const int end = status == S::Reopened ? static_cast<int>(forward.size()) - 1
                                          : static_cast<int>(forward.indexOf(status));
    for (int i = 1; i <= end; ++i)
        steps << std::pair{forward[i - 1], forward[i]};
    if (status == S::Reopened)
        steps << std::pair{S::Closed, S::Reopened};
    return steps;
}

// Older cases are mostly done; recent ones are still being worked.
CaseStatus statusForAge(Dice& dice, qint64 ageDays)
{
    using S = CaseStatus;
    const int r = dice.below(100);
    if (ageDays > 60) {
        if (r < 85)
            return S::Closed;
        if (r < 90)
            return S::FollowUp;
        if (r < 94)
            return S::Resolved;
        if (r < 97)
            return S::Reopened;
        return S::InRecovery;
    }
    if (ageDays > 7) {
        if (r < 40)
            return S::Closed;
        if (r < 55)
            return S::FollowUp;
        if (r < 70)
            return S::Resolved;
        if (r < 90)
            return S::InRecovery;
        if (r < 95)
            return S::Acknowledged;
        return S::Reopened;
    }
    if (r < 30)
        return S::New;
    if (r < 55)
        return S::Acknowledged;
    if (r < 85)
        return S::InRecovery;
    return S::Resolved;
}

constexpr qint64 bulkThreshold = 50000;

// Drops the secondary indexes of cases and their events and the triggers
// that feed the search index on insert; returns the SQL that recreates them,
// read from the schema itself so it cannot drift from the migrations.
Result<QStringList> setAsideIndexes(const QSqlDatabase& db)
{
    const QString what = tr("preparing the bulk load");
    auto q = sql::run(db,
                      QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                                     "((type = 'index' AND tbl_name IN ('cases', 'case_events', 'apologies', "
                                     "'gestures', 'analyses')) OR "
                                     "(type = 'trigger' AND name IN ('cases_search_insert', "
                                     "'customers_search_insert')))"),
                      what);
    if (!q)
        return std::unexpected(q.error());
    QStringList drops;
    QStringList creates;
    while (q->next()) {
        // Names come from the schema, not from input.
        drops << QStringLiteral("DROP %1 %2").arg(q->value(0).toString().toUpper(), q->value(1).toString());
        creates << q->value(2).toString();
    }
    for (const QString& statement : drops) {
        if (auto r = sql::run(db, statement, what); !r)
            return std::unexpected(r.error());
    }
    return creates;
}

Status restoreIndexes(const QSqlDatabase& db, const QStringList& creates)
{
    const QString what = tr("rebuilding the indexes after the bulk load");
    for (const QString& statement : creates) {
        if (auto r = sql::run(db, statement, what); !r)
            return std::unexpected(r.error());
    }
    for (const char* table : {"case_search", "customer_search"}) {
        const QString statement =
            QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(QLatin1String(table));
        if (auto r = sql::run(db, statement, what); !r)
            return std::unexpected(r.error());
    }
    return {};
}

} // namespace

// A server's store gets its demo the way a desk's store moves to a server:
// written into a temporary file by the fast path below, then copied across
// in one transaction. The same seed gives the same store on both.
Result<DemoGenerator::Summary> DemoGenerator::generateThroughFile(const Options& options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(Error::Code::Io, tr("No temporary folder for the demo store: %1").arg(dir.errorString()));
    Summary summary;
    {
        auto file = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
        if (!file)
            return std::unexpected(file.error());
        auto made = DemoGenerator(*file).generate(options);
        // Cancelled, the batches written so far are kept, as on a file.
        const bool cancelled = !made && made.error().code == Error::Code::Cancelled;
        if (!made && !cancelled) {
            file->closeAll();
            return std::unexpected(made.error());
        }
        if (made)
            summary = *made;
        // Writing the file reported the cases; the copy may still be stopped.
        auto copied = StoreCopy::copy(*file, m_db, [&](qint64, qint64) {
            return cancelled || !options.progress || options.progress(options.cases, options.cases);
        });
        file->releaseThreadConnection();
        file->closeAll();
        if (!copied)
            return std::unexpected(copied.error());
        if (cancelled)
            return std::unexpected(made.error());
    }
    return summary;
}

Result<DemoGenerator::Summary> DemoGenerator::generate(const Options& options)
{
    if (options.cases < 0 || options.cases > 100'000'000)
        return invalid(QStringLiteral("cases"),
                       tr("The number of demo cases must be between 0 and 100000000."));
    QDateTime now = options.now.isValid()
                        ? options.now.toUTC()
                        : QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    constexpr qint64 dayMs = 24LL * 3600 * 1000;
    constexpr qint64 spanMs = 730 * dayMs;

    QSqlDatabase qdb = m_db.connection();
    if (m_db.backend() == Database::Backend::PostgreSQL)
        return generateThroughFile(options);
    const QVariant handle = qdb.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(Error::Code::Database, tr("The demo generator needs an SQLite store."));
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());

    Dice dice(options.seed);
    // Follow-up answers draw from their own stream, so adding them left every
    // other value a seed gives as it was.
    Dice answers(options.seed ^ 0x9e3779b97f4a7c15ULL);
    Summary summary;

    // Users and products first, in their own unit: they are few and the
    // cases refer to them. Existing ones (a second run) are reused.
    QList<qint64> userIds;
    QList<QByteArray> userNames;
    QList<qint64> productIds;
    QList<QByteArray> productNames;
    {
        Transaction tx(qdb);
        if (auto ok = tx.begun(); !ok)
            return std::unexpected(ok.error());
        for (const auto& u : userSeeds) {
            auto ins = sql::run(
                qdb,
                QStringLiteral("INSERT INTO users (login, display_name, role, created_at) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (login) DO NOTHING"),
                {QString::fromUtf8(u[0]), QString::fromUtf8(u[1]), QString::fromUtf8(u[2]), nowMs - spanMs},
                tr("adding the demo users"));
            if (!ins)
                return std::unexpected(ins.error());
            auto id = sql::scalar(qdb, QStringLiteral("SELECT id FROM users WHERE login = ?"),
                                  {QString::fromUtf8(u[0])}, tr("adding the demo users"));
            if (!id)
                return std::unexpected(id.error());
            userIds << id->toLongLong();
            userNames << QByteArray(u[1]);
        }
        for (const auto& p : products) {
            auto ins = sql::run(qdb,
                                QStringLiteral("INSERT INTO products (name, category) VALUES (?, ?) "
                                               "ON CONFLICT (name) DO NOTHING"),
                                {QString::fromUtf8(p.name), QString::fromUtf8(p.category)},
                                tr("adding the demo products"));
            if (!ins)
                return std::unexpected(ins.error());
            auto id = sql::scalar(qdb, QStringLiteral("SELECT id, name FROM products WHERE name = ?"),
                                  {QString::fromUtf8(p.name)}, tr("adding the demo products"));
            if (!id)
                return std::unexpected(id.error());
            productIds << id->toLongLong();
            productNames << QByteArray(p.name);
        }
        if (auto ok = tx.commit(); !ok)
            return std::unexpected(ok.error());
    }

    QList<std::pair<qint64, qint64>> gestureTypes; // id, default cost
    QHash<QByteArray, qint64> causeByName;
    {
        auto types =
            sql::run(qdb,
                     QStringLiteral("SELECT id, default_cost_cents FROM gesture_types WHERE active = 1 "
                                    "ORDER BY id"),
                     tr("reading the gesture catalogue"));
        if (!types)
            return std::unexpected(types.error());
        while (types->next())
            gestureTypes << std::pair{types->value(0).toLongLong(), types->value(1).toLongLong()};
        auto causes =
            sql::run(qdb, QStringLiteral("SELECT id, name FROM root_causes WHERE active = 1 ORDER BY id"),
                     tr("reading the root-cause taxonomy"));
        if (!causes)
            return std::unexpected(causes.error());
        while (causes->next())
            causeByName.insert(causes->value(1).toString().toUtf8(), causes->value(0).toLongLong());
    }
    if (gestureTypes.isEmpty() || causeByName.isEmpty())
        return fail(Error::Code::InvalidInput,
                    tr("The demo needs at least one active gesture and one root cause in the store."));
    const qint64 leadId = userIds[5];

    // Each case's priority from the store's matrix (the defaults in a new
    // store), looked up once: sixteen keys rather than a query per case.
    std::array<std::array<QByteArray, 4>, 4> priorityKeys;
    {
        auto matrix = PriorityRepository::matrixIn(qdb);
        if (!matrix)
            return std::unexpected(matrix.error());
        for (Severity s : allSeverities()) {
            for (BusinessImpact i : allImpacts())
                priorityKeys[static_cast<size_t>(s) - 1][static_cast<size_t>(i)] =
                    keyOf(matrix->of(s, i)).toUtf8();
        }
    }

    Statement insertCustomer(
        db, "INSERT INTO customers (name, company, email, phone, segment, lifetime_value_cents, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    Statement insertCase(
        db, "INSERT INTO cases (customer_id, product_id, channel, description, severity, impact, "
            "status, owner_id, opened_at, updated_at, resolved_at, closed_at, row_version, "
            "customer_name, company, product_name, owner_name, priority) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement insertEvent(
        db, "INSERT INTO case_events (case_id, at, actor_id, kind, field, old_value, new_value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    // The recovery a finished case went through. The demo writes these rows
    // without a timeline event each: its timelines show status and owner
    // changes, and a million cases stay within about a minute.
    Statement insertApology(
        db, "INSERT INTO apologies (case_id, body, channel, sent_at, sent_by) VALUES (?, ?, ?, ?, ?)");
    Statement insertSolution(db,
                             "INSERT INTO solutions (case_id, fix, customer_wants, promised_by, recorded_at, "
                             "recorded_by) VALUES (?, ?, ?, ?, ?, ?)");
    Statement insertGesture(
        db, "INSERT INTO gestures (case_id, gesture_type_id, cost_cents, status, requested_by, "
            "requested_at, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Statement insertDecline(db, "INSERT INTO gesture_declines (case_id, reason, recorded_at, recorded_by) "
                                "VALUES (?, ?, ?, ?)");
    Statement insertAnalysis(
        db, "INSERT INTO analyses (case_id, root_cause_id, whys, education_gap, recorded_at, "
            "recorded_by) VALUES (?, ?, ?, ?, ?, ?)");
    Statement insertFollowUp(db, "INSERT INTO follow_ups (case_id, score, prior_score, comment, recorded_at, "
                                 "recorded_by) VALUES (?, ?, ?, ?, ?, ?)");
    for (const Statement* s : {&insertCustomer, &insertCase, &insertEvent, &insertApology, &insertSolution,
                               &insertGesture, &insertDecline, &insertAnalysis, &insertFollowUp}) {
        if (!s->error().isEmpty())
            return fail(Error::Code::Database, tr("The demo generator could not prepare its statements."),
                        s->error());
    }
    const auto broke = [&](const Statement& s) {
        return fail(
            Error::Code::Database,
            tr("Writing demo case %1 failed; %2 cases were kept.").arg(summary.cases + 1).arg(summary.cases),
            s.error());
    };

    // About four cases per customer, as repeat complainers are common.
    struct DemoCustomer
    {
        qint64 id;
        QByteArray name;
        QByteArray company;
    };
    QList<DemoCustomer> customers;
    const qint64 customerTarget = std::max<qint64>(1, options.cases / 4);
    constexpr qint64 batch = 20000;

    // A large load is one transaction that sets the case indexes and the
    // search triggers aside, writes, then rebuilds them: sorting once is
    // several times faster than keeping fourteen indexes and a trigram index
    // in step row by row. Small loads keep them and commit in batches.
    const bool bulk = options.cases >= bulkThreshold;
    const auto restoreSettings = qScopeGuard([&] {
        if (bulk) {
            QSqlQuery q(qdb);
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(Database::cacheSizePragma));
            q.exec(QStringLiteral("PRAGMA threads = 0"));
            q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        }
    });
    std::optional<Transaction> bulkTx;
    QStringList setAside;
    if (bulk) {
        // Index builds sort the whole table: give the sorter room and the
        // second core. Both settings are per connection and put back below.
        // Outside WAL a large load is written once instead of to the log and
        // then again at the checkpoint; a crash still rolls back through the
        // journal. When another connection holds the store the switch is
        // refused and the load simply runs in WAL.
        sql::run(qdb, QStringLiteral("PRAGMA journal_mode = DELETE"), tr("preparing the bulk load"));
        sql::run(qdb, QStringLiteral("PRAGMA cache_size = -262144"), tr("preparing the bulk load"));
        sql::run(qdb, QStringLiteral("PRAGMA threads = 2"), tr("preparing the bulk load"));
        bulkTx.emplace(qdb);
        if (auto ok = bulkTx->begun(); !ok)
            return std::unexpected(ok.error());
        auto set = setAsideIndexes(qdb);
        if (!set)
            return std::unexpected(set.error());
        setAside = *set;
    }

    auto lastId = sql::scalar(qdb, QStringLiteral("SELECT coalesce(max(id), 0) FROM cases"), {},
                              tr("preparing the demo cases"), 0);
    if (!lastId)
        return std::unexpected(lastId.error());
    const qint64 firstId = lastId->toLongLong() + 1;

    qint64 written = 0;
    while (written < options.cases) {
        const qint64 upto = std::min(options.cases, written + batch);
        Transaction tx(qdb);
        if (auto ok = tx.begun(); !ok)
            return std::unexpected(ok.error());
        for (; written < upto; ++written) {
            // New customers while below target, then mostly returning ones.
            if (customers.size() < customerTarget && (customers.isEmpty() || dice.chance(80))) {
                const QByteArray first(dice.pick(firstNames));
                const QByteArray last(dice.pick(lastNames));
                const QByteArray name = first + ' ' + last;
                const int segment = dice.below(10) < 6 ? 0 : (dice.chance(80) ? 1 : 2);
                QByteArray company;
                if (segment > 0)
                    company = QByteArray(dice.pick(companyHeads)) + ' ' + dice.pick(companyTails);
                const qint64 ltv = segment == 0 ? 5000 + dice.below64(500000)
                                                : (segment == 1 ? 200000 + dice.below64(5000000)
                                                                : 2000000 + dice.below64(20000000));
                // Namesakes are common in a large store; the address tells them apart.
                const QByteArray email =
                    (first + '.' + last).toLower().replace('\'', "") + '.' +
                    QByteArray::number(summary.customers + 1) + '@' +
                    (company.isEmpty() ? QByteArray("example.net")
                                       : company.toLower().replace(' ', '-') + ".example");
                const QByteArray phone = "+44 20 " + QByteArray::number(7000 + dice.below(2999)) + ' ' +
                                         QByteArray::number(1000 + dice.below(8999));
                insertCustomer.bind(1, name)
                    .bind(2, company)
                    .bind(3, email)
                    .bind(4, phone)
                    .bind(5, QByteArray(segments[static_cast<size_t>(segment)]))
                    .bind(6, ltv)
                    .bind(7, nowMs - spanMs - dice.below64(365 * dayMs));
                if (!insertCustomer.run(db))
                    return broke(insertCustomer);
                customers << DemoCustomer{sqlite3_last_insert_rowid(db), name, company};
                ++summary.customers;
            }
            const DemoCustomer& customer = customers[dice.below64(customers.size())];
            const int productIndex = dice.below(static_cast<int>(productIds.size()));
            const qint64 opened = nowMs - spanMs + dice.below64(spanMs);
            const qint64 ageDays = (nowMs - opened) / dayMs;
            const CaseStatus status = statusForAge(dice, ageDays);
            const int sevRoll = dice.below(100);
            const int severity = sevRoll < 30 ? 1 : sevRoll < 70 ? 2 : sevRoll < 92 ? 3 : 4;
            const int impRoll = dice.below(100);
            const int impact = impRoll < 50 ? 0 : impRoll < 80 ? 1 : impRoll < 95 ? 2 : 3;
            const int chRoll = dice.below(100);
            const Channel channel = chRoll < 40   ? Channel::Phone
                                    : chRoll < 75 ? Channel::Email
                                    : chRoll < 88 ? Channel::Chat
                                    : chRoll < 94 ? Channel::InPerson
                                    : chRoll < 98 ? Channel::Social
                                                  : Channel::Letter;
            const int problem = pickProblem(dice, opened >= nowMs - leakFixDaysAgo * dayMs);
            QByteArray description =
                QByteArray(dice.pick(openers)) + ' ' + problems[static_cast<size_t>(problem)];
            if (const char* tail = dice.pick(consequences); *tail)
                description += QByteArray(" ") + tail;
            else
                description += '.';
            const bool owned = status != CaseStatus::New || dice.chance(30);
            const int owner = owned ? dice.below(5) : -1; // reps own cases

            const auto steps = pathTo(status);
            QList<qint64> times;
            qint64 t = opened;
            for (qsizetype i = 0; i < steps.size(); ++i) {
                t += std::max<qint64>(60000, dice.below64(std::max<qint64>(1, (nowMs - t) / 3)));
                times << std::min(t, nowMs);
            }
            const qint64 updated = times.isEmpty() ? opened : times.last();
            qint64 resolved = 0;
            qint64 closed = 0;
            for (qsizetype i = 0; i < steps.size(); ++i) {
                if (steps[i].second == CaseStatus::Resolved)
                    resolved = times[i];
                if (steps[i].second == CaseStatus::Closed)
                    closed = times[i];
            }
            if (status == CaseStatus::Reopened)
                resolved = closed = 0;

            insertCase.bind(1, customer.id)
                .bind(2, productIds[productIndex])
                .bind(3, keyOf(channel).toUtf8())
                .bind(4, description)
                .bind(5, severity)
                .bind(6, impact)
                .bind(7, keyOf(status).toUtf8());
            if (owner >= 0)
                insertCase.bind(8, userIds[owner]);
            else
                insertCase.bindNull(8);
            insertCase.bind(9, opened).bind(10, updated);
            if (resolved)
                insertCase.bind(11, resolved);
            else
                insertCase.bindNull(11);
            if (closed)
                insertCase.bind(12, closed);
            else
                insertCase.bindNull(12);
            insertCase.bind(13, 1 + steps.size() + (owner >= 0 ? 1 : 0))
                .bind(14, customer.name)
                .bind(15, customer.company)
                .bind(16, productNames[productIndex])
                .bind(17, owner >= 0 ? userNames[owner] : QByteArray(""))
                .bind(18, priorityKeys[static_cast<size_t>(severity) - 1][static_cast<size_t>(impact)]);
            if (!insertCase.run(db))
                return broke(insertCase);
            const qint64 caseId = sqlite3_last_insert_rowid(db);

            const qint64 actor = userIds[owner >= 0 ? owner : dice.below(5)];
            const auto event = [&](qint64 at, const char* kind, const char* field, const QByteArray& from,
                                   const QByteArray& to) {
                insertEvent.bind(1, caseId)
                    .bind(2, at)
                    .bind(3, actor)
                    .bind(4, QByteArray(kind))
                    .bind(5, QByteArray(field))
                    .bind(6, from)
                    .bind(7, to);
                ++summary.events;
                return insertEvent.run(db);
            };
            if (!event(opened, "created", "status", {}, "new"))
                return broke(insertEvent);
            if (owner >= 0 && !event(opened + 1000, "assigned", "owner", {}, userNames[owner]))
                return broke(insertEvent);
            for (qsizetype i = 0; i < steps.size(); ++i) {
                if (!event(times[i], "status", "status", keyOf(steps[i].first).toUtf8(),
                           keyOf(steps[i].second).toUtf8()))
                    return broke(insertEvent);
            }

            // Recovery steps, at the times the path reached them.
            const auto reachedAt = [&](CaseStatus s) -> qint64 {
                for (qsizetype i = 0; i < steps.size(); ++i) {
                    if (steps[i].second == s)
                        return times[i];
                }
                return 0;
            };
            const qint64 acknowledgedAt = reachedAt(CaseStatus::Acknowledged);
            const qint64 recoveringAt = reachedAt(CaseStatus::InRecovery);
            const qint64 resolvedAt = reachedAt(CaseStatus::Resolved);
            const qint64 closedAt = reachedAt(CaseStatus::Closed);
            if (acknowledgedAt && (resolvedAt || dice.chance(70))) {
                const QByteArray first = customer.name.left(customer.name.indexOf(' '));
                const QByteArray body = "Dear " + first + ", I am sorry that " +
                                        problems[static_cast<size_t>(problem)] +
                                        ". That should not have happened, and I will put it right.";
                insertApology.bind(1, caseId)
                    .bind(2, body)
                    .bind(3, keyOf(channel).toUtf8())
                    .bind(4, acknowledgedAt)
                    .bind(5, actor);
                if (!insertApology.run(db))
                    return broke(insertApology);
            }
            if (recoveringAt && (resolvedAt || dice.chance(50))) {
                const qint64 target = resolvedAt ? resolvedAt : nowMs + dice.below64(10 * dayMs);
                // Most promises hold; some are a few days short.
                const qint64 promised =
                    target + (dice.chance(80) ? dice.below64(4 * dayMs) : -(1 + dice.below64(4)) * dayMs);
                const QByteArray promisedDate =
                    QDateTime::fromMSecsSinceEpoch(std::max(promised, recoveringAt), Qt::UTC)
                        .date()
                        .toString(Qt::ISODate)
                        .toUtf8();
                insertSolution.bind(1, caseId)
                    .bind(2, QByteArray(dice.pick(fixes)))
                    .bind(3, QByteArray(dice.pick(wants)))
                    .bind(4, promisedDate)
                    .bind(5, recoveringAt)
                    .bind(6, actor);
                if (!insertSolution.run(db))
                    return broke(insertSolution);
            }
            if (resolvedAt) {
                const bool gestured = dice.chance(85);
                if (gestured) {
                    const auto& type = gestureTypes[dice.below(static_cast<int>(gestureTypes.size()))];
                    const qint64 cost = type.second / 2 + dice.below64(type.second + 1);
                    // Over a rep's 50.00 a lead approved it.
                    const bool approved = cost > 5000;
                    insertGesture.bind(1, caseId)
                        .bind(2, type.first)
                        .bind(3, cost)
                        .bind(4, QByteArray(approved ? "approved" : "granted"))
                        .bind(5, actor)
                        .bind(6, recoveringAt);
                    if (approved)
                        insertGesture.bind(7, leadId).bind(8, recoveringAt + 3600000);
                    else
                        insertGesture.bindNull(7).bindNull(8);
                    if (!insertGesture.run(db))
                        return broke(insertGesture);
                } else {
                    insertDecline.bind(1, caseId)
                        .bind(2, QByteArray("The customer only wanted it fixed."))
                        .bind(3, recoveringAt)
                        .bind(4, actor);
                    if (!insertDecline.run(db))
                        return broke(insertDecline);
                }
                // The follow-up call, for cases that got that far: a
                // recovery with something extra turns more customers into
                // champions (the recovery paradox), one without fewer.
                if (const qint64 followUpAt = reachedAt(CaseStatus::FollowUp)) {
                    const int roll = answers.below(100);
                    const int score = roll < (gestured ? 55 : 30)   ? 9 + answers.below(2)
                                      : roll < (gestured ? 80 : 65) ? 7 + answers.below(2)
                                                                    : 2 + answers.below(5);
                    insertFollowUp.bind(1, caseId).bind(2, score);
                    if (answers.chance(40))
                        insertFollowUp.bind(3, 4 + answers.below(5));
                    else
                        insertFollowUp.bindNull(3);
                    insertFollowUp
                        .bind(4, QByteArray(score >= 9   ? "Impressed by how it was put right."
                                            : score >= 7 ? "Fine now."
                                                         : "Took too long."))
                        .bind(5, followUpAt)
                        .bind(6, actor);
                    if (!insertFollowUp.run(db))
                        return broke(insertFollowUp);
                }
            }
            if (closedAt) {
                const bool educationGap = problem == static_cast<int>(problems.size()) - 1 || dice.chance(4);
                const QByteArray causeName = educationGap && problem != static_cast<int>(problems.size()) - 1
                                                 ? QByteArray("Setup or installation")
                                                 : QByteArray(problemCauses[static_cast<size_t>(problem)]);
                const qint64 cause = causeByName.value(causeName, causeByName.cbegin().value());
                const QByteArray whys =
                    dice.chance(30) ? "[\"" + QByteArray(dice.pick(whyNotes)) + "\"]" : QByteArray("[]");
                insertAnalysis.bind(1, caseId)
                    .bind(2, cause)
                    .bind(3, whys)
                    .bind(4, educationGap ? 1 : 0)
                    .bind(5, closedAt)
                    .bind(6, actor);
                if (!insertAnalysis.run(db))
                    return broke(insertAnalysis);
            }
            ++summary.cases;
        }
        // A bulk load seals its events once, with the indexes back.
        if (!bulk) {
            if (auto sealed = AuditChain::seal(qdb); !sealed)
                return std::unexpected(sealed.error());
        }
        if (auto ok = tx.commit(); !ok)
            return std::unexpected(ok.error());
        if (options.progress && !options.progress(written, options.cases)) {
            if (bulk)
                return fail(Error::Code::Cancelled, tr("Stopped; no demo case was added."));
            return fail(
                Error::Code::Cancelled,
                tr("Stopped after %1 of %2 demo cases; those were kept.").arg(written).arg(options.cases));
        }
    }
    // The SLA clocks need the timeline's indexes, so they come last.
    if (bulk) {
        if (auto ok = restoreIndexes(qdb, setAside); !ok)
            return std::unexpected(ok.error());
        if (auto sealed = AuditChain::seal(qdb); !sealed)
            return std::unexpected(sealed.error());
        if (auto n = SlaRepository::adoptIn(qdb, firstId); !n)
            return std::unexpected(n.error());
        if (auto ok = bulkTx->commit(); !ok)
            return std::unexpected(ok.error());
    } else {
        Transaction tx(qdb);
        if (auto ok = tx.begun(); !ok)
            return std::unexpected(ok.error());
        if (auto n = SlaRepository::adoptIn(qdb, firstId); !n)
            return std::unexpected(n.error());
        if (auto ok = tx.commit(); !ok)
            return std::unexpected(ok.error());
    }
    if (options.cases > 0) {
        if (auto ok = seedProblems(userIds[qualityUser], now); !ok)
            return std::unexpected(ok.error());
    }
    return summary;
}

Status DemoGenerator::seedProblems(qint64 qualityId, const QDateTime& now)
{
    // Once per store: a second run adds cases, not the same records again.
    auto existing = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM problems"), {},
                                tr("adding the demo problem records"), 0);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->toLongLong() > 0)
        return {};
    auto quality = UserRepository(m_db).byId(qualityId);
    if (!quality)
        return std::unexpected(quality.error());
    ProblemRepository problemsOf(m_db, *quality);
    const auto causeId = [&](const char* name) -> qint64 {
        auto id = sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM root_causes WHERE name = ?"),
                              {QString::fromUtf8(name)}, tr("adding the demo problem records"), 0);
        return id ? id->toLongLong() : 0;
    };
    struct Seed
    {
        ProblemKind kind;
        const char* title;
        const char* cause;
        const char* action;
        qint64 daysAgo; ///< 0: no corrective action in effect yet
    };
    const Seed seeds[] = {
        {ProblemKind::Defect, "Washers leak after the seal supplier changed", "Leak or seal",
         "Back to the original seal material; every unit in stock re-sealed.", leakFixDaysAgo},
        {ProblemKind::Defect, "Deliveries late from the northern depot", "Late",
         "Two more vans on the northern routes.", courierFixDaysAgo},
        {ProblemKind::Education, "Setup guide skips the first step", "Missing instructions", "", 0},
    };
    for (const Seed& seed : seeds) {
        Problem p;
        p.kind = seed.kind;
        p.title = QString::fromUtf8(seed.title);
        p.rootCauseId = causeId(seed.cause);
        p.ownerId = qualityId;
        p.correctiveAction = QString::fromUtf8(seed.action);
        if (seed.daysAgo > 0) {
            p.status = ProblemStatus::ActionTaken;
            p.effectiveOn = now.date().addDays(-seed.daysAgo);
        }
        // Not linked to cases: a link is a timeline event at the wall
        // clock's time, and a seed must give the same store on every run.
        // Effectiveness counts the cases of the root cause anyway.
        if (auto made = problemsOf.create(p); !made)
            return std::unexpected(made.error());
    }
    return {};
}

} // namespace redress::core
