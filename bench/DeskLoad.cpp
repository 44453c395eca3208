// redress-desk-load --db postgresql://user@host:port/database [--desks 20] [--seconds 60]
//                   [--shared 40] [--seed N] [--keep]
//
// Twenty desks on one PostgreSQL server: each desk is a thread with its own
// connection and its own user, creating cases and, on a set of shared
// cases, updating fields with the row version it read, moving them through
// the lifecycle, adding notes and gestures and, as a lead, deciding pending
// gestures. Every desk writes down each write it believes succeeded; at the
// end that independent count is checked against the store. Lost or
// duplicated updates, or a broken audit chain, end it with status 1.
// A program, not a test: the figures depend on the machine.
#include "bench/Machine.h"

#include "core/cases/Case.h"
#include "core/cases/Lifecycle.h"
#include "core/cases/User.h"
#include "core/recovery/RecoveryTypes.h"
#include "core/store/AuditChain.h"
#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/Database.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/Sql.h"
#include "core/store/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>
#include <tuple>

using namespace redress::core;

namespace {

// The one database this program makes and drops; a fixed name, never input.
const QString loadDatabase = QStringLiteral("redress_load");
const QString adminConnection = QStringLiteral("redress-desk-load-admin");

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void complain(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
}

QString codeName(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidInput: return QStringLiteral("invalid input");
    case Error::Code::NotFound: return QStringLiteral("not found");
    case Error::Code::IllegalTransition: return QStringLiteral("illegal transition");
    case Error::Code::Conflict: return QStringLiteral("conflict");
    case Error::Code::NotRedressFile: return QStringLiteral("not a Redress file");
    case Error::Code::NewerSchema: return QStringLiteral("newer schema");
    case Error::Code::Corrupt: return QStringLiteral("corrupt");
    case Error::Code::Io: return QStringLiteral("io");
    case Error::Code::Database: return QStringLiteral("database");
    case Error::Code::Unavailable: return QStringLiteral("unavailable");
    case Error::Code::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("?");
}

// ---------------------------------------------------------------------------
// The server-side database: made fresh, dropped at the end.

/// A connection to the database the given address names, for CREATE and
/// DROP DATABASE, which cannot run inside the store's own connection.
QSqlDatabase serverAdmin(const QUrl& url)
{
    if (QSqlDatabase::contains(adminConnection))
        return QSqlDatabase::database(adminConnection);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnection);
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=redress-desk-load"));
    db.open();
    return db;
}

bool execAdmin(const QUrl& url, const QString& statement)
{
    QSqlDatabase db = serverAdmin(url);
    if (!db.isOpen()) {
        complain(QStringLiteral("Cannot reach %1: %2")
                     .arg(url.toString(QUrl::RemovePassword), db.lastError().text()));
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    if (!q.exec(statement)) {
        complain(QStringLiteral("%1: %2").arg(statement, q.lastError().text()));
        return false;
    }
    return true;
}

bool dropLoadDatabase(const QUrl& url)
{
    // FORCE ends sessions a crashed earlier run may have left behind.
    return execAdmin(url, QStringLiteral("DROP DATABASE IF EXISTS ") + loadDatabase +
                              QStringLiteral(" WITH (FORCE)"));
}

// ---------------------------------------------------------------------------
// What the desks write down.

enum class Op
{
    Create,
    Update,
    Transition,
    Note,
    Gesture,
    Decide,
};
constexpr int opCount = 6;

QString opName(Op op)
{
    switch (op) {
    case Op::Create: return QStringLiteral("create case");
    case Op::Update: return QStringLiteral("update field");
    case Op::Transition: return QStringLiteral("transition");
    case Op::Note: return QStringLiteral("add note");
    case Op::Gesture: return QStringLiteral("add gesture");
    case Op::Decide: return QStringLiteral("decide gesture");
    }
    return {};
}

/// One write a desk believes succeeded.
struct Write
{
    Op op = Op::Note;
    qint64 caseId = 0;
    qint64 actorId = 0;
    qint64 gestureId = 0;
    QString field;           ///< for updates and transitions
    QString oldValue;        ///< as the desk read it
    QString newValue;        ///< as it wrote it (a gesture's status for gestures and decisions)
    QString text;            ///< a note's text, a new case's description
    qint64 baseVersion = -1; ///< the row version a versioned write was based on
};

struct OpCounts
{
    qint64 attempted = 0;
    qint64 succeeded = 0;
    qint64 conflicts = 0;
    QMap<QString, qint64> refused;    ///< expected refusals by kind
    QMap<QString, qint64> unexpected; ///< any other error by kind
    QString firstUnexpected;
};

struct DeskResult
{
    QList<Write> writes;
    OpCounts ops[opCount];
    qint64 nothingToDecide = 0;
};

struct SharedCase
{
    qint64 id = 0;
    qint64 seededVersion = 0;
    QHash<QString, QString> seeded; ///< field → stored value after seeding
};

QString severityValue(Severity s)
{
    return QString::number(static_cast<int>(s));
}

// ---------------------------------------------------------------------------
// A desk.

class Desk
{
public:
    Desk(int number, Database db, User user, const QList<qint64>& shared, const QList<qint64>& customers,
         qint64 gestureTypeId, quint64 seed, std::chrono::steady_clock::time_point until)
        : m_number(number), m_db(std::move(db)), m_user(std::move(user)), m_shared(shared),
          m_customers(customers), m_gestureTypeId(gestureTypeId), m_rng(seed), m_until(until),
          m_cases(m_db, m_user.id), m_recovery(m_db, m_user)
    {
    }

    DeskResult run()
    {
        while (std::chrono::steady_clock::now() < m_until) {
            const int roll = below(100);
            if (roll < 8)
                createCase();
            else if (roll < 43)
                updateField();
            else if (roll < 58)
                transition();
            else if (roll < 73)
                addNote();
            else if (roll < 85)
                addGesture();
            else if (m_user.role == Role::Lead)
                decide();
            else
                updateField();
        }
        m_db.releaseThreadConnection();
        return std::move(m_result);
    }

private:
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    qint64 sharedCase() { return m_shared[below(static_cast<int>(m_shared.size()))]; }
    QString stamp() { return QStringLiteral("desk %1 #%2").arg(m_number).arg(++m_serial); }

    /// Counts a failed call: a Conflict or a refusal that `expected` lists
    /// is part of the game, anything else is not.
    void failed(Op op, const Error& e, std::initializer_list<Error::Code> expected)
    {
        OpCounts& c = m_result.ops[static_cast<int>(op)];
        for (Error::Code code : expected) {
            if (code != e.code)
                continue;
            if (code == Error::Code::Conflict)
                ++c.conflicts;
            else
                ++c.refused[codeName(e.code)];
            return;
        }
        // A deadlock is the one database error worth telling apart here.
        const bool deadlock = e.detail.contains(QLatin1String("deadlock detected"));
        ++c.unexpected[deadlock ? QStringLiteral("deadlock") : codeName(e.code)];
        // The driver's text runs over several lines; its first is enough here.
        if (c.firstUnexpected.isEmpty())
            c.firstUnexpected = e.toString().section(QLatin1Char('\n'), 0, 0);
    }
    OpCounts& counts(Op op) { return m_result.ops[static_cast<int>(op)]; }
    void succeeded(const Write& w)
    {
        ++counts(w.op).succeeded;
        m_result.writes << w;
    }

    void createCase()
    {
        ++counts(Op::Create).attempted;
        NewCase intake;
        intake.customerId = m_customers[below(static_cast<int>(m_customers.size()))];
        intake.productName = QStringLiteral("Pump P%1").arg(1 + below(4));
        intake.channel = allChannels()[below(static_cast<int>(allChannels().size()))];
        intake.description = QStringLiteral("Load test case from %1").arg(stamp());
        auto made = m_cases.create(intake);
        if (!made)
            return failed(Op::Create, made.error(), {});
        Write w;
        w.op = Op::Create;
        w.caseId = made->id;
        w.actorId = m_user.id;
        w.text = intake.description;
        succeeded(w);
    }

    void updateField()
    {
        ++counts(Op::Update).attempted;
        const qint64 id = sharedCase();
        auto current = m_cases.get(id);
        if (!current)
            return failed(Op::Update, current.error(), {});
        CaseEdit edit;
        Write w;
        w.op = Op::Update;
        w.caseId = id;
        w.actorId = m_user.id;
        w.baseVersion = current->rowVersion;
        // Always a value other than the one read, so the write changes
        // something and bumps the row version.
        switch (below(3)) {
        case 0: {
            QList<Severity> others = allSeverities();
            others.removeAll(current->severity);
            const Severity to = others[below(static_cast<int>(others.size()))];
            edit.severity = to;
            w.field = QStringLiteral("severity");
            w.oldValue = severityValue(current->severity);
            w.newValue = severityValue(to);
            break;
        }
        case 1: {
            QList<Channel> others = allChannels();
            others.removeAll(current->channel);
            const Channel to = others[below(static_cast<int>(others.size()))];
            edit.channel = to;
            w.field = QStringLiteral("channel");
            w.oldValue = keyOf(current->channel);
            w.newValue = keyOf(to);
            break;
        }
        default:
            edit.description = QStringLiteral("Shared case described by %1").arg(stamp());
            w.field = QStringLiteral("description");
            w.oldValue = current->description;
            w.newValue = *edit.description;
            break;
        }
        auto updated = m_cases.update(id, edit, current->rowVersion);
        if (!updated)
            return failed(Op::Update, updated.error(), {Error::Code::Conflict});
        succeeded(w);
    }

    void transition()
    {
        ++counts(Op::Transition).attempted;
        const qint64 id = sharedCase();
        auto current = m_cases.get(id);
        if (!current)
            return failed(Op::Transition, current.error(), {});
        const QList<CaseStatus> next = Lifecycle::next(current->status);
        if (next.isEmpty())
            return;
        const CaseStatus to = next[below(static_cast<int>(next.size()))];
        auto moved = m_cases.transition(id, to, current->rowVersion);
        if (!moved)
            return failed(Op::Transition, moved.error(),
                          {Error::Code::Conflict, Error::Code::IllegalTransition});
        Write w;
        w.op = Op::Transition;
        w.caseId = id;
        w.actorId = m_user.id;
        w.field = QStringLiteral("status");
        w.oldValue = keyOf(current->status);
        w.newValue = keyOf(to);
        w.baseVersion = current->rowVersion;
        succeeded(w);
    }

    void addNote()
    {
        ++counts(Op::Note).attempted;
        const qint64 id = sharedCase();
        const QString text = QStringLiteral("Called back, %1").arg(stamp());
        auto noted = m_cases.addNote(id, text);
        if (!noted)
            return failed(Op::Note, noted.error(), {});
        Write w;
        w.op = Op::Note;
        w.caseId = id;
        w.actorId = m_user.id;
        w.text = text;
        succeeded(w);
    }

    void addGesture()
    {
        ++counts(Op::Gesture).attempted;
        const qint64 id = sharedCase();
        // Small ones fall within a rep's limit, larger ones wait for a lead.
        const qint64 cost = below(3) == 0 ? 500 + 100 * below(30) : 6000 + 500 * below(30);
        auto given =
            m_recovery.giveGesture(id, m_gestureTypeId, cost, QStringLiteral("Offered by %1").arg(stamp()));
        // A closed case refuses recovery changes (InvalidInput).
        if (!given)
            return failed(Op::Gesture, given.error(), {Error::Code::InvalidInput});
        Write w;
        w.op = Op::Gesture;
        w.caseId = id;
        w.actorId = m_user.id;
        w.gestureId = given->id;
        w.newValue = keyOf(given->status);
        succeeded(w);
    }

    void decide()
    {
        // From the oldest few, as leads working one queue would: several
        // leads reach for the same gesture now and then.
        auto pending = m_recovery.pendingApprovals(16);
        if (!pending) {
            ++counts(Op::Decide).attempted;
            return failed(Op::Decide, pending.error(), {});
        }
        if (pending->isEmpty()) {
            ++m_result.nothingToDecide;
            return;
        }
        ++counts(Op::Decide).attempted;
        const Gesture g = (*pending)[below(static_cast<int>(pending->size()))];
        const bool approve = below(2) == 0;
        // The gesture's id in the reason lets the check find its approval event.
        const QString reason = QStringLiteral("Decided by %1 [g%2]").arg(stamp()).arg(g.id);
        auto decided = m_recovery.decide(g.id, approve, reason);
        // Approving over the lead's own limit is refused (InvalidInput).
        if (!decided)
            return failed(Op::Decide, decided.error(), {Error::Code::Conflict, Error::Code::InvalidInput});
        Write w;
        w.op = Op::Decide;
        w.caseId = g.caseId;
        w.actorId = m_user.id;
        w.gestureId = g.id;
        w.oldValue = keyOf(Gesture::Status::Pending);
        w.newValue = keyOf(decided->status);
        succeeded(w);
    }

    int m_number = 0;
    Database m_db;
    User m_user;
    QList<qint64> m_shared;
    QList<qint64> m_customers;
    qint64 m_gestureTypeId = 0;
    std::mt19937_64 m_rng;
    std::chrono::steady_clock::time_point m_until;
    CaseRepository m_cases;
    RecoveryRepository m_recovery;
    qint64 m_serial = 0;
    DeskResult m_result;
};

// ---------------------------------------------------------------------------
// Seeding.

struct Seeded
{
    QList<User> deskUsers;
    QList<qint64> customers;
    QList<SharedCase> shared;
    qint64 gestureTypeId = 0;
    qint64 lastEventId = 0;
    qint64 lastCaseId = 0;
    QHash<qint64, Role> roles;
    QMap<Role, qint64> limits; ///< discretion limits per case, in cents
};

template <typename T> bool ok(const Result<T>& r, const QString& what)
{
    if (r)
        return true;
    complain(QStringLiteral("Seeding failed while %1: %2").arg(what, r.error().toString()));
    return false;
}

std::optional<Seeded> seed(const Database& db, int desks, int shared, std::mt19937_64& rng)
{
    Seeded s;
    const auto below = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    UserRepository users(db);
    auto admin = users.ensure(QStringLiteral("load-admin"), QStringLiteral("Load Admin"));
    if (!ok(admin, QStringLiteral("adding the administrator")))
        return std::nullopt;
    User seedRep;
    seedRep.login = QStringLiteral("load-seed-rep");
    seedRep.displayName = QStringLiteral("Seeding Rep");
    auto rep = users.create(seedRep);
    if (!ok(rep, QStringLiteral("adding the seeding rep")))
        return std::nullopt;
    s.roles.insert(admin->id, admin->role);
    s.roles.insert(rep->id, rep->role);
    for (int i = 0; i < desks; ++i) {
        // Every third desk is a lead, who can also decide gestures.
        User u;
        u.role = i % 3 == 0 ? Role::Lead : Role::Rep;
        u.login = QStringLiteral("desk-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        u.displayName = QStringLiteral("Desk %1 (%2)").arg(i + 1).arg(labelOf(u.role));
        auto made = users.create(u);
        if (!ok(made, QStringLiteral("adding desk users")))
            return std::nullopt;
        s.deskUsers << *made;
        s.roles.insert(made->id, made->role);
    }

    CustomerRepository customers(db);
    for (int i = 0; i < 12; ++i) {
        Customer c;
        c.name = QStringLiteral("Load Customer %1").arg(i + 1);
        c.company = QStringLiteral("Company %1").arg(i % 4 + 1);
        auto made = customers.create(c);
        if (!ok(made, QStringLiteral("adding customers")))
            return std::nullopt;
        s.customers << made->id;
    }

    RecoveryRepository asAdmin(db, *admin);
    auto catalogue = asAdmin.catalogue();
    if (!ok(catalogue, QStringLiteral("reading the gesture catalogue")) || catalogue->isEmpty())
        return std::nullopt;
    s.gestureTypeId = catalogue->first().id;
    for (Role role : {Role::Rep, Role::Lead, Role::Admin}) {
        auto limit = asAdmin.limitFor(role);
        if (!ok(limit, QStringLiteral("reading the discretion limits")))
            return std::nullopt;
        s.limits.insert(role, *limit);
    }

    CaseRepository cases(db, admin->id);
    RecoveryRepository asRep(db, *rep);
    for (int i = 0; i < shared; ++i) {
        NewCase intake;
        intake.customerId = s.customers[i % s.customers.size()];
        intake.productName = QStringLiteral("Pump P%1").arg(1 + i % 4);
        intake.channel = allChannels()[below(static_cast<int>(allChannels().size()))];
        intake.severity = allSeverities()[below(static_cast<int>(allSeverities().size()))];
        intake.description = QStringLiteral("Shared case %1 as first told").arg(i + 1);
        auto made = cases.create(intake);
        if (!ok(made, QStringLiteral("adding shared cases")))
            return std::nullopt;
        const qint64 id = made->id;
        // Every recovery step the gates ask for, so the case can go round
        // the whole lifecycle under the desks.
        if (!ok(asAdmin.recordApology(id, QStringLiteral("We are sorry the pump failed."), Channel::Email),
                QStringLiteral("recording an apology")))
            return std::nullopt;
        if (auto r =
                asAdmin.recordSolution(id, QStringLiteral("A new pump"), QStringLiteral("A working pump"));
            !r) {
            complain(
                QStringLiteral("Seeding failed while recording a solution: %1").arg(r.error().toString()));
            return std::nullopt;
        }
        if (auto r = asAdmin.recordDecline(id, QStringLiteral("Wants no voucher")); !r) {
            complain(
                QStringLiteral("Seeding failed while recording a decline: %1").arg(r.error().toString()));
            return std::nullopt;
        }
        if (auto r = asAdmin.recordAnalysis(id, 5, {QStringLiteral("The seal wore out")}, false); !r) {
            complain(
                QStringLiteral("Seeding failed while recording an analysis: %1").arg(r.error().toString()));
            return std::nullopt;
        }
        // One to three gestures over the rep's limit: pending for a lead.
        for (int g = 1 + below(3); g > 0; --g) {
            auto given = asRep.giveGesture(id, s.gestureTypeId, 6000 + 1000 * below(15),
                                           QStringLiteral("Seeded gesture"));
            if (!ok(given, QStringLiteral("adding pending gestures")))
                return std::nullopt;
        }
        auto after = cases.get(id);
        if (!ok(after, QStringLiteral("reading a shared case back")))
            return std::nullopt;
        SharedCase sc;
        sc.id = id;
        sc.seededVersion = after->rowVersion;
        sc.seeded.insert(QStringLiteral("severity"), severityValue(after->severity));
        sc.seeded.insert(QStringLiteral("channel"), keyOf(after->channel));
        sc.seeded.insert(QStringLiteral("description"), after->description);
        sc.seeded.insert(QStringLiteral("status"), keyOf(after->status));
        sc.seeded.insert(QStringLiteral("priority"), keyOf(after->priority));
        s.shared << sc;
        s.lastCaseId = std::max(s.lastCaseId, id);
    }
    auto last = sql::scalar(db.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM case_events"),
                            {}, QStringLiteral("reading the last event"), 0);
    if (!ok(last, QStringLiteral("reading the last event")))
        return std::nullopt;
    s.lastEventId = last->toLongLong();
    return s;
}

// ---------------------------------------------------------------------------
// The check against the store.

struct Finding
{
    QString what;
    qint64 count = 0;
};

struct Verdict
{
    QList<Finding> lost;
    QList<Finding> duplicated;
    QStringList examples; ///< a few concrete cases, to start a search from
    QStringList limitExamples;
    qint64 overLimit = 0;
    std::optional<AuditChain::Report> audit;
    QString error;

    static qint64 total(const QList<Finding>& list)
    {
        qint64 n = 0;
        for (const Finding& f : list)
            n += f.count;
        return n;
    }
    void example(const QString& text)
    {
        if (examples.size() < 8)
            examples << text;
    }
};

struct StoredEvent
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 actorId = 0;
    QString kind;
    QString field;
    QString oldValue;
    QString newValue;
    QString note;
};

/// What identifies a desk's write among the timeline's events. Recovery
/// events carry formatted money in their text, so a gesture is known by its
/// case, actor and step, a decision also by the gesture id in its reason.
using EventKey = std::tuple<qint64, qint64, QString, QString, QString, QString, QString>;

const QRegularExpression gestureMarker(QStringLiteral("\\[g(\\d+)\\]"));

EventKey keyOfEvent(const StoredEvent& e)
{
    if (e.kind == QLatin1String("recovery")) {
        if (e.field == QLatin1String("approval")) {
            const auto m = gestureMarker.match(e.note);
            return {e.caseId,
                    e.actorId,
                    e.kind,
                    e.field,
                    e.oldValue,
                    e.newValue,
                    m.hasMatch() ? m.captured(1) : QString()};
        }
        return {e.caseId, e.actorId, e.kind, e.field, {}, {}, {}};
    }
    return {e.caseId, e.actorId, e.kind, e.field, e.oldValue, e.newValue, e.note};
}

EventKey keyOfWrite(const Write& w)
{
    switch (w.op) {
    case Op::Create:
        return {w.caseId,
                w.actorId,
                QStringLiteral("created"),
                QStringLiteral("status"),
                {},
                keyOf(CaseStatus::New),
                {}};
    case Op::Update:
        return {w.caseId, w.actorId, QStringLiteral("field"), w.field, w.oldValue, w.newValue, {}};
    case Op::Transition:
        return {w.caseId, w.actorId, QStringLiteral("status"), w.field, w.oldValue, w.newValue, {}};
    case Op::Note: return {w.caseId, w.actorId, QStringLiteral("note"), {}, {}, {}, w.text};
    case Op::Gesture:
        return {w.caseId, w.actorId, QStringLiteral("recovery"), QStringLiteral("gesture"), {}, {}, {}};
    case Op::Decide:
        return {w.caseId,   w.actorId,  QStringLiteral("recovery"),  QStringLiteral("approval"),
                w.oldValue, w.newValue, QString::number(w.gestureId)};
    }
    return {};
}

Verdict check(const Database& db, const Seeded& seeded, const QList<Write>& writes)
{
    Verdict v;
    QSqlDatabase conn = db.connection();
    QSet<qint64> deskActors;
    for (const User& u : seeded.deskUsers)
        deskActors.insert(u.id);
    QHash<qint64, const SharedCase*> sharedById;
    for (const SharedCase& sc : seeded.shared)
        sharedById.insert(sc.id, &sc);

    // The store as it is now.
    struct StoredCase
    {
        qint64 rowVersion = 0;
        QHash<QString, QString> values;
    };
    QHash<qint64, StoredCase> cases;
    QList<StoredEvent> events;
    struct StoredGesture
    {
        qint64 caseId = 0;
        QString status;
        qint64 requestedBy = 0;
        qint64 decidedBy = 0;
        qint64 cost = 0;
        qint64 requestedAt = 0;
        qint64 decidedAt = 0;
    };
    QHash<qint64, StoredGesture> gestures;
    // Each statement's query ends before the next begins: a finished but
    // living forward-only query on PostgreSQL drains the next one's rows.
    const auto each = [&](const QString& statement, const QVariantList& values, const QString& what,
                          const std::function<void(const QSqlQuery&)>& row) {
        auto q = sql::run(conn, statement, values, what);
        if (!q) {
            v.error = q.error().toString();
            return false;
        }
        while (q->next())
            row(*q);
        return true;
    };
    const bool read =
        each(QStringLiteral("SELECT id, row_version, severity, channel, description, status, priority "
                            "FROM cases ORDER BY id"),
             {}, QStringLiteral("reading the cases"),
             [&](const QSqlQuery& q) {
                 StoredCase c;
                 c.rowVersion = q.value(1).toLongLong();
                 c.values.insert(QStringLiteral("severity"), q.value(2).toString());
                 c.values.insert(QStringLiteral("channel"), q.value(3).toString());
                 c.values.insert(QStringLiteral("description"), q.value(4).toString());
                 c.values.insert(QStringLiteral("status"), q.value(5).toString());
                 c.values.insert(QStringLiteral("priority"), q.value(6).toString());
                 cases.insert(q.value(0).toLongLong(), c);
             }) &&
        each(QStringLiteral("SELECT id, case_id, coalesce(actor_id, 0), kind, coalesce(field, ''), "
                            "coalesce(old_value, ''), coalesce(new_value, ''), coalesce(note, '') "
                            "FROM case_events WHERE id > ? ORDER BY id"),
             {seeded.lastEventId}, QStringLiteral("reading the timeline"),
             [&](const QSqlQuery& q) {
                 StoredEvent e;
                 e.id = q.value(0).toLongLong();
                 e.caseId = q.value(1).toLongLong();
                 e.actorId = q.value(2).toLongLong();
                 e.kind = q.value(3).toString();
                 e.field = q.value(4).toString();
                 e.oldValue = q.value(5).toString();
                 e.newValue = q.value(6).toString();
                 e.note = q.value(7).toString();
                 events << e;
             }) &&
        each(QStringLiteral("SELECT id, case_id, status, coalesce(requested_by, 0), coalesce(decided_by, 0), "
                            "cost_cents, requested_at, coalesce(decided_at, 0) FROM gestures"),
             {}, QStringLiteral("reading the gestures"), [&](const QSqlQuery& q) {
                 gestures.insert(q.value(0).toLongLong(),
                                 StoredGesture{q.value(1).toLongLong(), q.value(2).toString(),
                                               q.value(3).toLongLong(), q.value(4).toLongLong(),
                                               q.value(5).toLongLong(), q.value(6).toLongLong(),
                                               q.value(7).toLongLong()});
             });
    if (!read)
        return v;

    // 1. Row versions: every write on a shared case bumps it by exactly one
    //    (CaseJournal::touch, or the status update of a transition).
    QHash<qint64, qint64> recordedPerCase;
    for (const Write& w : writes) {
        if (sharedById.contains(w.caseId))
            ++recordedPerCase[w.caseId];
    }
    qint64 versionShort = 0;
    qint64 versionExtra = 0;
    for (const SharedCase& sc : seeded.shared) {
        const qint64 bumped = cases.value(sc.id).rowVersion - sc.seededVersion;
        const qint64 recorded = recordedPerCase.value(sc.id);
        if (bumped < recorded) {
            versionShort += recorded - bumped;
            v.example(QStringLiteral("%1: %2 writes recorded, row version moved by %3")
                          .arg(referenceFor(sc.id))
                          .arg(recorded)
                          .arg(bumped));
        } else if (bumped > recorded) {
            versionExtra += bumped - recorded;
            v.example(QStringLiteral("%1: %2 writes recorded, row version moved by %3")
                          .arg(referenceFor(sc.id))
                          .arg(recorded)
                          .arg(bumped));
        }
    }

    // 2. Two successful versioned writes on one case based on the same row
    //    version: one of them overwrote a write it never saw.
    QHash<std::pair<qint64, qint64>, int> bases;
    qint64 staleBases = 0;
    for (const Write& w : writes) {
        if (w.baseVersion < 0)
            continue;
        if (++bases[{w.caseId, w.baseVersion}] > 1) {
            ++staleBases;
            v.example(QStringLiteral("%1: two writes based on row version %2")
                          .arg(referenceFor(w.caseId))
                          .arg(w.baseVersion));
        }
    }

    // 3. Every write the desks recorded appears as exactly one event, and
    //    every event a desk's user wrote is one the desks recorded.
    QMap<EventKey, qint64> stored;
    for (const StoredEvent& e : events) {
        if (!deskActors.contains(e.actorId))
            continue;
        if (e.kind == QLatin1String("field") && e.field == QLatin1String("priority"))
            continue; // follows severity; checked by its chain below
        ++stored[keyOfEvent(e)];
    }
    qint64 missingEvents = 0;
    for (const Write& w : writes) {
        const EventKey key = keyOfWrite(w);
        auto it = stored.find(key);
        if (it == stored.end() || it.value() == 0) {
            ++missingEvents;
            v.example(
                QStringLiteral("%1: no event for a recorded %2").arg(referenceFor(w.caseId), opName(w.op)));
            continue;
        }
        --it.value();
    }
    qint64 extraEvents = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (it.value() > 0) {
            extraEvents += it.value();
            v.example(QStringLiteral("%1: %2 unrecorded %3/%4 event(s)")
                          .arg(referenceFor(std::get<0>(it.key())))
                          .arg(it.value())
                          .arg(std::get<2>(it.key()), std::get<3>(it.key())));
        }
    }

    // 4. Per shared case and field, the timeline chains: each change starts
    //    from the value the one before it left, and the last one's value is
    //    the stored one. A break is a write based on stale data.
    const QStringList chained{QStringLiteral("severity"), QStringLiteral("channel"),
                              QStringLiteral("description"), QStringLiteral("status"),
                              QStringLiteral("priority")};
    QHash<std::pair<qint64, QString>, QString> last;
    for (const SharedCase& sc : seeded.shared) {
        for (const QString& f : chained)
            last.insert({sc.id, f}, sc.seeded.value(f));
    }
    qint64 chainBreaks = 0;
    for (const StoredEvent& e : events) {
        if (!sharedById.contains(e.caseId))
            continue;
        const bool field = e.kind == QLatin1String("field") && chained.contains(e.field);
        const bool status = e.kind == QLatin1String("status");
        if (!field && !status)
            continue;
        const std::pair<qint64, QString> key{e.caseId, status ? QStringLiteral("status") : e.field};
        if (last.value(key) != e.oldValue) {
            ++chainBreaks;
            v.example(QStringLiteral("%1: %2 event %3 starts from %4, the one before left %5")
                          .arg(referenceFor(e.caseId), key.second)
                          .arg(e.id)
                          .arg(e.oldValue.left(40), last.value(key).left(40)));
        }
        last.insert(key, e.newValue);
    }
    qint64 finalMismatches = 0;
    for (const SharedCase& sc : seeded.shared) {
        for (const QString& f : chained) {
            if (cases.value(sc.id).values.value(f) != last.value({sc.id, f})) {
                ++finalMismatches;
                v.example(QStringLiteral("%1: stored %2 is %3, its timeline ends at %4")
                              .arg(referenceFor(sc.id), f, cases.value(sc.id).values.value(f).left(40),
                                   last.value({sc.id, f}).left(40)));
            }
        }
    }

    // 5. Gestures: each one a desk gave exists once, as given; each decided
    //    gesture was decided by one desk, as that desk recorded.
    qint64 gesturesMissing = 0;
    QSet<qint64> given;
    QHash<qint64, QList<const Write*>> decisions;
    for (const Write& w : writes) {
        if (w.op == Op::Gesture) {
            given.insert(w.gestureId);
            const StoredGesture g = gestures.value(w.gestureId);
            if (g.caseId != w.caseId || g.requestedBy != w.actorId) {
                ++gesturesMissing;
                v.example(QStringLiteral("gesture %1 given on %2 by user %3: stored on %4 by user %5")
                              .arg(w.gestureId)
                              .arg(referenceFor(w.caseId))
                              .arg(w.actorId)
                              .arg(referenceFor(g.caseId))
                              .arg(g.requestedBy));
            }
        } else if (w.op == Op::Decide) {
            decisions[w.gestureId] << &w;
        }
    }
    qint64 gesturesUnrecorded = 0;
    qint64 decidedTwice = 0;
    qint64 decisionsMissing = 0;
    qint64 decisionsUnrecorded = 0;
    for (auto it = gestures.cbegin(); it != gestures.cend(); ++it) {
        const StoredGesture& g = it.value();
        if (deskActors.contains(g.requestedBy) && !given.contains(it.key()))
            ++gesturesUnrecorded;
        const auto d = decisions.value(it.key());
        if (d.size() > 1) {
            ++decidedTwice;
            v.example(QStringLiteral("gesture %1 on %2: %3 desks' decisions succeeded")
                          .arg(it.key())
                          .arg(referenceFor(g.caseId))
                          .arg(d.size()));
        }
        if (d.size() == 1 && (g.status != d.first()->newValue || g.decidedBy != d.first()->actorId))
            ++decisionsMissing;
        if (d.isEmpty() && deskActors.contains(g.decidedBy))
            ++decisionsUnrecorded;
    }
    QHash<qint64, int> approvalEvents;
    for (const StoredEvent& e : events) {
        if (e.kind == QLatin1String("recovery") && e.field == QLatin1String("approval")) {
            const auto m = gestureMarker.match(e.note);
            if (m.hasMatch())
                ++approvalEvents[m.captured(1).toLongLong()];
        }
    }
    qint64 approvedTwice = 0;
    for (auto it = approvalEvents.cbegin(); it != approvalEvents.cend(); ++it) {
        if (it.value() > 1)
            ++approvedTwice;
    }

    // 6. Cases the desks made: each once, as made; none made unrecorded.
    QHash<qint64, int> createdIds;
    QHash<QString, int> createdTexts;
    qint64 createdMissing = 0;
    for (const Write& w : writes) {
        if (w.op != Op::Create)
            continue;
        ++createdIds[w.caseId];
        ++createdTexts[w.text];
        if (cases.value(w.caseId).values.value(QStringLiteral("description")) != w.text)
            ++createdMissing;
    }
    qint64 createdTwice = 0;
    for (int n : std::as_const(createdIds))
        createdTwice += n - 1;
    for (int n : std::as_const(createdTexts))
        createdTwice += n - 1;
    qint64 createdUnrecorded = 0;
    for (auto it = cases.cbegin(); it != cases.cend(); ++it) {
        if (it.key() > seeded.lastCaseId && !createdIds.contains(it.key()))
            ++createdUnrecorded;
    }

    // 7. The discretion limits held: taken in the order they came to count
    //    (granted when given, approved when decided), no gesture brought its
    //    case over the limit of whoever gave or approved it. Reported, not
    //    counted as lost: it is a rule, not an update.
    QHash<qint64, QList<std::tuple<qint64, qint64, qint64, qint64>>> counted; // case → (at, id, cost, by)
    for (auto it = gestures.cbegin(); it != gestures.cend(); ++it) {
        const StoredGesture& g = it.value();
        if (g.status == QLatin1String("granted"))
            counted[g.caseId] << std::tuple{g.requestedAt, it.key(), g.cost, g.requestedBy};
        else if (g.status == QLatin1String("approved"))
            counted[g.caseId] << std::tuple{g.decidedAt, it.key(), g.cost, g.decidedBy};
    }
    for (auto it = counted.begin(); it != counted.end(); ++it) {
        std::sort(it->begin(), it->end());
        qint64 sum = 0;
        for (const auto& [at, id, cost, by] : std::as_const(*it)) {
            sum += cost;
            const Role role = seeded.roles.value(by, Role::Rep);
            const qint64 limit = seeded.limits.value(role);
            if (sum > limit) {
                ++v.overLimit;
                if (v.limitExamples.size() < 3)
                    v.limitExamples << (QStringLiteral(
                                            "gesture %1 brought %2 to %3 cents, over its %4's limit of %5")
                                            .arg(id)
                                            .arg(referenceFor(it.key()))
                                            .arg(sum)
                                            .arg(labelOf(role))
                                            .arg(limit));
            }
        }
    }

    v.lost = {{QStringLiteral("row versions short of the recorded writes"), versionShort},
              {QStringLiteral("versioned writes based on a row version another write used"), staleBases},
              {QStringLiteral("recorded writes without their event"), missingEvents},
              {QStringLiteral("timeline chain breaks (a change from a stale value)"), chainBreaks},
              {QStringLiteral("stored values differing from their timeline"), finalMismatches},
              {QStringLiteral("recorded gestures missing or altered"), gesturesMissing},
              {QStringLiteral("recorded decisions missing or altered"), decisionsMissing},
              {QStringLiteral("recorded cases missing or altered"), createdMissing}};
    v.duplicated = {{QStringLiteral("row version bumps beyond the recorded writes"), versionExtra},
                    {QStringLiteral("desk events no desk recorded"), extraEvents},
                    {QStringLiteral("gestures decided by more than one desk"), decidedTwice},
                    {QStringLiteral("gestures with more than one approval event"), approvedTwice},
                    {QStringLiteral("decisions no desk recorded"), decisionsUnrecorded},
                    {QStringLiteral("gestures no desk recorded"), gesturesUnrecorded},
                    {QStringLiteral("cases created twice or unrecorded"), createdTwice + createdUnrecorded}};

    auto audit = AuditChain::verify(conn);
    if (audit)
        v.audit = *audit;
    else
        v.error = audit.error().toString();
    return v;
}

QString rate(qint64 n, double seconds)
{
    return QString::number(seconds > 0 ? double(n) / seconds : 0.0, 'f', 1);
}

QString pad(const QString& s, int width)
{
    return s.leftJustified(width);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("redress-desk-load"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs simulated desks against one PostgreSQL server and checks that no update was lost or "
        "duplicated."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The server, as postgresql://user@host:port/database; the load test makes and "
                       "drops its own database redress_load there."),
        QStringLiteral("address"));
    const QCommandLineOption desksOption(QStringLiteral("desks"), QStringLiteral("Desks (default 20)."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long the desks work (default 60)."),
                                           QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption sharedOption(QStringLiteral("shared"),
                                          QStringLiteral("Cases every desk works on (default 40)."),
                                          QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the redress_load database afterwards."));
    parser.addOptions({dbOption, desksOption, secondsOption, sharedOption, seedOption, keepOption});
    parser.process(app);

    const QString address = parser.value(dbOption);
    const int desks = parser.value(desksOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int sharedCount = parser.value(sharedOption).toInt();
    const quint64 seedValue = parser.value(seedOption).toULongLong();
    if (!Database::isServerAddress(address) || desks < 1 || seconds < 1 || sharedCount < 1) {
        complain(QStringLiteral("Usage: redress-desk-load --db postgresql://user@host:port/database "
                                "[--desks 20] [--seconds 60] [--shared 40] [--seed N] [--keep]"));
        return 2;
    }
    const QUrl serverUrl(address, QUrl::StrictMode);
    if (!serverUrl.isValid() || serverUrl.host().isEmpty()) {
        complain(QStringLiteral("%1 is not a PostgreSQL address.").arg(address));
        return 2;
    }
    QUrl storeUrl = serverUrl;
    storeUrl.setPath(QLatin1Char('/') + loadDatabase);

    if (!dropLoadDatabase(serverUrl) ||
        !execAdmin(serverUrl, QStringLiteral("CREATE DATABASE ") + loadDatabase))
        return 1;

    int status = 0;
    {
        auto opened = Database::open(storeUrl.toString());
        if (!opened) {
            complain(QStringLiteral("Cannot open the load store: %1").arg(opened.error().toString()));
            if (!parser.isSet(keepOption))
                dropLoadDatabase(serverUrl);
            return 1;
        }
        const Database db = *opened;

        const redress::bench::Machine machine = redress::bench::Machine::probe({}, {});
        QString server;
        QString fsync;
        if (auto v = sql::scalar(db.connection(), QStringLiteral("SHOW server_version"), {},
                                 QStringLiteral("reading the server version")))
            server = v->toString();
        if (auto v = sql::scalar(db.connection(), QStringLiteral("SHOW fsync"), {},
                                 QStringLiteral("reading the server settings")))
            fsync = v->toString();

        std::mt19937_64 rng(seedValue);
        QElapsedTimer seedTimer;
        seedTimer.start();
        const auto seeded = seed(db, desks, sharedCount, rng);
        if (!seeded) {
            db.closeAll();
            if (!parser.isSet(keepOption))
                dropLoadDatabase(serverUrl);
            return 1;
        }
        const qint64 seedMs = seedTimer.elapsed();

        say(QStringLiteral("Redress desk load test, %1")
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
        say(QStringLiteral("  machine: %1 cores, %2, %3 MiB RAM, %4; Qt %5")
                .arg(machine.cores)
                .arg(machine.cpu)
                .arg(machine.ramMb)
                .arg(machine.kernel, machine.qt));
        say(QStringLiteral("  server: PostgreSQL %1 at %2 (fsync %3), database %4")
                .arg(server, serverUrl.toString(QUrl::RemovePassword | QUrl::RemovePath), fsync,
                     loadDatabase));
        const int leads = static_cast<int>(std::count_if(seeded->deskUsers.cbegin(), seeded->deskUsers.cend(),
                                                         [](const User& u) { return u.role == Role::Lead; }));
        say(QStringLiteral(
                "  desks: %1 (%2 leads, %3 reps), %4 s, %5 shared cases, seed %6; seeding took %7 s")
                .arg(desks)
                .arg(leads)
                .arg(desks - leads)
                .arg(seconds)
                .arg(sharedCount)
                .arg(seedValue)
                .arg(QString::number(seedMs / 1000.0, 'f', 1)));

        QList<qint64> sharedIds;
        for (const SharedCase& sc : seeded->shared)
            sharedIds << sc.id;
        const redress::bench::CpuTicks before = redress::bench::CpuTicks::now();
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        std::vector<DeskResult> results(desks);
        std::vector<std::unique_ptr<QThread>> threads;
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < desks; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                Desk desk(i + 1, db, seeded->deskUsers[i], sharedIds, seeded->customers,
                          seeded->gestureTypeId, seedValue * 1000 + quint64(i) + 1, until);
                results[i] = desk.run();
            }));
            threads.back()->start();
        }
        for (auto& t : threads)
            t->wait();
        const double elapsed = wall.elapsed() / 1000.0;
        const redress::bench::CpuTicks after = redress::bench::CpuTicks::now();

        // The figures.
        QList<Write> writes;
        OpCounts total[opCount];
        qint64 nothingToDecide = 0;
        for (const DeskResult& r : results) {
            writes += r.writes;
            nothingToDecide += r.nothingToDecide;
            for (int k = 0; k < opCount; ++k) {
                total[k].attempted += r.ops[k].attempted;
                total[k].succeeded += r.ops[k].succeeded;
                total[k].conflicts += r.ops[k].conflicts;
                for (auto it = r.ops[k].refused.cbegin(); it != r.ops[k].refused.cend(); ++it)
                    total[k].refused[it.key()] += it.value();
                for (auto it = r.ops[k].unexpected.cbegin(); it != r.ops[k].unexpected.cend(); ++it)
                    total[k].unexpected[it.key()] += it.value();
                if (total[k].firstUnexpected.isEmpty())
                    total[k].firstUnexpected = r.ops[k].firstUnexpected;
            }
        }
        qint64 attempted = 0;
        qint64 succeeded = 0;
        qint64 unexpected = 0;
        for (const OpCounts& c : total) {
            attempted += c.attempted;
            succeeded += c.succeeded;
            for (qint64 n : c.unexpected)
                unexpected += n;
        }
        // The server runs on the same machine: its processes are the
        // "other" share, next to the desks' own.
        const qint64 ticks = after.machineTotal - before.machineTotal;
        say(QStringLiteral("  ran %1 s; of the machine's CPU the desks used %2%, other processes (the "
                           "server's included) %3%")
                .arg(QString::number(elapsed, 'f', 1))
                .arg(ticks > 0 ? qRound(100.0 * double(after.own - before.own) / double(ticks)) : 0)
                .arg(qRound(100 * redress::bench::CpuTicks::othersShare(before, after))));
        say(QString());
        say(QStringLiteral("operations: %1 (%2/s), %3 succeeded (%4/s)")
                .arg(attempted)
                .arg(rate(attempted, elapsed))
                .arg(succeeded)
                .arg(rate(succeeded, elapsed)));
        say(pad(QStringLiteral("  kind"), 18) + pad(QStringLiteral("tried"), 8) +
            pad(QStringLiteral("/s"), 8) + pad(QStringLiteral("done"), 8) +
            pad(QStringLiteral("conflict"), 10) + QStringLiteral("refused, errors"));
        for (int k = 0; k < opCount; ++k) {
            const OpCounts& c = total[k];
            QStringList other;
            for (auto it = c.refused.cbegin(); it != c.refused.cend(); ++it)
                other << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
            for (auto it = c.unexpected.cbegin(); it != c.unexpected.cend(); ++it)
                other << QStringLiteral("%1 %2 ERROR").arg(it.value()).arg(it.key());
            say(pad(QStringLiteral("  ") + opName(static_cast<Op>(k)), 18) +
                pad(QString::number(c.attempted), 8) + pad(rate(c.attempted, elapsed), 8) +
                pad(QString::number(c.succeeded), 8) + pad(QString::number(c.conflicts), 10) +
                (other.isEmpty() ? QStringLiteral("—") : other.join(QStringLiteral(", "))));
        }
        if (nothingToDecide > 0)
            say(QStringLiteral("  (a lead found nothing pending %1 times)").arg(nothingToDecide));
        for (int k = 0; k < opCount; ++k) {
            if (!total[k].firstUnexpected.isEmpty())
                say(QStringLiteral("  first unexpected error, %1: %2")
                        .arg(opName(static_cast<Op>(k)), total[k].firstUnexpected));
        }
        say(QStringLiteral("conflicts detected: %1 update, %2 transition, %3 decide")
                .arg(total[int(Op::Update)].conflicts)
                .arg(total[int(Op::Transition)].conflicts)
                .arg(total[int(Op::Decide)].conflicts));

        QElapsedTimer checkTimer;
        checkTimer.start();
        const Verdict verdict = check(db, *seeded, writes);
        const qint64 lost = Verdict::total(verdict.lost);
        const qint64 duplicated = Verdict::total(verdict.duplicated);
        say(QString());
        say(QStringLiteral("independent count: %1 writes recorded by the desks, checked in %2 s")
                .arg(writes.size())
                .arg(QString::number(checkTimer.elapsed() / 1000.0, 'f', 1)));
        say(QStringLiteral("lost: %1").arg(lost));
        for (const Finding& f : verdict.lost) {
            if (f.count > 0)
                say(QStringLiteral("  %1: %2").arg(f.what).arg(f.count));
        }
        say(QStringLiteral("duplicated: %1").arg(duplicated));
        for (const Finding& f : verdict.duplicated) {
            if (f.count > 0)
                say(QStringLiteral("  %1: %2").arg(f.what).arg(f.count));
        }
        for (const QString& e : verdict.examples)
            say(QStringLiteral("  e.g. ") + e);
        say(QStringLiteral("gestures over a discretion limit: %1").arg(verdict.overLimit));
        for (const QString& e : verdict.limitExamples)
            say(QStringLiteral("  e.g. ") + e);
        bool chainOk = false;
        if (verdict.audit) {
            chainOk = !verdict.audit->broken.has_value();
            if (chainOk)
                say(QStringLiteral("audit chain: intact, %1 events").arg(verdict.audit->checked));
            else
                say(QStringLiteral("audit chain: BROKEN at event %1 of %2: %3")
                        .arg(verdict.audit->broken->eventId)
                        .arg(referenceFor(verdict.audit->broken->caseId),
                             AuditChain::describe(verdict.audit->broken->problem)));
        } else {
            say(QStringLiteral("audit chain: not verified: %1").arg(verdict.error));
        }
        if (unexpected > 0)
            say(QStringLiteral("unexpected errors: %1").arg(unexpected));
        status = (lost == 0 && duplicated == 0 && chainOk && unexpected == 0) ? 0 : 1;
        say(status == 0 ? QStringLiteral("result: PASS") : QStringLiteral("result: FAIL"));
        db.closeAll();
    }
    if (!parser.isSet(keepOption))
        dropLoadDatabase(serverUrl);
    QSqlDatabase::removeDatabase(adminConnection);
    return status;
}
