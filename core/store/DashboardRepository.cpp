#include "core/store/DashboardRepository.h"

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

/// Days per statement of the promise count: well under SQLite's limit of
/// bound parameters (two per day).
constexpr int daysPerStatement = 4000;

} // namespace

DashboardRepository::DashboardRepository(Database db, const ReportFilter& filter)
    : m_db(std::move(db)), m_where(caseCondition(filter))
{
}

Result<CaseTotals> DashboardRepository::totals()
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT count(*), coalesce(sum(c.compensation_cents), 0) FROM cases c "
                                     "WHERE %1")
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
    auto q = sql::run(m_db.connection(),
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
    const QString statement =
        QStringLiteral("SELECT count(*), coalesce(sum(cu.lifetime_value_cents), 0) FROM customers cu "
                       "WHERE cu.id IN (SELECT c.customer_id FROM follow_ups f JOIN cases c ON c.id = "
                       "f.case_id WHERE f.score >= ? AND %1)")
            .arg(m_where.text);
    QVariantList values{minScore};
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
                "FROM deadlines d %3 cases c ON c.promised_by = d.day WHERE %2")
                .arg(rows.join(QStringLiteral(", ")), m_where.text,
                     // SQLite's CROSS JOIN keeps the days outermost, one index
                     // seek each; PostgreSQL plans the order itself.
                     sql::dialect(db, QStringLiteral("CROSS JOIN"), QStringLiteral("JOIN")));
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
