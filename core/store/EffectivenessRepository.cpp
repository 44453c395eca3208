#include "core/store/EffectivenessRepository.h"

#include "core/Clock.h"
#include "core/store/ReportRepository.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Effectiveness)
};

qint64 storedDay(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

Result<EffectivenessReport> EffectivenessRepository::measure(qint64 problemId)
{
    const QString what =
        Tr::tr("measuring whether complaints for %1 fell").arg(problemReferenceFor(problemId));
    auto s = subject(problemId, what);
    if (!s)
        return std::unexpected(s.error());
    const EffectivenessWindow window = EffectivenessRule::window(s->effectiveOn, Clock::now().toUTC().date());
    auto counts = weeklyCounts(problemId, *s, window.beforeStart, window.currentMonday.addDays(7), what);
    if (!counts)
        return std::unexpected(counts.error());
    return EffectivenessRule::measure(problemId, s->effectiveOn, window, *counts);
}

Result<EffectivenessRepository::Subject> EffectivenessRepository::subject(qint64 problemId,
                                                                          const QString& what)
{
    auto p = sql::run(m_db.connection(),
                      QStringLiteral("SELECT root_cause_id, kind, effective_on FROM problems WHERE id = ?"),
                      {problemId}, what);
    if (!p)
        return std::unexpected(p.error());
    if (!p->next())
        return fail(Error::Code::NotFound,
                    Tr::tr("There is no problem %1.").arg(problemReferenceFor(problemId)));
    Subject s;
    s.rootCauseId = p->value(0).toLongLong();
    s.education = p->value(1).toString() == keyOf(ProblemKind::Education);
    if (!p->value(2).isNull())
        s.effectiveOn = sql::fromStored(p->value(2)).toUTC().date();
    return s;
}

Result<std::map<qint64, WeekCounts>>
EffectivenessRepository::weeklyCounts(qint64 problemId, const Subject& subject, const QDate& from,
                                      const QDate& until, const QString& what)
{
    const QSqlDatabase db = m_db.connection();
    // One pass over the window's cases (cases_by_opened), grouped by the
    // day number of their week's Monday. The problem's cases are gathered
    // once: its links, and the analyses in its root cause's subtree (UNION
    // also stops a cycle in a taxonomy edited outside Redress).
    const QString statement =
        QStringLiteral(
            "WITH RECURSIVE subtree (id) AS (SELECT CAST(? AS BIGINT) UNION SELECT r.id FROM root_causes r "
            "JOIN subtree s ON r.parent_id = s.id), "
            "mine (case_id) AS (SELECT case_id FROM problem_cases WHERE problem_id = ? "
            "UNION SELECT a.case_id FROM analyses a WHERE a.root_cause_id IN (SELECT id FROM subtree) "
            "AND (? = 0 OR a.education_gap = 1)), "
            "weekly AS (SELECT c.opened_at / 86400000 - (c.opened_at / 86400000 + 3) % 7 AS monday, "
            "count(*) AS opened, sum(CASE WHEN c.id IN (SELECT case_id FROM mine) OR "
            "EXISTS (SELECT 1 FROM analyses a WHERE a.case_id = c.id) THEN 1 ELSE 0 END) AS n, "
            "sum(CASE WHEN c.id IN (SELECT case_id FROM mine) THEN 1 ELSE 0 END) AS x "
            "FROM cases c WHERE c.opened_at >= ? AND c.opened_at < ? GROUP BY 1) "
            "SELECT monday, %1, opened, n, x FROM weekly ORDER BY monday")
            .arg(ReportRepository::periodKeySql(db, ReportPeriod::Week,
                                                QStringLiteral("(monday * 86400000)")));
    auto q = sql::run(
        db, statement,
        {subject.rootCauseId, problemId, subject.education ? 1 : 0, storedDay(from), storedDay(until)}, what);
    if (!q)
        return std::unexpected(q.error());
    std::map<qint64, WeekCounts> byMonday;
    while (q->next())
        byMonday[q->value(0).toLongLong()] = {q->value(1).toString(), q->value(2).toLongLong(),
                                              q->value(3).toLongLong(), q->value(4).toLongLong()};
    return byMonday;
}

} // namespace redress::core
