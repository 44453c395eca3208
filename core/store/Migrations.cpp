#include "core/store/Migrations.h"

#include "core/cases/Priority.h"
#include "core/sla/SlaPolicy.h"
#include "core/store/SlaRepository.h"

#include "core/store/AuditChain.h"
#include "core/store/ChangeWatcher.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"
#include "core/store/ServerRoles.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace redress::core {

namespace {

using Statements = QStringList;

/// One rung of the ladder: the statements that take a store from the
/// version before to this one, per dialect. A PostgreSQL store starts at
/// postgresBaseline (whole), so rungs up to it carry SQLite statements only.
struct Step
{
    Statements sqlite;
    Statements postgres;
};

// Version 1: customers, products, users, cases with their timeline, drafts,
// and the trigram index the case list searches.
//
// The cases table repeats the customer's, company's, product's and owner's
// names: the list sorts a million rows by them, and only a column of the
// table itself can have an index that serves ORDER BY ... LIMIT. The
// repositories keep the copies in step inside the same transaction.
Statements version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'lead', 'executive', 'quality', 'admin')),
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
            company TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            segment TEXT NOT NULL DEFAULT '',
            lifetime_value_cents INTEGER NOT NULL DEFAULT 0 CHECK (lifetime_value_cents >= 0),
            created_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX customers_by_name ON customers (name, id)"),
        QStringLiteral("CREATE INDEX customers_by_company ON customers (company, id)"),
        QStringLiteral(R"(CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            category TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            product_id INTEGER NOT NULL REFERENCES products (id),
            channel TEXT NOT NULL
                CHECK (channel IN ('phone', 'email', 'chat', 'in_person', 'social', 'letter')),
            description TEXT NOT NULL CHECK (length(trim(description)) > 0),
            severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
            impact INTEGER NOT NULL CHECK (impact BETWEEN 0 AND 3),
            status TEXT NOT NULL CHECK (status IN ('new', 'acknowledged', 'in_recovery', 'resolved',
                                                   'follow_up', 'closed', 'reopened')),
            owner_id INTEGER REFERENCES users (id),
            opened_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            resolved_at INTEGER,
            closed_at INTEGER,
            row_version INTEGER NOT NULL DEFAULT 1,
            customer_name TEXT NOT NULL COLLATE NOCASE,
            company TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
            product_name TEXT NOT NULL COLLATE NOCASE,
            owner_name TEXT NOT NULL DEFAULT '' COLLATE NOCASE))"),
        // One index per sortable column of the case list, id last so that
        // keyset windows over equal keys are stable.
        QStringLiteral("CREATE INDEX cases_by_opened ON cases (opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_by_updated ON cases (updated_at, id)"),
        QStringLiteral("CREATE INDEX cases_by_customer_name ON cases (customer_name, id)"),
        QStringLiteral("CREATE INDEX cases_by_company ON cases (company, id)"),
        QStringLiteral("CREATE INDEX cases_by_product_name ON cases (product_name, id)"),
        QStringLiteral("CREATE INDEX cases_by_channel ON cases (channel, id)"),
        QStringLiteral("CREATE INDEX cases_by_severity ON cases (severity, id)"),
        QStringLiteral("CREATE INDEX cases_by_impact ON cases (impact, id)"),
        QStringLiteral("CREATE INDEX cases_by_status ON cases (status, id)"),
        // An index names its table without an alias; the expression is the
        // list's, with the alias dropped.
        QStringLiteral("CREATE INDEX cases_by_status_rank ON cases (%1, id)")
            .arg(schema::statusRank().replace(QStringLiteral("c.status"), QStringLiteral("status"))),
        QStringLiteral("CREATE INDEX cases_by_owner_name ON cases (owner_name, id)"),
        QStringLiteral("CREATE INDEX cases_by_customer ON cases (customer_id)"),
        QStringLiteral("CREATE INDEX cases_by_product ON cases (product_id)"),
        QStringLiteral("CREATE INDEX cases_by_owner ON cases (owner_id)"),
        QStringLiteral(R"(CREATE TABLE case_events (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            at INTEGER NOT NULL,
            actor_id INTEGER REFERENCES users (id),
            kind TEXT NOT NULL CHECK (kind IN ('created', 'status', 'assigned', 'field', 'note', 'recovery')),
            field TEXT NOT NULL DEFAULT '',
            old_value TEXT NOT NULL DEFAULT '',
            new_value TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX case_events_by_case ON case_events (case_id, id)"),
        // The timeline is append-only: a correction is a new event.
        QStringLiteral(R"(CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
            BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
            BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END)"),
        QStringLiteral(R"(CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            user_login TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (user_login, kind)))"),
        // Trigram tokens find any substring of three or more characters, so
        // "leak" finds "leaking" and part of a name finds the customer.
        // Names are indexed once per customer, not once per case: a million
        // cases come from far fewer customers, and a renamed customer
        // re-indexes one row.
        QStringLiteral(R"(CREATE VIRTUAL TABLE case_search USING fts5 (
            description, content = 'cases', content_rowid = 'id', tokenize = 'trigram'))"),
        QStringLiteral(R"(CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
            INSERT INTO case_search (rowid, description) VALUES (new.id, new.description); END)"),
        QStringLiteral(R"(CREATE TRIGGER cases_search_update AFTER UPDATE OF description ON cases BEGIN
            INSERT INTO case_search (case_search, rowid, description) VALUES ('delete', old.id, old.description);
            INSERT INTO case_search (rowid, description) VALUES (new.id, new.description); END)"),
        QStringLiteral(R"(CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
            INSERT INTO case_search (case_search, rowid, description) VALUES ('delete', old.id, old.description);
            END)"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE customer_search USING fts5 (
            name, company, content = 'customers', content_rowid = 'id', tokenize = 'trigram'))"),
        QStringLiteral(R"(CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
            INSERT INTO customer_search (rowid, name, company) VALUES (new.id, new.name, new.company); END)"),
        QStringLiteral(
            R"(CREATE TRIGGER customers_search_update AFTER UPDATE OF name, company ON customers BEGIN
            INSERT INTO customer_search (customer_search, rowid, name, company)
            VALUES ('delete', old.id, old.name, old.company);
            INSERT INTO customer_search (rowid, name, company) VALUES (new.id, new.name, new.company); END)"),
        QStringLiteral(R"(CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
            INSERT INTO customer_search (customer_search, rowid, name, company)
            VALUES ('delete', old.id, old.name, old.company); END)"),
        QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
    };
}

// Version 2: the four steps of service recovery — apology templates and
// the apologies sent from them, solutions with their promises, the gesture
// catalogue with discretion limits and approvals, the root-cause taxonomy
// and each case's analysis.
Statements version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE apology_templates (
            id INTEGER PRIMARY KEY,
            template_key TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version >= 1),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            body TEXT NOT NULL,
            situation TEXT NOT NULL DEFAULT '{}',
            created_at INTEGER NOT NULL,
            created_by INTEGER REFERENCES users (id),
            UNIQUE (template_key, version)))"),
        QStringLiteral(R"(CREATE TABLE apologies (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            template_id INTEGER REFERENCES apology_templates (id),
            body TEXT NOT NULL CHECK (length(trim(body)) > 0),
            channel TEXT NOT NULL,
            flags INTEGER NOT NULL DEFAULT 0,
            sent_at INTEGER NOT NULL,
            sent_by INTEGER REFERENCES users (id)))"),
        QStringLiteral("CREATE INDEX apologies_by_case ON apologies (case_id)"),
        QStringLiteral(R"(CREATE TABLE solutions (
            case_id INTEGER PRIMARY KEY REFERENCES cases (id),
            fix TEXT NOT NULL CHECK (length(trim(fix)) > 0),
            customer_wants TEXT NOT NULL CHECK (length(trim(customer_wants)) > 0),
            promised_by TEXT,
            recorded_at INTEGER NOT NULL,
            recorded_by INTEGER REFERENCES users (id)))"),
        QStringLiteral(R"(CREATE TABLE gesture_types (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('credit', 'free_service', 'upgrade', 'shipping', 'contact', 'other')),
            default_cost_cents INTEGER NOT NULL DEFAULT 0 CHECK (default_cost_cents >= 0),
            active INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE discretion_limits (
            role TEXT PRIMARY KEY CHECK (role IN ('rep', 'lead', 'executive', 'quality', 'admin')),
            limit_cents INTEGER NOT NULL CHECK (limit_cents >= 0)))"),
        QStringLiteral(R"(CREATE TABLE gestures (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            gesture_type_id INTEGER NOT NULL REFERENCES gesture_types (id),
            note TEXT NOT NULL DEFAULT '',
            cost_cents INTEGER NOT NULL CHECK (cost_cents >= 0),
            status TEXT NOT NULL CHECK (status IN ('granted', 'pending', 'approved', 'rejected')),
            requested_by INTEGER REFERENCES users (id),
            requested_at INTEGER NOT NULL,
            decided_by INTEGER REFERENCES users (id),
            decided_at INTEGER,
            decision_reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX gestures_by_case ON gestures (case_id)"),
        // The approval queue reads pending gestures oldest first.
        QStringLiteral("CREATE INDEX gestures_by_status ON gestures (status, requested_at)"),
        QStringLiteral(R"(CREATE TABLE gesture_declines (
            case_id INTEGER PRIMARY KEY REFERENCES cases (id),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            recorded_at INTEGER NOT NULL,
            recorded_by INTEGER REFERENCES users (id)))"),
        QStringLiteral(R"(CREATE TABLE root_causes (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES root_causes (id),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            active INTEGER NOT NULL DEFAULT 1))"),
        // NULL parents are distinct to UNIQUE, so top-level names need their own index.
        QStringLiteral(
            "CREATE UNIQUE INDEX root_causes_by_name ON root_causes (coalesce(parent_id, 0), name)"),
        QStringLiteral(R"(CREATE TABLE analyses (
            case_id INTEGER PRIMARY KEY REFERENCES cases (id),
            root_cause_id INTEGER NOT NULL REFERENCES root_causes (id),
            whys TEXT NOT NULL DEFAULT '[]',
            education_gap INTEGER NOT NULL DEFAULT 0,
            recorded_at INTEGER NOT NULL,
            recorded_by INTEGER REFERENCES users (id)))"),
        QStringLiteral("CREATE INDEX analyses_by_root_cause ON analyses (root_cause_id)"),
        // Limits in cents per case; a lead or above can change them.
        QStringLiteral(
            "INSERT INTO discretion_limits (role, limit_cents) VALUES ('rep', 5000), ('lead', 50000), "
            "('executive', 500000), ('quality', 0), ('admin', 500000)"),
        QStringLiteral(R"(INSERT INTO gesture_types (name, kind, default_cost_cents) VALUES
            ('Account credit', 'credit', 2500), ('Refund of delivery charge', 'credit', 995),
            ('Free service visit', 'free_service', 12000), ('Upgrade to the next model', 'upgrade', 25000),
            ('Expedited shipping', 'shipping', 1500), ('Overnight replacement', 'shipping', 4000),
            ('Personal contact number', 'contact', 0), ('Handwritten apology from a manager', 'other', 0))"),
        QStringLiteral(R"(INSERT INTO root_causes (id, parent_id, name) VALUES
            (1, NULL, 'Product defect'), (2, 1, 'Hardware'), (3, 2, 'Power supply'), (4, 2, 'Pump or motor'),
            (5, 2, 'Leak or seal'), (6, 1, 'Software'), (7, 6, 'Crash or freeze'), (8, 6, 'Lost data'),
            (9, NULL, 'Delivery'), (10, 9, 'Late'), (11, 9, 'Damaged in transit'), (12, 9, 'Wrong item'),
            (13, NULL, 'Billing'), (14, 13, 'Double charge'), (15, 13, 'Wrong price'),
            (16, NULL, 'Service'), (17, 16, 'Missed appointment'), (18, 16, 'No call back'),
            (19, 16, 'Long wait'), (20, 16, 'Rude or unhelpful'),
            (21, NULL, 'Customer error'), (22, 21, 'Setup or installation'), (23, 21, 'Misuse'),
            (24, NULL, 'Information'), (25, 24, 'Misleading advert'), (26, 24, 'Missing instructions'))"),
    };
}

// Version 3: where an imported case came from, and the recovery the old
// system recorded for it. Redress keeps that summary as the old system wrote
// it rather than inventing apology, solution and gesture records it never
// saw; the store check takes an imported case as recovered.
Statements version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE case_imports (
            case_id INTEGER PRIMARY KEY REFERENCES cases (id),
            source TEXT NOT NULL,
            line INTEGER NOT NULL,
            imported_at INTEGER NOT NULL,
            imported_by INTEGER REFERENCES users (id),
            apology_sent_at INTEGER,
            solution TEXT NOT NULL DEFAULT '',
            gestures TEXT NOT NULL DEFAULT '',
            gesture_cost_cents INTEGER CHECK (gesture_cost_cents >= 0),
            promise TEXT NOT NULL DEFAULT ''))"),
    };
}

// Version 4: priority from severity × business impact through a matrix
// leads can edit (issue 5). Existing cases get theirs from the seeded
// matrix in the same step, so no case is ever without one.
Statements version4()
{
    QStringList keys;
    for (Priority p : allPriorities())
        keys << QLatin1Char('\'') + keyOf(p) + QLatin1Char('\'');
    const QString allowed = keys.join(QStringLiteral(", "));
    // The seed is our own constant table, written out as text because a
    // migration step is plain SQL.
    QStringList seed;
    for (const PriorityMatrix::Cell& c : PriorityMatrix::defaults().cells())
        seed << QStringLiteral("(%1, %2, '%3')").arg(c.severity).arg(c.impact).arg(c.priority);
    return {
        QStringLiteral(R"(CREATE TABLE priority_matrix (
            severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
            impact INTEGER NOT NULL CHECK (impact BETWEEN 0 AND 3),
            priority TEXT NOT NULL CHECK (priority IN (%1)),
            PRIMARY KEY (severity, impact)))")
            .arg(allowed),
        QStringLiteral("INSERT INTO priority_matrix (severity, impact, priority) VALUES %1")
            .arg(seed.join(QStringLiteral(", "))),
        QStringLiteral("ALTER TABLE cases ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal' "
                       "CHECK (priority IN (%1))")
            .arg(allowed),
        schema::fillPriorities(),
        QStringLiteral("CREATE INDEX cases_by_priority ON cases (%1, id)")
            .arg(schema::priorityRank().replace(QStringLiteral("c.priority"), QStringLiteral("priority"))),
    };
}

// Version 5: SLA clocks and the escalation ladder (issue 5). A calendar
// (Monday to Friday 09:00–17:00 in the zone of the desk that creates or
// upgrades the store, to be set by a lead), targets per priority, and per case
// the facts the clock runs on and the due times that follow from them. The
// due times are derived in code (afterStep) because business time is.
Statements version5()
{
    const BusinessCalendar standard = BusinessCalendar::standard(QTimeZone::systemTimeZoneId())
                                          .value_or(BusinessCalendar::standard("UTC").value());
    QStringList policies;
    const SlaPolicies defaults = SlaPolicies::defaults();
    for (Priority p : allPriorities()) {
        const SlaTargets& t = defaults.of(p);
        policies << QStringLiteral("('%1', %2, %3, %4, %5, %6)")
                        .arg(keyOf(p))
                        .arg(t.acknowledgeMinutes)
                        .arg(t.contactMinutes)
                        .arg(t.resolveMinutes)
                        .arg(t.executiveMinutes)
                        .arg(t.aroundTheClock ? 1 : 0);
    }
    // Our own constants, quoted for SQL: a zone id holds no quote, JSON of
    // times none either, but double any to be safe.
    const auto quoted = [](QString text) -> QString {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    };
    const QString minutes = QStringLiteral("INTEGER NOT NULL CHECK (%1 BETWEEN 0 AND 527040)");
    return {
        QStringLiteral(R"(CREATE TABLE sla_calendar (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            zone TEXT NOT NULL,
            week TEXT NOT NULL,
            holidays TEXT NOT NULL DEFAULT '[]'))"),
        QStringLiteral("INSERT INTO sla_calendar (id, zone, week, holidays) VALUES (1, %1, %2, '[]')")
            .arg(quoted(QString::fromUtf8(standard.zone().id())),
                 quoted(QString::fromUtf8(weekToJson(standard.week())))),
        QStringLiteral(R"(CREATE TABLE sla_policies (
            priority TEXT PRIMARY KEY,
            acknowledge_minutes %1,
            contact_minutes %2,
            resolve_minutes %3,
            executive_minutes %4,
            around_the_clock INTEGER NOT NULL DEFAULT 0))")
            .arg(minutes.arg(QStringLiteral("acknowledge_minutes")),
                 minutes.arg(QStringLiteral("contact_minutes")),
                 minutes.arg(QStringLiteral("resolve_minutes")),
                 minutes.arg(QStringLiteral("executive_minutes"))),
        QStringLiteral("INSERT INTO sla_policies VALUES %1").arg(policies.join(QStringLiteral(", "))),
        QStringLiteral("ALTER TABLE cases ADD COLUMN acknowledged_at INTEGER"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN first_contact_at INTEGER"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN waiting_since INTEGER"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN acknowledge_due INTEGER"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN contact_due INTEGER"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN resolve_due INTEGER"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN sla_due INTEGER"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (escalation_level BETWEEN 0 AND 2)"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN escalated_at INTEGER"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN escalation_due INTEGER"),
        // What the timeline already knows: leaving New acknowledged a case,
        // the first apology was the first contact.
        schema::fillResponseTimes(QStringLiteral("1 = 1")),
        QStringLiteral(R"(CREATE TABLE sla_pauses (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            started_at INTEGER NOT NULL,
            ended_at INTEGER CHECK (ended_at IS NULL OR ended_at >= started_at),
            started_by INTEGER REFERENCES users (id),
            reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX sla_pauses_by_case ON sla_pauses (case_id, started_at)"),
        QStringLiteral(R"(CREATE TABLE escalations (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            from_level INTEGER NOT NULL CHECK (from_level BETWEEN 0 AND 1),
            to_level INTEGER NOT NULL CHECK (to_level = from_level + 1),
            rule TEXT NOT NULL CHECK (rule IN ('acknowledge', 'contact', 'resolve', 'executive', 'manual')),
            reason TEXT NOT NULL DEFAULT '',
            due_at INTEGER,
            escalated_at INTEGER NOT NULL,
            escalated_by INTEGER REFERENCES users (id),
            UNIQUE (case_id, to_level)))"),
        QStringLiteral(R"(CREATE TABLE escalation_obligations (
            escalation_id INTEGER NOT NULL REFERENCES escalations (id),
            kind TEXT NOT NULL CHECK (kind IN ('executive_call', 'repair_estimate', 'prevention')),
            done_at INTEGER,
            done_by INTEGER REFERENCES users (id),
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (escalation_id, kind)))"),
        QStringLiteral("CREATE INDEX escalation_obligations_open ON escalation_obligations (escalation_id) "
                       "WHERE done_at IS NULL"),
        // The rules' one query: what is due by now, and nothing else.
        QStringLiteral("CREATE INDEX cases_by_escalation_due ON cases (escalation_due) "
                       "WHERE escalation_due IS NOT NULL"),
        QStringLiteral("CREATE INDEX cases_by_due ON cases (%1, id)")
            .arg(schema::dueRank().replace(QStringLiteral("c.sla_due"), QStringLiteral("sla_due"))),
        QStringLiteral("CREATE INDEX cases_by_level ON cases (escalation_level, id)"),
    };
}

// Version 6: the follow-up after resolution (issue 7): how likely the
// customer now is to recommend us, and, when known, what they said before
// the complaint. One per case: it is a measurement taken once, and reports
// already read must not change under a second answer.
Statements version6()
{
    return {
        QStringLiteral(R"(CREATE TABLE follow_ups (
            case_id INTEGER PRIMARY KEY REFERENCES cases (id),
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            prior_score INTEGER CHECK (prior_score IS NULL OR prior_score BETWEEN 0 AND 10),
            comment TEXT NOT NULL DEFAULT '',
            recorded_at INTEGER NOT NULL,
            recorded_by INTEGER REFERENCES users (id)))"),
        // The champions report reads follow-ups by when they were taken.
        QStringLiteral("CREATE INDEX follow_ups_by_recorded ON follow_ups (recorded_at)"),
        // The follow-up queue, oldest resolution first: one ordered range per
        // status, merged. (A partial index on the two statuses is not used
        // without ANALYZE statistics: SQLite prefers cases_by_status and a sort.)
        QStringLiteral("CREATE INDEX cases_by_status_resolved ON cases (status, resolved_at, id)"),
    };
}

// Version 7: problem records (issue 7): one defect (or one gap in what
// customers are told) behind many complaints, the corrective action with
// the day it took effect, the cases linked to it, and the effectiveness
// reviews due after that day. The effective day is stored as the instant
// it began, midnight UTC, like every other time in the store.
Statements version7()
{
    return {
        QStringLiteral(R"(CREATE TABLE problems (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'defect' CHECK (kind IN ('defect', 'education')),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            root_cause_id INTEGER NOT NULL REFERENCES root_causes (id),
            owner_id INTEGER NOT NULL REFERENCES users (id),
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'action_taken', 'verified', 'closed')),
            corrective_action TEXT NOT NULL DEFAULT '',
            effective_on INTEGER,
            created_at INTEGER NOT NULL,
            created_by INTEGER REFERENCES users (id),
            updated_at INTEGER NOT NULL,
            closed_at INTEGER,
            row_version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX problems_by_root_cause ON problems (root_cause_id)"),
        QStringLiteral("CREATE INDEX problems_by_owner ON problems (owner_id)"),
        QStringLiteral(R"(CREATE TABLE problem_cases (
            problem_id INTEGER NOT NULL REFERENCES problems (id),
            case_id INTEGER NOT NULL REFERENCES cases (id),
            linked_at INTEGER NOT NULL,
            linked_by INTEGER REFERENCES users (id),
            PRIMARY KEY (problem_id, case_id)) WITHOUT ROWID)"),
        // A case's detail asks which problems it belongs to.
        QStringLiteral("CREATE INDEX problem_cases_by_case ON problem_cases (case_id)"),
        QStringLiteral(R"(CREATE TABLE problem_reviews (
            id INTEGER PRIMARY KEY,
            problem_id INTEGER NOT NULL REFERENCES problems (id),
            offset_days INTEGER NOT NULL CHECK (offset_days > 0),
            due_at INTEGER NOT NULL,
            done_at INTEGER,
            done_by INTEGER REFERENCES users (id),
            verdict TEXT CHECK (verdict IS NULL OR verdict IN ('fell', 'not_yet_known', 'did_not_fall')),
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX problem_reviews_by_problem ON problem_reviews (problem_id, due_at)"),
        // The owner's queue: their problems (problems_by_owner), then only
        // the reviews still open, by due time.
        QStringLiteral("CREATE INDEX problem_reviews_open ON problem_reviews (problem_id, due_at) "
                       "WHERE done_at IS NULL"),
    };
}

// Version 8: what the dashboard's aggregates need (issue 7). A case carries
// its root cause, what its gestures cost and the day it was promised for,
// copied from analyses, gestures and solutions: a million cases then group
// in one pass over an index of cases instead of three joins and a sort.
// Triggers keep the copies in step in the writing transaction whoever
// writes (repositories, import, demo), and the step fills them once.
Statements version8()
{
    // The sum a case's gestures cost, for the case `id` (SQL on the trigger).
    const auto compensation = [](const QString& id) {
        return QStringLiteral("UPDATE cases SET compensation_cents = (SELECT coalesce(sum(g.cost_cents), 0) "
                              "FROM gestures g WHERE g.case_id = %1 AND g.status IN ('granted', 'approved')) "
                              "WHERE id = %1;")
            .arg(id);
    };
    return {
        QStringLiteral("ALTER TABLE cases ADD COLUMN root_cause_id INTEGER"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN compensation_cents INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN promised_by TEXT"),
        QStringLiteral("CREATE TRIGGER analyses_cause_insert AFTER INSERT ON analyses BEGIN "
                       "UPDATE cases SET root_cause_id = new.root_cause_id WHERE id = new.case_id; END"),
        QStringLiteral(
            "CREATE TRIGGER analyses_cause_update AFTER UPDATE OF case_id, root_cause_id ON analyses "
            "BEGIN UPDATE cases SET root_cause_id = NULL WHERE id = old.case_id; "
            "UPDATE cases SET root_cause_id = new.root_cause_id WHERE id = new.case_id; END"),
        QStringLiteral("CREATE TRIGGER analyses_cause_delete AFTER DELETE ON analyses BEGIN "
                       "UPDATE cases SET root_cause_id = NULL WHERE id = old.case_id; END"),
        QStringLiteral("CREATE TRIGGER gestures_cost_insert AFTER INSERT ON gestures BEGIN %1 END")
            .arg(compensation(QStringLiteral("new.case_id"))),
        QStringLiteral("CREATE TRIGGER gestures_cost_update AFTER UPDATE OF case_id, cost_cents, status "
                       "ON gestures BEGIN %1 %2 END")
            .arg(compensation(QStringLiteral("old.case_id")), compensation(QStringLiteral("new.case_id"))),
        QStringLiteral("CREATE TRIGGER gestures_cost_delete AFTER DELETE ON gestures BEGIN %1 END")
            .arg(compensation(QStringLiteral("old.case_id"))),
        QStringLiteral("CREATE TRIGGER solutions_promise_insert AFTER INSERT ON solutions BEGIN "
                       "UPDATE cases SET promised_by = new.promised_by WHERE id = new.case_id; END"),
        QStringLiteral(
            "CREATE TRIGGER solutions_promise_update AFTER UPDATE OF case_id, promised_by ON solutions "
            "BEGIN UPDATE cases SET promised_by = NULL WHERE id = old.case_id; "
            "UPDATE cases SET promised_by = new.promised_by WHERE id = new.case_id; END"),
        QStringLiteral("CREATE TRIGGER solutions_promise_delete AFTER DELETE ON solutions BEGIN "
                       "UPDATE cases SET promised_by = NULL WHERE id = old.case_id; END"),
        QStringLiteral("UPDATE cases SET root_cause_id = (SELECT a.root_cause_id FROM analyses a WHERE "
                       "a.case_id = cases.id), compensation_cents = coalesce((SELECT sum(g.cost_cents) FROM "
                       "gestures g WHERE g.case_id = cases.id AND g.status IN ('granted', 'approved')), 0), "
                       "promised_by = (SELECT s.promised_by FROM solutions s WHERE s.case_id = cases.id)"),
        // Pareto and trend: cases per cause and UTC day in index order. The
        // bare opened_at makes it covering (SQLite 3.40 does not read a
        // column back out of an indexed expression).
        QStringLiteral("CREATE INDEX cases_by_cause_day ON cases (root_cause_id, (opened_at / 86400000), "
                       "compensation_cents, opened_at)"),
        // Promises: the cases of each promised day, resolved when.
        QStringLiteral("CREATE INDEX cases_by_promise ON cases (promised_by, resolved_at, opened_at)"),
        // Time to resolution by status, and the ageing of open cases.
        QStringLiteral("CREATE INDEX cases_by_status_times ON cases (status, resolved_at, opened_at)"),
        // SLA breaches: a target met late, or unmet with a due time, is a
        // small part of the cases; each is counted off an index of its own
        // rather than by testing every case.
        QStringLiteral("CREATE INDEX cases_acknowledged_late ON cases (opened_at) "
                       "WHERE acknowledged_at > acknowledge_due"),
        QStringLiteral(
            "CREATE INDEX cases_contacted_late ON cases (opened_at) WHERE first_contact_at > contact_due"),
        QStringLiteral(
            "CREATE INDEX cases_resolved_late ON cases (opened_at) WHERE resolved_at > resolve_due"),
        QStringLiteral("CREATE INDEX cases_unacknowledged ON cases (acknowledge_due, opened_at) "
                       "WHERE acknowledged_at IS NULL"),
        QStringLiteral("CREATE INDEX cases_uncontacted ON cases (contact_due, opened_at) "
                       "WHERE first_contact_at IS NULL"),
        QStringLiteral(
            "CREATE INDEX cases_unresolved ON cases (resolve_due, opened_at) WHERE resolved_at IS NULL"),
    };
}

// Version 9: the timeline as a tamper-evident audit log, and erasure on
// request. Every event carries the SHA-256 of its text (payload_digest), the
// hash of the event before it (prev_hash) and its own hash over its facts
// and that digest (AuditChain); afterStep seals the existing events in id
// order. An erasure replaces the text of a customer's events and marks each
// with the erasure note that covers it (redacted_by); the digest and the
// hashes stay, so the chain still verifies (Erasure.h). The append-only
// trigger now lets exactly those two updates through, each once: the chain
// columns set from empty, and the text of a sealed event replaced with its
// chain columns unchanged.
/// When an update of a timeline event is allowed (SQL over `old` and `new`):
/// sealing it into the chain once, or erasing its text once, nothing else.
QString eventUpdateAllowed()
{
    const QString same = QStringLiteral(
        "new.id = old.id AND new.case_id = old.case_id AND new.at = old.at AND new.actor_id IS old.actor_id "
        "AND new.kind = old.kind AND new.field = old.field");
    // IS, not =, for the columns that may be NULL: a comparison with NULL
    // is unknown, and an unknown WHEN lets the update through.
    const QString sealing = QStringLiteral(
        "old.hash IS NULL AND new.hash IS NOT NULL AND new.payload_digest IS NOT NULL AND "
        "new.prev_hash IS NOT NULL AND new.old_value = old.old_value AND new.new_value = old.new_value AND "
        "new.note = old.note AND old.redacted_by IS NULL AND new.redacted_by IS NULL");
    const QString erasing =
        QStringLiteral("old.hash IS NOT NULL AND new.hash IS old.hash AND new.prev_hash IS old.prev_hash AND "
                       "new.payload_digest IS old.payload_digest AND old.redacted_by IS NULL AND "
                       "new.redacted_by IS NOT NULL");
    return QStringLiteral("%1 AND ((%2) OR (%3))").arg(same, sealing, erasing);
}

Statements version9()
{
    return {
        QStringLiteral("ALTER TABLE case_events ADD COLUMN payload_digest TEXT"),
        QStringLiteral("ALTER TABLE case_events ADD COLUMN prev_hash TEXT"),
        QStringLiteral("ALTER TABLE case_events ADD COLUMN hash TEXT"),
        QStringLiteral("ALTER TABLE case_events ADD COLUMN redacted_by INTEGER"),
        // Appenders find the events still to seal (normally the one just
        // written) without reading the table.
        QStringLiteral("CREATE INDEX case_events_unsealed ON case_events (id) WHERE hash IS NULL"),
        QStringLiteral("DROP TRIGGER case_events_no_update"),
        QStringLiteral("CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events "
                       "WHEN NOT (%1) BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END")
            .arg(eventUpdateAllowed()),
        // Who erased which customer when, and what it touched.
        QStringLiteral(R"(CREATE TABLE erasures (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            erased_at INTEGER NOT NULL,
            erased_by INTEGER REFERENCES users (id),
            cases INTEGER NOT NULL,
            events INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX erasures_by_customer ON erasures (customer_id)"),
    };
}

// What PostgreSQL needs beside the shared statements of version 1: the
// append-only timeline, and trigram indexes where SQLite has FTS5 tables
// (pg_trgm serves the same substring search from LIKE).
Statements postgres1()
{
    return {
        QStringLiteral("CREATE FUNCTION redress_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'case events are append-only'; END $$"),
        QStringLiteral("CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events "
                       "FOR EACH ROW EXECUTE FUNCTION redress_append_only()"),
        QStringLiteral("CREATE INDEX cases_search ON cases USING gin (description gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX customers_search ON customers USING gin "
                       "((CAST(name AS text)) gin_trgm_ops, (CAST(company AS text)) gin_trgm_ops)"),
    };
}

// Version 2 seeds root causes with their ids; the identity must start after them.
Statements postgres2()
{
    return {QStringLiteral(
        "SELECT setval(pg_get_serial_sequence('root_causes', 'id'), (SELECT max(id) FROM root_causes))")};
}

// Version 8's copies kept in step by trigger functions, as SQLite's triggers do.
Statements postgres8()
{
    const QString compensation =
        QStringLiteral("UPDATE cases SET compensation_cents = (SELECT coalesce(sum(g.cost_cents), 0) FROM "
                       "gestures g WHERE g.case_id = %1.case_id AND g.status IN ('granted', 'approved')) "
                       "WHERE id = %1.case_id;");
    const auto function = [](const QString& name, const QString& body) {
        return QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN %2 "
                              "RETURN NULL; END $$")
            .arg(name, body);
    };
    return {
        function(QStringLiteral("redress_case_cause"),
                 QStringLiteral("IF TG_OP <> 'INSERT' THEN UPDATE cases SET root_cause_id = NULL WHERE id = "
                                "OLD.case_id; END IF; IF TG_OP <> 'DELETE' THEN UPDATE cases SET "
                                "root_cause_id = NEW.root_cause_id WHERE id = NEW.case_id; END IF;")),
        QStringLiteral("CREATE TRIGGER analyses_cause AFTER INSERT OR DELETE OR UPDATE OF case_id, "
                       "root_cause_id ON analyses FOR EACH ROW EXECUTE FUNCTION redress_case_cause()"),
        function(QStringLiteral("redress_case_compensation"),
                 QStringLiteral("IF TG_OP <> 'INSERT' THEN %1 END IF; IF TG_OP <> 'DELETE' THEN %2 END IF;")
                     .arg(compensation.arg(QStringLiteral("OLD")), compensation.arg(QStringLiteral("NEW")))),
        QStringLiteral(
            "CREATE TRIGGER gestures_cost AFTER INSERT OR DELETE OR UPDATE OF case_id, cost_cents, "
            "status ON gestures FOR EACH ROW EXECUTE FUNCTION redress_case_compensation()"),
        function(QStringLiteral("redress_case_promise"),
                 QStringLiteral("IF TG_OP <> 'INSERT' THEN UPDATE cases SET promised_by = NULL WHERE id = "
                                "OLD.case_id; END IF; IF TG_OP <> 'DELETE' THEN UPDATE cases SET "
                                "promised_by = NEW.promised_by WHERE id = NEW.case_id; END IF;")),
        QStringLiteral("CREATE TRIGGER solutions_promise AFTER INSERT OR DELETE OR UPDATE OF case_id, "
                       "promised_by ON solutions FOR EACH ROW EXECUTE FUNCTION redress_case_promise()"),
    };
}

// Version 9 on PostgreSQL: the same two updates allowed, and the chain's
// order made safe for many desks. Each event takes the chain's lock before
// it gets its id, and keeps it to the commit: ids then follow the order in
// which events are sealed, and the event before is always sealed and
// visible. So the id is drawn by the trigger, not by a column default
// (which is evaluated before any trigger runs); a row that brings its own
// id (a store being moved in) keeps it.
Statements postgres9()
{
    static const QRegularExpression isColumn(QStringLiteral("\\bIS (old|new)\\."));
    QString allowed = eventUpdateAllowed();
    allowed.replace(isColumn, QStringLiteral("IS NOT DISTINCT FROM \\1."));
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION redress_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN IF TG_OP = 'UPDATE' THEN IF %1 THEN RETURN NEW; END IF; END IF; "
                       "RAISE EXCEPTION 'case events are append-only'; END $$")
            .arg(allowed),
        QStringLiteral("ALTER TABLE case_events ALTER COLUMN id DROP IDENTITY"),
        QStringLiteral("CREATE SEQUENCE case_events_id_seq OWNED BY case_events.id"),
        QStringLiteral("SELECT setval('case_events_id_seq', greatest((SELECT max(id) FROM case_events), 1), "
                       "(SELECT count(*) > 0 FROM case_events))"),
        QStringLiteral(
            "CREATE FUNCTION redress_event_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "PERFORM pg_advisory_xact_lock(%1); "
            "IF NEW.id IS NULL THEN NEW.id := nextval(pg_get_serial_sequence('case_events', 'id')); "
            "END IF; RETURN NEW; END $$")
            .arg(AuditChain::lockKey),
        QStringLiteral("CREATE TRIGGER case_events_in_order BEFORE INSERT ON case_events "
                       "FOR EACH ROW EXECUTE FUNCTION redress_event_order()"),
    };
}

// Version 10: nothing on SQLite, whose desks poll PRAGMA data_version
// (ChangeWatcher).
Statements version10()
{
    return {};
}

// Version 10 on PostgreSQL: every write to what desks share tells the
// listening desks (ChangeWatcher) which table changed. Statement-level
// triggers, and PostgreSQL delivers a transaction's identical notifications
// once at its commit, so an import of 500 cases notifies once per table.
// The payload names the schema too: stores in schemas of one database share
// the channel. Drafts are each user's own and stay quiet.
Statements postgres10()
{
    Statements out{
        // The chain's lock as the writer's (Transaction): per store, so that
        // stores in schemas of one database do not wait on each other.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION redress_event_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_SCHEMA::text), %1); "
            "IF NEW.id IS NULL THEN NEW.id := nextval(pg_get_serial_sequence('case_events', 'id')); "
            "END IF; RETURN NEW; END $$")
            .arg(AuditChain::lockKey),
        QStringLiteral(
            "CREATE FUNCTION redress_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "PERFORM pg_notify('%1', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME); RETURN NULL; END $$")
            .arg(QLatin1String(ChangeWatcher::channel))};
    // Every table but drafts (and the schema's version).
    const QStringList tables =
        QStringLiteral("users customers products cases case_events apology_templates apologies solutions "
                       "gesture_types discretion_limits gestures gesture_declines root_causes analyses "
                       "case_imports priority_matrix sla_calendar sla_policies sla_pauses escalations "
                       "escalation_obligations follow_ups problems problem_cases problem_reviews erasures")
            .split(QLatin1Char(' '));
    for (const QString& table : tables)
        out << QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON %1 "
                              "FOR EACH STATEMENT EXECUTE FUNCTION redress_notify_change()")
                   .arg(table);
    return out;
}

// Version 11: what opening a store reads. The audit chain's last verified
// head, so the check at opening reads only the events after it
// (AuditChain::verifySinceHead); one row, with when the last full check
// ended intact beside it. And the queue counts every desk takes at start and
// every minute (EscalationRepository::counts) answered from small partial
// indexes: through cases_by_owner and cases_by_level they read every case a
// rep owns, or every case ever escalated to a rung, to test its status
// (0.45 s and 0.3 s at half a million cases, growing with the store).
Statements version11()
{
    return {
        QStringLiteral(R"(CREATE TABLE audit_head (
            slot INTEGER PRIMARY KEY CHECK (slot = 1),
            event_id INTEGER NOT NULL,
            case_id INTEGER NOT NULL,
            hash TEXT NOT NULL,
            entries INTEGER NOT NULL,
            verified_at INTEGER NOT NULL,
            full_at INTEGER))"),
        // The condition of schema::awaitingResolution, as the planner must
        // find it in the query to use the index.
        QStringLiteral("CREATE INDEX cases_awaiting_by_owner ON cases (owner_id) "
                       "WHERE status IN ('new', 'acknowledged', 'in_recovery', 'reopened')"),
        QStringLiteral(
            "CREATE INDEX cases_open_by_level ON cases (escalation_level) WHERE status <> 'closed'"),
    };
}

// Version 12: the dashboard's figures per day, kept in step in the writing
// transaction (issue 18). Counting a million cases, or reading a million
// follow-ups, took seconds at every refresh; tens of thousands of summary
// rows take milliseconds. Rows that fall to zero stay; readers skip them.
//
// case_day_totals: cases per UTC day opened and root cause (0: none yet),
// with their gestures' cost and how many are past resolution and how long
// those took. Each case is counted four times: for every case (product 0,
// owner -1, channel ''), and under its product, its owner (0: nobody) and
// its channel alone, so a dashboard narrowed by one of those reads only
// that one's days.
const QString caseDayKey = QStringLiteral("product_id, owner_id, channel, day, root_cause_id");
const QString caseDayFigures = QStringLiteral("cases, compensation_cents, resolved, resolved_ms");

/// 1 when the case in `row` is past resolution (Dashboard's resolution
/// figures), else 0.
QString resolvedFlag(const QString& row)
{
    return QStringLiteral("CASE WHEN %1.status IN ('resolved', 'follow_up', 'closed') AND %1.resolved_at IS "
                          "NOT NULL THEN 1 ELSE 0 END")
        .arg(row);
}

/// The four rows one case adds to (sign 1) or takes from (sign -1) the day
/// totals, as VALUES over the trigger's `row` (new or old).
QString caseDayRows(const QString& row, int sign)
{
    const QString tail =
        QStringLiteral(
            "%1.opened_at / 86400000, coalesce(%1.root_cause_id, 0), %2, %2 * %1.compensation_cents, "
            "%2 * %3, %2 * %3 * coalesce(%1.resolved_at - %1.opened_at, 0))")
            .arg(row)
            .arg(sign)
            .arg(resolvedFlag(row));
    return QStringLiteral("(0, -1, '', %2, (%1.product_id, -1, '', %2, (0, coalesce(%1.owner_id, 0), '', "
                          "%2, (0, -1, %1.channel, %2")
        .arg(row, tail);
}

QString caseDayUpsert(const QString& row, int sign)
{
    QStringList sums;
    for (const QString& column : caseDayFigures.split(QStringLiteral(", ")))
        sums << QStringLiteral("%1 = case_day_totals.%1 + excluded.%1").arg(column);
    return QStringLiteral("INSERT INTO case_day_totals (%1, %2) VALUES %3 ON CONFLICT (%1) DO UPDATE SET %4;")
        .arg(caseDayKey, caseDayFigures, caseDayRows(row, sign), sums.join(QStringLiteral(", ")));
}

const QString caseDayColumns =
    QStringLiteral("opened_at, root_cause_id, compensation_cents, product_id, owner_id, channel, status, "
                   "resolved_at");

/// An update touching none of the columns the totals read (most do) leaves
/// them alone.
QString caseDayChanged(const QString& isNot)
{
    QStringList changed;
    for (const QString& column : caseDayColumns.split(QStringLiteral(", ")))
        changed << QStringLiteral("old.%1 %2 new.%1").arg(column, isNot);
    return changed.join(QStringLiteral(" OR "));
}

// follow_up_days: follow-ups per UTC day recorded and score, with how many
// knew the score before and the sum of those.
const QString followUpDayKey = QStringLiteral("day, score");
const QString followUpDayFigures = QStringLiteral("follow_ups, with_prior, prior_sum");

QString followUpDayUpsert(const QString& row, int sign)
{
    return QStringLiteral(
               "INSERT INTO follow_up_days (%1, %2) VALUES (%3.recorded_at / 86400000, %3.score, %4, "
               "%4 * (CASE WHEN %3.prior_score IS NULL THEN 0 ELSE 1 END), %4 * coalesce(%3.prior_score, "
               "0)) ON CONFLICT (%1) DO UPDATE SET follow_ups = follow_up_days.follow_ups + "
               "excluded.follow_ups, with_prior = follow_up_days.with_prior + excluded.with_prior, "
               "prior_sum = follow_up_days.prior_sum + excluded.prior_sum;")
        .arg(followUpDayKey, followUpDayFigures, row)
        .arg(sign);
}

// customer_scores: follow-ups per customer (of their case) and score, so
// the customers a recovery kept are found without reading every case.
QString customerScoreUpsert(const QString& customer, const QString& score, int sign)
{
    return QStringLiteral("INSERT INTO customer_scores (customer_id, score, follow_ups) VALUES (%1, %2, %3) "
                          "ON CONFLICT (customer_id, score) DO UPDATE SET follow_ups = "
                          "customer_scores.follow_ups + excluded.follow_ups;")
        .arg(customer, score)
        .arg(sign);
}

/// The customer of the follow-up in `row`: its case's.
QString customerOf(const QString& row)
{
    return QStringLiteral("(SELECT c.customer_id FROM cases c WHERE c.id = %1.case_id)").arg(row);
}

/// The best score of the customer `id` (SQL) among their follow-ups.
QString topScoreOf(const QString& id)
{
    return QStringLiteral("(SELECT max(s.score) FROM customer_scores s WHERE s.customer_id = %1 AND "
                          "s.follow_ups > 0)")
        .arg(id);
}

/// The customer of the changed `customer_scores` row, their best score again.
QString topScoreUpdate()
{
    return QStringLiteral("UPDATE customers SET top_score = %1 WHERE id = new.customer_id;")
        .arg(topScoreOf(QStringLiteral("new.customer_id")));
}

/// A case's follow-up moved from its old customer to its new one.
QString caseCustomerMove()
{
    const QString score = QStringLiteral("(SELECT f.score FROM follow_ups f WHERE f.case_id = new.id)");
    return customerScoreUpsert(QStringLiteral("old.customer_id"), score, -1) +
           customerScoreUpsert(QStringLiteral("new.customer_id"), score, 1);
}

Statements version12()
{
    const QString fillCases =
        QStringLiteral(
            "INSERT INTO case_day_totals (%1, %2) SELECT %3, opened_at / 86400000, "
            "coalesce(root_cause_id, 0), count(*), sum(compensation_cents), sum(%4), sum(%4 * "
            "coalesce(resolved_at - opened_at, 0)) FROM cases c GROUP BY %5, opened_at / 86400000, "
            "coalesce(root_cause_id, 0)")
            .arg(caseDayKey, caseDayFigures, QStringLiteral("%1"), resolvedFlag(QStringLiteral("c")),
                 QStringLiteral("%2"));
    return {
        QStringLiteral(
            "CREATE TABLE case_day_totals (product_id INTEGER NOT NULL, owner_id INTEGER NOT NULL, "
            "channel TEXT NOT NULL, day INTEGER NOT NULL, root_cause_id INTEGER NOT NULL, "
            "cases INTEGER NOT NULL, compensation_cents INTEGER NOT NULL, resolved INTEGER NOT NULL, "
            "resolved_ms INTEGER NOT NULL, PRIMARY KEY (%1)) WITHOUT ROWID")
            .arg(caseDayKey),
        fillCases.arg(QStringLiteral("0, -1, ''"), QStringLiteral("1")),
        fillCases.arg(QStringLiteral("product_id, -1, ''"), QStringLiteral("product_id")),
        fillCases.arg(QStringLiteral("0, coalesce(owner_id, 0), ''"),
                      QStringLiteral("coalesce(owner_id, 0)")),
        fillCases.arg(QStringLiteral("0, -1, channel"), QStringLiteral("channel")),
        QStringLiteral("CREATE TRIGGER cases_day_totals_insert AFTER INSERT ON cases BEGIN %1 END")
            .arg(caseDayUpsert(QStringLiteral("new"), 1)),
        QStringLiteral("CREATE TRIGGER cases_day_totals_delete AFTER DELETE ON cases BEGIN %1 END")
            .arg(caseDayUpsert(QStringLiteral("old"), -1)),
        QStringLiteral(
            "CREATE TRIGGER cases_day_totals_update AFTER UPDATE OF %1 ON cases WHEN %2 BEGIN %3 %4 END")
            .arg(caseDayColumns, caseDayChanged(QStringLiteral("IS NOT")),
                 caseDayUpsert(QStringLiteral("old"), -1), caseDayUpsert(QStringLiteral("new"), 1)),

        QStringLiteral(
            "CREATE TABLE follow_up_days (day INTEGER NOT NULL, score INTEGER NOT NULL, "
            "follow_ups INTEGER NOT NULL, with_prior INTEGER NOT NULL, prior_sum INTEGER NOT NULL, "
            "PRIMARY KEY (%1)) WITHOUT ROWID")
            .arg(followUpDayKey),
        QStringLiteral("INSERT INTO follow_up_days (%1, %2) SELECT recorded_at / 86400000, score, count(*), "
                       "count(prior_score), coalesce(sum(prior_score), 0) FROM follow_ups "
                       "GROUP BY recorded_at / 86400000, score")
            .arg(followUpDayKey, followUpDayFigures),
        QStringLiteral("CREATE TRIGGER follow_ups_days_insert AFTER INSERT ON follow_ups BEGIN %1 %2 END")
            .arg(followUpDayUpsert(QStringLiteral("new"), 1),
                 customerScoreUpsert(customerOf(QStringLiteral("new")), QStringLiteral("new.score"), 1)),
        QStringLiteral("CREATE TRIGGER follow_ups_days_delete AFTER DELETE ON follow_ups BEGIN %1 %2 END")
            .arg(followUpDayUpsert(QStringLiteral("old"), -1),
                 customerScoreUpsert(customerOf(QStringLiteral("old")), QStringLiteral("old.score"), -1)),
        QStringLiteral("CREATE TRIGGER follow_ups_days_update AFTER UPDATE OF case_id, score, prior_score, "
                       "recorded_at ON follow_ups BEGIN %1 %2 %3 %4 END")
            .arg(followUpDayUpsert(QStringLiteral("old"), -1), followUpDayUpsert(QStringLiteral("new"), 1),
                 customerScoreUpsert(customerOf(QStringLiteral("old")), QStringLiteral("old.score"), -1),
                 customerScoreUpsert(customerOf(QStringLiteral("new")), QStringLiteral("new.score"), 1)),

        QStringLiteral("CREATE TABLE customer_scores (customer_id INTEGER NOT NULL, score INTEGER NOT NULL, "
                       "follow_ups INTEGER NOT NULL, PRIMARY KEY (customer_id, score)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO customer_scores (customer_id, score, follow_ups) SELECT c.customer_id, "
                       "f.score, count(*) FROM follow_ups f JOIN cases c ON c.id = f.case_id "
                       "GROUP BY c.customer_id, f.score"),
        // A case moved to another customer takes its follow-up along.
        QStringLiteral("CREATE TRIGGER cases_customer_scores AFTER UPDATE OF customer_id ON cases WHEN "
                       "old.customer_id IS NOT new.customer_id AND EXISTS (SELECT 1 FROM follow_ups f WHERE "
                       "f.case_id = new.id) BEGIN %1 END")
            .arg(caseCustomerMove()),
        // Each customer's best score carried on the customer, so the ones a
        // recovery kept, and what they are worth, are one index range.
        QStringLiteral("ALTER TABLE customers ADD COLUMN top_score INTEGER"),
        QStringLiteral("UPDATE customers SET top_score = %1").arg(topScoreOf(QStringLiteral("customers.id"))),
        QStringLiteral(
            "CREATE TRIGGER customer_scores_top_insert AFTER INSERT ON customer_scores BEGIN %1 END")
            .arg(topScoreUpdate()),
        QStringLiteral(
            "CREATE TRIGGER customer_scores_top_update AFTER UPDATE ON customer_scores BEGIN %1 END")
            .arg(topScoreUpdate()),
        QStringLiteral("CREATE INDEX customers_by_top_score ON customers (top_score, lifetime_value_cents)"),
    };
}

// Version 12 on PostgreSQL: the same summaries kept by trigger functions.
Statements postgres12()
{
    const auto function = [](const QString& name, const QString& body) {
        return QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN %2 "
                              "RETURN NULL; END $$")
            .arg(name, body);
    };
    return {
        function(
            QStringLiteral("redress_case_day_totals"),
            QStringLiteral("IF TG_OP = 'UPDATE' THEN IF OLD.customer_id IS DISTINCT FROM NEW.customer_id "
                           "AND EXISTS (SELECT 1 FROM follow_ups f WHERE f.case_id = NEW.id) THEN %1 END IF; "
                           "IF NOT (%2) THEN RETURN NULL; END IF; END IF; "
                           "IF TG_OP <> 'INSERT' THEN %3 END IF; IF TG_OP <> 'DELETE' THEN %4 END IF;")
                .arg(caseCustomerMove(), caseDayChanged(QStringLiteral("IS DISTINCT FROM")),
                     caseDayUpsert(QStringLiteral("old"), -1), caseDayUpsert(QStringLiteral("new"), 1))),
        QStringLiteral(
            "CREATE TRIGGER cases_day_totals AFTER INSERT OR DELETE OR UPDATE OF %1, customer_id ON "
            "cases FOR EACH ROW EXECUTE FUNCTION redress_case_day_totals()")
            .arg(caseDayColumns),
        function(
            QStringLiteral("redress_follow_up_days"),
            QStringLiteral("IF TG_OP <> 'INSERT' THEN %1 %2 END IF; IF TG_OP <> 'DELETE' THEN %3 %4 END IF;")
                .arg(followUpDayUpsert(QStringLiteral("old"), -1),
                     customerScoreUpsert(customerOf(QStringLiteral("old")), QStringLiteral("old.score"), -1),
                     followUpDayUpsert(QStringLiteral("new"), 1),
                     customerScoreUpsert(customerOf(QStringLiteral("new")), QStringLiteral("new.score"), 1))),
        QStringLiteral("CREATE TRIGGER follow_ups_days AFTER INSERT OR DELETE OR UPDATE OF case_id, score, "
                       "prior_score, recorded_at ON follow_ups FOR EACH ROW EXECUTE FUNCTION "
                       "redress_follow_up_days()"),
        function(QStringLiteral("redress_customer_top_score"), topScoreUpdate()),
        QStringLiteral("CREATE TRIGGER customer_scores_top AFTER INSERT OR UPDATE ON customer_scores "
                       "FOR EACH ROW EXECUTE FUNCTION redress_customer_top_score()"),
    };
}

// Version 13: erasure is the only way to redact (issue 19). Version 9's
// trigger let any new text through as an "erasure"; now a redaction must
// leave every text it changes as exactly the marker, name a later erasure
// note of the same case, and be of a case whose customer is in the register
// of erasures by an administrator, written in this transaction or before
// (Erasure writes the register first). Drafts carry the case and customer
// they are about, so an erasure finds them by id.
/// The redaction an erasure makes (SQL over `old` and `new`), version 13.
QString eventErasureAllowed()
{
    // The marker is spelled out: a migration is history and must not move
    // with the code (Erasure::marker()).
    const QString text = QStringLiteral("(new.%1 = old.%1 OR (old.%1 <> '' AND new.%1 = '[erased]'))");
    return QStringLiteral(
               "old.hash IS NOT NULL AND new.hash IS old.hash AND new.prev_hash IS old.prev_hash AND "
               "new.payload_digest IS old.payload_digest AND old.redacted_by IS NULL AND "
               "new.redacted_by IS NOT NULL AND %1 AND %2 AND %3 AND "
               "EXISTS (SELECT 1 FROM case_events n WHERE n.id = new.redacted_by AND n.id > old.id AND "
               "n.case_id = old.case_id AND n.kind = 'note' AND n.field = 'erasure' AND n.redacted_by IS "
               "NULL) AND "
               "EXISTS (SELECT 1 FROM cases c JOIN erasures e ON e.customer_id = c.customer_id JOIN users u "
               "ON u.id = e.erased_by WHERE c.id = old.case_id AND u.role = 'admin')")
        .arg(text.arg(QStringLiteral("old_value")), text.arg(QStringLiteral("new_value")),
             text.arg(QStringLiteral("note")));
}

QString eventUpdateAllowed13()
{
    const QString v9 = eventUpdateAllowed();
    // Version 9's condition with its erasure clause replaced.
    const qsizetype erasing = v9.lastIndexOf(QStringLiteral(" OR ("));
    return v9.left(erasing) + QStringLiteral(" OR (%1))").arg(eventErasureAllowed());
}

Statements version13()
{
    return {
        QStringLiteral("DROP TRIGGER case_events_no_update"),
        QStringLiteral("CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events "
                       "WHEN NOT (%1) BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END")
            .arg(eventUpdateAllowed13()),
        QStringLiteral("ALTER TABLE drafts ADD COLUMN case_id INTEGER"),
        QStringLiteral("ALTER TABLE drafts ADD COLUMN customer_id INTEGER"),
    };
}

Statements postgres13()
{
    static const QRegularExpression isColumn(QStringLiteral("\\bIS (old|new)\\."));
    QString allowed = eventUpdateAllowed13();
    allowed.replace(isColumn, QStringLiteral("IS NOT DISTINCT FROM \\1."));
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION redress_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN IF TG_OP = 'UPDATE' THEN IF %1 THEN RETURN NEW; END IF; END IF; "
                       "RAISE EXCEPTION 'case events are append-only'; END $$")
            .arg(allowed),
    };
}

// Version 14: a desk's password, for handing a shared desk to someone
// (issue 19). An Argon2id hash in its encoded form, NULL for a user who has
// none and so cannot be switched to. A team's server authenticates its
// logins itself, so there the column stays empty.
Statements version14()
{
    return {QStringLiteral("ALTER TABLE users ADD COLUMN password_hash TEXT")};
}

// Version 16: the customer conversation (issue 20). Every message in and
// out, with its raw bytes and their hash; the outbox is the messages of
// ours not yet sent. A Message-ID is stored once, which is what makes a
// second fetch, a crash mid-pass or two desks fetching at once harmless.
// The account holds no secret: passwords live in the keyring or the
// environment.
Statements version16()
{
    return {
        QStringLiteral(R"(CREATE TABLE mail_messages (
            id INTEGER PRIMARY KEY,
            case_id INTEGER REFERENCES cases (id),
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            state TEXT NOT NULL
                CHECK (state IN ('received', 'ignored', 'queued', 'sent', 'failed', 'undelivered')),
            kind TEXT NOT NULL DEFAULT 'person'
                CHECK (kind IN ('person', 'auto_reply', 'bulk', 'bounce', 'unreadable')),
            purpose TEXT NOT NULL DEFAULT '',
            message_id TEXT NOT NULL UNIQUE,
            in_reply_to TEXT NOT NULL DEFAULT '',
            refs TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            from_name TEXT NOT NULL DEFAULT '',
            from_address TEXT NOT NULL DEFAULT '',
            to_address TEXT NOT NULL DEFAULT '',
            sent_at INTEGER NOT NULL,
            date_guessed INTEGER NOT NULL DEFAULT 0,
            stored_at INTEGER NOT NULL,
            delivered_at INTEGER,
            body TEXT NOT NULL DEFAULT '',
            new_text TEXT NOT NULL DEFAULT '',
            raw BLOB,
            raw_sha256 TEXT NOT NULL,
            over_cap INTEGER NOT NULL DEFAULT 0,
            author_id INTEGER REFERENCES users (id),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER,
            last_error TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX mail_messages_by_case ON mail_messages (case_id, sent_at)"),
        QStringLiteral("CREATE INDEX mail_messages_outbox ON mail_messages (next_attempt_at) WHERE state = 'queued'"),
        QStringLiteral(R"(CREATE TABLE mail_attachments (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES mail_messages (id),
            name TEXT NOT NULL,
            mime_type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            sha256 TEXT NOT NULL,
            content_id TEXT NOT NULL DEFAULT '',
            is_inline INTEGER NOT NULL DEFAULT 0,
            data BLOB))"),
        QStringLiteral("CREATE INDEX mail_attachments_by_message ON mail_attachments (message_id)"),
        QStringLiteral(R"(CREATE TABLE mail_folders (
            folder TEXT PRIMARY KEY,
            uid_validity INTEGER NOT NULL,
            next_uid INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE mail_account (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            imap TEXT NOT NULL,
            smtp TEXT NOT NULL,
            address TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            starttls INTEGER NOT NULL DEFAULT 0,
            insecure_loopback INTEGER NOT NULL DEFAULT 0,
            done_folder TEXT NOT NULL DEFAULT '',
            fetch_minutes INTEGER NOT NULL DEFAULT 1 CHECK (fetch_minutes BETWEEN 1 AND 1440),
            attachment_cap INTEGER NOT NULL DEFAULT 26214400 CHECK (attachment_cap > 0),
            ca_file TEXT NOT NULL DEFAULT ''))"),
        // Mail finds its customer by address.
        QStringLiteral("CREATE INDEX customers_by_email ON customers (lower(email))"),
        // The case list's search covers what customers wrote and we answered.
        QStringLiteral(R"(CREATE VIRTUAL TABLE message_search USING fts5 (
            body, content = 'mail_messages', content_rowid = 'id', tokenize = 'trigram'))"),
        QStringLiteral(R"(CREATE TRIGGER mail_messages_search_insert AFTER INSERT ON mail_messages BEGIN
            INSERT INTO message_search (rowid, body) VALUES (new.id, new.body); END)"),
        QStringLiteral(R"(CREATE TRIGGER mail_messages_search_update AFTER UPDATE OF body ON mail_messages BEGIN
            INSERT INTO message_search (message_search, rowid, body) VALUES ('delete', old.id, old.body);
            INSERT INTO message_search (rowid, body) VALUES (new.id, new.body); END)"),
        QStringLiteral(R"(CREATE TRIGGER mail_messages_search_delete AFTER DELETE ON mail_messages BEGIN
            INSERT INTO message_search (message_search, rowid, body) VALUES ('delete', old.id, old.body); END)"),
    };
}

// Version 16 on PostgreSQL: pg_trgm serves the message search, desks hear
// of new mail, and the server's rights (ServerRoles).
Statements postgres16()
{
    Statements out{
        QStringLiteral("CREATE INDEX message_search ON mail_messages USING gin (body gin_trgm_ops)"),
    };
    for (const char* table : {"mail_messages", "mail_attachments", "mail_account"})
        out << QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON %1 "
                              "FOR EACH STATEMENT EXECUTE FUNCTION redress_notify_change()")
                   .arg(QString::fromLatin1(table));
    return out + ServerRoles::mailMigration();
}

// Version 17: one customer, many cases (issue 23), imports that can be
// repeated (issue 22) and the follow-up by mail (issue 21).
Statements version17()
{
    return {
        // The source system's own id: a repeated import finds its case by it.
        QStringLiteral("ALTER TABLE cases ADD COLUMN external_id TEXT"),
        QStringLiteral("CREATE INDEX cases_by_external_id ON cases (external_id)"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN merged_into INTEGER REFERENCES cases (id)"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN second_failure_of INTEGER REFERENCES cases (id)"),
        // "case_id is a <kind> of linked_id"; one row per pair.
        QStringLiteral(R"(CREATE TABLE case_links (
            case_id INTEGER NOT NULL REFERENCES cases (id),
            linked_id INTEGER NOT NULL REFERENCES cases (id),
            kind TEXT NOT NULL CHECK (kind IN ('duplicate', 'related', 'follow_on', 'second_failure')),
            created_at INTEGER NOT NULL,
            created_by INTEGER REFERENCES users (id),
            PRIMARY KEY (case_id, linked_id),
            CHECK (case_id <> linked_id)))"),
        QStringLiteral("CREATE INDEX case_links_by_linked ON case_links (linked_id)"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers (id)"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN no_contact_at INTEGER"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE saved_views (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            owner_id INTEGER NOT NULL REFERENCES users (id),
            shared INTEGER NOT NULL DEFAULT 0,
            query TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            UNIQUE (owner_id, name)))"),
        // Settings the team shares and leads edit; a key not here takes the
        // code's default.
        QStringLiteral(R"(CREATE TABLE team_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        // A follow-up sent by mail: after a resolution, or after a problem's
        // notice (problem_id). The score itself goes to follow_ups.
        QStringLiteral(R"(CREATE TABLE surveys (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            state TEXT NOT NULL CHECK (state IN ('sent', 'reminded', 'answered', 'reopened',
                                                 'needs_reading', 'no_answer', 'dismissed', 'stopped')),
            message_id INTEGER NOT NULL REFERENCES mail_messages (id),
            reminder_id INTEGER REFERENCES mail_messages (id),
            reply_id INTEGER REFERENCES mail_messages (id),
            sent_at INTEGER NOT NULL,
            reminded_at INTEGER,
            answered_at INTEGER,
            problem_id INTEGER REFERENCES problems (id)))"),
        QStringLiteral("CREATE INDEX surveys_by_case ON surveys (case_id)"),
        QStringLiteral("CREATE INDEX surveys_by_customer ON surveys (customer_id, sent_at)"),
        QStringLiteral("CREATE INDEX surveys_by_state ON surveys (state, sent_at)"),
        // A fixed defect told to each customer once, however many cases.
        QStringLiteral(R"(CREATE TABLE problem_notices (
            problem_id INTEGER NOT NULL REFERENCES problems (id),
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            message_id INTEGER NOT NULL REFERENCES mail_messages (id),
            queued_at INTEGER NOT NULL,
            queued_by INTEGER REFERENCES users (id),
            PRIMARY KEY (problem_id, customer_id)))"),
        // Who gave the score: a rep who asked, or the customer's own reply.
        QStringLiteral("ALTER TABLE follow_ups ADD COLUMN source TEXT NOT NULL DEFAULT 'rep' "
                       "CHECK (source IN ('rep', 'mail'))"),
        // A web channel (forms, portals). SQLite cannot alter a CHECK; for a
        // constraint that only grows, its documented way is to rewrite the
        // table's text in the schema (every stored row satisfies the new
        // one), then bump the schema cookie (afterStep) so connections reload.
        QStringLiteral("PRAGMA writable_schema = ON"),
        QStringLiteral(R"(UPDATE sqlite_schema SET sql = replace(sql, '''social'', ''letter'')',
                                                          '''social'', ''letter'', ''web'')')
            WHERE type = 'table' AND name = 'cases')"),
        QStringLiteral("PRAGMA writable_schema = OFF"),
    };
}

// Version 17 on PostgreSQL: the channel's constraint, desks hearing of links
// and surveys, and the server's rights.
Statements postgres17()
{
    Statements out{
        QStringLiteral("ALTER TABLE cases DROP CONSTRAINT cases_channel_check, ADD CONSTRAINT "
                       "cases_channel_check CHECK (channel IN ('phone', 'email', 'chat', 'in_person', "
                       "'social', 'letter', 'web'))"),
    };
    for (const char* table : {"case_links", "saved_views", "team_settings", "surveys", "problem_notices"})
        out << QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON %1 "
                              "FOR EACH STATEMENT EXECUTE FUNCTION redress_notify_change()")
                   .arg(QString::fromLatin1(table));
    return out + ServerRoles::caseLinksMigration();
}

std::vector<Step> ladder()
{
    return {{version1(), postgres1()},
            {version2(), postgres2()},
            {version3()},
            {version4()},
            {version5()},
            {version6()},
            {version7()},
            {version8(), postgres8()},
            {version9(), postgres9()},
            {version10(), postgres10()},
            {version11()},
            {version12(), postgres12()},
            {version13(), postgres13()},
            {version14()},
            // Version 15: what the server enforces on a team's store; a
            // desk's file has no one to enforce it against.
            {{}, ServerRoles::migration()},
            {version16(), postgres16()},
            {version17(), postgres17()}};
}

/// A shared statement as PostgreSQL takes it, or nothing for what only
/// SQLite has (PRAGMA, its triggers, FTS5 tables: the step's own
/// PostgreSQL statements stand in for those). Integers are 64-bit
/// (milliseconds overflow PostgreSQL's INTEGER), `id INTEGER PRIMARY KEY`
/// is an identity, NOCASE text is citext.
QString toPostgres(QString statement)
{
    static const QStringList sqliteOnly{QStringLiteral("PRAGMA"), QStringLiteral("CREATE TRIGGER"),
                                        QStringLiteral("UPDATE sqlite_schema"),
                                        QStringLiteral("DROP TRIGGER"),
                                        QStringLiteral("CREATE VIRTUAL TABLE")};
    const QString head = statement.trimmed();
    for (const QString& prefix : sqliteOnly) {
        if (head.startsWith(prefix, Qt::CaseInsensitive))
            return {};
    }
    static const QRegularExpression rowid(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression nocase(QStringLiteral("\\bTEXT\\b([^,]*?) COLLATE NOCASE"));
    statement.replace(rowid, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    statement.replace(integer, QStringLiteral("BIGINT"));
    statement.replace(nocase, QStringLiteral("CITEXT\\1"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    statement.replace(blob, QStringLiteral("BYTEA"));
    statement.replace(QStringLiteral(" WITHOUT ROWID"), QString());
    return statement;
}

/// The statements of `step` in the dialect of `db`.
Statements statementsOf(const Step& step, const QSqlDatabase& db)
{
    if (!sql::isPostgres(db))
        return step.sqlite;
    Statements out;
    for (const QString& statement : step.sqlite) {
        if (QString translated = toPostgres(statement); !translated.isEmpty())
            out << translated;
    }
    return out + step.postgres;
}

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Migrations)
};

/// The part of a step that is code rather than SQL, run in its transaction.
Status afterStep(const QSqlDatabase& db, int version)
{
    if (version == 5) {
        auto refreshed = SlaRepository::refreshAllIn(db);
        if (!refreshed)
            return std::unexpected(refreshed.error());
    }
    if (version == 17 && !sql::isPostgres(db)) {
        // After rewriting the cases table's text: a new cookie makes every
        // connection read the schema again.
        const QString what = Tr::tr("upgrading the store to schema version %1").arg(version);
        auto cookie = sql::scalar(db, QStringLiteral("PRAGMA schema_version"), {}, what, 0);
        if (!cookie)
            return std::unexpected(cookie.error());
        // PRAGMA takes no bound parameters; the cookie is SQLite's own integer.
        if (auto r = sql::run(db, QStringLiteral("PRAGMA schema_version = %1").arg(cookie->toLongLong() + 1),
                              what);
            !r)
            return std::unexpected(r.error());
    }
    if (version == 9) {
        // Seals the existing timeline into the audit chain, streamed in batches.
        auto sealed = AuditChain::seal(db);
        if (!sealed)
            return std::unexpected(sealed.error());
    }
    return {};
}

} // namespace

int Migrations::latest()
{
    return static_cast<int>(ladder().size());
}

Result<int> Migrations::currentVersion(const QSqlDatabase& db)
{
    const QString what = Tr::tr("reading the schema version");
    if (!sql::isPostgres(db)) {
        auto v = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, what, 0);
        if (!v)
            return std::unexpected(v.error());
        return v->toInt();
    }
    // A server's database keeps its version in a table of its own; a
    // database without it is new when empty and another program's otherwise.
    auto known =
        sql::scalar(db, QStringLiteral("SELECT to_regclass('redress_schema') IS NOT NULL"), {}, what);
    if (!known)
        return std::unexpected(known.error());
    if (known->toBool()) {
        auto v = sql::scalar(db, QStringLiteral("SELECT version FROM redress_schema"), {}, what, 0);
        if (!v)
            return std::unexpected(v.error());
        return v->toInt();
    }
    auto tables = sql::scalar(db,
                              QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                             "table_schema = current_schema()"),
                              {}, what, 0);
    if (!tables)
        return std::unexpected(tables.error());
    if (tables->toInt() > 0)
        return fail(Error::Code::NotRedressFile,
                    Tr::tr("The database %1 holds tables of another program, not a Redress store.")
                        .arg(db.databaseName()));
    return 0;
}

Status Migrations::migrate(const QSqlDatabase& db, const Progress& progress)
{
    auto current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latest())
        return fail(
            Error::Code::NewerSchema,
            Tr::tr("The store was written by a newer Redress (schema version %1; this version knows up to "
                   "%2). Update Redress to open it.")
                .arg(*current)
                .arg(latest()));
    const bool server = sql::isPostgres(db);
    const std::vector<Step> steps = ladder();
    const int total = static_cast<int>(steps.size()) - *current;
    for (int version = *current + 1; version <= static_cast<int>(steps.size()); ++version) {
        if (progress && !progress(version - *current - 1, total))
            return fail(
                Error::Code::Cancelled,
                Tr::tr("The upgrade was stopped before schema version %1; the store is whole at version "
                       "%2 and the next start carries on from there.")
                    .arg(version)
                    .arg(version - 1));
        Transaction tx(db);
        if (auto ok = tx.begun(); !ok)
            return ok;
        const QString what = Tr::tr("upgrading the store to schema version %1").arg(version);
        if (server) {
            // Desks starting together: one upgrades, the others wait here
            // and then find the step done.
            if (auto r = sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                                  {qint64(Database::applicationId)}, what);
                !r)
                return std::unexpected(r.error());
            auto now = currentVersion(db);
            if (!now)
                return std::unexpected(now.error());
            if (*now >= version)
                continue;
            if (*now == 0) {
                for (const QString& statement :
                     {QStringLiteral("CREATE EXTENSION IF NOT EXISTS citext"),
                      QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
                      QStringLiteral("CREATE TABLE redress_schema (version INTEGER NOT NULL)"),
                      QStringLiteral("INSERT INTO redress_schema (version) VALUES (0)")}) {
                    if (auto r = sql::run(db, statement, what); !r)
                        return std::unexpected(r.error());
                }
            }
        }
        for (const QString& statement : statementsOf(steps[version - 1], db)) {
            if (auto r = sql::run(db, statement, what); !r)
                return std::unexpected(r.error());
        }
        if (auto ok = afterStep(db, version); !ok)
            return ok;
        // PRAGMA takes no bound parameters; the version is our own integer.
        const auto recorded =
            server ? sql::run(db, QStringLiteral("UPDATE redress_schema SET version = ?"), {version}, what)
                   : sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), what);
        if (!recorded)
            return std::unexpected(recorded.error());
        if (auto ok = tx.commit(); !ok)
            return ok;
    }
    return {};
}

} // namespace redress::core
