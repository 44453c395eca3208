#pragma once

#include "core/store/CaseListQuery.h"
#include "core/store/Schema.h"
#include "core/store/Sql.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <QVariantList>
#include <algorithm>

/// The WHERE and ORDER BY of the case list, shared by CaseListRepository
/// (counts, windows) and CaseExporter (the whole ordering as CSV): one
/// definition, so an export holds exactly the cases the list shows, in its
/// order. Every value is bound; the SQL text carries only our own constants.
/// The alias of the cases table is `c`.
namespace redress::core::caseListSql {

/// The stored column (or expression) a list column sorts by; each has an
/// index with id last (see the schema).
inline QString sortExpression(CaseColumn column)
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
    case CaseColumn::Status: return schema::statusRank();
    case CaseColumn::Owner: return QStringLiteral("c.owner_name");
    case CaseColumn::Updated: return QStringLiteral("c.updated_at");
    case CaseColumn::Priority: return schema::priorityRank();
    case CaseColumn::Due: return schema::dueRank();
    }
    return QStringLiteral("c.id");
}

/// " ORDER BY key dir, c.id dir": ties broken by id in the same direction,
/// so the order is total and matches the sort index. `reversed` walks it
/// from the far end.
inline QString orderBy(const CaseListQuery& query, bool reversed = false)
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

/// One word as an FTS5 string: quoted, so no character of it is query syntax.
inline QString ftsTerm(QString word)
{
    word.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

/// A word as a LIKE pattern that finds it anywhere, its own % and _ taken
/// literally (backslash is PostgreSQL's default escape).
inline QString likePattern(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('%'), QLatin1String("\\%"));
    word.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

/// The search as the SQL uses it: white space run together, and without
/// control characters, which PostgreSQL refuses in text (NUL) and no one
/// means to search for.
inline QString searchText(const QString& search)
{
    QString text = search;
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control && !c.isSpace(); });
    return text.simplified();
}

/// Words the search looks up, each once, at most this many: a word more
/// narrows what the others find, and each costs a compound SELECT term
/// (SQLite allows 500 of them) or a LIKE on the server.
constexpr qsizetype kMaxSearchWords = 16;

/// The words of a search text: each once, ignoring letter case as the
/// search does; past kMaxSearchWords, the longest, which narrow the most.
inline QStringList searchWords(const QString& text)
{
    QStringList words;
    QSet<QString> seen;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString folded = word.toCaseFolded();
        if (!seen.contains(folded)) {
            seen.insert(folded);
            words << word;
        }
    }
    if (words.size() > kMaxSearchWords) {
        std::stable_sort(words.begin(), words.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        words.resize(kMaxSearchWords);
    }
    return words;
}

struct Where
{
    QString clause; ///< empty or " WHERE …"
    QVariantList values;
    /// When the search words are the whole filter: a SELECT of the matching
    /// ids alone, so a count need not read the cases table.
    QString idsOnly;
    QVariantList idsValues;
};

/// How the words' matches reach the cases table.
enum class Matches {
    /// The ids lead: each match is read from the table by its id. Right
    /// when they are few.
    Lookup,
    /// The sort index leads and each row it passes is checked against the
    /// matches, so a window of the first hundred stops early instead of
    /// sorting every match. Right when they are many.
    Membership,
};

/// The cases that every word of three or more characters finds, each in
/// the description, the customer's name or company, or the text of a
/// message of the case, as one compound
/// SELECT of ids through the FTS5 trigram indexes; empty when no word is
/// long enough.
inline QString trigramIds(const QStringList& words, QVariantList& values)
{
    QStringList each;
    for (const QString& word : words) {
        if (word.size() < 3)
            continue;
        each << QStringLiteral(
            "SELECT id FROM (SELECT rowid AS id FROM case_search WHERE case_search MATCH ? UNION SELECT id "
            "FROM cases WHERE customer_id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH "
            "?) UNION SELECT case_id FROM mail_messages WHERE id IN (SELECT rowid FROM message_search WHERE "
            "message_search MATCH ?) AND case_id IS NOT NULL)");
        values << ftsTerm(word) << ftsTerm(word) << ftsTerm(word);
    }
    return each.join(QStringLiteral(" INTERSECT "));
}

inline Where whereFor(const CaseListFilter& filter, bool postgres, Matches matches = Matches::Lookup)
{
    QStringList parts;
    Where w;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (CaseStatus s : filter.statuses) {
            marks << QStringLiteral("?");
            w.values << keyOf(s);
        }
        parts << QStringLiteral("c.status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (filter.ownerId) {
        if (*filter.ownerId <= 0) {
            parts << QStringLiteral("c.owner_id IS NULL");
        } else {
            parts << QStringLiteral("c.owner_id = ?");
            w.values << *filter.ownerId;
        }
    }
    if (filter.awaitingResolution)
        parts << schema::awaitingResolution(QStringLiteral("c"));
    if (filter.escalationLevel) {
        parts << QStringLiteral("c.escalation_level = ? AND c.status <> 'closed'");
        w.values << static_cast<int>(*filter.escalationLevel);
    }
    if (filter.awaitingFollowUp)
        parts << QStringLiteral("c.status IN ('resolved', 'follow_up') "
                                "AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.case_id = c.id)");
    if (filter.productId) {
        parts << QStringLiteral("c.product_id = ?");
        w.values << *filter.productId;
    }
    if (filter.channel) {
        parts << QStringLiteral("c.channel = ?");
        w.values << keyOf(*filter.channel);
    }
    if (filter.rootCauseId) {
        // The analysis's cause is copied onto the case (schema v8), so this
        // is a range on cases_by_cause_day per cause of the subtree.
        if (*filter.rootCauseId <= 0) {
            parts << QStringLiteral("c.root_cause_id IS NULL");
        } else if (filter.rootCauseExact) {
            parts << QStringLiteral("c.root_cause_id = ?");
            w.values << *filter.rootCauseId;
        } else {
            // The depth bound stops a cycle written outside Redress.
            parts << QStringLiteral(
                "c.root_cause_id IN (WITH RECURSIVE subtree (id, depth) AS (SELECT CAST(? AS BIGINT), 0 "
                "UNION SELECT r.id, "
                "s.depth + 1 FROM root_causes r JOIN subtree s ON r.parent_id = s.id WHERE s.depth < 32) "
                "SELECT id FROM subtree)");
            w.values << *filter.rootCauseId;
        }
    }
    // Half-open, on the stored milliseconds: a range on cases_by_opened.
    if (filter.openedFrom.isValid()) {
        parts << QStringLiteral("c.opened_at >= ?");
        w.values << sql::toStored(filter.openedFrom);
    }
    if (filter.openedBefore.isValid()) {
        parts << QStringLiteral("c.opened_at < ?");
        w.values << sql::toStored(filter.openedBefore);
    }
    const QString text = searchText(filter.search);
    if (!text.isEmpty()) {
        static const QRegularExpression referenceLike(QStringLiteral("^RD-?\\d+$"),
                                                      QRegularExpression::CaseInsensitiveOption);
        const std::optional<qint64> id = caseIdFromReference(text);
        const QStringList words = searchWords(text);
        QStringList any;
        if (id) {
            // A merged case's reference also finds the case it lives on in.
            any << QStringLiteral("c.id = ?")
                << QStringLiteral("c.id = (SELECT m.merged_into FROM cases m WHERE m.id = ?)");
            w.values << *id << *id;
        }
        if (!referenceLike.match(text).hasMatch()) {
            // Every word of three or more characters must be found, each in
            // the description or in the customer's name or company.
            QStringList all;
            if (postgres) {
                for (const QString& word : words) {
                    if (word.size() < 3)
                        continue;
                    // pg_trgm's indexes serve the same substring search.
                    all << QStringLiteral("(c.description ILIKE ? OR c.customer_id IN (SELECT id FROM "
                                          "customers WHERE CAST(name AS text) ILIKE ? OR CAST(company AS "
                                          "text) ILIKE ?) OR c.id IN (SELECT case_id FROM mail_messages WHERE "
                                          "body ILIKE ?))");
                    const QString pattern = likePattern(word);
                    w.values << pattern << pattern << pattern << pattern;
                }
            } else {
                QVariantList idValues;
                const QString ids = trigramIds(words, idValues);
                if (!ids.isEmpty()) {
                    // A unary plus keeps the planner from leading with the ids.
                    all << (matches == Matches::Membership ? QStringLiteral("+c.id IN (")
                                                           : QStringLiteral("c.id IN (")) +
                               ids + QLatin1Char(')');
                    w.values << idValues;
                    if (parts.isEmpty() && !id) {
                        w.idsOnly = ids;
                        w.idsValues = idValues;
                    }
                }
            }
            if (!all.isEmpty()) {
                any << QLatin1Char('(') + all.join(QStringLiteral(" AND ")) + QLatin1Char(')');
            } else {
                // Too short for trigrams: the start of the customer's name or
                // company, as ranges the NOCASE indexes serve.
                any << QStringLiteral("(c.customer_name >= ? AND c.customer_name < ?)")
                    << QStringLiteral("(c.company >= ? AND c.company < ?)");
                const QString upper = text + QChar(0xFFFF);
                w.values << text << upper << text << upper;
            }
        }
        // "RD-0" looks like a reference but names no case: it finds none,
        // rather than leaving "()" in the SQL.
        parts << (any.isEmpty() ? QStringLiteral("1 = 0")
                                : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (!parts.isEmpty())
        w.clause = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

} // namespace redress::core::caseListSql
