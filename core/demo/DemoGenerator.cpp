#include "core/demo/DemoGenerator.h"

#include "core/cases/Case.h"
#include "core/store/AuditChain.h"
#include "core/store/BulkLoad.h"
#include "core/store/CaseWriter.h"
#include "core/store/DemoStore.h"
#include "core/store/DraftRepository.h"
#include "core/store/PriorityRepository.h"
#include "core/store/ProblemRepository.h"
#include "core/store/ProductRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/StoreCopy.h"
#include "core/store/Transaction.h"
#include "core/store/UserRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <array>
#include <optional>
#include <random>

namespace redress::core {

namespace {

// The kind of the draft that marks a demo store (see isDemoStore()).
const QString kDemoMarker = QStringLiteral("redress:demo-store");

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::DemoGenerator)
};

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

constexpr qint64 dayMs = 24LL * 3600 * 1000;
constexpr qint64 spanMs = 730 * dayMs;

// What the writer names a failed row by; the generator words the failure it
// reports its own way.
QString writingCases()
{
    return Tr::tr("writing the demo cases");
}

// One run of the generator: the dice, what the cases draw from, and the rows
// they make, handed to the store's writers. The order of the draws is the
// seed's contract: the same seed must keep giving the same store.
class Generation
{
public:
    Generation(Database db, const DemoGenerator::Options& options, const QDateTime& now)
        : m_db(std::move(db)), m_qdb(m_db.connection()), m_options(options), m_nowMs(now.toMSecsSinceEpoch()),
          m_dice(options.seed), m_answers(options.seed ^ 0x9e3779b97f4a7c15ULL),
          m_writer(m_qdb, sql::Statement::Engine::Direct)
    {
    }

    /// The users and products the cases refer to, and the catalogues they
    /// draw from.
    Status prepare();
    /// Adds the cases in batches, each batch one transaction; a cancel or a
    /// failure keeps the batches already committed and says how many.
    Result<DemoGenerator::Summary> run();
    qint64 qualityUserId() const { return m_userIds[qualityUser]; }

private:
    struct Customer
    {
        qint64 id;
        QString name;
        QString company;
    };
    // What a case drew, for its own row and the rows that follow it.
    struct Drawn
    {
        qint64 id = 0;
        qsizetype customer = 0;
        int productIndex = 0;
        qint64 opened = 0;
        CaseStatus status = CaseStatus::New;
        int severity = 1;
        int impact = 0;
        Channel channel = Channel::Phone;
        int problem = 0;
        QByteArray description;
        int owner = -1; ///< a rep's index, -1 for none
        qint64 actor = 0;
        QList<std::pair<CaseStatus, CaseStatus>> steps;
        QList<qint64> times;
        // The rows that follow the case's own, drawn before it is written:
        // the case row carries what they derive (cause, cost, promise).
        std::optional<CaseWriter::ApologyRow> apology;
        std::optional<CaseWriter::SolutionRow> solution;
        std::optional<CaseWriter::GestureRow> gesture;
        std::optional<CaseWriter::DeclineRow> decline;
        std::optional<CaseWriter::FollowUpRow> followUp;
        std::optional<CaseWriter::AnalysisRow> analysis;

        // When the path reached `s`, 0 if it did not.
        qint64 reachedAt(CaseStatus s) const
        {
            for (qsizetype i = 0; i < steps.size(); ++i) {
                if (steps[i].second == s)
                    return times[i];
            }
            return 0;
        }
    };

    Status addUsersAndProducts();
    Status readCatalogues();
    Status writeBatches();
    Status finish(qint64 firstId);
    Status writeCase();
    Status addCustomer();
    Drawn drawCase();
    void drawApologyAndSolution(Drawn& c);
    void drawGestureAndFollowUp(Drawn& c);
    void drawAnalysis(Drawn& c);
    Status addCase(Drawn& c);
    Status addTimeline(const Drawn& c);
    Status addRecovery(Drawn& c);
    std::unexpected<Error> broke(const Error& e) const;

    Database m_db;
    QSqlDatabase m_qdb;
    const DemoGenerator::Options& m_options;
    const qint64 m_nowMs;
    Dice m_dice;
    // Follow-up answers draw from their own stream, so adding them left every
    // other value a seed gives as it was.
    Dice m_answers;
    CaseWriter m_writer;
    const CaseWriter::What m_what = writingCases;
    std::optional<BulkLoad> m_bulk;
    // Seals each event as it is written, within the open transaction.
    std::optional<AuditChain::Appender> m_chain;
    DemoGenerator::Summary m_summary;

    QList<qint64> m_userIds;
    QList<QString> m_userNames;
    QList<qint64> m_productIds;
    QList<QString> m_productNames;
    QList<std::pair<qint64, qint64>> m_gestureTypes; // id, default cost
    QHash<QByteArray, qint64> m_causeByName;
    qint64 m_leadId = 0;
    std::array<std::array<QString, 4>, 4> m_priorityKeys;
    QList<Customer> m_customers;
    qint64 m_customerTarget = 1;
};

Status Generation::prepare()
{
    if (auto ok = addUsersAndProducts(); !ok)
        return ok;
    if (auto ok = readCatalogues(); !ok)
        return ok;
    // About four cases per customer, as repeat complainers are common.
    m_customerTarget = std::max<qint64>(1, m_options.cases / 4);
    return {};
}

// Users and products first, in their own unit: they are few and the cases
// refer to them. Existing ones (a second run) are reused.
Status Generation::addUsersAndProducts()
{
    Transaction tx(m_qdb);
    if (auto ok = tx.begun(); !ok)
        return ok;
    UserRepository users(m_db);
    const QDateTime createdAt = QDateTime::fromMSecsSinceEpoch(m_nowMs - spanMs, Qt::UTC);
    for (const auto& u : userSeeds) {
        const QString login = QString::fromUtf8(u[0]);
        auto user = users.byLogin(login);
        if (!user && user.error().code == Error::Code::NotFound) {
            User seed;
            seed.login = login;
            seed.displayName = QString::fromUtf8(u[1]);
            seed.role = roleFromKey(QString::fromUtf8(u[2])).value_or(Role::Rep);
            user = users.create(seed, createdAt);
        }
        if (!user)
            return std::unexpected(user.error());
        m_userIds << user->id;
        m_userNames << QString::fromUtf8(u[1]);
    }
    ProductRepository productsOf(m_db);
    for (const auto& p : products) {
        auto product = productsOf.ensure(QString::fromUtf8(p.name), QString::fromUtf8(p.category));
        if (!product)
            return std::unexpected(product.error());
        m_productIds << product->id;
        m_productNames << QString::fromUtf8(p.name);
    }
    return tx.commit();
}

Status Generation::readCatalogues()
{
    DemoStore store(m_qdb);
    auto types = store.activeGestureTypes();
    if (!types)
        return std::unexpected(types.error());
    m_gestureTypes = *types;
    auto causes = store.activeRootCauses();
    if (!causes)
        return std::unexpected(causes.error());
    for (const auto& [name, id] : *causes)
        m_causeByName.insert(name.toUtf8(), id);
    if (m_gestureTypes.isEmpty() || m_causeByName.isEmpty())
        return fail(Error::Code::InvalidInput,
                    Tr::tr("The demo needs at least one active gesture and one root cause in the store."));
    m_leadId = m_userIds[5];

    // Each case's priority from the store's matrix (the defaults in a new
    // store), looked up once: sixteen keys rather than a query per case.
    auto matrix = PriorityRepository::matrixIn(m_qdb);
    if (!matrix)
        return std::unexpected(matrix.error());
    for (Severity s : allSeverities()) {
        for (BusinessImpact i : allImpacts())
            m_priorityKeys[static_cast<size_t>(s) - 1][static_cast<size_t>(i)] = keyOf(matrix->of(s, i));
    }
    return {};
}

Result<DemoGenerator::Summary> Generation::run()
{
    // A large load sets the indexes aside (see BulkLoad); small loads keep
    // them and commit in batches.
    if (m_options.cases >= bulkThreshold) {
        m_bulk.emplace(m_qdb);
        if (auto ok = m_bulk->begin(); !ok)
            return std::unexpected(ok.error());
    }
    auto lastId = DemoStore(m_qdb).lastCaseId();
    if (!lastId)
        return std::unexpected(lastId.error());
    if (auto ok = writeBatches(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = finish(*lastId + 1); !ok)
        return std::unexpected(ok.error());
    return m_summary;
}

Status Generation::writeBatches()
{
    constexpr qint64 batch = 20000;
    qint64 written = 0;
    while (written < m_options.cases) {
        const qint64 upto = std::min(m_options.cases, written + batch);
        // A bulk load is one transaction already: a savepoint per batch
        // would only make every statement's journal dearer.
        std::optional<Transaction> tx;
        if (!m_bulk) {
            tx.emplace(m_qdb);
            if (auto ok = tx->begun(); !ok)
                return ok;
        }
        // Another desk may have added events since the last batch.
        if (!m_chain || !m_bulk) {
            auto chain = AuditChain::Appender::start(m_qdb);
            if (!chain)
                return std::unexpected(chain.error());
            m_chain.emplace(std::move(*chain));
        }
        for (; written < upto; ++written) {
            if (auto ok = writeCase(); !ok)
                return ok;
        }
        if (tx) {
            if (auto ok = tx->commit(); !ok)
                return ok;
        }
        if (m_options.progress && !m_options.progress(written, m_options.cases)) {
            if (m_bulk)
                return fail(Error::Code::Cancelled, Tr::tr("Stopped; no demo case was added."));
            return fail(Error::Code::Cancelled, Tr::tr("Stopped after %1 of %2 demo cases; those were kept.")
                                                    .arg(written)
                                                    .arg(m_options.cases));
        }
    }
    return {};
}

// The SLA clocks need the timeline's indexes, so they come last.
Status Generation::finish(qint64 firstId)
{
    if (m_bulk) {
        if (auto ok = m_bulk->restoreIndexes(); !ok)
            return ok;
        if (auto n = SlaRepository::adoptIn(m_qdb, firstId); !n)
            return std::unexpected(n.error());
        return m_bulk->commit();
    }
    Transaction tx(m_qdb);
    if (auto ok = tx.begun(); !ok)
        return ok;
    if (auto n = SlaRepository::adoptIn(m_qdb, firstId); !n)
        return std::unexpected(n.error());
    return tx.commit();
}

Status Generation::writeCase()
{
    // New customers while below target, then mostly returning ones.
    if (m_customers.size() < m_customerTarget && (m_customers.isEmpty() || m_dice.chance(80))) {
        if (auto ok = addCustomer(); !ok)
            return ok;
    }
    // Everything a case draws first, in the order of the seed's stream,
    // then its rows in the order they always went in.
    Drawn c = drawCase();
    drawApologyAndSolution(c);
    if (c.reachedAt(CaseStatus::Resolved))
        drawGestureAndFollowUp(c);
    drawAnalysis(c);
    if (auto ok = addCase(c); !ok)
        return ok;
    if (auto ok = addTimeline(c); !ok)
        return ok;
    if (auto ok = addRecovery(c); !ok)
        return ok;
    ++m_summary.cases;
    return {};
}

Status Generation::addCustomer()
{
    const QByteArray first(m_dice.pick(firstNames));
    const QByteArray last(m_dice.pick(lastNames));
    const int segment = m_dice.below(10) < 6 ? 0 : (m_dice.chance(80) ? 1 : 2);
    QByteArray company;
    if (segment > 0)
        company = QByteArray(m_dice.pick(companyHeads)) + ' ' + m_dice.pick(companyTails);
    const qint64 ltv = segment == 0   ? 5000 + m_dice.below64(500000)
                       : segment == 1 ? 200000 + m_dice.below64(5000000)
                                      : 2000000 + m_dice.below64(20000000);
    // Namesakes are common in a large store; the address tells them apart.
    const QByteArray email =
        (first + '.' + last).toLower().replace('\'', "") + '.' + QByteArray::number(m_summary.customers + 1) +
        '@' +
        (company.isEmpty() ? QByteArray("example.net") : company.toLower().replace(' ', '-') + ".example");
    const QByteArray phone = "+44 20 " + QByteArray::number(7000 + m_dice.below(2999)) + ' ' +
                             QByteArray::number(1000 + m_dice.below(8999));
    CaseWriter::CustomerRow row;
    row.name = QString::fromUtf8(first + ' ' + last);
    row.company = QString::fromUtf8(company);
    row.email = QString::fromUtf8(email);
    row.phone = QString::fromUtf8(phone);
    row.segment = QString::fromUtf8(segments[static_cast<size_t>(segment)]);
    row.lifetimeValueCents = ltv;
    row.createdAt = m_nowMs - spanMs - m_dice.below64(365 * dayMs);
    auto id = m_writer.addCustomer(row, m_what);
    if (!id)
        return broke(id.error());
    m_customers << Customer{*id, row.name, row.company};
    ++m_summary.customers;
    return {};
}

Generation::Drawn Generation::drawCase()
{
    Drawn c;
    c.customer = m_dice.below64(m_customers.size());
    c.productIndex = m_dice.below(static_cast<int>(m_productIds.size()));
    c.opened = m_nowMs - spanMs + m_dice.below64(spanMs);
    c.status = statusForAge(m_dice, (m_nowMs - c.opened) / dayMs);
    const int sevRoll = m_dice.below(100);
    c.severity = sevRoll < 30 ? 1 : sevRoll < 70 ? 2 : sevRoll < 92 ? 3 : 4;
    const int impRoll = m_dice.below(100);
    c.impact = impRoll < 50 ? 0 : impRoll < 80 ? 1 : impRoll < 95 ? 2 : 3;
    const int chRoll = m_dice.below(100);
    c.channel = chRoll < 40   ? Channel::Phone
                : chRoll < 75 ? Channel::Email
                : chRoll < 88 ? Channel::Chat
                : chRoll < 94 ? Channel::InPerson
                : chRoll < 98 ? Channel::Social
                              : Channel::Letter;
    c.problem = pickProblem(m_dice, c.opened >= m_nowMs - leakFixDaysAgo * dayMs);
    c.description = QByteArray(m_dice.pick(openers)) + ' ' + problems[static_cast<size_t>(c.problem)];
    if (const char* tail = m_dice.pick(consequences); *tail)
        c.description += QByteArray(" ") + tail;
    else
        c.description += '.';
    const bool owned = c.status != CaseStatus::New || m_dice.chance(30);
    c.owner = owned ? m_dice.below(5) : -1; // reps own cases

    c.steps = pathTo(c.status);
    qint64 t = c.opened;
    for (qsizetype i = 0; i < c.steps.size(); ++i) {
        t += std::max<qint64>(60000, m_dice.below64(std::max<qint64>(1, (m_nowMs - t) / 3)));
        c.times << std::min(t, m_nowMs);
    }
    c.actor = m_userIds[c.owner >= 0 ? c.owner : m_dice.below(5)];
    return c;
}

Status Generation::addCase(Drawn& c)
{
    qint64 resolved = 0;
    qint64 closed = 0;
    for (qsizetype i = 0; i < c.steps.size(); ++i) {
        if (c.steps[i].second == CaseStatus::Resolved)
            resolved = c.times[i];
        if (c.steps[i].second == CaseStatus::Closed)
            closed = c.times[i];
    }
    if (c.status == CaseStatus::Reopened)
        resolved = closed = 0;
    const Customer& customer = m_customers[c.customer];
    CaseWriter::CaseRow row;
    row.customerId = customer.id;
    row.productId = m_productIds[c.productIndex];
    row.channel = keyOf(c.channel);
    row.description = QString::fromUtf8(c.description);
    row.severity = c.severity;
    row.impact = c.impact;
    row.priority = m_priorityKeys[static_cast<size_t>(c.severity) - 1][static_cast<size_t>(c.impact)];
    row.status = keyOf(c.status);
    row.ownerId = c.owner >= 0 ? m_userIds[c.owner] : 0;
    row.openedAt = c.opened;
    row.updatedAt = c.times.isEmpty() ? c.opened : c.times.last();
    row.resolvedAt = resolved;
    row.closedAt = closed;
    row.rowVersion = 1 + c.steps.size() + (c.owner >= 0 ? 1 : 0);
    row.customerName = customer.name;
    row.company = customer.company;
    row.productName = m_productNames[c.productIndex];
    row.ownerName = c.owner >= 0 ? m_userNames[c.owner] : QString();
    // What the triggers on the rows below would set (a bulk load sets them
    // aside): the demo's gestures are all granted or approved.
    row.rootCauseId = c.analysis ? c.analysis->rootCauseId : 0;
    row.compensationCents = c.gesture ? c.gesture->costCents : 0;
    row.promisedBy = c.solution ? c.solution->promisedBy : QString();
    auto id = m_writer.addCase(row, m_what);
    if (!id)
        return broke(id.error());
    c.id = *id;
    return {};
}

Status Generation::addTimeline(const Drawn& c)
{
    CaseWriter::EventRow row;
    row.caseId = c.id;
    row.actorId = c.actor;
    const auto add = [&](qint64 at, const QString& kind, const QString& field, const QString& from,
                         const QString& to) -> Status {
        row.at = at;
        row.kind = kind;
        row.field = field;
        row.oldValue = from;
        row.newValue = to;
        ++m_summary.events;
        const AuditChain::Link& link =
            m_chain->next(row.caseId, at, row.actorId, kind, field, {row.oldValue, row.newValue, row.note});
        if (auto ok = m_writer.addSealedEvent(row, link, m_what); !ok)
            return broke(ok.error());
        return {};
    };
    const QString status = QStringLiteral("status");
    if (auto ok = add(c.opened, QStringLiteral("created"), status, {}, QStringLiteral("new")); !ok)
        return ok;
    if (c.owner >= 0) {
        if (auto ok = add(c.opened + 1000, QStringLiteral("assigned"), QStringLiteral("owner"), {},
                          m_userNames[c.owner]);
            !ok)
            return ok;
    }
    for (qsizetype i = 0; i < c.steps.size(); ++i) {
        if (auto ok = add(c.times[i], status, status, keyOf(c.steps[i].first), keyOf(c.steps[i].second)); !ok)
            return ok;
    }
    return {};
}

// The recovery a case went through, at the times its path reached each
// step. The demo writes these rows without a timeline event each: its
// timelines show status and owner changes, and a million cases stay within
// about a minute. The case's id is set when its row is written.
void Generation::drawApologyAndSolution(Drawn& c)
{
    const qint64 acknowledgedAt = c.reachedAt(CaseStatus::Acknowledged);
    const qint64 recoveringAt = c.reachedAt(CaseStatus::InRecovery);
    const qint64 resolvedAt = c.reachedAt(CaseStatus::Resolved);
    if (acknowledgedAt && (resolvedAt || m_dice.chance(70))) {
        const QString& name = m_customers[c.customer].name;
        CaseWriter::ApologyRow& row = c.apology.emplace();
        row.body = QStringLiteral("Dear ") + name.left(name.indexOf(QLatin1Char(' '))) +
                   QStringLiteral(", I am sorry that ") +
                   QString::fromUtf8(problems[static_cast<size_t>(c.problem)]) +
                   QStringLiteral(". That should not have happened, and I will put it right.");
        row.channel = keyOf(c.channel);
        row.sentAt = acknowledgedAt;
        row.sentBy = c.actor;
    }
    if (recoveringAt && (resolvedAt || m_dice.chance(50))) {
        const qint64 target = resolvedAt ? resolvedAt : m_nowMs + m_dice.below64(10 * dayMs);
        // Most promises hold; some are a few days short.
        const qint64 promised =
            target + (m_dice.chance(80) ? m_dice.below64(4 * dayMs) : -(1 + m_dice.below64(4)) * dayMs);
        CaseWriter::SolutionRow& row = c.solution.emplace();
        row.fix = QString::fromUtf8(m_dice.pick(fixes));
        row.customerWants = QString::fromUtf8(m_dice.pick(wants));
        row.promisedBy = QDateTime::fromMSecsSinceEpoch(std::max(promised, recoveringAt), Qt::UTC)
                             .date()
                             .toString(Qt::ISODate);
        row.recordedAt = recoveringAt;
        row.recordedBy = c.actor;
    }
}

void Generation::drawGestureAndFollowUp(Drawn& c)
{
    const qint64 recoveringAt = c.reachedAt(CaseStatus::InRecovery);
    const bool gestured = m_dice.chance(85);
    if (gestured) {
        const auto& type = m_gestureTypes[m_dice.below(static_cast<int>(m_gestureTypes.size()))];
        CaseWriter::GestureRow& row = c.gesture.emplace();
        row.typeId = type.first;
        row.costCents = type.second / 2 + m_dice.below64(type.second + 1);
        // Over a rep's 50.00 a lead approved it.
        const bool approved = row.costCents > 5000;
        row.status = approved ? QStringLiteral("approved") : QStringLiteral("granted");
        row.requestedBy = c.actor;
        row.requestedAt = recoveringAt;
        if (approved) {
            row.decidedBy = m_leadId;
            row.decidedAt = recoveringAt + 3600000;
        }
    } else {
        c.decline = CaseWriter::DeclineRow{0, QStringLiteral("The customer only wanted it fixed."),
                                           recoveringAt, c.actor};
    }
    // The follow-up call, for cases that got that far: a recovery with
    // something extra turns more customers into champions (the recovery
    // paradox), one without fewer.
    const qint64 followUpAt = c.reachedAt(CaseStatus::FollowUp);
    if (!followUpAt)
        return;
    const int roll = m_answers.below(100);
    CaseWriter::FollowUpRow& row = c.followUp.emplace();
    row.score = roll < (gestured ? 55 : 30)   ? 9 + m_answers.below(2)
                : roll < (gestured ? 80 : 65) ? 7 + m_answers.below(2)
                                              : 2 + m_answers.below(5);
    if (m_answers.chance(40))
        row.priorScore = 4 + m_answers.below(5);
    row.comment = row.score >= 9   ? QStringLiteral("Impressed by how it was put right.")
                  : row.score >= 7 ? QStringLiteral("Fine now.")
                                   : QStringLiteral("Took too long.");
    row.recordedAt = followUpAt;
    row.recordedBy = c.actor;
}

void Generation::drawAnalysis(Drawn& c)
{
    const qint64 closedAt = c.reachedAt(CaseStatus::Closed);
    if (!closedAt)
        return;
    constexpr int lastProblem = static_cast<int>(problems.size()) - 1;
    const bool educationGap = c.problem == lastProblem || m_dice.chance(4);
    const QByteArray causeName = educationGap && c.problem != lastProblem
                                     ? QByteArray("Setup or installation")
                                     : QByteArray(problemCauses[static_cast<size_t>(c.problem)]);
    CaseWriter::AnalysisRow& row = c.analysis.emplace();
    row.rootCauseId = m_causeByName.value(causeName, m_causeByName.cbegin().value());
    if (m_dice.chance(30))
        row.whys = QStringLiteral("[\"") + QString::fromUtf8(m_dice.pick(whyNotes)) + QStringLiteral("\"]");
    row.educationGap = educationGap;
    row.recordedAt = closedAt;
    row.recordedBy = c.actor;
}

// The rows drawn above, in the order they always went in.
Status Generation::addRecovery(Drawn& c)
{
    if (c.apology) {
        c.apology->caseId = c.id;
        if (auto id = m_writer.addApology(*c.apology, m_what); !id)
            return broke(id.error());
    }
    if (c.solution) {
        c.solution->caseId = c.id;
        if (auto ok = m_writer.saveSolution(*c.solution, m_what); !ok)
            return broke(ok.error());
    }
    if (c.gesture) {
        c.gesture->caseId = c.id;
        if (auto id = m_writer.addGesture(*c.gesture, m_what); !id)
            return broke(id.error());
    }
    if (c.decline) {
        c.decline->caseId = c.id;
        if (auto ok = m_writer.saveDecline(*c.decline, m_what); !ok)
            return broke(ok.error());
    }
    if (c.followUp) {
        c.followUp->caseId = c.id;
        if (auto ok = m_writer.addFollowUp(*c.followUp, m_what); !ok)
            return broke(ok.error());
    }
    if (c.analysis) {
        c.analysis->caseId = c.id;
        if (auto ok = m_writer.saveAnalysis(*c.analysis, m_what); !ok)
            return broke(ok.error());
    }
    return {};
}

std::unexpected<Error> Generation::broke(const Error& e) const
{
    return fail(Error::Code::Database,
                Tr::tr("Writing demo case %1 failed; %2 cases were kept.")
                    .arg(m_summary.cases + 1)
                    .arg(m_summary.cases),
                e.detail);
}

} // namespace

// A server's store gets its demo the way a desk's store moves to a server:
// written into a temporary file by the fast path below, then copied across
// in one transaction. The same seed gives the same store on both.
Result<DemoGenerator::Summary> DemoGenerator::generateThroughFile(const Options& options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(Error::Code::Io,
                    Tr::tr("No temporary folder for the demo store: %1").arg(dir.errorString()));
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

Result<bool> DemoGenerator::isDemoStore(const Database& db)
{
    auto mark = DraftRepository(db).load(QString(), kDemoMarker);
    if (!mark)
        return std::unexpected(mark.error());
    return mark->has_value();
}

Result<DemoGenerator::Summary> DemoGenerator::generate(const Options& options)
{
    if (options.cases < 0 || options.cases > 100'000'000)
        return invalid(QStringLiteral("cases"),
                       Tr::tr("The number of demo cases must be between 0 and 100000000."));
    const QDateTime now = options.now.isValid()
                              ? options.now.toUTC()
                              : QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    if (m_db.backend() == Database::Backend::PostgreSQL)
        return generateThroughFile(options);

    // Marked first, so a stopped demo counts too; a server's demo carries
    // the mark over from its file with the other rows.
    if (auto ok =
            DraftRepository(m_db).save(QString(), kDemoMarker,
                                       QJsonObject{{QStringLiteral("seed"), QString::number(options.seed)},
                                                   {QStringLiteral("now"), now.toString(Qt::ISODate)},
                                                   {QStringLiteral("cases"), options.cases}});
        !ok)
        return std::unexpected(ok.error());

    Generation generation(m_db, options, now);
    if (auto ok = generation.prepare(); !ok)
        return std::unexpected(ok.error());
    auto summary = generation.run();
    if (!summary)
        return summary;
    if (options.cases > 0) {
        if (auto ok = seedProblems(generation.qualityUserId(), now); !ok)
            return std::unexpected(ok.error());
    }
    return summary;
}

Status DemoGenerator::seedProblems(qint64 qualityId, const QDateTime& now)
{
    // Once per store: a second run adds cases, not the same records again.
    DemoStore store(m_db.connection());
    auto existing = store.problemCount();
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return {};
    auto quality = UserRepository(m_db).byId(qualityId);
    if (!quality)
        return std::unexpected(quality.error());
    ProblemRepository problemsOf(m_db, *quality);
    const auto causeId = [&](const char* name) -> qint64 {
        auto id = store.rootCauseNamed(QString::fromUtf8(name));
        return id ? *id : 0;
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
