#include "core/store/BulkLoad.h"

#include "core/store/DashboardRepository.h"
#include "core/store/Database.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::DemoGenerator)
};

/// The triggers that keep the dashboard's summaries (schema v12), row by
/// row: a load sets them aside and adds its cases once at the end.
QString summaryTriggers()
{
    return QStringLiteral("'cases_day_totals_insert', 'cases_day_totals_update', 'cases_day_totals_delete', "
                          "'follow_ups_days_insert', 'follow_ups_days_update', 'follow_ups_days_delete', "
                          "'cases_customer_scores', 'customer_scores_top_insert', "
                          "'customer_scores_top_update'");
}

} // namespace

BulkLoad::~BulkLoad()
{
    m_tx.reset();
    if (!m_tuned)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(Database::cacheSizePragma));
    q.exec(QStringLiteral("PRAGMA threads = 0"));
    q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

Status BulkLoad::begin()
{
    // Index builds sort the whole table: give the sorter room and the
    // second core. Both settings are per connection and put back above.
    // Outside WAL a large load is written once instead of to the log and
    // then again at the checkpoint; a crash still rolls back through the
    // journal. When another connection holds the store the switch is
    // refused and the load simply runs in WAL. CHECK constraints are not
    // evaluated: SQLite builds a lookup table for every IN list of every
    // row, a fifth of the load, and the bulk writer's values are keys of
    // its own enums.
    m_tuned = true;
    sql::run(m_db, QStringLiteral("PRAGMA journal_mode = DELETE"), Tr::tr("preparing the bulk load"));
    sql::run(m_db, QStringLiteral("PRAGMA cache_size = -262144"), Tr::tr("preparing the bulk load"));
    sql::run(m_db, QStringLiteral("PRAGMA threads = 2"), Tr::tr("preparing the bulk load"));
    sql::run(m_db, QStringLiteral("PRAGMA ignore_check_constraints = ON"), Tr::tr("preparing the bulk load"));
    m_tx.emplace(m_db);
    if (auto ok = m_tx->begun(); !ok)
        return ok;

    // The SQL that recreates what is dropped is read from the schema itself,
    // so it cannot drift from the migrations. The triggers that copy an
    // analysis's cause, a gesture's cost and a solution's promise into the
    // case go too: the demo writes those into the case row itself, which
    // saves an update of the case for each of those rows. The partial index
    // of unsealed events stays: the demo seals as it writes, so it stays
    // empty, and it finds the end of the chain without a scan.
    const QString what = Tr::tr("preparing the bulk load");
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                                     "((type = 'index' AND tbl_name IN ('cases', 'case_events', 'apologies', "
                                     "'gestures', 'analyses') AND name <> 'case_events_unsealed') OR "
                                     "(type = 'trigger' AND name IN ('cases_search_insert', "
                                     "'customers_search_insert', 'analyses_cause_insert', "
                                     "'gestures_cost_insert', 'solutions_promise_insert')) OR "
                                     "(type = 'trigger' AND name IN (%1)))")
                          .arg(summaryTriggers()),
                      what);
    if (!q)
        return std::unexpected(q.error());
    QStringList drops;
    while (q->next()) {
        // Names come from the schema, not from input.
        drops << QStringLiteral("DROP %1 %2").arg(q->value(0).toString().toUpper(), q->value(1).toString());
        m_creates << q->value(2).toString();
    }
    for (const QString& statement : drops) {
        if (auto r = sql::run(m_db, statement, what); !r)
            return std::unexpected(r.error());
    }
    auto last = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM cases"), {}, what, 0);
    if (!last)
        return std::unexpected(last.error());
    m_firstCaseId = last->toLongLong() + 1;
    return {};
}

Status BulkLoad::restoreIndexes()
{
    const QString what = Tr::tr("rebuilding the indexes after the bulk load");
    // The loaded cases go into the dashboard's summaries once, grouped,
    // before their triggers are back.
    if (auto ok = DashboardRepository::addBulkLoaded(m_db, m_firstCaseId); !ok)
        return ok;
    for (const QString& statement : m_creates) {
        if (auto r = sql::run(m_db, statement, what); !r)
            return std::unexpected(r.error());
    }
    for (const char* table : {"case_search", "customer_search"}) {
        const QString statement =
            QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(QLatin1String(table));
        if (auto r = sql::run(m_db, statement, what); !r)
            return std::unexpected(r.error());
    }
    return {};
}

Status BulkLoad::commit()
{
    return m_tx->commit();
}

} // namespace redress::core
