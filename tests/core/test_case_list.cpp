// The case list: counts, windows, positions and search, each compared with
// a plain SQL query or a model of the search rules written here; and the
// loader that serves them from its own thread.

#include "core/demo/DemoGenerator.h"
#include "core/list/CaseListLoader.h"
#include "core/list/CaseListWorker.h"
#include "core/store/CaseListRepository.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QRegularExpression>
#include <QSet>

using namespace redress::core;
using namespace redress::test;
using S = CaseStatus;

namespace {

const QDateTime demoNow(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

// A store filled by the demo generator with a fixed seed and "now".
struct DemoStore
{
    TempStore store;
    explicit DemoStore(qint64 cases, quint64 seed = 42)
    {
        DemoGenerator::Options options;
        options.cases = cases;
        options.seed = seed;
        options.now = demoNow;
        auto summary = DemoGenerator(store.db()).generate(options);
        INFO(describe(summary));
        REQUIRE(summary.has_value());
        REQUIRE(summary->cases == cases);
    }
    QSqlDatabase sql() const { return store.db().connection(); }
};

QList<CaseColumn> allColumns()
{
    QList<CaseColumn> columns;
    for (int i = 0; i < caseColumnCount; ++i)
        columns << static_cast<CaseColumn>(i);
    return columns;
}

// Status sorts by the case's place in the lifecycle, not by its key:
// new first, closed last, a reopened case back among those in recovery.
QString statusRank()
{
    const QList<S> order{S::New,      S::Acknowledged, S::InRecovery, S::Reopened,
                         S::Resolved, S::FollowUp,     S::Closed};
    REQUIRE(order.size() == allStatuses().size());
    QString rank = QStringLiteral("(CASE status");
    for (qsizetype i = 0; i < order.size(); ++i)
        rank += QStringLiteral(" WHEN '%1' THEN %2").arg(keyOf(order[i])).arg(i);
    return rank + QStringLiteral(" END)");
}

// The stored column (or expression) each list column sorts by.
QString storedColumn(CaseColumn column)
{
    switch (column) {
    case CaseColumn::Reference: return QStringLiteral("id");
    case CaseColumn::Opened: return QStringLiteral("opened_at");
    case CaseColumn::Customer: return QStringLiteral("customer_name");
    case CaseColumn::Company: return QStringLiteral("company");
    case CaseColumn::Product: return QStringLiteral("product_name");
    case CaseColumn::Channel: return QStringLiteral("channel");
    case CaseColumn::Severity: return QStringLiteral("severity");
    case CaseColumn::Impact: return QStringLiteral("impact");
    case CaseColumn::Status: return statusRank();
    case CaseColumn::Owner: return QStringLiteral("owner_name");
    case CaseColumn::Updated: return QStringLiteral("updated_at");
    case CaseColumn::Priority:
        return QStringLiteral("(CASE priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 "
                              "WHEN 'urgent' THEN 3 WHEN 'emergency' THEN 4 END)");
    // Nothing due sorts after every due time.
    case CaseColumn::Due: return QStringLiteral("coalesce(sla_due, 9223372036854775807)");
    }
    FAIL("unknown column");
    return {};
}

// A filter of the list and the same filter as a WHERE clause, for the
// reference queries.
struct Filter
{
    const char* name;
    CaseListFilter filter;
    QString where;
    QVariantList values;
};

QList<Filter> plainFilters(qint64 someOwner)
{
    CaseListFilter open;
    open.statuses = {S::InRecovery, S::Reopened};
    CaseListFilter unowned;
    unowned.ownerId = 0;
    CaseListFilter owned;
    owned.ownerId = someOwner;
    owned.statuses = {S::Closed};
    CaseListFilter awaiting;
    awaiting.awaitingResolution = true;
    // What a dashboard figure narrows to. The subtree of "Product defect"
    // (id 1) in the seeded taxonomy is 1–8, written out by hand here.
    CaseListFilter defects;
    defects.rootCauseId = 1;
    CaseListFilter unanalysed;
    unanalysed.rootCauseId = 0;
    CaseListFilter productByChannel;
    productByChannel.productId = 2;
    productByChannel.channel = Channel::Email;
    CaseListFilter followUp;
    followUp.awaitingFollowUp = true;
    return {
        {"a root cause and its subtree",
         defects,
         QStringLiteral(
             " WHERE id IN (SELECT case_id FROM analyses WHERE root_cause_id IN (1, 2, 3, 4, 5, 6, "
             "7, 8))"),
         {}},
        {"not analysed", unanalysed, QStringLiteral(" WHERE id NOT IN (SELECT case_id FROM analyses)"), {}},
        {"one product by email",
         productByChannel,
         QStringLiteral(" WHERE product_id = 2 AND channel = 'email'"),
         {}},
        {"awaiting follow-up",
         followUp,
         QStringLiteral(
             " WHERE status IN ('resolved', 'follow_up') AND id NOT IN (SELECT case_id FROM follow_ups)"),
         {}},
        {"awaiting resolution",
         awaiting,
         QStringLiteral(" WHERE status IN ('new', 'acknowledged', 'in_recovery', 'reopened')"),
         {}},
        {"no filter", {}, {}, {}},
        {"two statuses",
         open,
         QStringLiteral(" WHERE status IN (?, ?)"),
         {keyOf(S::InRecovery), keyOf(S::Reopened)}},
        {"nobody's", unowned, QStringLiteral(" WHERE owner_id IS NULL"), {}},
        {"one owner's closed",
         owned,
         QStringLiteral(" WHERE owner_id = ? AND status = ?"),
         {someOwner, keyOf(S::Closed)}},
    };
}

// The straightforward query the list must agree with: sorted by the
// column, ties by id in the same direction; all rows when `limit` < 0.
QList<qint64> referenceIds(const QSqlDatabase& db, const Filter& f, CaseColumn column, Qt::SortOrder order,
                           qint64 limit = -1, qint64 offset = 0)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString statement = QStringLiteral("SELECT id FROM cases") + f.where + QStringLiteral(" ORDER BY ") +
                        storedColumn(column) + dir + QStringLiteral(", id") + dir;
    QVariantList values = f.values;
    if (limit >= 0) {
        statement += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << offset;
    }
    return idList(db, statement, values);
}

QList<qint64> idsOf(const QList<CaseRow>& rows)
{
    QList<qint64> ids;
    for (const CaseRow& r : rows)
        ids << r.id;
    return ids;
}

std::string label(CaseColumn column, Qt::SortOrder order)
{
    return keyOf(column).toStdString() + (order == Qt::AscendingOrder ? " asc" : " desc");
}

qint64 mustCount(CaseListRepository& repo, const CaseListQuery& q)
{
    auto n = repo.count(q);
    INFO(describe(n));
    REQUIRE(n.has_value());
    return *n;
}

QList<CaseRow> mustWindow(CaseListRepository& repo, const CaseListQuery& q, qint64 start, int length,
                          qint64 total = -1)
{
    auto rows = repo.window(q, start, length, total);
    INFO(describe(rows));
    REQUIRE(rows.has_value());
    return *rows;
}

QList<qint64> mustIds(CaseListRepository& repo, const CaseListQuery& q, qint64 start, int length,
                      qint64 total = -1)
{
    auto ids = repo.ids(q, start, length, total);
    INFO(describe(ids));
    REQUIRE(ids.has_value());
    return *ids;
}

qint64 someOwner(const QSqlDatabase& db)
{
    const qint64 owner =
        scalar(db,
               QStringLiteral("SELECT owner_id FROM cases WHERE owner_id IS NOT NULL AND status = 'closed' "
                              "GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1"))
            .toLongLong();
    REQUIRE(owner > 0);
    return owner;
}

// ---- search model ------------------------------------------------------

struct SearchRow
{
    qint64 id;
    QString status;
    QString description;
    QString customer;
    QString company;
};

QList<SearchRow> searchRows(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT c.id, c.status, c.description, cu.name, cu.company FROM cases c "
                                  "JOIN customers cu ON cu.id = c.customer_id ORDER BY c.id")));
    QList<SearchRow> rows;
    while (q.next())
        rows << SearchRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()};
    return rows;
}

// The documented rules, applied to every case in memory: a reference finds
// its case; otherwise every word of three or more characters must occur
// (any case) in the description, the customer's name or the company, and
// text with no such word matches the start of the name or the company.
QSet<qint64> modelSearch(const QList<SearchRow>& rows, const QString& raw, const QStringList& statuses = {})
{
    // Control characters are not searched for (PostgreSQL refuses NUL in text).
    QString typed = raw;
    typed.removeIf([](QChar c) { return c.category() == QChar::Other_Control && !c.isSpace(); });
    const QString text = typed.simplified();
    static const QRegularExpression referenceLike(QStringLiteral("^RD-?\\d+$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    const bool isReference = referenceLike.match(text).hasMatch();
    const std::optional<qint64> id = caseIdFromReference(text);
    QStringList longWords;
    for (const QString& w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.size() >= 3)
            longWords << w;
    }
    QSet<qint64> found;
    for (const SearchRow& r : rows) {
        if (!statuses.isEmpty() && !statuses.contains(r.status))
            continue;
        bool match = text.isEmpty() || (id && r.id == *id);
        if (!match && !isReference && !text.isEmpty()) {
            if (!longWords.isEmpty()) {
                match = std::all_of(longWords.begin(), longWords.end(), [&](const QString& w) {
                    return r.description.contains(w, Qt::CaseInsensitive) ||
                           r.customer.contains(w, Qt::CaseInsensitive) ||
                           r.company.contains(w, Qt::CaseInsensitive);
                });
            } else {
                match = r.customer.startsWith(text, Qt::CaseInsensitive) ||
                        r.company.startsWith(text, Qt::CaseInsensitive);
            }
        }
        if (match)
            found.insert(r.id);
    }
    return found;
}

bool asciiLetters(const QString& s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 128 && c.isLetter(); });
}

} // namespace

TEST_CASE("Case list counts agree with SQL", "[store]")
{
    DemoStore demo(3000);
    CaseListRepository repo(demo.store.db());
    CaseListQuery q;
    CHECK(mustCount(repo, q) == count(demo.sql(), QStringLiteral("cases")));
    CHECK(mustCount(repo, q) == 3000);

    qint64 sum = 0;
    for (S s : allStatuses()) {
        CAPTURE(keyOf(s).toStdString());
        q.filter.statuses = {s};
        const qint64 n = mustCount(repo, q);
        CHECK(n ==
              scalar(demo.sql(), QStringLiteral("SELECT count(*) FROM cases WHERE status = ?"), {keyOf(s)})
                  .toLongLong());
        sum += n;
    }
    CHECK(sum == 3000);

    for (const Filter& f : plainFilters(someOwner(demo.sql()))) {
        CAPTURE(f.name);
        q.filter = f.filter;
        CHECK(mustCount(repo, q) ==
              scalar(demo.sql(), QStringLiteral("SELECT count(*) FROM cases") + f.where, f.values)
                  .toLongLong());
    }
}

TEST_CASE("Case list windows match a LIMIT/OFFSET query for every column and order", "[store]")
{
    DemoStore demo(3000);
    CaseListRepository repo(demo.store.db());
    constexpr int length = 50;

    for (const Filter& f : plainFilters(someOwner(demo.sql()))) {
        for (CaseColumn column : allColumns()) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                INFO(f.name << ", " << label(column, order));
                CaseListQuery q;
                q.filter = f.filter;
                q.sortColumn = column;
                q.order = order;
                const qint64 total = mustCount(repo, q);
                REQUIRE(total > 0);
                // Start, middle (both sides of the half-way point, where a
                // window with a known total is read from the far end) and
                // the very end, including a last window that is cut short.
                QList<qint64> starts;
                for (qint64 start : {qint64(0), total / 2 - length / 2, total / 2 + 1, total - length,
                                     total - 7, total - 1}) {
                    start = std::clamp<qint64>(start, 0, total - 1);
                    if (!starts.contains(start))
                        starts << start;
                }
                for (qint64 start : starts) {
                    CAPTURE(start, total);
                    const QList<qint64> expected = referenceIds(demo.sql(), f, column, order, length, start);
                    REQUIRE(expected.size() == std::min<qint64>(length, total - start));
                    CHECK(idsOf(mustWindow(repo, q, start, length, total)) == expected);
                    CHECK(idsOf(mustWindow(repo, q, start, length)) == expected);
                    CHECK(mustIds(repo, q, start, length, total) == expected);
                    CHECK(mustIds(repo, q, start, length) == expected);
                }
                // Past the end there is nothing.
                CHECK(mustWindow(repo, q, total, length, total).isEmpty());
                CHECK(mustWindow(repo, q, total, length).isEmpty());
                CHECK(mustIds(repo, q, total + 10, length).isEmpty());
            }
        }
    }
}

TEST_CASE("Case list rows carry the stored values", "[store]")
{
    DemoStore demo(400);
    CaseListRepository repo(demo.store.db());
    CaseListQuery q;
    q.sortColumn = CaseColumn::Reference;
    q.order = Qt::AscendingOrder;
    const QList<CaseRow> rows = mustWindow(repo, q, 0, 400, 400);
    REQUIRE(rows.size() == 400);

    QSqlQuery stored(demo.sql());
    REQUIRE(stored.exec(
        QStringLiteral("SELECT id, opened_at, customer_name, company, product_name, channel, "
                       "severity, impact, status, owner_name, updated_at FROM cases ORDER BY id")));
    for (const CaseRow& r : rows) {
        REQUIRE(stored.next());
        CAPTURE(r.id);
        CHECK(r.id == stored.value(0).toLongLong());
        CHECK(r.openedAt.toMSecsSinceEpoch() == stored.value(1).toLongLong());
        CHECK(r.customer == stored.value(2).toString());
        CHECK(r.company == stored.value(3).toString());
        CHECK(r.product == stored.value(4).toString());
        CHECK(keyOf(r.channel) == stored.value(5).toString());
        CHECK(static_cast<int>(r.severity) == stored.value(6).toInt());
        CHECK(static_cast<int>(r.impact) == stored.value(7).toInt());
        CHECK(keyOf(r.status) == stored.value(8).toString());
        CHECK(r.owner == stored.value(9).toString());
        CHECK(r.updatedAt.toMSecsSinceEpoch() == stored.value(10).toLongLong());
    }
    CHECK_FALSE(stored.next());
}

TEST_CASE("Consecutive windows add up to the whole ordering", "[store]")
{
    DemoStore demo(300, 5);
    CaseListRepository repo(demo.store.db());
    const QList<Filter> filters = plainFilters(someOwner(demo.sql()));
    constexpr int length = 17; // odd, so windows straddle the half-way point

    for (const Filter& f : {filters[0], filters[1]}) {
        for (CaseColumn column : allColumns()) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                INFO(f.name << ", " << label(column, order));
                CaseListQuery q;
                q.filter = f.filter;
                q.sortColumn = column;
                q.order = order;
                const QList<qint64> full = referenceIds(demo.sql(), f, column, order);
                const qint64 total = mustCount(repo, q);
                REQUIRE(total == full.size());

                QList<qint64> withTotal;
                QList<qint64> withoutTotal;
                QList<qint64> viaIds;
                for (qint64 start = 0; start < total; start += length) {
                    withTotal << idsOf(mustWindow(repo, q, start, length, total));
                    withoutTotal << idsOf(mustWindow(repo, q, start, length));
                    viaIds << mustIds(repo, q, start, length, total);
                }
                CHECK(withTotal == full);
                CHECK(withoutTotal == full);
                CHECK(viaIds == full);
                CHECK(QSet<qint64>(withTotal.begin(), withTotal.end()).size() == total);
            }
        }
    }
}

TEST_CASE("rowOf finds a case where window() shows it", "[store]")
{
    DemoStore demo(3000);
    CaseListRepository repo(demo.store.db());
    const QList<Filter> filters = plainFilters(someOwner(demo.sql()));

    for (const Filter& f : {filters[0], filters[1]}) {
        const QList<qint64> members = referenceIds(demo.sql(), f, CaseColumn::Reference, Qt::AscendingOrder);
        const QList<qint64> samples{members.first(), members[members.size() / 3], members[members.size() / 2],
                                    members[members.size() - 2], members.last()};
        for (CaseColumn column : allColumns()) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                INFO(f.name << ", " << label(column, order));
                CaseListQuery q;
                q.filter = f.filter;
                q.sortColumn = column;
                q.order = order;
                const qint64 total = mustCount(repo, q);
                const QList<qint64> full = referenceIds(demo.sql(), f, column, order);
                for (qint64 id : samples) {
                    CAPTURE(id);
                    auto row = repo.rowOf(q, id);
                    INFO(describe(row));
                    REQUIRE(row.has_value());
                    CHECK(*row == full.indexOf(id));
                    const QList<CaseRow> one = mustWindow(repo, q, *row, 1, total);
                    REQUIRE(one.size() == 1);
                    CHECK(one[0].id == id);
                }
            }
        }
    }

    // A case the filter hides, and one that does not exist, have no row.
    CaseListQuery q;
    q.filter.statuses = {S::New};
    const qint64 closed =
        scalar(demo.sql(), QStringLiteral("SELECT min(id) FROM cases WHERE status = 'closed'")).toLongLong();
    REQUIRE(closed > 0);
    auto hidden = repo.rowOf(q, closed);
    REQUIRE(hidden.has_value());
    CHECK(*hidden == -1);
    auto missing = repo.rowOf(CaseListQuery{}, 999999);
    REQUIRE(missing.has_value());
    CHECK(*missing == -1);
}

TEST_CASE("Case list search finds references as well as words of descriptions and names", "[store]")
{
    DemoStore demo(3000);
    CaseListRepository repo(demo.store.db());
    const QList<SearchRow> rows = searchRows(demo.sql());
    REQUIRE(rows.size() == 3000);

    // Search terms taken from the data, so none is known to the code.
    const SearchRow& sample = rows[99];
    QString descriptionWord;
    for (const QString& w : sample.description.split(QLatin1Char(' '))) {
        if (asciiLetters(w) && w.size() > descriptionWord.size())
            descriptionWord = w;
    }
    REQUIRE(descriptionWord.size() >= 5);
    const auto named = std::find_if(rows.begin(), rows.end(), [](const SearchRow& r) {
        const QString last = r.customer.section(QLatin1Char(' '), -1);
        return asciiLetters(last) && last.size() >= 6;
    });
    REQUIRE(named != rows.end());
    const QString namePart = named->customer.section(QLatin1Char(' '), -1).mid(1, 4);
    QString namedWord;
    for (const QString& w : named->description.split(QLatin1Char(' '))) {
        if (asciiLetters(w) && w.size() >= 4 && !named->customer.contains(w, Qt::CaseInsensitive))
            namedWord = w;
    }
    REQUIRE_FALSE(namedWord.isEmpty());
    const QString shortPrefix = rows[8].customer.left(2).toLower();
    REQUIRE(asciiLetters(shortPrefix));

    struct Probe
    {
        QString text;
        QStringList statuses;
    };
    const QList<Probe> probes{
        {QStringLiteral("RD-000042"), {}},
        {QStringLiteral("rd-42"), {}},
        {QStringLiteral("  RD-000042 "), {}},
        {descriptionWord, {}},
        {descriptionWord.toUpper(), {}},
        {namePart, {}},
        {namePart.toLower() + QLatin1Char(' ') + namedWord, {}},
        {shortPrefix, {}},
        {shortPrefix.toUpper(), {}},
        {descriptionWord, {keyOf(S::Closed)}},
        {namePart, {keyOf(S::InRecovery), keyOf(S::New)}},
    };
    for (const Probe& p : probes) {
        INFO(p.text.toStdString() << " [" << p.statuses.join(QLatin1Char('|')).toStdString() << ']');
        const QSet<qint64> expected = modelSearch(rows, p.text, p.statuses);
        CaseListQuery q;
        q.filter.search = p.text;
        for (const QString& s : p.statuses)
            q.filter.statuses << *statusFromKey(s);
        const qint64 total = mustCount(repo, q);
        CHECK(total == expected.size());
        const QList<qint64> ids = mustIds(repo, q, 0, 5000);
        CHECK(QSet<qint64>(ids.begin(), ids.end()) == expected);
        CHECK(ids.size() == expected.size());
        CHECK(idsOf(mustWindow(repo, q, 0, 5000, total)) == ids);
        // Short windows of many matches walk the sort index instead of
        // sorting every match; both ends must agree with the whole order.
        CHECK(idsOf(mustWindow(repo, q, 0, 100, total)) == ids.mid(0, 100));
        if (total > 200)
            CHECK(idsOf(mustWindow(repo, q, total - 100, 100, total)) == ids.mid(total - 100));
    }

    // The rules themselves, spelled out once on the data.
    CaseListQuery q;
    q.filter.search = QStringLiteral("RD-000042");
    CHECK(mustIds(repo, q, 0, 10) == QList<qint64>{42});
    q.filter.search = descriptionWord;
    CHECK(mustIds(repo, q, 0, 5000).contains(sample.id));
    q.filter.search = namePart;
    CHECK(mustIds(repo, q, 0, 5000).contains(named->id));
    // Two words narrow the search: every hit has both.
    q.filter.search = namePart + QLatin1Char(' ') + namedWord;
    const QList<qint64> both = mustIds(repo, q, 0, 5000);
    CHECK(both.contains(named->id));
    q.filter.search = namePart;
    const QList<qint64> nameOnly = mustIds(repo, q, 0, 5000);
    q.filter.search = namedWord;
    const QList<qint64> wordOnly = mustIds(repo, q, 0, 5000);
    CHECK(both.size() < nameOnly.size());
    CHECK(both.size() < wordOnly.size());
    for (qint64 id : both) {
        CHECK(nameOnly.contains(id));
        CHECK(wordOnly.contains(id));
    }
    q.filter.search = shortPrefix;
    const QList<qint64> prefixed = mustIds(repo, q, 0, 5000);
    CHECK_FALSE(prefixed.isEmpty());
    CHECK(prefixed.contains(rows[8].id));
}

TEST_CASE("Search text with FTS syntax is taken literally", "[store][search]")
{
    DemoStore demo(1000);
    CaseListRepository repo(demo.store.db());
    const QList<SearchRow> rows = searchRows(demo.sql());

    const QStringList nasty{
        QStringLiteral("\""),
        QStringLiteral("\"leak"),
        QStringLiteral("water\" OR \"noise"),
        QStringLiteral("\"\"\"\""),
        QStringLiteral("leak*"),
        QStringLiteral("*"),
        QStringLiteral("***"),
        QStringLiteral("(water OR leak)"),
        QStringLiteral("( )"),
        QStringLiteral("NEAR(water leaks)"),
        QStringLiteral("NEAR"),
        QStringLiteral("water NEAR/2 leaks"),
        QStringLiteral("description:water"),
        QStringLiteral("{description}: water"),
        QStringLiteral(":"),
        QStringLiteral("a:b"),
        QStringLiteral("^water"),
        QStringLiteral("-water"),
        QStringLiteral("water AND NOT leaks"),
        QStringLiteral("OR"),
        QStringLiteral("'; DROP TABLE cases; --"),
        QStringLiteral("100% _x_"),
        QStringLiteral("\\"),
        QStringLiteral("RD-"),
        QStringLiteral("RD-0000000000000000000001"),
        QStringLiteral("water leaks"),
        // Found by hand: "RD-0" looks like a reference but names no case,
        // and the search came out as an empty "()" in the SQL.
        QStringLiteral("RD-0"),
        QStringLiteral("rd0"),
        QStringLiteral("RD-000"),
        QStringLiteral("0"),
        QStringLiteral("-"),
        QStringLiteral("--"),
        QStringLiteral("AND"),
        QStringLiteral("NOT"),
        QStringLiteral("NEAR("),
        QStringLiteral("\"unbalanced"),
        QStringLiteral("unbalanced\""),
        QStringLiteral("wa\"ter"),
        QStringLiteral("'"),
        QStringLiteral("it's"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("\\%"),
        QStringLiteral("\u00e9t\u00e9"),
        QStringLiteral("\U0001F600\U0001F600"),
        QString(QChar(0)) + QStringLiteral("water"),
        QStringLiteral("water") + QString(QChar(0)),
        QString(QChar(0)),
        QStringLiteral("\x01\x02\x03"),
        QString(QChar(0xD800)) + QStringLiteral("abc"),
    };
    for (const QString& text : nasty) {
        CAPTURE(text);
        CaseListQuery q;
        q.filter.search = text;
        auto total = repo.count(q);
        INFO(describe(total));
        REQUIRE(total.has_value());
        const QSet<qint64> expected = modelSearch(rows, text);
        CHECK(*total == expected.size());
        auto ids = repo.ids(q, 0, 2000, *total);
        INFO(describe(ids));
        REQUIRE(ids.has_value());
        CHECK(QSet<qint64>(ids->begin(), ids->end()) == expected);
        auto window = repo.window(q, 0, 2000, *total);
        REQUIRE(window.has_value());
        CHECK(idsOf(*window) == *ids);
        if (!ids->isEmpty()) {
            auto row = repo.rowOf(q, ids->last());
            REQUIRE(row.has_value());
            CHECK(*row == ids->size() - 1);
        }
    }
    CHECK(count(demo.sql(), QStringLiteral("cases")) == 1000);
}

TEST_CASE("Search text of many words searches without error", "[store][search]")
{
    DemoStore demo(300);
    CaseListRepository repo(demo.store.db());
    const QList<SearchRow> rows = searchRows(demo.sql());

    QStringList distinct;
    for (int i = 0; i < 600; ++i)
        distinct << QStringLiteral("w%1x").arg(i, 4, 10, QLatin1Char('0'));
    QStringList repeated;
    for (int i = 0; i < 600; ++i)
        repeated << (i % 2 ? QStringLiteral("WATER") : QStringLiteral("water"));
    const QStringList texts{distinct.join(QLatin1Char(' ')), repeated.join(QLatin1Char(' ')),
                            QString(5000, QLatin1Char('x')), QStringLiteral("- ").repeated(3000)};
    for (const QString& text : texts) {
        CAPTURE(text.left(40));
        CaseListQuery q;
        q.filter.search = text;
        auto total = repo.count(q);
        INFO(describe(total));
        REQUIRE(total.has_value());
        const QSet<qint64> expected = modelSearch(rows, text);
        CHECK(*total == expected.size());
        auto ids = repo.ids(q, 0, 2000, *total);
        INFO(describe(ids));
        REQUIRE(ids.has_value());
        CHECK(QSet<qint64>(ids->begin(), ids->end()) == expected);
        auto window = repo.window(q, 0, 2000, *total);
        INFO(describe(window));
        REQUIRE(window.has_value());
        CHECK(idsOf(*window) == *ids);
    }
}

TEST_CASE("CaseListLoader answers each generation with its own query", "[store]")
{
    DemoStore demo(3000);
    CaseListRepository repo(demo.store.db());

    CaseListQuery byOpened; // every case, newest first
    CaseListQuery closedByCustomer;
    closedByCustomer.filter.statuses = {S::Closed};
    closedByCustomer.sortColumn = CaseColumn::Customer;
    closedByCustomer.order = Qt::AscendingOrder;
    CaseListQuery searched;
    searched.filter.search = QStringLiteral("water");
    searched.sortColumn = CaseColumn::Severity;

    struct Answer
    {
        quint64 generation;
        qint64 start;
        QList<qint64> ids;
    };
    QList<std::pair<quint64, qint64>> counts;
    QList<Answer> windows;
    QStringList failures;

    CaseListLoader loader(demo.store.db());
    QObject::connect(&loader, &CaseListLoader::countReady, &loader, [&](quint64 g, qint64 n) {
        counts << std::pair{g, n};
    });
    QObject::connect(&loader, &CaseListLoader::windowReady, &loader,
                     [&](quint64 g, qint64 start, const QList<CaseRow>& rows) {
                         windows << Answer{g, start, idsOf(rows)};
                     });
    QObject::connect(&loader, &CaseListLoader::failed, &loader,
                     [&](quint64, const QString& message) { failures << message; });

    const auto hasWindow = [&](quint64 g, qint64 start) {
        return std::any_of(windows.begin(), windows.end(),
                           [&](const Answer& a) { return a.generation == g && a.start == start; });
    };
    const auto hasCount = [&](quint64 g) {
        return std::any_of(counts.begin(), counts.end(), [&](const auto& c) { return c.first == g; });
    };

    // One query, answered in full.
    loader.setQuery(byOpened, 1);
    loader.requestWindow(1, 0, 60);
    REQUIRE(waitUntil([&] { return hasWindow(1, 0); }));
    REQUIRE(hasCount(1));

    // A window near the end, read with the count known.
    const qint64 total1 = mustCount(repo, byOpened);
    loader.requestWindow(1, total1 - 25, 60);
    REQUIRE(waitUntil([&] { return hasWindow(1, total1 - 25); }));

    // Then two new queries in quick succession, each with a window, and a
    // late request for the first generation that must be ignored.
    loader.setQuery(closedByCustomer, 2);
    loader.requestWindow(2, 100, 40);
    loader.setQuery(searched, 3);
    loader.requestWindow(2, 0, 40);
    loader.requestWindow(3, 5, 40);
    REQUIRE(waitUntil([&] { return hasWindow(3, 5); }));
    REQUIRE(hasCount(3));
    // Let anything still queued arrive before judging.
    waitUntil([] { return false; }, 300);

    CHECK(failures.isEmpty());
    const QHash<quint64, CaseListQuery> queries{{1, byOpened}, {2, closedByCustomer}, {3, searched}};
    REQUIRE(mustCount(repo, byOpened) != mustCount(repo, closedByCustomer));
    REQUIRE(mustCount(repo, closedByCustomer) != mustCount(repo, searched));
    for (const auto& [g, n] : counts) {
        CAPTURE(g);
        REQUIRE(queries.contains(g));
        CHECK(n == mustCount(repo, queries[g]));
    }
    for (const Answer& a : windows) {
        CAPTURE(a.generation, a.start, a.ids.size());
        REQUIRE(queries.contains(a.generation));
        const CaseListQuery& q = queries[a.generation];
        const qint64 total = mustCount(repo, q);
        const int asked = a.generation == 1 ? 60 : 40;
        // After each count the worker reads the first rows unasked. When this
        // thread is slow to post its next request (a loaded machine) that
        // read-ahead is what arrives, so an answer is either the window asked
        // for or the read-ahead from the top.
        const bool readAhead =
            a.start == 0 && a.ids.size() == std::min<qint64>(total, CaseListWorker::prefetchRows);
        CHECK((a.ids.size() == std::min<qint64>(asked, total - a.start) || readAhead));
        CHECK(a.ids == mustIds(repo, q, a.start, int(a.ids.size())));
        // Generation 2's window at 0 was asked for after generation 3 began:
        // that request is never answered. Only generation 2's own read-ahead,
        // done before generation 3 was posted, can have come back from there.
        if (a.generation == 2 && a.start == 0)
            CHECK(readAhead);
    }
    // The answers for the first generation arrived intact.
    CHECK(hasWindow(1, 0));
    CHECK(hasWindow(1, total1 - 25));
}
