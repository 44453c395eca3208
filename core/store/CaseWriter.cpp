#include "core/store/CaseWriter.h"

#include "core/cases/Case.h"

namespace redress::core {

namespace {

template <typename T> Result<T> failed(const Error& e)
{
    return std::unexpected(e);
}

} // namespace

CaseWriter::CaseWriter(QSqlDatabase db, sql::Statement::Engine engine) : m_db(std::move(db)), m_engine(engine)
{
}

QString CaseWriter::returningId() const
{
    // SQLite runs a RETURNING clause through a temporary table for every
    // row, a cost bulk loads notice; it knows the new rowid anyway.
    return sql::isPostgres(m_db) ? QStringLiteral(" RETURNING id") : QString();
}

qint64 CaseWriter::insertedId(sql::Statement& s) const
{
    return sql::isPostgres(m_db) ? s.returnedId() : s.lastInsertId();
}

sql::Statement& CaseWriter::statement(std::optional<sql::Statement>& slot, const QString& text)
{
    if (!slot)
        slot.emplace(m_db, text, m_engine);
    return *slot;
}

Result<qint64> CaseWriter::addCustomer(const CustomerRow& row, const What& what)
{
    sql::Statement& s = statement(
        m_customer, QStringLiteral("INSERT INTO customers (name, company, email, phone, segment, "
                                   "lifetime_value_cents, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                        returningId());
    s.bindAll(row.name, row.company, row.email, row.phone, row.segment, row.lifetimeValueCents,
              row.createdAt);
    if (auto ok = s.exec(what); !ok)
        return failed<qint64>(ok.error());
    return insertedId(s);
}

Result<qint64> CaseWriter::addCase(const CaseRow& row, const What& what)
{
    // PostgreSQL takes NULL for a serial id literally: the next one is asked for.
    sql::Statement& s = statement(
        m_case, QStringLiteral(
                    "INSERT INTO cases (id, customer_id, product_id, channel, description, severity, impact, "
                    "priority, status, owner_id, opened_at, updated_at, resolved_at, closed_at, row_version, "
                    "customer_name, company, product_name, owner_name, root_cause_id, compensation_cents, "
                    "promised_by, external_id) VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?)")
                        .arg(sql::dialect(
                            m_db, QStringLiteral("?"),
                            QStringLiteral("coalesce(?, nextval(pg_get_serial_sequence('cases', 'id')))"))) +
                    returningId());
    s.bindId(0, row.id)
        .bind(1, row.customerId)
        .bind(2, row.productId)
        .bind(3, row.channel)
        .bind(4, row.description)
        .bind(5, row.severity)
        .bind(6, row.impact)
        .bind(7, row.priority)
        .bind(8, row.status)
        .bindId(9, row.ownerId)
        .bind(10, row.openedAt)
        .bind(11, row.updatedAt)
        .bindId(12, row.resolvedAt)
        .bindId(13, row.closedAt)
        .bind(14, row.rowVersion)
        .bind(15, row.customerName)
        .bind(16, row.company)
        .bind(17, row.productName)
        .bind(18, row.ownerName)
        .bindId(19, row.rootCauseId)
        .bind(20, row.compensationCents);
    if (row.promisedBy.isEmpty())
        s.bindNull(21);
    else
        s.bind(21, row.promisedBy);
    if (row.externalId.isEmpty())
        s.bindNull(22);
    else
        s.bind(22, row.externalId);
    if (auto ok = s.exec(what); !ok)
        return failed<qint64>(ok.error());
    const qint64 id = insertedId(s);
    if (row.id > 0 && sql::isPostgres(m_db)) {
        // A case with its own id moves the id sequence past it.
        sql::Statement& advance = statement(
            m_advanceCaseIds, QStringLiteral("SELECT setval(pg_get_serial_sequence('cases', 'id'), "
                                             "greatest(CAST(? AS BIGINT), (SELECT max(id) FROM cases)))"));
        if (auto ok = advance.exec({id}, what); !ok)
            return failed<qint64>(ok.error());
        advance.finish();
    }
    return id;
}

Result<qint64> CaseWriter::addEvent(const EventRow& row, const What& what)
{
    sql::Statement& s = statement(
        m_event, QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, kind, field, old_value, "
                                "new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") +
                     returningId());
    s.bindAll(row.caseId, row.at, sql::Id{row.actorId}, row.kind, row.field, row.oldValue, row.newValue,
              row.note);
    if (auto ok = s.exec(what); !ok)
        return failed<qint64>(ok.error());
    return insertedId(s);
}

Status CaseWriter::addSealedEvent(const EventRow& row, const AuditChain::Link& link, const What& what)
{
    sql::Statement& s = statement(
        m_sealedEvent, QStringLiteral("INSERT INTO case_events (id, case_id, at, actor_id, kind, field, "
                                      "old_value, new_value, note, payload_digest, prev_hash, hash) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    s.bindAll(link.id, row.caseId, row.at, sql::Id{row.actorId}, row.kind, row.field, row.oldValue,
              row.newValue, row.note, link.payloadDigest, link.prevHash, link.hash);
    return s.exec(what);
}

Status CaseWriter::addPriorityChanges(const QString& derived, qint64 at, qint64 actorId, const QString& note,
                                      const What& what)
{
    sql::Statement s(
        m_db, QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, kind, field, old_value, "
                             "new_value, note) SELECT c.id, ?, ?, ?, 'priority', c.priority, %1, ? "
                             "FROM cases c WHERE c.status <> 'closed' AND c.priority <> %1 ORDER BY c.id")
                  .arg(derived));
    s.bindAll(at, sql::Id{actorId}, keyOf(CaseEvent::Kind::FieldChanged), note);
    return s.exec(what);
}

Result<qint64> CaseWriter::addApology(const ApologyRow& row, const What& what)
{
    sql::Statement& s = statement(
        m_apology, QStringLiteral("INSERT INTO apologies (case_id, template_id, body, channel, flags, "
                                  "sent_at, sent_by) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                       returningId());
    s.bindAll(row.caseId, sql::Id{row.templateId}, row.body, row.channel, row.flags, row.sentAt,
              sql::Id{row.sentBy});
    if (auto ok = s.exec(what); !ok)
        return failed<qint64>(ok.error());
    return insertedId(s);
}

Result<qint64> CaseWriter::addGesture(const GestureRow& row, const What& what)
{
    sql::Statement& s =
        statement(m_gesture,
                  QStringLiteral("INSERT INTO gestures (case_id, gesture_type_id, note, cost_cents, status, "
                                 "requested_by, requested_at, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?)") +
                      returningId());
    s.bindAll(row.caseId, row.typeId, row.note, row.costCents, row.status, sql::Id{row.requestedBy},
              row.requestedAt, sql::Id{row.decidedBy}, sql::Id{row.decidedAt});
    if (auto ok = s.exec(what); !ok)
        return failed<qint64>(ok.error());
    return insertedId(s);
}

Status CaseWriter::addFollowUp(const FollowUpRow& row, const What& what)
{
    sql::Statement& s =
        statement(m_followUp, QStringLiteral("INSERT INTO follow_ups (case_id, score, prior_score, comment, "
                                             "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)"));
    s.bindAll(row.caseId, row.score);
    if (row.priorScore)
        s.bind(2, *row.priorScore);
    else
        s.bindNull(2);
    s.bind(3, row.comment).bind(4, row.recordedAt).bindId(5, row.recordedBy);
    return s.exec(what);
}

Status CaseWriter::addImport(const ImportRow& row, const What& what)
{
    sql::Statement& s = statement(
        m_import, QStringLiteral("INSERT INTO case_imports (case_id, source, line, imported_at, imported_by, "
                                 "apology_sent_at, solution, gestures, gesture_cost_cents, promise) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    s.bindAll(row.caseId, row.source, row.line, row.importedAt, sql::Id{row.importedBy},
              sql::Id{row.apologySentAt}, row.solution, row.gestures);
    if (row.gestureCostCents)
        s.bind(8, *row.gestureCostCents);
    else
        s.bindNull(8);
    s.bind(9, row.promise);
    return s.exec(what);
}

Status CaseWriter::saveAnalysis(const AnalysisRow& row, const What& what)
{
    sql::Statement& s = statement(
        m_analysis,
        QStringLiteral("INSERT INTO analyses (case_id, root_cause_id, whys, education_gap, recorded_at, "
                       "recorded_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET "
                       "root_cause_id = excluded.root_cause_id, whys = excluded.whys, education_gap = "
                       "excluded.education_gap, recorded_at = excluded.recorded_at, recorded_by = "
                       "excluded.recorded_by"));
    s.bindAll(row.caseId, row.rootCauseId, row.whys, row.educationGap ? 1 : 0, row.recordedAt,
              sql::Id{row.recordedBy});
    return s.exec(what);
}

Status CaseWriter::saveSolution(const SolutionRow& row, const What& what)
{
    sql::Statement& s = statement(
        m_solution,
        QStringLiteral("INSERT INTO solutions (case_id, fix, customer_wants, promised_by, recorded_at, "
                       "recorded_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET "
                       "fix = excluded.fix, customer_wants = excluded.customer_wants, "
                       "promised_by = excluded.promised_by, recorded_at = excluded.recorded_at, "
                       "recorded_by = excluded.recorded_by"));
    s.bindAll(row.caseId, row.fix, row.customerWants, row.promisedBy, row.recordedAt,
              sql::Id{row.recordedBy});
    return s.exec(what);
}

Status CaseWriter::saveDecline(const DeclineRow& row, const What& what)
{
    sql::Statement& s = statement(
        m_decline, QStringLiteral("INSERT INTO gesture_declines (case_id, reason, recorded_at, recorded_by) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET reason = "
                                  "excluded.reason, recorded_at = excluded.recorded_at, recorded_by = "
                                  "excluded.recorded_by"));
    s.bindAll(row.caseId, row.reason, row.recordedAt, sql::Id{row.recordedBy});
    return s.exec(what);
}

} // namespace redress::core
