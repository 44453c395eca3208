#include "core/store/CaseListRepository.h"

#include "core/store/CaseListSql.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseListRepository)
};

using caseListSql::orderBy;
using caseListSql::sortExpression;
using caseListSql::Where;
using caseListSql::whereFor;

const QString rowColumns = QStringLiteral("c.id, c.opened_at, c.customer_name, c.company, c.product_name, "
                                          "c.channel, c.severity, c.impact, c.status, "
                                          "c.owner_name, c.updated_at, c.priority, c.sla_due, "
                                          "c.waiting_since IS NOT NULL, c.escalation_level");

/// The ids of a window as a subquery that walks only the sort index
/// (covering: key, id), so skipping a large offset touches no table rows.
struct IdWindow
{
    QString sql;
    QVariantList values;
    bool reversed = false;
};

/// Walking the sort index passes about (offset + length) * cases / matches
/// rows to fill a window; leading with the matches reads and sorts every
/// one of them. A membership check costs about a tenth of reading a row.
caseListSql::Matches matchesFor(qint64 offset, int length, qint64 total, qint64 cases)
{
    if (total <= 0 || cases <= 0)
        return caseListSql::Matches::Lookup;
    const double walked = static_cast<double>(offset + length) * static_cast<double>(cases) / total;
    return walked / 10 < static_cast<double>(total) ? caseListSql::Matches::Membership
                                                    : caseListSql::Matches::Lookup;
}

IdWindow idWindow(const CaseListQuery& query, qint64 start, int length, qint64 total, qint64 cases,
                  bool postgres)
{
    IdWindow win;
    qint64 offset = start;
    if (total > 0 && start > total / 2) {
        win.reversed = true;
        offset = std::max<qint64>(0, total - start - length);
        length = static_cast<int>(std::min<qint64>(length, total - start));
    }
    const Where where = whereFor(query.filter, postgres, matchesFor(offset, length, total, cases));
    win.sql = QStringLiteral("SELECT c.id FROM cases c") + where.clause + orderBy(query, win.reversed) +
              QStringLiteral(" LIMIT ? OFFSET ?");
    win.values = where.values;
    win.values << length << offset;
    return win;
}

} // namespace

Result<qint64> CaseListRepository::casesForSearch(const CaseListQuery& query)
{
    if (caseListSql::searchText(query.filter.search).isEmpty())
        return 0;
    // The largest id stands in for the number of cases: one step to the end
    // of the primary key instead of a count.
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM cases"), {},
                         Tr::tr("reading the case list"), 0);
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<qint64> CaseListRepository::count(const CaseListQuery& query)
{
    const Where where = whereFor(query.filter, sql::isPostgres(m_db.connection()));
    // Counting the matches alone leaves the table unread.
    auto v = where.idsOnly.isEmpty()
                 ? sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM cases c") + where.clause,
                               where.values, Tr::tr("counting the cases in the list"), 0)
                 : sql::scalar(m_db.connection(),
                               QStringLiteral("SELECT count(*) FROM (") + where.idsOnly + QLatin1Char(')'),
                               where.idsValues, Tr::tr("counting the cases in the list"), 0);
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<QList<CaseRow>> CaseListRepository::window(const CaseListQuery& query, qint64 start, int length,
                                                  qint64 total)
{
    if (start < 0 || length <= 0 || (total >= 0 && start >= total))
        return QList<CaseRow>();
    auto cases = casesForSearch(query);
    if (!cases)
        return std::unexpected(cases.error());
    const IdWindow win = idWindow(query, start, length, total, *cases, sql::isPostgres(m_db.connection()));
    auto q =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT ") + rowColumns + QStringLiteral(" FROM cases c WHERE c.id IN (") +
                     win.sql + QLatin1Char(')') + orderBy(query, false),
                 win.values, Tr::tr("reading the case list"));
    if (!q)
        return std::unexpected(q.error());
    QList<CaseRow> rows;
    rows.reserve(length);
    while (q->next()) {
        CaseRow r;
        r.id = q->value(0).toLongLong();
        r.openedAt = sql::fromStored(q->value(1));
        r.customer = q->value(2).toString();
        r.company = q->value(3).toString();
        r.product = q->value(4).toString();
        r.channel = channelFromKey(q->value(5).toString()).value_or(Channel::Phone);
        r.severity = severityFromInt(q->value(6).toInt()).value_or(Severity::Medium);
        r.impact = impactFromInt(q->value(7).toInt()).value_or(BusinessImpact::None);
        r.status = statusFromKey(q->value(8).toString()).value_or(CaseStatus::New);
        r.owner = q->value(9).toString();
        r.updatedAt = sql::fromStored(q->value(10));
        r.priority = priorityFromKey(q->value(11).toString()).value_or(Priority::Normal);
        r.slaDue = sql::fromStored(q->value(12));
        r.waiting = q->value(13).toBool();
        r.level = escalationLevelFromInt(q->value(14).toInt()).value_or(EscalationLevel::Rep);
        rows << r;
    }
    if (q->lastError().isValid())
        return std::unexpected(sql::errorFrom(*q, Tr::tr("reading the case list")));
    return rows;
}

Result<QList<qint64>> CaseListRepository::ids(const CaseListQuery& query, qint64 start, int length,
                                              qint64 total)
{
    if (start < 0 || length <= 0 || (total >= 0 && start >= total))
        return QList<qint64>();
    auto cases = casesForSearch(query);
    if (!cases)
        return std::unexpected(cases.error());
    const IdWindow win = idWindow(query, start, length, total, *cases, sql::isPostgres(m_db.connection()));
    auto q = sql::run(m_db.connection(), win.sql, win.values, Tr::tr("reading the selected cases"));
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    if (win.reversed)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

Result<qint64> CaseListRepository::rowOf(const CaseListQuery& query, qint64 caseId)
{
    const Where where = whereFor(query.filter, sql::isPostgres(m_db.connection()));
    const QString key = sortExpression(query.sortColumn);
    const bool ascending = query.order == Qt::AscendingOrder;
    const QString whereAnd =
        where.clause.isEmpty() ? QStringLiteral(" WHERE ") : where.clause + QStringLiteral(" AND ");
    auto present = sql::scalar(m_db.connection(),
                               QStringLiteral("SELECT ") + key + QStringLiteral(" FROM cases c") + whereAnd +
                                   QStringLiteral("c.id = ?"),
                               QVariantList(where.values) << caseId, Tr::tr("finding the case in the list"));
    if (!present)
        return std::unexpected(present.error());
    if (!present->isValid())
        return -1;
    // Rows before it: a smaller (or, descending, larger) key, or the same
    // key and an id before it. Row values keep this on the sort index.
    const QString before = ascending ? QStringLiteral("<") : QStringLiteral(">");
    const QString condition = query.sortColumn == CaseColumn::Reference
                                  ? QStringLiteral("c.id %1 ?").arg(before)
                                  : QStringLiteral("(%1, c.id) %2 (?, ?)").arg(key, before);
    QVariantList values = where.values;
    if (query.sortColumn != CaseColumn::Reference)
        values << *present;
    values << caseId;
    auto n =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM cases c") + whereAnd + condition,
                    values, Tr::tr("finding the case in the list"), 0);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

} // namespace redress::core
