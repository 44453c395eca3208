#include "core/store/ReportRepository.h"

#include "core/cases/Nps.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <limits>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Reports)
};

} // namespace

std::pair<qint64, qint64> ReportRepository::storedBounds(const ReportRange& range)
{
    const qint64 lower = range.from.isValid()
                             ? QDateTime(range.from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
                             : std::numeric_limits<qint64>::min();
    const qint64 upper = range.to.isValid()
                             ? QDateTime(range.to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
                             : std::numeric_limits<qint64>::max();
    return {lower, upper};
}

// SQLite 3.40 has no %V or %G, so the ISO week is found the way the
// standard defines it: the week belongs to the year of its Thursday, and is
// numbered from that year's first Thursday. Day 0 of the epoch (1970-01-01)
// was a Thursday, so (days + 3) % 7 counts from Monday; no stored time
// precedes 1970.
QString ReportRepository::periodKeySql(const QSqlDatabase& db, ReportPeriod period, const QString& column)
{
    if (sql::isPostgres(db)) {
        return QStringLiteral("to_char(to_timestamp(%1 / 1000) AT TIME ZONE 'UTC', '%2')")
            .arg(column,
                 period == ReportPeriod::Month ? QStringLiteral("YYYY-MM") : QStringLiteral("IYYY-\"W\"IW"));
    }
    if (period == ReportPeriod::Month)
        return QStringLiteral("strftime('%Y-%m', %1 / 1000, 'unixepoch')").arg(column);
    const QString days = QStringLiteral("(%1 / 86400000)").arg(column);
    const QString thursday = QStringLiteral("((%1 - (%1 + 3) % 7 + 3) * 86400)").arg(days);
    return QStringLiteral("strftime('%Y', %1, 'unixepoch') || '-W' || "
                          "printf('%02d', (CAST(strftime('%j', %1, 'unixepoch') AS INTEGER) - 1) / 7 + 1)")
        .arg(thursday);
}

namespace {

/// Every root cause with its full path, walked up in SQL. The taxonomy is
/// a few dozen rows; the depth bound stops a cycle written outside Redress.
/// Takes one parameter, the separator.
const QString pathsCte =
    QStringLiteral("paths (id, parent, label, depth) AS ("
                   "SELECT id, parent_id, name, 0 FROM root_causes "
                   "UNION ALL SELECT p.id, r.parent_id, r.name || ? || p.label, p.depth + 1 "
                   "FROM paths p JOIN root_causes r ON r.id = p.parent WHERE p.depth < 32)");

QString separator()
{
    return QStringLiteral(" \u203a ");
}

/// A root cause the analysis names but the taxonomy lost (deleted with
/// foreign keys off): shown, never silently dropped from the totals.
QString deletedCause()
{
    return Tr::tr("Deleted root cause #");
}

/// Longer ranges than this read the whole covering index rather than
/// cases_by_opened and a table lookup per case (see caseCondition).
constexpr qint64 seekRangeDays = 92;

} // namespace

SqlCondition caseCondition(const ReportFilter& filter, bool withRange)
{
    SqlCondition c;
    QStringList parts;
    if (withRange && (filter.range.from.isValid() || filter.range.to.isValid())) {
        const auto [lower, upper] = ReportRepository::storedBounds(filter.range);
        // Without statistics SQLite takes any range through cases_by_opened
        // and a table lookup per case: seconds for a year of a million cases,
        // where the aggregates' covering indexes take a tenth of that. The
        // unary plus keeps a long range off that index; a short one seeks.
        const bool seek = filter.range.from.isValid() && filter.range.to.isValid() &&
                          filter.range.from.daysTo(filter.range.to) <= seekRangeDays;
        const QString column = seek ? QStringLiteral("c.opened_at") : QStringLiteral("+c.opened_at");
        if (filter.range.from.isValid()) {
            parts << column + QStringLiteral(" >= ?");
            c.values << lower;
        }
        if (filter.range.to.isValid()) {
            parts << column + QStringLiteral(" < ?");
            c.values << upper;
        }
    }
    if (filter.productId) {
        parts << QStringLiteral("c.product_id = ?");
        c.values << *filter.productId;
    }
    if (filter.ownerId) {
        if (*filter.ownerId == 0) {
            parts << QStringLiteral("c.owner_id IS NULL");
        } else {
            parts << QStringLiteral("c.owner_id = ?");
            c.values << *filter.ownerId;
        }
    }
    if (filter.channel) {
        parts << QStringLiteral("c.channel = ?");
        c.values << keyOf(*filter.channel);
    }
    if (filter.rootCauseId && filter.rootCauseExact) {
        parts << QStringLiteral("c.root_cause_id = ?");
        c.values << *filter.rootCauseId;
    } else if (filter.rootCauseId) {
        // The cause itself even when the taxonomy lost it, then everything
        // under it; UNION stops a cycle written outside Redress.
        parts << QStringLiteral(
            "c.root_cause_id IN (WITH RECURSIVE subtree (id) AS (SELECT CAST(? AS BIGINT) UNION "
            "SELECT r.id FROM root_causes r JOIN subtree s ON r.parent_id = s.id) "
            "SELECT id FROM subtree)");
        c.values << *filter.rootCauseId;
    }
    c.text = parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
    return c;
}

Status ReportRepository::validate(const ReportRange& range)
{
    if (range.from.isValid() && range.to.isValid() && range.from > range.to)
        return invalid(QStringLiteral("from"),
                       Tr::tr("The range starts on %1, after it ends on %2.")
                           .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
    return {};
}

QString ReportRepository::deletedCauseLabel(qint64 id)
{
    return deletedCause() + QString::number(id);
}

Result<QList<CauseTotals>> ReportRepository::casesPerCause(const ReportFilter& filter, ParetoMeasure measure)
{
    const SqlCondition where = caseCondition(filter);
    // The case carries its root cause and what its gestures cost (granted,
    // or approved after a request), kept in step by the store (schema v8),
    // so one pass over cases_by_cause_day groups them without a join or a
    // sort.
    const QString statement =
        QStringLiteral("WITH RECURSIVE ") + pathsCte +
        QStringLiteral(", per_cause AS (SELECT c.root_cause_id AS id, count(*) AS cases, "
                       "sum(c.compensation_cents) AS cost FROM cases c "
                       "WHERE c.root_cause_id IS NOT NULL AND %1 GROUP BY c.root_cause_id), "
                       "named AS (SELECT pc.id, coalesce(pa.label, ? || pc.id) AS label, pc.cases, pc.cost, "
                       "CASE WHEN ? = 1 THEN pc.cost ELSE pc.cases END AS value "
                       "FROM per_cause pc LEFT JOIN paths pa ON pa.id = pc.id AND pa.parent IS NULL) "
                       "SELECT id, label, cases, cost, value FROM named ORDER BY value DESC, label, id")
            .arg(where.text);
    QVariantList values{separator()};
    values << where.values << deletedCause() << (measure == ParetoMeasure::Cost ? 1 : 0);
    auto q = sql::run(m_db.connection(), statement, values, Tr::tr("adding up the root causes"));
    if (!q)
        return std::unexpected(q.error());
    QList<CauseTotals> rows;
    while (q->next()) {
        rows << CauseTotals{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                            q->value(3).toLongLong(), q->value(4).toLongLong()};
    }
    return rows;
}

Result<qint64> ReportRepository::unanalysedCases(const ReportFilter& filter)
{
    const SqlCondition where = caseCondition(filter);
    auto n = sql::scalar(
        m_db.connection(),
        QStringLiteral("SELECT count(*) FROM cases c WHERE c.root_cause_id IS NULL AND %1").arg(where.text),
        where.values, Tr::tr("adding up the root causes"), 0);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<QList<TrendRow>> ReportRepository::trend(const ReportFilter& filter, ReportPeriod period)
{
    const SqlCondition where = caseCondition(filter);
    // Cases per cause and UTC day first: that grouping is the order of
    // cases_by_cause_day, so it streams; the few thousand days are then
    // keyed by period. Cases without an analysis yet are a row of their own
    // (cause 0): left out, the latest periods would seem to fall only
    // because nobody has analysed them.
    const QString statement =
        QStringLiteral("WITH RECURSIVE ") + pathsCte +
        QStringLiteral(
            ", per_day AS (SELECT c.root_cause_id AS cause, c.opened_at / 86400000 AS day, "
            "count(*) AS n FROM cases c WHERE %1 GROUP BY c.root_cause_id, c.opened_at / 86400000), "
            "per_period AS (SELECT %2 AS period, coalesce(pd.cause, 0) AS cause, sum(pd.n) AS n "
            "FROM per_day pd GROUP BY 1, 2) "
            "SELECT pp.period, pp.cause, CASE WHEN pp.cause = 0 THEN ? "
            "ELSE coalesce(pa.label, ? || pp.cause) END AS label, pp.n FROM per_period pp "
            "LEFT JOIN paths pa ON pa.id = pp.cause AND pa.parent IS NULL "
            "ORDER BY pp.period, pp.cause = 0, label, pp.cause")
            .arg(where.text, periodKeySql(m_db.connection(), period, QStringLiteral("(pd.day * 86400000)")));
    QVariantList values{separator()};
    values << where.values << Tr::tr("Not analysed yet") << deletedCause();
    auto q = sql::run(m_db.connection(), statement, values, Tr::tr("counting complaints per period"));
    if (!q)
        return std::unexpected(q.error());
    return ReportRepository::trendRows(*q);
}

Result<QList<ChampionRow>> ReportRepository::champions(const ReportFilter& filter, ReportPeriod period)
{
    const auto [lower, upper] = storedBounds(filter.range);
    // A range on follow_ups_by_recorded, one group per period; the cases
    // are joined only when the filter narrows them.
    const SqlCondition where = caseCondition(filter, false);
    const QString from = filter.narrowsCases()
                             ? QStringLiteral("follow_ups f JOIN cases c ON c.id = f.case_id")
                             : QStringLiteral("follow_ups f");
    const QString statement =
        QStringLiteral("SELECT %1 AS period, count(*), "
                       "sum(CASE WHEN f.score >= ? THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN f.score >= ? AND f.score < ? THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN f.score < ? THEN 1 ELSE 0 END), avg(f.score), count(f.prior_score), "
                       "avg(CASE WHEN f.prior_score IS NOT NULL THEN f.score END), avg(f.prior_score) "
                       "FROM %2 WHERE f.recorded_at >= ? AND f.recorded_at < ? AND %3 GROUP BY 1 ORDER BY 1")
            .arg(periodKeySql(m_db.connection(), period, QStringLiteral("f.recorded_at")), from, where.text);
    QVariantList values{championMinScore, passiveMinScore, championMinScore, passiveMinScore, lower, upper};
    values << where.values;
    auto q = sql::run(m_db.connection(), statement, values, Tr::tr("counting champions per period"));
    if (!q)
        return std::unexpected(q.error());
    return ReportRepository::championRows(*q);
}

QList<TrendRow> ReportRepository::trendRows(QSqlQuery& q)
{
    QList<TrendRow> rows;
    while (q.next()) {
        TrendRow row;
        row.period = q.value(0).toString();
        row.rootCauseId = q.value(1).toLongLong();
        row.path = q.value(2).toString();
        row.cases = q.value(3).toLongLong();
        rows << row;
    }
    return rows;
}

QList<ChampionRow> ReportRepository::championRows(QSqlQuery& q)
{
    QList<ChampionRow> rows;
    while (q.next()) {
        ChampionRow row;
        row.period = q.value(0).toString();
        row.followUps = q.value(1).toLongLong();
        row.champions = q.value(2).toLongLong();
        row.passives = q.value(3).toLongLong();
        row.detractors = q.value(4).toLongLong();
        row.meanScore = q.value(5).toDouble();
        row.withPrior = q.value(6).toLongLong();
        if (row.withPrior > 0) {
            row.meanScoreWithPrior = q.value(7).toDouble();
            row.meanPriorScore = q.value(8).toDouble();
        }
        rows << row;
    }
    return rows;
}

} // namespace redress::core
