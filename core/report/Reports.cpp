#include "core/report/Reports.h"

#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace redress::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("redress::core::Reports", text);
}

/// [lower, upper) in stored milliseconds for a range of whole UTC days.
std::pair<qint64, qint64> storedBounds(const ReportRange& range)
{
    const qint64 lower = range.from.isValid()
                             ? QDateTime(range.from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
                             : std::numeric_limits<qint64>::min();
    const qint64 upper = range.to.isValid()
                             ? QDateTime(range.to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
                             : std::numeric_limits<qint64>::max();
    return {lower, upper};
}

/// The period key of a stored UTC instant, as SQL. SQLite 3.40 has no %V
/// or %G, so the ISO week is found the way the standard defines it: the
/// week belongs to the year of its Thursday, and is numbered from that
/// year's first Thursday. Day 0 of the epoch (1970-01-01) was a Thursday,
/// so (days + 3) % 7 counts from Monday; no stored time precedes 1970.
QString periodKey(ReportPeriod period, const QString& column)
{
    if (period == ReportPeriod::Month)
        return QStringLiteral("strftime('%Y-%m', %1 / 1000, 'unixepoch')").arg(column);
    const QString days = QStringLiteral("(%1 / 86400000)").arg(column);
    const QString thursday = QStringLiteral("((%1 - (%1 + 3) % 7 + 3) * 86400)").arg(days);
    return QStringLiteral("strftime('%Y', %1, 'unixepoch') || '-W' || "
                          "printf('%02d', (CAST(strftime('%j', %1, 'unixepoch') AS INTEGER) - 1) / 7 + 1)")
        .arg(thursday);
}

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
    return tr("Deleted root cause #");
}

} // namespace

NpsClass npsClassOf(int score)
{
    if (score >= championMinScore)
        return NpsClass::Champion;
    if (score >= passiveMinScore)
        return NpsClass::Passive;
    return NpsClass::Detractor;
}

QString keyOf(NpsClass c)
{
    switch (c) {
    case NpsClass::Champion: return QStringLiteral("champion");
    case NpsClass::Passive: return QStringLiteral("passive");
    case NpsClass::Detractor: break;
    }
    return QStringLiteral("detractor");
}

Status Reports::validate(const ReportRange& range)
{
    if (range.from.isValid() && range.to.isValid() && range.from > range.to)
        return invalid(QStringLiteral("from"),
                       tr("The range starts on %1, after it ends on %2.")
                           .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
    return {};
}

Result<ParetoReport> Reports::pareto(const ReportRange& range, ParetoMeasure measure)
{
    if (auto ok = validate(range); !ok)
        return std::unexpected(ok.error());
    const auto [lower, upper] = storedBounds(range);
    const QSqlDatabase db = m_db.connection();
    const QString what = tr("adding up the root causes");

    // Cases are counted once however many gestures they had; the cost is
    // what was actually given (granted, or approved after a request). The
    // running sum and the 80% cut are window functions, in integers, so
    // a share of exactly 80% is on the vital side.
    const QString statement =
        QStringLiteral("WITH RECURSIVE ") + pathsCte +
        QStringLiteral(
            ", per_cause AS (SELECT a.root_cause_id AS id, count(DISTINCT a.case_id) AS cases, "
            "coalesce(sum(g.cost_cents), 0) AS cost FROM cases c JOIN analyses a ON a.case_id = c.id "
            "LEFT JOIN gestures g ON g.case_id = c.id AND g.status IN ('granted', 'approved') "
            "WHERE c.opened_at >= ? AND c.opened_at < ? GROUP BY a.root_cause_id), "
            "named AS (SELECT pc.id, coalesce(pa.label, ? || pc.id) AS label, pc.cases, pc.cost, "
            "CASE WHEN ? = 1 THEN pc.cost ELSE pc.cases END AS value "
            "FROM per_cause pc LEFT JOIN paths pa ON pa.id = pc.id AND pa.parent IS NULL), "
            "ranked AS (SELECT id, label, cases, cost, value, "
            "sum(value) OVER (ORDER BY value DESC, label, id ROWS UNBOUNDED PRECEDING) AS running, "
            "sum(value) OVER () AS total FROM named) "
            "SELECT id, label, cases, cost, value, running, total, "
            "CASE WHEN (running - value) * 100 < total * 80 THEN 1 ELSE 0 END "
            "FROM ranked ORDER BY value DESC, label, id");
    auto q =
        sql::run(db, statement,
                 {separator(), lower, upper, deletedCause(), measure == ParetoMeasure::Cost ? 1 : 0}, what);
    if (!q)
        return std::unexpected(q.error());
    ParetoReport report;
    report.measure = measure;
    while (q->next()) {
        ParetoRow row;
        row.rootCauseId = q->value(0).toLongLong();
        row.path = q->value(1).toString();
        row.cases = q->value(2).toLongLong();
        row.costCents = q->value(3).toLongLong();
        row.value = q->value(4).toLongLong();
        const qint64 total = q->value(6).toLongLong();
        report.total = total;
        row.cumulativePercent = total > 0 ? 100.0 * q->value(5).toLongLong() / total : 0.0;
        row.vital = q->value(7).toInt() == 1;
        report.rows << row;
    }

    auto unanalysed =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM cases c WHERE c.opened_at >= ? AND c.opened_at < ? "
                                   "AND NOT EXISTS (SELECT 1 FROM analyses a WHERE a.case_id = c.id)"),
                    {lower, upper}, what, 0);
    if (!unanalysed)
        return std::unexpected(unanalysed.error());
    report.unanalysed = unanalysed->toLongLong();
    return report;
}

Result<QList<TrendRow>> Reports::trend(const ReportRange& range, ReportPeriod period)
{
    if (auto ok = validate(range); !ok)
        return std::unexpected(ok.error());
    const auto [lower, upper] = storedBounds(range);
    // Cases without an analysis yet are a row of their own (cause 0): left
    // out, the latest periods would seem to fall only because nobody has
    // analysed them.
    const QString statement =
        QStringLiteral("WITH RECURSIVE ") + pathsCte +
        QStringLiteral(", per_period AS (SELECT %1 AS period, coalesce(a.root_cause_id, 0) AS cause, "
                       "count(*) AS n FROM cases c LEFT JOIN analyses a ON a.case_id = c.id "
                       "WHERE c.opened_at >= ? AND c.opened_at < ? GROUP BY 1, 2) "
                       "SELECT pp.period, pp.cause, CASE WHEN pp.cause = 0 THEN ? "
                       "ELSE coalesce(pa.label, ? || pp.cause) END AS label, pp.n FROM per_period pp "
                       "LEFT JOIN paths pa ON pa.id = pp.cause AND pa.parent IS NULL "
                       "ORDER BY pp.period, pp.cause = 0, label, pp.cause")
            .arg(periodKey(period, QStringLiteral("c.opened_at")));
    auto q = sql::run(m_db.connection(), statement,
                      {separator(), lower, upper, tr("Not analysed yet"), deletedCause()},
                      tr("counting complaints per period"));
    if (!q)
        return std::unexpected(q.error());
    QList<TrendRow> rows;
    while (q->next()) {
        TrendRow row;
        row.period = q->value(0).toString();
        row.rootCauseId = q->value(1).toLongLong();
        row.path = q->value(2).toString();
        row.cases = q->value(3).toLongLong();
        rows << row;
    }
    return rows;
}

Result<QList<ChampionRow>> Reports::champions(const ReportRange& range, ReportPeriod period)
{
    if (auto ok = validate(range); !ok)
        return std::unexpected(ok.error());
    const auto [lower, upper] = storedBounds(range);
    // A range on follow_ups_by_recorded, one group per period.
    const QString statement =
        QStringLiteral(
            "SELECT %1 AS period, count(*), "
            "sum(CASE WHEN f.score >= ? THEN 1 ELSE 0 END), "
            "sum(CASE WHEN f.score >= ? AND f.score < ? THEN 1 ELSE 0 END), "
            "sum(CASE WHEN f.score < ? THEN 1 ELSE 0 END), avg(f.score), count(f.prior_score), "
            "avg(CASE WHEN f.prior_score IS NOT NULL THEN f.score END), avg(f.prior_score) "
            "FROM follow_ups f WHERE f.recorded_at >= ? AND f.recorded_at < ? GROUP BY 1 ORDER BY 1")
            .arg(periodKey(period, QStringLiteral("f.recorded_at")));
    auto q = sql::run(m_db.connection(), statement,
                      {championMinScore, passiveMinScore, championMinScore, passiveMinScore, lower, upper},
                      tr("counting champions per period"));
    if (!q)
        return std::unexpected(q.error());
    QList<ChampionRow> rows;
    while (q->next()) {
        ChampionRow row;
        row.period = q->value(0).toString();
        row.followUps = q->value(1).toLongLong();
        row.champions = q->value(2).toLongLong();
        row.passives = q->value(3).toLongLong();
        row.detractors = q->value(4).toLongLong();
        row.meanScore = q->value(5).toDouble();
        row.withPrior = q->value(6).toLongLong();
        if (row.withPrior > 0) {
            row.meanScoreWithPrior = q->value(7).toDouble();
            row.meanPriorScore = q->value(8).toDouble();
        }
        rows << row;
    }
    return rows;
}

} // namespace redress::core
