#include "core/store/Erasure.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/store/AuditChain.h"
#include "core/store/CaseJournal.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Erasure)
};

// The timeline events whose whole text is the customer's: notes, recovery
// steps (apology text, what they want, reasons) and changes of the fields
// that hold their words or contact details. Status, owner, priority and the
// like are facts and stay; their free-text notes go.
const QStringList wholeTextKinds{QStringLiteral("note"), QStringLiteral("recovery")};
const QStringList wholeTextFields{QStringLiteral("description"), QStringLiteral("customer"),
                                  QStringLiteral("company"),     QStringLiteral("email"),
                                  QStringLiteral("phone"),       QStringLiteral("follow_up")};

QString quotedList(const QStringList& words)
{
    return QLatin1Char('\'') + words.join(QStringLiteral("', '")) + QLatin1Char('\'');
}

// SQL: whether the event's whole text goes (Erasure::replacesAllText).
QString wholeText()
{
    return QStringLiteral("(kind IN (%1) OR (kind = 'field' AND field IN (%2)))")
        .arg(quotedList(wholeTextKinds), quotedList(wholeTextFields));
}

// The events an erasure redacts: those with a note, and those whose whole
// text is the customer's and has any.
QString personalEvents()
{
    return QStringLiteral("redacted_by IS NULL AND field <> 'erasure' AND (note <> '' OR (%1 AND "
                          "(old_value <> '' OR new_value <> '')))")
        .arg(wholeText());
}

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
    auto events = sql::run(db,
                           QStringLiteral("SELECT id FROM case_events WHERE case_id = ? AND %1 ORDER BY id")
                               .arg(personalEvents()),
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
    // The values of other events are facts and stay (the trigger and
    // verify() know the same rule).
    const QString keepFacts = QStringLiteral("%1 = CASE WHEN %2 AND %1 <> '' THEN ? ELSE %1 END");
    const QString redact =
        QStringLiteral("UPDATE case_events SET %1, %2, %3, redacted_by = ? WHERE id = ?")
            .arg(keepFacts.arg(QStringLiteral("old_value"), wholeText()),
                 keepFacts.arg(QStringLiteral("new_value"), wholeText()), erased(QStringLiteral("note")));
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

// A draft of one of their cases, or an intake form for them (by id, or
// holding the name or address).
Status deleteDrafts(const QSqlDatabase& db, qint64 customerId, const Identity& identity, const QString& what)
{
    if (auto ok = run(db,
                      QStringLiteral("DELETE FROM drafts WHERE customer_id = ? OR case_id IN (SELECT id FROM "
                                     "cases WHERE customer_id = ?)"),
                      {customerId, customerId}, what);
        !ok)
        return std::unexpected(ok.error());
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

// Their conversation: every message of their cases or from their address
// keeps its hash, date and state; its words, addresses and raw bytes go, and
// attachments are deleted. What was still waiting to go out never goes.
Status eraseMessages(const QSqlDatabase& db, qint64 customerId, const Identity& identity, const QString& what)
{
    const QString theirs = QStringLiteral("(case_id IN (SELECT id FROM cases WHERE customer_id = ?) OR "
                                          "(from_address <> '' AND lower(from_address) = lower(?)))");
    const QString email = identity.email.trimmed().isEmpty() ? QStringLiteral("\n") : identity.email.trimmed();
    const QString m = Erasure::marker();
    const QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("DELETE FROM mail_attachments WHERE message_id IN (SELECT id FROM mail_messages WHERE %1)")
             .arg(theirs),
         {customerId, email}},
        {QStringLiteral("UPDATE mail_messages SET state = 'failed', next_attempt_at = NULL WHERE state = 'queued' "
                        "AND %1")
             .arg(theirs),
         {customerId, email}},
        {QStringLiteral("UPDATE mail_messages SET subject = ?, from_name = ?, from_address = '', to_address = ?, "
                        "body = ?, new_text = ?, raw = NULL, last_error = '' WHERE %1")
             .arg(theirs),
         {m, m, m, m, m, customerId, email}},
    };
    for (const auto& [statement, values] : statements) {
        if (auto ok = run(db, statement, values, what); !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

// The register's entry, written before any event is redacted: the
// events' trigger lets a redaction through only for a customer in it.
Result<qint64> recordErasure(const QSqlDatabase& db, qint64 customerId, const User& actor,
                             const QString& what)
{
    auto recorded = sql::scalar(db,
                                QStringLiteral("INSERT INTO erasures (customer_id, erased_at, erased_by, "
                                               "cases, events) VALUES (?, ?, ?, 0, 0) RETURNING id"),
                                {customerId, sql::toStored(Clock::now()),
                                 actor.id > 0 ? QVariant(actor.id) : QVariant(QMetaType::fromType<qint64>())},
                                what);
    if (!recorded)
        return std::unexpected(recorded.error());
    return recorded->toLongLong();
}

// The records merged into the customer: the same person under an older
// name or address. Their cases moved to the survivor; what is left is the
// record, mail from its address and drafts naming it. Each is registered,
// so a restore of an older backup erases it again.
Status eraseMerged(const QSqlDatabase& db, qint64 customerId, const User& actor, const QString& what)
{
    auto merged = sql::run(db, QStringLiteral("SELECT id FROM customers WHERE merged_into = ? ORDER BY id"),
                           {customerId}, what);
    if (!merged)
        return std::unexpected(merged.error());
    QList<qint64> ids;
    while (merged->next())
        ids << merged->value(0).toLongLong();
    merged->finish();
    for (qint64 id : std::as_const(ids)) {
        auto identity = identityOf(db, id, what);
        if (!identity)
            return std::unexpected(identity.error());
        if (auto registered = recordErasure(db, id, actor, what); !registered)
            return std::unexpected(registered.error());
        if (auto ok = eraseTexts(db, id, what); !ok)
            return ok;
        if (auto ok = eraseMessages(db, id, *identity, what); !ok)
            return ok;
        if (auto ok = deleteDrafts(db, id, *identity, what); !ok)
            return ok;
    }
    return {};
}

// Everything but the scrubbing of the files, in one transaction.
Result<Erasure::Summary> eraseInTransaction(const QSqlDatabase& db, qint64 requestedId, const User& actor,
                                            const QString& what)
{
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    // A record merged into another is the same person, whose cases now
    // live with the survivor: the erasure is the survivor's.
    auto survivor = sql::scalar(db, QStringLiteral("SELECT merged_into FROM customers WHERE id = ?"),
                                {requestedId}, what, 0);
    if (!survivor)
        return std::unexpected(survivor.error());
    const qint64 customerId = survivor->toLongLong() > 0 ? survivor->toLongLong() : requestedId;
    auto identity = identityOf(db, customerId, what);
    if (!identity)
        return std::unexpected(identity.error());
    // Only sealed events can be redacted (the trigger sees to it).
    if (auto sealed = AuditChain::seal(db); !sealed)
        return std::unexpected(sealed.error());
    auto caseIds = caseIdsOf(db, customerId, what);
    if (!caseIds)
        return std::unexpected(caseIds.error());
    auto erasureId = recordErasure(db, customerId, actor, what);
    if (!erasureId)
        return std::unexpected(erasureId.error());

    Erasure::Summary summary;
    summary.erasureId = *erasureId;
    for (qint64 caseId : std::as_const(*caseIds)) {
        auto events = redactTimeline(db, caseId, actor, what);
        if (!events)
            return std::unexpected(events.error());
        summary.events += *events;
    }
    summary.cases = caseIds->size();
    if (auto ok = eraseTexts(db, customerId, what); !ok)
        return std::unexpected(ok.error());
    if (auto ok = eraseMessages(db, customerId, *identity, what); !ok)
        return std::unexpected(ok.error());
    if (auto ok = deleteDrafts(db, customerId, *identity, what); !ok)
        return std::unexpected(ok.error());
    if (auto ok = eraseMerged(db, customerId, actor, what); !ok)
        return std::unexpected(ok.error());
    if (auto ok = run(db, QStringLiteral("UPDATE erasures SET cases = ?, events = ? WHERE id = ?"),
                      {summary.cases, summary.events, summary.erasureId}, what);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return summary;
}

} // namespace

QString Erasure::marker()
{
    return QStringLiteral("[erased]");
}

bool Erasure::replacesAllText(const QString& kind, const QString& field)
{
    return wholeTextKinds.contains(kind) ||
           (kind == QLatin1String("field") && wholeTextFields.contains(field));
}

Result<QList<Erasure::Record>> Erasure::records(const QSqlDatabase& db)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT e.customer_id, e.erased_at, u.login FROM erasures e LEFT JOIN "
                                     "users u ON u.id = e.erased_by ORDER BY e.id"),
                      Tr::tr("reading the register of erasures"));
    if (!q)
        return std::unexpected(q.error());
    QList<Record> out;
    while (q->next())
        out.append(Record{q->value(0).toLongLong(), sql::fromStored(q->value(1)), q->value(2).toString()});
    return merged({}, out);
}

QString Erasure::registerText(const QList<Record>& records)
{
    QString text;
    for (const Record& r : records)
        text += QStringLiteral("%1\t%2\t%3\n")
                    .arg(r.customerId)
                    .arg(r.erasedAt.toUTC().toString(Qt::ISODateWithMs), r.erasedBy);
    return text;
}

QList<Erasure::Record> Erasure::parseRegister(const QString& text)
{
    QList<Record> out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        bool ok = false;
        const qint64 id = parts.value(0).toLongLong(&ok);
        if (!ok || id <= 0 || parts.size() < 3)
            continue;
        out.append(Record{id, QDateTime::fromString(parts.at(1), Qt::ISODateWithMs), parts.at(2).trimmed()});
    }
    return out;
}

QList<Erasure::Record> Erasure::merged(const QList<Record>& a, const QList<Record>& b)
{
    QList<Record> out;
    QSet<qint64> seen;
    for (const QList<Record>* list : {&a, &b}) {
        for (const Record& r : *list) {
            if (!seen.contains(r.customerId)) {
                seen.insert(r.customerId);
                out.append(r);
            }
        }
    }
    return out;
}

Result<QList<qint64>> Erasure::reapply(const Database& store, const QList<Record>& remembered,
                                       const User& fallback)
{
    QSqlDatabase db = store.connection();
    const QString what = Tr::tr("erasing again what the register of erasures names");
    auto known = records(db);
    if (!known)
        return std::unexpected(known.error());
    QSet<qint64> done;
    for (const Record& r : std::as_const(*known))
        done.insert(r.customerId);
    QList<qint64> erasedAgain;
    for (const Record& r : remembered) {
        if (done.contains(r.customerId))
            continue;
        auto present = sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"),
                                   {r.customerId}, what, 0);
        if (!present)
            return std::unexpected(present.error());
        if (present->toInt() == 0)
            continue; // the copy is older than the customer
        User actor = fallback;
        auto byLogin =
            sql::run(db, QStringLiteral("SELECT id, display_name, role FROM users WHERE login = ?"),
                     {r.erasedBy}, what);
        if (!byLogin)
            return std::unexpected(byLogin.error());
        if (byLogin->next() && roleFromKey(byLogin->value(2).toString()) == Role::Admin) {
            actor.id = byLogin->value(0).toLongLong();
            actor.login = r.erasedBy;
            actor.displayName = byLogin->value(1).toString();
            actor.role = Role::Admin;
        }
        byLogin->finish();
        auto summary = eraseCustomer(store, r.customerId, actor);
        if (!summary)
            return std::unexpected(summary.error());
        done.insert(r.customerId);
        erasedAgain.append(r.customerId);
    }
    return erasedAgain;
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

    if (sql::isPostgres(db)) {
        auto summary = eraseInTransaction(db, customerId, actor, what);
        if (!summary)
            return std::unexpected(summary.error());
        auto vacuumed = vacuumServer(db);
        if (!vacuumed)
            return std::unexpected(vacuumed.error());
        summary->logTruncated = *vacuumed;
        return *summary;
    }

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
    auto scrubbed = scrubSqliteFiles(db);
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
                                     "escalation_obligations, case_imports, drafts, mail_messages, mail_attachments"),
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
    for (const char* index : {"case_search", "customer_search", "message_search"}) {
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
