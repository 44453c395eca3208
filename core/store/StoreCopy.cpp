#include "core/store/StoreCopy.h"

#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::StoreCopy)
};

struct SourceTable
{
    QString name;
    QStringList columns;
    QSet<QString> references;
};

/// The source's tables with their columns and the tables they refer to,
/// leaving out SQLite's own and the search index's (the target has its own).
Result<QList<SourceTable>> sourceTables(const QSqlDatabase& db, const QSet<QString>& wanted)
{
    const QString what = Tr::tr("reading the tables of the source store");
    auto names =
        sql::run(db,
                 QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"),
                 what);
    if (!names)
        return std::unexpected(names.error());
    QList<SourceTable> tables;
    while (names->next()) {
        const QString name = names->value(0).toString();
        if (wanted.contains(name))
            tables.append(SourceTable{name, {}, {}});
    }
    for (SourceTable& t : tables) {
        // PRAGMA takes no bound parameters; the name comes from the schema.
        auto columns = sql::run(db, QStringLiteral("PRAGMA table_info(\"%1\")").arg(t.name), what);
        if (!columns)
            return std::unexpected(columns.error());
        while (columns->next())
            t.columns << columns->value(1).toString();
        auto keys = sql::run(db, QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(t.name), what);
        if (!keys)
            return std::unexpected(keys.error());
        while (keys->next()) {
            if (keys->value(2).toString() != t.name)
                t.references.insert(keys->value(2).toString());
        }
    }
    return tables;
}

/// Parents before children, so every reference finds its row.
QList<SourceTable> inDependencyOrder(QList<SourceTable> tables)
{
    QList<SourceTable> ordered;
    QSet<QString> placed;
    while (!tables.isEmpty()) {
        const auto ready = std::find_if(tables.begin(), tables.end(), [&](const SourceTable& t) {
            return std::all_of(t.references.begin(), t.references.end(),
                               [&](const QString& r) { return placed.contains(r); });
        });
        // A cycle cannot come from our migrations; take the next as it is.
        const auto next = ready != tables.end() ? ready : tables.begin();
        placed.insert(next->name);
        ordered.append(*next);
        tables.erase(next);
    }
    return ordered;
}

Result<QSet<QString>> targetTables(const QSqlDatabase& db)
{
    const QString what = Tr::tr("reading the tables of the target store");
    auto q =
        sql::isPostgres(db)
            ? sql::run(db,
                       QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema "
                                      "= current_schema() AND table_type = 'BASE TABLE'"),
                       what)
            : sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), what);
    if (!q)
        return std::unexpected(q.error());
    QSet<QString> names;
    while (q->next())
        names.insert(q->value(0).toString());
    names.remove(QStringLiteral("redress_schema"));
    // The dashboard's summaries (schema v12) are kept by the target's own
    // triggers as the cases and follow-ups come in: copied too, they would
    // count everything twice.
    for (const char* derived : {"case_day_totals", "follow_up_days", "customer_scores"})
        names.remove(QLatin1String(derived));
    return names;
}

Result<qint64> countOf(const QSqlDatabase& db, const QString& table, const QString& what)
{
    // The name comes from the schema, never from input.
    auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table), {}, what, 0);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

// Only a desk's SQLite store moves, only between stores of one schema, and
// only into an empty one.
Status checkMovable(const Database& from, const Database& to)
{
    if (from.backend() != Database::Backend::Sqlite)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("Only a desk's SQLite store can be moved; %1 is not one.").arg(from.path()));
    if (from.schemaVersion() != to.schemaVersion())
        return fail(Error::Code::InvalidInput,
                    Tr::tr("The two stores are at different schema versions (%1 and %2).")
                        .arg(from.schemaVersion())
                        .arg(to.schemaVersion()));
    const QString checking = Tr::tr("checking that the target store is empty");
    for (const QString& table :
         {QStringLiteral("users"), QStringLiteral("customers"), QStringLiteral("cases")}) {
        auto n = countOf(to.connection(), table, checking);
        if (!n)
            return std::unexpected(n.error());
        if (*n > 0)
            return fail(Error::Code::Conflict,
                        Tr::tr("%1 already holds %2 (%3 rows); a store is moved only into an empty one, so "
                               "nothing was copied.")
                            .arg(to.path(), table)
                            .arg(*n));
    }
    return {};
}

/// Copies one table's rows, several to a statement, counting them into
/// `done` for the progress.
class TableCopy
{
public:
    TableCopy(const QSqlDatabase& source, const QSqlDatabase& target, const SourceTable& table,
              const StoreCopy::Progress& progress, qint64 total, qint64& done)
        : m_source(source), m_target(target), m_table(table), m_progress(progress), m_total(total),
          m_done(done), m_what(Tr::tr("copying %1").arg(table.name))
    {
        QStringList quoted;
        for (const QString& c : table.columns)
            quoted << QLatin1Char('"') + c + QLatin1Char('"');
        m_columnList = quoted.join(QStringLiteral(", "));
        m_row = QLatin1Char('(') +
                QStringList(table.columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                QLatin1Char(')');
        // Many rows per statement: one round trip each would take hours
        // for a million cases on a server across the network.
        m_perStatement = std::max<int>(1, std::min<int>(500, 30000 / static_cast<int>(table.columns.size())));
    }

    Status run()
    {
        sql::Statement full(m_target, insertFor(m_perStatement));
        auto rows = sql::run(m_source,
                             QStringLiteral("SELECT %1 FROM \"%2\"").arg(m_columnList, m_table.name), m_what);
        if (!rows)
            return std::unexpected(rows.error());
        while (rows->next()) {
            for (int c = 0; c < m_table.columns.size(); ++c)
                m_batch << rows->value(c);
            if (++m_inBatch == m_perStatement) {
                if (auto ok = flush(full); !ok)
                    return ok;
            }
        }
        if (m_inBatch > 0) {
            sql::Statement rest(m_target, insertFor(m_inBatch));
            if (auto ok = flush(rest); !ok)
                return ok;
        }
        if (sql::isPostgres(m_target) && m_table.columns.contains(QStringLiteral("id"))) {
            // Ids came with the rows; new rows continue after them.
            auto r =
                sql::run(m_target,
                         QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), greatest((SELECT "
                                        "max(id) FROM \"%1\"), 1)) WHERE pg_get_serial_sequence(?, 'id') IS "
                                        "NOT NULL")
                             .arg(m_table.name),
                         {m_table.name, m_table.name}, m_what);
            if (!r)
                return std::unexpected(r.error());
        }
        return {};
    }

private:
    QString insertFor(int rows) const
    {
        return QStringLiteral("INSERT INTO \"%1\" (%2) VALUES %3")
            .arg(m_table.name, m_columnList, QStringList(rows, m_row).join(QLatin1Char(',')));
    }

    Status flush(sql::Statement& insert)
    {
        // NULLs stay NULL: the rows are copied as they are, not as new input.
        for (int i = 0; i < m_batch.size(); ++i) {
            if (m_batch.at(i).isNull())
                insert.bindNull(i);
            else
                insert.bind(i, m_batch.at(i));
        }
        if (auto ok = insert.exec(m_what); !ok)
            return ok;
        m_done += m_inBatch;
        m_batch.clear();
        m_inBatch = 0;
        if (m_progress && !m_progress(m_done, m_total))
            return fail(Error::Code::Cancelled, Tr::tr("The move was cancelled; nothing was copied."));
        return {};
    }

    const QSqlDatabase& m_source;
    const QSqlDatabase& m_target;
    const SourceTable& m_table;
    const StoreCopy::Progress& m_progress;
    const qint64 m_total;
    qint64& m_done;
    const QString m_what;
    QString m_columnList;
    QString m_row;
    int m_perStatement = 1;
    QVariantList m_batch;
    int m_inBatch = 0;
};

} // namespace

Result<StoreCopy::Report> StoreCopy::copy(const Database& from, const Database& to, const Progress& progress)
{
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    if (auto ok = checkMovable(from, to); !ok)
        return std::unexpected(ok.error());

    auto wanted = targetTables(target);
    if (!wanted)
        return std::unexpected(wanted.error());
    auto found = sourceTables(source, *wanted);
    if (!found)
        return std::unexpected(found.error());
    const QList<SourceTable> tables = inDependencyOrder(*found);

    Report report;
    qint64 total = 0;
    for (const SourceTable& t : tables) {
        auto n = countOf(source, t.name, Tr::tr("counting the rows of %1").arg(t.name));
        if (!n)
            return std::unexpected(n.error());
        report.tables.append(Table{t.name, *n});
        total += *n;
    }

    Transaction tx(target);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    // The target's seeded catalogues (root causes, gestures, limits, SLA
    // targets) give way to the source's, which may have been edited.
    for (auto t = tables.crbegin(); t != tables.crend(); ++t) {
        if (auto r = sql::run(target, QStringLiteral("DELETE FROM \"%1\"").arg(t->name),
                              Tr::tr("clearing %1 in the target store").arg(t->name));
            !r)
            return std::unexpected(r.error());
    }

    qint64 done = 0;
    for (const SourceTable& t : tables) {
        if (auto ok = TableCopy(source, target, t, progress, total, done).run(); !ok)
            return std::unexpected(ok.error());
    }

    for (const Table& t : report.tables) {
        auto n = countOf(target, t.name, Tr::tr("verifying the copy of %1").arg(t.name));
        if (!n)
            return std::unexpected(n.error());
        if (*n != t.rows)
            return fail(Error::Code::Database,
                        Tr::tr("The copy of %1 holds %2 rows where the source has %3; nothing was kept.")
                            .arg(t.name)
                            .arg(*n)
                            .arg(t.rows));
        report.rows += t.rows;
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace redress::core
