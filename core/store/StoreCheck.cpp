#include "core/store/StoreCheck.h"

#include "core/cases/CaseTypes.h"
#include "core/store/Schema.h"
#include "core/store/SlaRepository.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::StoreCheck)
};

struct Rule
{
    const char* name;
    const char* sql;         // returns the ids of cases that break the rule
    const char* description; // what is wrong, with %1 for a reference
};

// Each rule is a single indexed pass; LIMIT keeps a badly broken store from
// flooding the report. Names compare as bytes: the columns sort without case,
// but a copy must match its source exactly. An imported case was recovered
// in the system it came from (case_imports keeps that system's summary), so
// the recovery rules pass it.
constexpr Rule rules[] = {
    {"names",
     "SELECT c.id FROM cases c JOIN customers cu ON cu.id = c.customer_id "
     "WHERE c.customer_name <> cu.name COLLATE BINARY OR c.company <> cu.company COLLATE BINARY LIMIT 20",
     QT_TRANSLATE_NOOP("redress::core::StoreCheck",
                       "%1 shows a customer name or company its customer does not have.")},
    {"names",
     "SELECT c.id FROM cases c JOIN products p ON p.id = c.product_id WHERE c.product_name <> p.name COLLATE "
     "BINARY LIMIT 20",
     QT_TRANSLATE_NOOP("redress::core::StoreCheck",
                       "%1 shows a product name that differs from its product.")},
    {"names",
     "SELECT c.id FROM cases c LEFT JOIN users u ON u.id = c.owner_id "
     "WHERE c.owner_name <> coalesce(u.display_name, '') COLLATE BINARY LIMIT 20",
     QT_TRANSLATE_NOOP("redress::core::StoreCheck", "%1 shows an owner name that differs from its owner.")},
    {"timeline",
     "SELECT c.id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_events e "
     "WHERE e.case_id = c.id AND e.kind = 'created') LIMIT 20",
     QT_TRANSLATE_NOOP("redress::core::StoreCheck", "%1 has no creation event in its timeline.")},
    {"timeline",
     "SELECT c.id FROM cases c WHERE c.status <> (SELECT e.new_value FROM case_events e "
     "WHERE e.case_id = c.id AND e.field = 'status' ORDER BY e.id DESC LIMIT 1) LIMIT 20",
     QT_TRANSLATE_NOOP("redress::core::StoreCheck", "%1 has a status its timeline does not lead to.")},
    {"recovery",
     // A case merged into another closed without its own recovery: the
     // survivor's is the one that counts.
     "SELECT c.id FROM cases c WHERE c.status IN ('resolved', 'follow_up', 'closed') AND c.merged_into IS "
     "NULL "
     "AND NOT EXISTS (SELECT 1 FROM case_imports i WHERE i.case_id = c.id) AND NOT ("
     "EXISTS (SELECT 1 FROM apologies a WHERE a.case_id = c.id) AND "
     "EXISTS (SELECT 1 FROM solutions s WHERE s.case_id = c.id) AND "
     "(EXISTS (SELECT 1 FROM gestures g WHERE g.case_id = c.id AND g.status IN ('granted', 'approved')) "
     "OR EXISTS (SELECT 1 FROM gesture_declines d WHERE d.case_id = c.id))) LIMIT 20",
     QT_TRANSLATE_NOOP("redress::core::StoreCheck",
                       "%1 is past Resolved without its apology, solution and gesture or decline.")},
    {"recovery",
     "SELECT c.id FROM cases c WHERE c.status = 'closed' AND c.merged_into IS NULL AND NOT EXISTS "
     "(SELECT 1 FROM analyses a WHERE a.case_id = c.id) "
     "AND NOT EXISTS (SELECT 1 FROM case_imports i WHERE i.case_id = c.id) LIMIT 20",
     QT_TRANSLATE_NOOP("redress::core::StoreCheck", "%1 is closed without a root-cause analysis.")},
    {"timeline", "SELECT c.id FROM cases c WHERE c.updated_at < c.opened_at LIMIT 20",
     QT_TRANSLATE_NOOP("redress::core::StoreCheck", "%1 was updated before it was opened.")},
};

using Finding = StoreCheck::Finding;

Status checkIntegrity(const QSqlDatabase& db, QList<Finding>& findings)
{
    auto integrity =
        sql::run(db, QStringLiteral("PRAGMA integrity_check(20)"), Tr::tr("checking the file's integrity"));
    if (!integrity)
        return std::unexpected(integrity.error());
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            findings << Finding{QStringLiteral("integrity"), line};
    }
    return {};
}

Status checkForeignKeys(const QSqlDatabase& db, QList<Finding>& findings)
{
    auto keys = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"),
                         Tr::tr("checking references between records"));
    if (!keys)
        return std::unexpected(keys.error());
    while (keys->next())
        findings << Finding{
            QStringLiteral("foreign-keys"),
            Tr::tr("Row %1 of %2 refers to a missing record in %3.")
                .arg(keys->value(1).toString(), keys->value(0).toString(), keys->value(2).toString())};
    return {};
}

Status checkRules(const QSqlDatabase& db, QList<Finding>& findings)
{
    for (const Rule& rule : rules) {
        QString statement = QString::fromUtf8(rule.sql);
        if (sql::isPostgres(db)) {
            // Names compare exactly: the citext columns (SQLite's NOCASE)
            // as plain text, where SQLite is told COLLATE BINARY.
            static const QRegularExpression binary(
                QStringLiteral("(\\S+) <> (coalesce\\([^)]*\\)|\\S+) COLLATE BINARY"));
            statement.replace(binary, QStringLiteral("CAST(\\1 AS text) <> CAST(\\2 AS text)"));
        }
        auto q = sql::run(db, statement, Tr::tr("running the %1 check").arg(QLatin1String(rule.name)));
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            findings << Finding{QString::fromLatin1(rule.name),
                                QCoreApplication::translate("redress::core::StoreCheck", rule.description)
                                    .arg(referenceFor(q->value(0).toLongLong()))};
    }
    return {};
}

// Open cases follow the matrix (closed ones keep the priority they closed
// with). The matrix itself must be whole: a hole would make every case of
// that cell look right by the fallback.
Status checkPriorities(const QSqlDatabase& db, QList<Finding>& findings)
{
    auto cells = sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM priority_matrix WHERE priority IN "
                                            "('low', 'normal', 'high', 'urgent', 'emergency')"),
                             {}, Tr::tr("running the priority check"), 0);
    if (!cells)
        return std::unexpected(cells.error());
    if (cells->toInt() != 16)
        findings << Finding{QStringLiteral("priority"),
                            Tr::tr("The priority matrix has %1 of its 16 cells.").arg(cells->toInt())};
    auto priorities = sql::run(db,
                               QStringLiteral("SELECT c.id FROM cases c WHERE c.status <> 'closed' AND "
                                              "c.priority <> %1 LIMIT 20")
                                   .arg(schema::derivedPriority(QStringLiteral("c"))),
                               Tr::tr("running the priority check"));
    if (!priorities)
        return std::unexpected(priorities.error());
    while (priorities->next())
        findings << Finding{QStringLiteral("priority"),
                            Tr::tr("%1 has a priority the priority matrix does not give it.")
                                .arg(referenceFor(priorities->value(0).toLongLong()))};
    return {};
}

// The stored calendar and targets must be readable (the rules stop
// otherwise), a case's rung must be the escalations it has had, and a case
// waits on the customer exactly when a wait is open.
Status checkSla(const QSqlDatabase& db, QList<Finding>& findings)
{
    if (auto settings = SlaRepository::settingsIn(db); !settings)
        findings << Finding{QStringLiteral("sla"), settings.error().message};
    auto ladder =
        sql::run(db,
                 QStringLiteral("SELECT c.id FROM cases c WHERE c.escalation_level <> (SELECT "
                                "count(*) FROM escalations e WHERE e.case_id = c.id) OR "
                                "(c.waiting_since IS NOT NULL) <> EXISTS (SELECT 1 FROM sla_pauses p "
                                "WHERE p.case_id = c.id AND p.ended_at IS NULL) LIMIT 20"),
                 Tr::tr("running the SLA check"));
    if (!ladder)
        return std::unexpected(ladder.error());
    while (ladder->next())
        findings << Finding{QStringLiteral("sla"),
                            Tr::tr("%1's escalation rung or wait on the customer does not match its history.")
                                .arg(referenceFor(ladder->value(0).toLongLong()))};
    return {};
}

// A stored message's bytes must still be the ones whose hash the timeline
// recorded when they came in or were queued (an erased one keeps no bytes).
Status checkMessages(const QSqlDatabase& db, QList<Finding>& findings)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT m.id, m.case_id, m.raw, m.raw_sha256 FROM mail_messages m WHERE "
                                     "m.raw IS NOT NULL ORDER BY m.id"),
                      Tr::tr("reading the stored messages"));
    if (!q)
        return std::unexpected(q.error());
    int reported = 0;
    while (q->next() && reported < 20) {
        const QByteArray raw = q->value(2).toByteArray();
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
        if (hash == q->value(3).toString())
            continue;
        ++reported;
        const qint64 caseId = q->value(1).toLongLong();
        findings << Finding{QStringLiteral("mail"),
                            caseId > 0 ? Tr::tr("A message of %1 is not the one that was stored: its bytes no "
                                                "longer match their recorded hash.")
                                             .arg(referenceFor(caseId))
                                       : Tr::tr("Message %1 is not the one that was stored: its bytes no longer "
                                                "match their recorded hash.")
                                             .arg(q->value(0).toLongLong())};
    }
    return {};
}

// FTS5 compares each index with the table it indexes and fails the
// statement when they differ.
void checkSearchIndexes(const QSqlDatabase& db, QList<Finding>& findings)
{
    for (const char* table : {"case_search", "customer_search", "message_search"}) {
        const QString name = QLatin1String(table);
        auto fts =
            sql::run(db, QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)").arg(name),
                     Tr::tr("checking the search index"));
        if (!fts)
            findings << Finding{QStringLiteral("search-index"),
                                Tr::tr("The search index %1 does not match what it indexes (%2).")
                                    .arg(name, fts.error().detail)};
    }
}

} // namespace

QStringList StoreCheck::names()
{
    return {QStringLiteral("integrity"), QStringLiteral("foreign-keys"), QStringLiteral("names"),
            QStringLiteral("timeline"),  QStringLiteral("recovery"),     QStringLiteral("priority"),
            QStringLiteral("sla"),       QStringLiteral("mail"),         QStringLiteral("search-index")};
}

Result<QList<StoreCheck::Finding>> StoreCheck::run()
{
    QSqlDatabase db = m_db.connection();
    QList<Finding> findings;
    // The file's pages, its references and its search indexes are SQLite's
    // to check; a server keeps its pages itself, enforces every reference
    // as it writes, and its trigram indexes are part of their tables.
    const bool file = !sql::isPostgres(db);
    if (file) {
        if (auto ok = checkIntegrity(db, findings); !ok)
            return std::unexpected(ok.error());
        if (auto ok = checkForeignKeys(db, findings); !ok)
            return std::unexpected(ok.error());
    }
    for (auto check : {&checkRules, &checkPriorities, &checkSla, &checkMessages}) {
        if (auto ok = check(db, findings); !ok)
            return std::unexpected(ok.error());
    }
    if (file)
        checkSearchIndexes(db, findings);
    return findings;
}

} // namespace redress::core
