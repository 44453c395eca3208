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

} // namespace

Result<StoreCopy::Report> StoreCopy::copy(const Database& from, const Database& to, const Progress& progress)
{
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
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
        auto n = countOf(target, table, checking);
        if (!n)
            return std::unexpected(n.error());
        if (*n > 0)
            return fail(Error::Code::Conflict,
                        Tr::tr("%1 already holds %2 (%3 rows); a store is moved only into an empty one, so "
                               "nothing was copied.")
                            .arg(to.path(), table)
                            .arg(*n));
    }

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
        const QString what = Tr::tr("copying %1").arg(t.name);
        QStringList quoted;
        for (const QString& c : t.columns)
            quoted << QLatin1Char('"') + c + QLatin1Char('"');
        const QString columnList = quoted.join(QStringLiteral(", "));
        const QString row = QLatin1Char('(') +
                            QStringList(t.columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                            QLatin1Char(')');
        // Many rows per statement: one round trip each would take hours
        // for a million cases on a server across the network.
        const int perStatement =
            std::max<int>(1, std::min<int>(500, 30000 / static_cast<int>(t.columns.size())));
        const auto insertFor = [&](int rows) {
            return QStringLiteral("INSERT INTO \"%1\" (%2) VALUES %3")
                .arg(t.name, columnList, QStringList(rows, row).join(QLatin1Char(',')));
        };
        QSqlQuery full(target);
        if (!full.prepare(insertFor(perStatement)))
            return std::unexpected(sql::errorFrom(full, what));

        auto rows = sql::run(source, QStringLiteral("SELECT %1 FROM \"%2\"").arg(columnList, t.name), what);
        if (!rows)
            return std::unexpected(rows.error());
        QVariantList batch;
        int inBatch = 0;
        const auto flush = [&](QSqlQuery& q) -> Status {
            for (int i = 0; i < batch.size(); ++i)
                q.bindValue(i, batch.at(i).isNull() ? QVariant() : batch.at(i));
            if (!q.exec())
                return std::unexpected(sql::errorFrom(q, what));
            done += inBatch;
            batch.clear();
            inBatch = 0;
            if (progress && !progress(done, total))
                return fail(Error::Code::Cancelled, Tr::tr("The move was cancelled; nothing was copied."));
            return {};
        };
        while (rows->next()) {
            for (int c = 0; c < t.columns.size(); ++c)
                batch << rows->value(c);
            if (++inBatch == perStatement) {
                if (auto ok = flush(full); !ok)
                    return std::unexpected(ok.error());
            }
        }
        if (inBatch > 0) {
            QSqlQuery rest(target);
            if (!rest.prepare(insertFor(inBatch)))
                return std::unexpected(sql::errorFrom(rest, what));
            if (auto ok = flush(rest); !ok)
                return std::unexpected(ok.error());
        }
        if (sql::isPostgres(target) && t.columns.contains(QStringLiteral("id"))) {
            // Ids came with the rows; new rows continue after them.
            auto r =
                sql::run(target,
                         QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), greatest((SELECT "
                                        "max(id) FROM \"%1\"), 1)) WHERE pg_get_serial_sequence(?, 'id') IS "
                                        "NOT NULL")
                             .arg(t.name),
                         {t.name, t.name}, what);
            if (!r)
                return std::unexpected(r.error());
        }
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
