#include "bench/ShellSql.h"

#include <QStringList>

namespace redress::bench::shellSql {

using core::CaseColumn;

namespace {

const QString rowColumns = QStringLiteral("c.id, c.opened_at, c.customer_name, c.company, c.product_name, "
                                          "c.channel, c.severity, c.impact, c.status, "
                                          "c.owner_name, c.updated_at, c.priority, c.sla_due, "
                                          "c.waiting_since IS NOT NULL, c.escalation_level");

QString literal(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString sortExpression(CaseColumn column)
{
    switch (column) {
    case CaseColumn::Reference: return QStringLiteral("c.id");
    case CaseColumn::Opened: return QStringLiteral("c.opened_at");
    case CaseColumn::Customer: return QStringLiteral("c.customer_name");
    case CaseColumn::Company: return QStringLiteral("c.company");
    case CaseColumn::Product: return QStringLiteral("c.product_name");
    case CaseColumn::Channel: return QStringLiteral("c.channel");
    case CaseColumn::Severity: return QStringLiteral("c.severity");
    case CaseColumn::Impact: return QStringLiteral("c.impact");
    case CaseColumn::Status: return QStringLiteral("c.status");
    case CaseColumn::Owner: return QStringLiteral("c.owner_name");
    case CaseColumn::Updated: return QStringLiteral("c.updated_at");
    case CaseColumn::Priority:
        return QStringLiteral("(CASE c.priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 "
                              "WHEN 'urgent' THEN 3 ELSE 4 END)");
    case CaseColumn::Due: return QStringLiteral("coalesce(c.sla_due, 9223372036854775807)");
    }
    return QStringLiteral("c.id");
}

QString orderBy(const core::CaseListQuery& query, bool reversed)
{
    bool ascending = query.order == Qt::AscendingOrder;
    if (reversed)
        ascending = !ascending;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (query.sortColumn == CaseColumn::Reference)
        return QStringLiteral(" ORDER BY c.id") + dir;
    return QStringLiteral(" ORDER BY ") + sortExpression(query.sortColumn) + dir + QStringLiteral(", c.id") +
           dir;
}

// Only what the benchmark drives: no filter, or words of three or more
// characters (the trigram path). Other filters are not spelled out here.
QString where(const core::CaseListFilter& filter)
{
    const QStringList words = filter.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList all;
    for (const QString& word : words) {
        if (word.size() < 3)
            continue;
        QString term = word;
        term.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QString match = literal(QLatin1Char('"') + term + QLatin1Char('"'));
        all << QStringLiteral(
                   "(c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH %1) OR c.customer_id IN "
                   "(SELECT rowid FROM customer_search WHERE customer_search MATCH %1))")
                   .arg(match);
    }
    if (all.isEmpty())
        return {};
    return QStringLiteral(" WHERE ((") + all.join(QStringLiteral(" AND ")) + QStringLiteral("))");
}

} // namespace

QString count(const core::CaseListQuery& query)
{
    return QStringLiteral("SELECT count(*) FROM cases c") + where(query.filter) + QLatin1Char(';');
}

QString window(const core::CaseListQuery& query, qint64 start, int length, qint64 total)
{
    bool reversed = false;
    qint64 offset = start;
    if (total > 0 && start > total / 2) {
        reversed = true;
        offset = std::max<qint64>(0, total - start - length);
        length = static_cast<int>(std::min<qint64>(length, total - start));
    }
    const QString ids = QStringLiteral("SELECT c.id FROM cases c") + where(query.filter) +
                        orderBy(query, reversed) +
                        QStringLiteral(" LIMIT %1 OFFSET %2").arg(length).arg(offset);
    return QStringLiteral("SELECT ") + rowColumns + QStringLiteral(" FROM cases c WHERE c.id IN (") + ids +
           QLatin1Char(')') + orderBy(query, false) + QLatin1Char(';');
}

QString naiveWindow(qint64 start, int length)
{
    return QStringLiteral(
               "SELECT id, opened_at, customer_name, company, product_name, channel, severity, impact, "
               "status, owner_name, updated_at FROM cases ORDER BY opened_at DESC, id DESC "
               "LIMIT %1 OFFSET %2;")
        .arg(length)
        .arg(start);
}

} // namespace redress::bench::shellSql
