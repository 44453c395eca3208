#include "core/store/Erasure.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/store/AuditChain.h"
#include "core/store/CaseJournal.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Erasure)
};

// The timeline events whose text is the customer's: notes, recovery steps
// (apology text, what they want, reasons) and changes of the fields that
// hold their words or contact details. Status, owner, priority and the
// like are facts and stay.
const QString personalEvents = QStringLiteral(
    "redacted_by IS NULL AND field <> 'erasure' AND (old_value <> '' OR new_value <> '' OR note <> '') "
    "AND (kind IN ('note', 'recovery') OR (kind = 'field' AND field IN ('description', 'customer', "
    "'company', 'email', 'phone', 'follow_up')))");

// "marker" for a text that had something, empty for one that had nothing.
QString erased(const QString& column)
{
    return QStringLiteral("%1 = CASE WHEN %1 = '' THEN '' ELSE ? END").arg(column);
}

// A LIKE pattern matching `text` anywhere, its wildcards escaped with '\'.
QString containing(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

Status run(const QSqlDatabase& db, const QString& statement, const QVariantList& values, const QString& what)
{
    auto q = sql::run(db, statement, values, what);
    if (!q)
        return std::unexpected(q.error());
    return {};
}

// What identifies the customer outside their records: the words an intake
// draft may hold.
struct Identity
{
    QString name;
    QString email;
};

Result<Identity> identityOf(const QSqlDatabase& db, qint64 customerId, const QString& what)
{
    auto customer =
        sql::run(db, QStringLiteral("SELECT name, email FROM customers WHERE id = ?"), {customerId}, what);
    if (!customer)
        return std::unexpected(customer.error());
    if (!customer->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no customer with id %1.").arg(customerId));
    Identity identity{customer->value(0).toString(), customer->value(1).toString()};
    customer->finish();
    return identity;
}

Result<QList<qint64>> caseIdsOf(const QSqlDatabase& db, qint64 customerId, const QString& what)
{
    auto cases = sql::run(db, QStringLiteral("SELECT id FROM cases WHERE customer_id = ? ORDER BY id"),
                          {customerId}, what);
    if (!cases)
        return std::unexpected(cases.error());
    QList<qint64> caseIds;
    while (cases->next())
        caseIds << cases->value(0).toLongLong();
    cases->finish();
    return caseIds;
}

// Records the erasure in one case's timeline and replaces the customer's
// words in the events before it; returns how many events it redacted.
Result<qint64> redactTimeline(const QSqlDatabase& db, qint64 caseId, const User& actor, const QString& what)
{
    auto events = sql::run(
        db,
        QStringLiteral("SELECT id FROM case_events WHERE case_id = ? AND %1 ORDER BY id").arg(personalEvents),
        {caseId}, what);
    if (!events)
        return std::unexpected(events.error());
    QList<qint64> eventIds;
    QStringList listed;
    while (events->next()) {
        eventIds << events->value(0).toLongLong();
        listed << QString::number(eventIds.last());
    }
    events->finish();
    // The erasure's own record in the chain, naming what it redacts;
    // written first, so that it can be named by them.
    auto noteId =
        CaseJournal::record(db, caseId, actor.id, CaseEvent::Kind::Note, QStringLiteral("erasure"), {},
                            listed.join(QLatin1Char(',')), Tr::tr("Personal data erased on request."));
    if (!noteId)
        return std::unexpected(noteId.error());
    const QString redact = QStringLiteral("UPDATE case_events SET %1, %2, %3, redacted_by = ? WHERE id = ?")
                               .arg(erased(QStringLiteral("old_value")), erased(QStringLiteral("new_value")),
                                    erased(QStringLiteral("note")));
    const QString m = Erasure::marker();
    for (qint64 eventId : std::as_const(eventIds)) {
        if (auto ok = run(db, redact, {m, m, m, *noteId, eventId}, what); !ok)
            return std::unexpected(ok.error());
    }
    return eventIds.size();
}

// The case copies of name and company, the customer's record, and the texts
// of the recovery: the update triggers take the old words out of the search
// indexes.
Status eraseTexts(const QSqlDatabase& db, qint64 customerId, const QString& what)
{
    const QString ofCases = QStringLiteral("case_id IN (SELECT id FROM cases WHERE customer_id = ?)");
    const QString m = Erasure::marker();
    const QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("UPDATE cases SET description = ?, customer_name = ?, company = '', "
                        "row_version = row_version + 1 WHERE customer_id = ?"),
         {m, m, customerId}},
        {QStringLiteral("UPDATE apologies SET body = ? WHERE %1").arg(ofCases), {m, customerId}},
        {QStringLiteral("UPDATE solutions SET fix = ?, customer_wants = ? WHERE %1").arg(ofCases),
         {m, m, customerId}},
        {QStringLiteral("UPDATE gestures SET %1, %2 WHERE %3")
             .arg(erased(QStringLiteral("note")), erased(QStringLiteral("decision_reason")), ofCases),
         {m, m, customerId}},
        {QStringLiteral("UPDATE gesture_declines SET reason = ? WHERE %1").arg(ofCases), {m, customerId}},
        {QStringLiteral("UPDATE follow_ups SET %1 WHERE %2").arg(erased(QStringLiteral("comment")), ofCases),
         {m, customerId}},
        {QStringLiteral("UPDATE analyses SET whys = '[]' WHERE %1").arg(ofCases), {customerId}},
        {QStringLiteral("UPDATE sla_pauses SET %1 WHERE %2").arg(erased(QStringLiteral("reason")), ofCases),
         {m, customerId}},
        {QStringLiteral("UPDATE escalations SET %1 WHERE %2").arg(erased(QStringLiteral("reason")), ofCases),
         {m, customerId}},
        {QStringLiteral("UPDATE escalation_obligations SET %1 WHERE escalation_id IN (SELECT id FROM "
                        "escalations WHERE %2)")
             .arg(erased(QStringLiteral("note")), ofCases),
         {m, customerId}},
        {QStringLiteral("UPDATE case_imports SET %1, %2, %3 WHERE %4")
             .arg(erased(QStringLiteral("solution")), erased(QStringLiteral("gestures")),
                  erased(QStringLiteral("promise")), ofCases),
         {m, m, m, customerId}},
        {QStringLiteral("UPDATE customers SET name = ?, company = '', email = '', phone = '' WHERE id = ?"),
         {m, customerId}},
    };
    for (const auto& [statement, values] : statements) {
        if (auto ok = run(db, statement, values, what); !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

// An intake form saved as a draft may hold the name or address.
Status deleteDrafts(const QSqlDatabase& db, const Identity& identity, const QString& what)
{
    for (const QString& text : {identity.name, identity.email}) {
        if (text.trimmed().size() < 3)
            continue;
        if (auto ok = run(db, QStringLiteral("DELETE FROM drafts WHERE payload LIKE ? ESCAPE '\\'"),
                          {containing(text)}, what);
            !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

Result<qint64> recordErasure(const QSqlDatabase& db, qint64 customerId, const User& actor,
                             const Erasure::Summary& summary, const QString& what)
{
    auto recorded = sql::scalar(db,
                                QStringLiteral("INSERT INTO erasures (customer_id, erased_at, erased_by, "
                                               "cases, events) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                {customerId, sql::toStored(Clock::now()),
                                 actor.id > 0 ? QVariant(actor.id) : QVariant(QMetaType::fromType<qint64>()),
                                 summary.cases, summary.events},
                                what);
    if (!recorded)
        return std::unexpected(recorded.error());
    return recorded->toLongLong();
}

// Everything but the scrubbing of the files, in one transaction.
Result<Erasure::Summary> eraseInTransaction(const QSqlDatabase& db, qint64 customerId, const User& actor,
                                            const QString& what)
{
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto identity = identityOf(db, customerId, what);
    if (!identity)
        return std::unexpected(identity.error());
    // Only sealed events can be redacted (the trigger sees to it).
    if (auto sealed = AuditChain::seal(db); !sealed)
        return std::unexpected(sealed.error());
    auto caseIds = caseIdsOf(db, customerId, what);
    if (!caseIds)
        return std::unexpected(caseIds.error());

    Erasure::Summary summary;
    for (qint64 caseId : std::as_const(*caseIds)) {
        auto events = redactTimeline(db, caseId, actor, what);
        if (!events)
            return std::unexpected(events.error());
        summary.events += *events;
    }
    summary.cases = caseIds->size();
    if (auto ok = eraseTexts(db, customerId, what); !ok)
        return std::unexpected(ok.error());
    if (auto ok = deleteDrafts(db, *identity, what); !ok)
        return std::unexpected(ok.error());
    auto erasureId = recordErasure(db, customerId, actor, summary, what);
    if (!erasureId)
        return std::unexpected(erasureId.error());
    summary.erasureId = *erasureId;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return summary;
}

} // namespace

QString Erasure::marker()
{
    return QStringLiteral("[erased]");
}

Result<Erasure::Summary> Erasure::eraseCustomer(const Database& store, qint64 customerId, const User& actor)
{
    // Erasure destroys information for good; it is the administrator's, as
    // managing users is.
    if (actor.role != Role::Admin)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("%1 (%2) may not erase a customer's personal data; an administrator can.")
                        .arg(actor.displayName, labelOf(actor.role)));
    QSqlDatabase db = store.connection();
    const QString what = Tr::tr("erasing the personal data of customer %1").arg(customerId);

    // Deleted content is overwritten rather than left in free space; the
    // connection's setting comes back afterwards.
    auto secure = sql::scalar(db, QStringLiteral("PRAGMA secure_delete"), {}, what, 0);
    if (!secure)
        return std::unexpected(secure.error());
    const int secureBefore = secure->toInt();
    if (auto ok = run(db, QStringLiteral("PRAGMA secure_delete = ON"), {}, what); !ok)
        return std::unexpected(ok.error());
    const auto restoreSecure = qScopeGuard(
        [&] { sql::run(db, QStringLiteral("PRAGMA secure_delete = %1").arg(secureBefore), what); });

    auto summary = eraseInTransaction(db, customerId, actor, what);
    if (!summary)
        return std::unexpected(summary.error());
    auto scrubbed = sql::isPostgres(db) ? vacuumServer(db) : scrubSqliteFiles(db);
    if (!scrubbed)
        return std::unexpected(scrubbed.error());
    summary->logTruncated = *scrubbed;
    return *summary;
}

// On a server the old row versions, and the trigram index entries that
// point at them, stay in the tables' pages until VACUUM reclaims them; the
// server's write-ahead log and its archives are its administrator's, and
// the note says so.
Result<bool> Erasure::vacuumServer(const QSqlDatabase& db)
{
    const QString what = Tr::tr("removing erased data from the server's tables");
    if (auto ok = run(db,
                      QStringLiteral("VACUUM customers, cases, case_events, apologies, solutions, gestures, "
                                     "gesture_declines, analyses, follow_ups, sla_pauses, escalations, "
                                     "escalation_obligations, case_imports, drafts"),
                      {}, what);
        !ok)
        return std::unexpected(ok.error());
    return false;
}

Result<bool> Erasure::scrubSqliteFiles(const QSqlDatabase& db)
{
    const QString what = Tr::tr("removing erased data from the store's files");
    // An external-content FTS5 index records a deletion as a new entry
    // beside the old ones until its segments are merged: 'optimize' merges
    // them into one, and the old tokens are gone.
    for (const char* index : {"case_search", "customer_search"}) {
        const QString table = QString::fromLatin1(index);
        if (auto ok = run(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(table), {}, what);
            !ok)
            return std::unexpected(ok.error());
    }
    // secure_delete zeroes what this erasure deleted, but not copies left in
    // free space by earlier edits and deletions (an old description, a
    // discarded draft) made while it was off: Debian builds SQLite with it
    // on, other builds do not. VACUUM writes every page afresh from live
    // rows (test_audit writes with it off and finds the words without it).
    if (auto ok = run(db, QStringLiteral("VACUUM"), {}, what); !ok)
        return std::unexpected(ok.error());
    // The log still holds the pages as they were; TRUNCATE copies the latest
    // back and empties it, unless a reader elsewhere still needs them.
    auto q = sql::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), what);
    if (!q)
        return std::unexpected(q.error());
    const bool busy = q->next() && q->value(0).toInt() != 0;
    return !busy;
}

} // namespace redress::core
