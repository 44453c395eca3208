#include "core/store/DashboardRepository.h"

#include "core/cases/Nps.h"
#include "core/store/Schema.h"
#include "core/store/Sql.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Dashboard)
};

// The reports' own words where the figures are theirs (causes, trend), so
// they read the same on both paths.
struct ReportsTr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Reports)
};

/// Days per statement of the promise count: well under SQLite's limit of
/// bound parameters (two per day).
constexpr int daysPerStatement = 4000;

constexpr qint64 dayMs = 86'400'000;

/// Every root cause with its full path (as the reports walk it); one
/// parameter, the separator.
const QString pathsCte =
    QStringLiteral("paths (id, parent, label, depth) AS ("
                   "SELECT id, parent_id, name, 0 FROM root_causes "
                   "UNION ALL SELECT p.id, r.parent_id, r.name || ? || p.label, p.depth + 1 "
                   "FROM paths p JOIN root_causes r ON r.id = p.parent WHERE p.depth < 32)");

QString separator()
{
    return QStringLiteral(" \u203a ");
}

/// The whole UTC days of `range` as a condition on `t.day`. The bounds are
/// midnights, so a case opened (or a follow-up recorded) in the range is
/// exactly one whose day is.
void addDays(const ReportRange& range, QStringList& parts, QVariantList& values)
{
    const auto [lower, upper] = ReportRepository::storedBounds(range);
    if (range.from.isValid()) {
        parts << QStringLiteral("t.day >= ?");
        values << lower / dayMs;
    }
    if (range.to.isValid()) {
        parts << QStringLiteral("t.day < ?");
        values << upper / dayMs;
    }
}

/// The filter on `case_day_totals t`, or nothing when two of product,
/// owner and channel narrow together (the summaries count each alone).
std::optional<SqlCondition> dayCondition(const ReportFilter& filter)
{
    const int facets =
        int(filter.productId.has_value()) + int(filter.ownerId.has_value()) + int(filter.channel.has_value());
    if (facets > 1)
        return std::nullopt;
    SqlCondition c;
    QStringList parts{QStringLiteral("t.product_id = ?"), QStringLiteral("t.owner_id = ?"),
                      QStringLiteral("t.channel = ?")};
    c.values << (filter.productId ? *filter.productId : 0) << (filter.ownerId ? *filter.ownerId : -1)
             << (filter.channel ? keyOf(*filter.channel) : QString());
    addDays(filter.range, parts, c.values);
    if (filter.rootCauseId) {
        // The reports' own condition on the cause, read off the summary's
        // column of the same name.
        ReportFilter cause;
        cause.rootCauseId = filter.rootCauseId;
        cause.rootCauseExact = filter.rootCauseExact;
        SqlCondition onCases = caseCondition(cause);
        parts << onCases.text.replace(QStringLiteral("c.root_cause_id"), QStringLiteral("t.root_cause_id"));
        c.values << onCases.values;
    }
    c.text = parts.join(QStringLiteral(" AND "));
    return c;
}

/// The range on `follow_up_days t`, or nothing when the filter narrows the
/// cases (the summary keeps no case fields).
std::optional<SqlCondition> followUpDayCondition(const ReportFilter& filter)
{
    if (filter.narrowsCases())
        return std::nullopt;
    SqlCondition c;
    QStringList parts{QStringLiteral("t.follow_ups > 0")};
    addDays(filter.range, parts, c.values);
    c.text = parts.join(QStringLiteral(" AND "));
    return c;
}

/// `total` / `count` as SQL's avg() gives it for integers: a double on
/// SQLite, numeric division on PostgreSQL (both sums are numeric there), so
/// a mean off the summaries is the very number the cases give.
QString mean(const QSqlDatabase& db, const QString& total, const QString& count)
{
    return sql::dialect(db, QStringLiteral("CAST(%1 AS REAL) / %2"), QStringLiteral("%1 / nullif(%2, 0)"))
        .arg(total, count);
}

} // namespace

DashboardRepository::DashboardRepository(Database db, const ReportFilter& filter)
    : m_db(std::move(db)), m_filter(filter), m_where(caseCondition(filter)), m_days(dayCondition(filter)),
      m_followUpDays(followUpDayCondition(filter))
{
}

Status DashboardRepository::addBulkLoaded(const QSqlDatabase& db, qint64 firstCaseId)
{
    const QString what = Tr::tr("adding the loaded cases to the dashboard's figures");
    const QString caseDays = QStringLiteral(
        "INSERT INTO case_day_totals (product_id, owner_id, channel, day, root_cause_id, cases, "
        "compensation_cents, resolved, resolved_ms) SELECT %1, c.opened_at / 86400000, "
        "coalesce(c.root_cause_id, 0), count(*), sum(c.compensation_cents), sum(%3), sum(%3 * "
        "coalesce(c.resolved_at - c.opened_at, 0)) FROM cases c WHERE c.id >= ? GROUP BY %2, "
        "c.opened_at / 86400000, coalesce(c.root_cause_id, 0) ON CONFLICT (product_id, owner_id, channel, "
        "day, "
        "root_cause_id) DO UPDATE SET cases = case_day_totals.cases + excluded.cases, compensation_cents = "
        "case_day_totals.compensation_cents + excluded.compensation_cents, resolved = "
        "case_day_totals.resolved "
        "+ excluded.resolved, resolved_ms = case_day_totals.resolved_ms + excluded.resolved_ms");
    const QString resolved = QStringLiteral("CASE WHEN c.status IN ('resolved', 'follow_up', 'closed') AND "
                                            "c.resolved_at IS NOT NULL THEN 1 ELSE 0 END");
    const QStringList statements{
        caseDays.arg(QStringLiteral("0, -1, ''"), QStringLiteral("1"), resolved),
        caseDays.arg(QStringLiteral("c.product_id, -1, ''"), QStringLiteral("c.product_id"), resolved),
        caseDays.arg(QStringLiteral("0, coalesce(c.owner_id, 0), ''"),
                     QStringLiteral("coalesce(c.owner_id, 0)"), resolved),
        caseDays.arg(QStringLiteral("0, -1, c.channel"), QStringLiteral("c.channel"), resolved),
        QStringLiteral(
            "INSERT INTO follow_up_days (day, score, follow_ups, with_prior, prior_sum) SELECT "
            "f.recorded_at / 86400000, f.score, count(*), count(f.prior_score), "
            "coalesce(sum(f.prior_score), 0) FROM follow_ups f WHERE f.case_id >= ? GROUP BY "
            "f.recorded_at / 86400000, f.score ON CONFLICT (day, score) DO UPDATE SET follow_ups = "
            "follow_up_days.follow_ups + excluded.follow_ups, with_prior = follow_up_days.with_prior + "
            "excluded.with_prior, prior_sum = follow_up_days.prior_sum + excluded.prior_sum"),
        QStringLiteral(
            "INSERT INTO customer_scores (customer_id, score, follow_ups) SELECT c.customer_id, "
            "f.score, count(*) FROM follow_ups f JOIN cases c ON c.id = f.case_id WHERE f.case_id >= ? "
            "GROUP BY c.customer_id, f.score ON CONFLICT (customer_id, score) DO UPDATE SET "
            "follow_ups = customer_scores.follow_ups + excluded.follow_ups"),
        QStringLiteral("UPDATE customers SET top_score = (SELECT max(s.score) FROM customer_scores s WHERE "
                       "s.customer_id = customers.id AND s.follow_ups > 0) WHERE id IN (SELECT c.customer_id "
                       "FROM cases c WHERE c.id >= ?)"),
    };
    for (const QString& statement : statements) {
        if (auto r = sql::run(db, statement, {firstCaseId}, what); !r)
            return std::unexpected(r.error());
    }
    return {};
}

Result<QList<CauseTotals>> DashboardRepository::casesPerCause(ParetoMeasure measure)
{
    // Ordered in SQL as the reports order them, so the labels compare in
    // the database's collation on both paths.
    const QString statement =
        QStringLiteral("WITH RECURSIVE ") + pathsCte +
        QStringLiteral(", per_cause AS (SELECT t.root_cause_id AS id, sum(t.cases) AS cases, "
                       "sum(t.compensation_cents) AS cost FROM case_day_totals t "
                       "WHERE t.root_cause_id <> 0 AND t.cases > 0 AND %1 GROUP BY t.root_cause_id), "
                       "named AS (SELECT pc.id, coalesce(pa.label, ? || pc.id) AS label, pc.cases, pc.cost, "
                       "CASE WHEN ? = 1 THEN pc.cost ELSE pc.cases END AS value "
                       "FROM per_cause pc LEFT JOIN paths pa ON pa.id = pc.id AND pa.parent IS NULL) "
                       "SELECT id, label, cases, cost, value FROM named ORDER BY value DESC, label, id")
            .arg(m_days->text);
    QVariantList values{separator()};
    values << m_days->values << ReportsTr::tr("Deleted root cause #")
           << (measure == ParetoMeasure::Cost ? 1 : 0);
    auto q = sql::run(m_db.connection(), statement, values, ReportsTr::tr("adding up the root causes"));
    if (!q)
        return std::unexpected(q.error());
    QList<CauseTotals> rows;
    while (q->next()) {
        rows << CauseTotals{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                            q->value(3).toLongLong(), q->value(4).toLongLong()};
    }
    return rows;
}

Result<qint64> DashboardRepository::unanalysedCases()
{
    auto n = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT coalesce(sum(t.cases), 0) FROM case_day_totals t WHERE "
                                        "t.root_cause_id = 0 AND %1")
                             .arg(m_days->text),
                         m_days->values, ReportsTr::tr("adding up the root causes"), 0);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<QList<TrendRow>> DashboardRepository::trend(ReportPeriod period)
{
    const QSqlDatabase db = m_db.connection();
    const QString statement =
        QStringLiteral("WITH RECURSIVE ") + pathsCte +
        QStringLiteral(", per_day AS (SELECT t.root_cause_id AS cause, t.day AS day, sum(t.cases) AS n "
                       "FROM case_day_totals t WHERE t.cases > 0 AND %1 GROUP BY t.root_cause_id, t.day), "
                       "per_period AS (SELECT %2 AS period, pd.cause AS cause, sum(pd.n) AS n "
                       "FROM per_day pd GROUP BY 1, 2) "
                       "SELECT pp.period, pp.cause, CASE WHEN pp.cause = 0 THEN ? "
                       "ELSE coalesce(pa.label, ? || pp.cause) END AS label, pp.n FROM per_period pp "
                       "LEFT JOIN paths pa ON pa.id = pp.cause AND pa.parent IS NULL "
                       "ORDER BY pp.period, pp.cause = 0, label, pp.cause")
            .arg(m_days->text,
                 ReportRepository::periodKeySql(db, period, QStringLiteral("(pd.day * 86400000)")));
    QVariantList values{separator()};
    values << m_days->values << ReportsTr::tr("Not analysed yet") << ReportsTr::tr("Deleted root cause #");
    auto q = sql::run(db, statement, values, ReportsTr::tr("counting complaints per period"));
    if (!q)
        return std::unexpected(q.error());
    return ReportRepository::trendRows(*q);
}

Result<QList<ChampionRow>> DashboardRepository::champions(ReportPeriod period)
{
    const QSqlDatabase db = m_db.connection();
    const QString statement =
        QStringLiteral(
            "SELECT %1 AS period, sum(t.follow_ups), "
            "sum(CASE WHEN t.score >= ? THEN t.follow_ups ELSE 0 END), "
            "sum(CASE WHEN t.score >= ? AND t.score < ? THEN t.follow_ups ELSE 0 END), "
            "sum(CASE WHEN t.score < ? THEN t.follow_ups ELSE 0 END), %2, sum(t.with_prior), %3, %4 "
            "FROM follow_up_days t WHERE %5 GROUP BY 1 ORDER BY 1")
            .arg(ReportRepository::periodKeySql(db, period, QStringLiteral("(t.day * 86400000)")),
                 mean(db, QStringLiteral("sum(t.score * t.follow_ups)"), QStringLiteral("sum(t.follow_ups)")),
                 mean(db, QStringLiteral("sum(t.score * t.with_prior)"), QStringLiteral("sum(t.with_prior)")),
                 mean(db, QStringLiteral("sum(t.prior_sum)"), QStringLiteral("sum(t.with_prior)")),
                 m_followUpDays->text);
    QVariantList values{championMinScore, passiveMinScore, championMinScore, passiveMinScore};
    values << m_followUpDays->values;
    auto q = sql::run(db, statement, values, ReportsTr::tr("counting champions per period"));
    if (!q)
        return std::unexpected(q.error());
    return ReportRepository::championRows(*q);
}

Result<CaseTotals> DashboardRepository::totals()
{
    auto q = m_days ? sql::run(m_db.connection(),
                               QStringLiteral("SELECT coalesce(sum(t.cases), 0), "
                                              "coalesce(sum(t.compensation_cents), 0) FROM case_day_totals t "
                                              "WHERE %1")
                                   .arg(m_days->text),
                               m_days->values, Tr::tr("adding up the cases for the dashboard"))
                    : sql::run(m_db.connection(),
                               QStringLiteral("SELECT count(*), coalesce(sum(c.compensation_cents), 0) FROM "
                                              "cases c WHERE %1")
                                   .arg(m_where.text),
                               m_where.values, Tr::tr("adding up the cases for the dashboard"));
    if (!q)
        return std::unexpected(q.error());
    CaseTotals totals;
    if (q->next())
        totals = {q->value(0).toLongLong(), q->value(1).toLongLong()};
    return totals;
}

Result<BreachCounts> DashboardRepository::breaches(qint64 asOfMs)
{
    const QString late = QStringLiteral("(SELECT count(*) FROM cases c WHERE c.%1 > c.%2 AND %3)");
    const QString unmet =
        QStringLiteral("(SELECT count(*) FROM cases c WHERE c.%1 IS NULL AND c.%2 < ? AND %3)");
    QStringList terms;
    QVariantList values;
    for (const auto& [met, due] :
         {std::pair{"acknowledged_at", "acknowledge_due"}, std::pair{"first_contact_at", "contact_due"},
          std::pair{"resolved_at", "resolve_due"}}) {
        terms << late.arg(QLatin1String(met), QLatin1String(due), m_where.text) + QStringLiteral(" + ") +
                     unmet.arg(QLatin1String(met), QLatin1String(due), m_where.text);
        values << m_where.values << asOfMs << m_where.values;
    }
    auto q = sql::run(m_db.connection(), QStringLiteral("SELECT ") + terms.join(QStringLiteral(", ")), values,
                      Tr::tr("counting the SLA breaches"));
    if (!q)
        return std::unexpected(q.error());
    BreachCounts counts;
    if (q->next())
        counts = {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong()};
    return counts;
}

Result<qint64> DashboardRepository::escalatedCases()
{
    QVariantList values = m_where.values;
    values << m_where.values;
    auto n = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT count(*) FROM (SELECT c.id FROM cases c WHERE "
                                        "c.escalation_level > 0 AND %1 UNION SELECT c.id FROM escalations e "
                                        "JOIN cases c ON c.id = e.case_id WHERE %1) AS escalated")
                             .arg(m_where.text),
                         values, Tr::tr("counting the escalated cases"), 0);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<ResolutionTotals> DashboardRepository::resolution()
{
    // The statuses past resolution (the complement of
    // schema::awaitingResolution; a reopened case keeps its old resolved_at
    // but is owed a new resolution).
    const QSqlDatabase db = m_db.connection();
    auto q =
        m_days
            ? sql::run(
                  db,
                  QStringLiteral("SELECT coalesce(sum(t.resolved), 0), %1 FROM case_day_totals t "
                                 "WHERE %2")
                      .arg(mean(db, QStringLiteral("sum(t.resolved_ms)"), QStringLiteral("sum(t.resolved)")),
                           m_days->text),
                  m_days->values, Tr::tr("measuring the time to resolution"))
            : sql::run(db,
                       QStringLiteral("SELECT count(*), avg(c.resolved_at - c.opened_at) FROM cases c WHERE "
                                      "c.status IN ('resolved', 'follow_up', 'closed') AND c.resolved_at IS "
                                      "NOT NULL AND %1")
                           .arg(m_where.text),
                       m_where.values, Tr::tr("measuring the time to resolution"));
    if (!q)
        return std::unexpected(q.error());
    ResolutionTotals totals;
    if (q->next()) {
        totals.resolved = q->value(0).toLongLong();
        if (totals.resolved > 0)
            totals.meanMs = q->value(1).toDouble();
    }
    return totals;
}

Result<CustomerTotals> DashboardRepository::customersScoring(int minScore)
{
    // Over every case, each customer's best score (schema v12) answers
    // without reading the follow-ups; narrowed, the cases decide.
    const bool everyCase =
        !m_filter.narrowsCases() && !m_filter.range.from.isValid() && !m_filter.range.to.isValid();
    const QString statement =
        everyCase
            ? QStringLiteral("SELECT count(*), coalesce(sum(cu.lifetime_value_cents), 0) FROM customers "
                             "cu WHERE cu.top_score >= ?")
            : QStringLiteral("SELECT count(*), coalesce(sum(cu.lifetime_value_cents), 0) FROM customers "
                             "cu WHERE cu.id IN (SELECT c.customer_id FROM follow_ups f JOIN cases c ON "
                             "c.id = f.case_id WHERE f.score >= ? AND %1)")
                  .arg(m_where.text);
    QVariantList values{minScore};
    if (!everyCase)
        values << m_where.values;
    auto q = sql::run(m_db.connection(), statement, values, Tr::tr("adding up the customers retained"));
    if (!q)
        return std::unexpected(q.error());
    CustomerTotals totals;
    if (q->next())
        totals = {q->value(0).toLongLong(), q->value(1).toLongLong()};
    return totals;
}

Result<QList<qint64>> DashboardRepository::openCasesByAge(const QList<AgeSpan>& spans, qint64 asOfMs)
{
    QStringList sums;
    for (const AgeSpan& b : spans) {
        sums << (b.toDays < 0 ? QStringLiteral("coalesce(sum(CASE WHEN age >= %1 THEN 1 ELSE 0 END), 0)")
                                    .arg(b.fromDays)
                              : QStringLiteral("coalesce(sum(CASE WHEN age <= %1 %2 THEN 1 ELSE 0 END), 0)")
                                    .arg(b.toDays)
                                    .arg(b.fromDays > 0 ? QStringLiteral("AND age >= %1").arg(b.fromDays)
                                                        : QString()));
    }
    const QString statement = QStringLiteral("SELECT %1 FROM (SELECT (? - c.opened_at) / 86400000 AS age "
                                             "FROM cases c WHERE %2 AND %3) AS open_cases")
                                  .arg(sums.join(QStringLiteral(", ")),
                                       schema::awaitingResolution(QStringLiteral("c")), m_where.text);
    QVariantList values{asOfMs};
    values << m_where.values;
    auto q = sql::run(m_db.connection(), statement, values, Tr::tr("sorting the open cases by age"));
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> counts(spans.size(), 0);
    if (q->next()) {
        for (qsizetype i = 0; i < counts.size(); ++i)
            counts[i] = q->value(static_cast<int>(i)).toLongLong();
    }
    return counts;
}

Result<QStringList> DashboardRepository::promisedDays()
{
    // One index seek per day rather than a pass over all cases: a few
    // hundred days against a million promises.
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("WITH RECURSIVE days (day) AS (SELECT min(promised_by) FROM cases "
                                     "UNION ALL SELECT (SELECT min(c.promised_by) FROM cases c WHERE "
                                     "c.promised_by > days.day) FROM days WHERE days.day IS NOT NULL) "
                                     "SELECT day FROM days WHERE day IS NOT NULL"),
                      Tr::tr("counting the promises kept"));
    if (!q)
        return std::unexpected(q.error());
    QStringList days;
    while (q->next())
        days << q->value(0).toString();
    return days;
}

Result<PromiseCounts> DashboardRepository::promises(const QList<PromiseDeadline>& deadlines, qint64 nowMs)
{
    const QSqlDatabase db = m_db.connection();
    PromiseCounts counts;
    for (qsizetype first = 0; first < deadlines.size(); first += daysPerStatement) {
        const QList<PromiseDeadline> chunk = deadlines.mid(first, daysPerStatement);
        QStringList rows;
        QVariantList values;
        for (const PromiseDeadline& d : chunk) {
            rows << QStringLiteral("(?, CAST(? AS BIGINT))");
            values << d.day << d.deadlineMs;
        }
        const QString statement =
            QStringLiteral(
                "WITH deadlines (day, deadline) AS (VALUES %1) "
                "SELECT count(*), coalesce(sum(CASE WHEN c.resolved_at < d.deadline THEN 1 ELSE 0 END), 0), "
                "coalesce(sum(CASE WHEN c.resolved_at IS NULL AND ? < d.deadline THEN 1 ELSE 0 END), 0) "
                "FROM deadlines d %3 ON c.promised_by = d.day WHERE %2")
                .arg(rows.join(QStringLiteral(", ")), m_where.text,
                     // SQLite's CROSS JOIN keeps the days outermost, one index
                     // seek each, and INDEXED BY keeps that seek on the day:
                     // narrowed to an owner or a product, SQLite took that
                     // column's index instead and read all of its cases once
                     // per day (two minutes for an owner of 40,000 cases).
                     // PostgreSQL plans the order itself.
                     sql::dialect(db, QStringLiteral("CROSS JOIN cases c INDEXED BY cases_by_promise"),
                                  QStringLiteral("JOIN cases c")));
        values << nowMs << m_where.values;
        auto q = sql::run(db, statement, values, Tr::tr("counting the promises kept"));
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            counts.promised += q->value(0).toLongLong();
            counts.kept += q->value(1).toLongLong();
            counts.pending += q->value(2).toLongLong();
        }
    }
    return counts;
}

} // namespace redress::core
