#include "core/report/Dashboard.h"

#include "core/Clock.h"
#include "core/store/Schema.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QStringList>

namespace redress::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("redress::core::Dashboard", text);
}

/// The queries compute() runs, for the progress: Pareto by count and by
/// cost, trend, champions, totals, SLA breaches, escalations, resolution,
/// promises, retained customers, ageing.
constexpr int steps = 11;

/// Days per statement of the promise count: well under SQLite's limit of
/// bound parameters (two per day).
constexpr int daysPerStatement = 4000;

qint64 storedMs(const QDateTime& t)
{
    return sql::toStored(t).toLongLong();
}

} // namespace

Status Dashboard::validate(const DashboardFilter& filter)
{
    return Reports::validate(filter.range);
}

QList<AgeingBucket> Dashboard::ageingBuckets()
{
    return {
        {tr("0–1 days"), 0, 1, 0},     {tr("2–7 days"), 2, 7, 0},       {tr("8–30 days"), 8, 30, 0},
        {tr("31–90 days"), 31, 90, 0}, {tr("over 90 days"), 91, -1, 0},
    };
}

Result<DashboardFigures> Dashboard::compute(const DashboardFilter& filter, ReportPeriod period,
                                            const Progress& progress)
{
    if (auto ok = validate(filter); !ok)
        return std::unexpected(ok.error());
    DashboardFigures figures;
    figures.filter = filter;
    figures.period = period;
    figures.asOf = Clock::now();
    figures.ageing = ageingBuckets();

    int done = 0;
    const auto step = [&]() -> Status {
        ++done;
        if (progress && !progress(done, steps))
            return fail(Error::Code::Cancelled,
                        tr("The dashboard was cancelled before all its figures were in."));
        return {};
    };
    if (progress && !progress(0, steps))
        return std::unexpected(Error::make(
            Error::Code::Cancelled, tr("The dashboard was cancelled before all its figures were in.")));

    Reports reports(m_db);
    auto count = reports.pareto(filter, ParetoMeasure::Count);
    if (!count)
        return std::unexpected(count.error());
    figures.paretoByCount = std::move(*count);
    if (auto ok = step(); !ok)
        return std::unexpected(ok.error());

    auto cost = reports.pareto(filter, ParetoMeasure::Cost);
    if (!cost)
        return std::unexpected(cost.error());
    figures.paretoByCost = std::move(*cost);
    if (auto ok = step(); !ok)
        return std::unexpected(ok.error());

    auto trend = reports.trend(filter, period);
    if (!trend)
        return std::unexpected(trend.error());
    figures.trend = std::move(*trend);
    if (auto ok = step(); !ok)
        return std::unexpected(ok.error());

    auto champions = reports.champions(filter, period);
    if (!champions)
        return std::unexpected(champions.error());
    figures.champions = std::move(*champions);
    if (auto ok = step(); !ok)
        return std::unexpected(ok.error());

    const QSqlDatabase db = m_db.connection();
    const SqlCondition where = caseCondition(filter);
    const qint64 asOf = storedMs(figures.asOf);

    // Each total reads the narrowest index that answers it (schema v8)
    // rather than one pass testing every case against every figure: that
    // pass costs more than all of these together on a million cases.
    const auto twice = [&](const QVariantList& head) {
        QVariantList values = head;
        values << where.values;
        return values;
    };
    auto totals =
        sql::run(db,
                 QStringLiteral("SELECT count(*), coalesce(sum(c.compensation_cents), 0) FROM cases c "
                                "WHERE %1")
                     .arg(where.text),
                 where.values, tr("adding up the cases for the dashboard"));
    if (!totals)
        return std::unexpected(totals.error());
    if (totals->next()) {
        figures.cases = totals->value(0).toLongLong();
        figures.value.compensationCents = totals->value(1).toLongLong();
    }
    if (auto ok = step(); !ok)
        return std::unexpected(ok.error());

    // A target is breached when it was met after its due time, or is still
    // unmet and its due time has passed at asOf.
    {
        const QString late = QStringLiteral("(SELECT count(*) FROM cases c WHERE c.%1 > c.%2 AND %3)");
        const QString unmet =
            QStringLiteral("(SELECT count(*) FROM cases c WHERE c.%1 IS NULL AND c.%2 < ? AND %3)");
        QStringList terms;
        QVariantList values;
        for (const auto& [met, due] :
             {std::pair{"acknowledged_at", "acknowledge_due"}, std::pair{"first_contact_at", "contact_due"},
              std::pair{"resolved_at", "resolve_due"}}) {
            terms << late.arg(QLatin1String(met), QLatin1String(due), where.text) + QStringLiteral(" + ") +
                         unmet.arg(QLatin1String(met), QLatin1String(due), where.text);
            values << where.values << asOf << where.values;
        }
        auto q = sql::run(db, QStringLiteral("SELECT ") + terms.join(QStringLiteral(", ")), values,
                          tr("counting the SLA breaches"));
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            figures.sla.acknowledgeBreaches = q->value(0).toLongLong();
            figures.sla.contactBreaches = q->value(1).toLongLong();
            figures.sla.resolveBreaches = q->value(2).toLongLong();
        }
    }
    if (auto ok = step(); !ok)
        return std::unexpected(ok.error());

    // Escalated: above the rep now, or escalated once and since handed back.
    {
        auto q =
            sql::scalar(db,
                        QStringLiteral("SELECT count(*) FROM (SELECT c.id FROM cases c WHERE "
                                       "c.escalation_level > 0 AND %1 UNION SELECT c.id FROM escalations e "
                                       "JOIN cases c ON c.id = e.case_id WHERE %1) AS escalated")
                            .arg(where.text),
                        twice(where.values), tr("counting the escalated cases"), 0);
        if (!q)
            return std::unexpected(q.error());
        figures.sla.escalatedCases = q->toLongLong();
    }
    if (auto ok = step(); !ok)
        return std::unexpected(ok.error());

    // Resolved: the statuses past resolution (the complement of
    // schema::awaitingResolution; a reopened case keeps its old resolved_at
    // but is owed a new resolution).
    {
        auto q =
            sql::run(db,
                     QStringLiteral("SELECT count(*), avg(c.resolved_at - c.opened_at) FROM cases c WHERE "
                                    "c.status IN ('resolved', 'follow_up', 'closed') AND c.resolved_at IS "
                                    "NOT NULL AND %1")
                         .arg(where.text),
                     where.values, tr("measuring the time to resolution"));
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            figures.resolved = q->value(0).toLongLong();
            if (figures.resolved > 0)
                figures.meanHoursToResolution = q->value(1).toDouble() / 3'600'000.0;
        }
    }
    if (auto ok = step(); !ok)
        return std::unexpected(ok.error());

    if (auto ok = countPromises(where, figures); !ok)
        return std::unexpected(ok.error());
    if (auto ok = step(); !ok)
        return std::unexpected(ok.error());

    // Customers the recovery kept: champions and passives, once each
    // however many of their cases were followed up.
    {
        const QString statement =
            QStringLiteral("SELECT count(*), coalesce(sum(cu.lifetime_value_cents), 0) FROM customers cu "
                           "WHERE cu.id IN (SELECT c.customer_id FROM follow_ups f JOIN cases c ON c.id = "
                           "f.case_id WHERE f.score >= ? AND %1)")
                .arg(where.text);
        QVariantList values{passiveMinScore};
        values << where.values;
        auto q = sql::run(db, statement, values, tr("adding up the customers retained"));
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            figures.value.retainedCustomers = q->value(0).toLongLong();
            figures.value.retainedLifetimeValueCents = q->value(1).toLongLong();
        }
    }
    if (auto ok = step(); !ok)
        return std::unexpected(ok.error());

    // Ageing: the cases still owed a resolution, by whole days open at asOf
    // (a case opened after asOf counts as new).
    {
        QStringList sums;
        for (const AgeingBucket& b : figures.ageing) {
            sums << (b.toDays < 0
                         ? QStringLiteral("coalesce(sum(CASE WHEN age >= %1 THEN 1 ELSE 0 END), 0)")
                               .arg(b.fromDays)
                         : QStringLiteral("coalesce(sum(CASE WHEN age <= %1 %2 THEN 1 ELSE 0 END), 0)")
                               .arg(b.toDays)
                               .arg(b.fromDays > 0 ? QStringLiteral("AND age >= %1").arg(b.fromDays)
                                                   : QString()));
        }
        const QString statement = QStringLiteral("SELECT %1 FROM (SELECT (? - c.opened_at) / 86400000 AS age "
                                                 "FROM cases c WHERE %2 AND %3) AS open_cases")
                                      .arg(sums.join(QStringLiteral(", ")),
                                           schema::awaitingResolution(QStringLiteral("c")), where.text);
        QVariantList values{asOf};
        values << where.values;
        auto q = sql::run(db, statement, values, tr("sorting the open cases by age"));
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            for (int i = 0; i < figures.ageing.size(); ++i)
                figures.ageing[i].cases = q->value(i).toLongLong();
        }
    }
    if (auto ok = step(); !ok)
        return std::unexpected(ok.error());
    return figures;
}

Status Dashboard::countPromises(const SqlCondition& where, DashboardFigures& figures)
{
    const QSqlDatabase db = m_db.connection();
    const QString what = tr("counting the promises kept");
    // The promised days, one index seek each rather than a pass over all
    // cases: a few hundred days against a million promises.
    auto days = sql::run(db,
                         QStringLiteral("WITH RECURSIVE days (day) AS (SELECT min(promised_by) FROM cases "
                                        "UNION ALL SELECT (SELECT min(c.promised_by) FROM cases c WHERE "
                                        "c.promised_by > days.day) FROM days WHERE days.day IS NOT NULL) "
                                        "SELECT day FROM days WHERE day IS NOT NULL"),
                         what);
    if (!days)
        return std::unexpected(days.error());
    // The deadline as RecoveryRepository::promiseState sets it, the end of
    // the promised day where the desk is; a text that is no date is no
    // promise there either.
    QVariantList deadlines;
    while (days->next()) {
        const QString text = days->value(0).toString();
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            continue;
        deadlines << text << QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
    }
    const qint64 now = storedMs(figures.asOf);
    for (qsizetype first = 0; first < deadlines.size(); first += 2 * daysPerStatement) {
        const QVariantList chunk = deadlines.mid(first, 2 * daysPerStatement);
        QStringList rows;
        for (qsizetype i = 0; i < chunk.size(); i += 2)
            rows << QStringLiteral("(?, CAST(? AS BIGINT))");
        const QString statement =
            QStringLiteral(
                "WITH deadlines (day, deadline) AS (VALUES %1) "
                "SELECT count(*), coalesce(sum(CASE WHEN c.resolved_at < d.deadline THEN 1 ELSE 0 END), 0), "
                "coalesce(sum(CASE WHEN c.resolved_at IS NULL AND ? < d.deadline THEN 1 ELSE 0 END), 0) "
                "FROM deadlines d %3 cases c ON c.promised_by = d.day WHERE %2")
                .arg(rows.join(QStringLiteral(", ")), where.text,
                     // SQLite's CROSS JOIN keeps the days outermost, one index
                     // seek each; PostgreSQL plans the order itself.
                     sql::dialect(db, QStringLiteral("CROSS JOIN"), QStringLiteral("JOIN")));
        QVariantList values = chunk;
        values << now << where.values;
        auto q = sql::run(db, statement, values, what);
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            figures.promises.promised += q->value(0).toLongLong();
            figures.promises.kept += q->value(1).toLongLong();
            figures.promises.pending += q->value(2).toLongLong();
        }
    }
    PromiseFigures& p = figures.promises;
    p.broken = p.promised - p.kept - p.pending;
    if (p.kept + p.broken > 0)
        p.keptRate = static_cast<double>(p.kept) / static_cast<double>(p.kept + p.broken);
    return {};
}

} // namespace redress::core
