#include "core/store/ProblemRepository.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/store/CaseJournal.h"
#include "core/store/EffectivenessRepository.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ProblemRepository)
};

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant storedDay(const QDate& day)
{
    if (!day.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

/// Drops the open reviews of a problem and schedules one `offsets` days
/// after `effectiveOn` each (none for an invalid day). Reviews done stay,
/// with the verdict they recorded about the earlier day.
Status rescheduleReviews(const QSqlDatabase& db, qint64 problemId, const QDate& effectiveOn,
                         const QList<int>& offsets, const QString& what)
{
    if (auto q = sql::run(
            db, QStringLiteral("DELETE FROM problem_reviews WHERE problem_id = ? AND done_at IS NULL"),
            {problemId}, what);
        !q)
        return std::unexpected(q.error());
    if (!effectiveOn.isValid())
        return {};
    sql::Statement insert(
        db, QStringLiteral("INSERT INTO problem_reviews (problem_id, offset_days, due_at) VALUES (?, ?, ?)"));
    for (int days : QSet<int>(offsets.begin(), offsets.end())) {
        if (auto ok = insert.exec({problemId, days, storedDay(effectiveOn.addDays(days))}, what); !ok)
            return ok;
    }
    return {};
}

/// Every problem column a Problem needs, with its root cause's full path
/// walked up the taxonomy (a few dozen rows; the depth bound stops a cycle
/// written outside Redress). Parameters: the path separator, the label of
/// a deleted cause; the caller appends WHERE and ORDER BY.
const QString selectProblems = QStringLiteral(
    "WITH RECURSIVE paths (id, parent, label, depth) AS ("
    "SELECT id, parent_id, name, 0 FROM root_causes "
    "UNION ALL SELECT p.id, r.parent_id, r.name || ? || p.label, p.depth + 1 "
    "FROM paths p JOIN root_causes r ON r.id = p.parent WHERE p.depth < 32) "
    "SELECT pr.id, pr.kind, pr.title, pr.root_cause_id, pr.owner_id, pr.status, pr.corrective_action, "
    "pr.effective_on, pr.row_version, coalesce(pa.label, ? || pr.root_cause_id), "
    "coalesce(o.display_name, ''), pr.created_at, coalesce(cb.display_name, ''), pr.updated_at, "
    "pr.closed_at, (SELECT count(*) FROM problem_cases pc WHERE pc.problem_id = pr.id), "
    "(SELECT min(rv.due_at) FROM problem_reviews rv WHERE rv.problem_id = pr.id AND rv.done_at IS NULL) "
    "FROM problems pr LEFT JOIN paths pa ON pa.id = pr.root_cause_id AND pa.parent IS NULL "
    "LEFT JOIN users o ON o.id = pr.owner_id LEFT JOIN users cb ON cb.id = pr.created_by ");

QVariantList problemParameters()
{
    // A root cause deleted while referenced (foreign keys off, outside
    // Redress) is shown as such, never as an empty path.
    return {QStringLiteral(" \u203a "), Tr::tr("Deleted root cause #")};
}

Problem problemFrom(const QSqlQuery& q)
{
    Problem p;
    p.id = q.value(0).toLongLong();
    p.kind = problemKindFromKey(q.value(1).toString()).value_or(ProblemKind::Defect);
    p.title = q.value(2).toString();
    p.rootCauseId = q.value(3).toLongLong();
    p.ownerId = q.value(4).toLongLong();
    p.status = problemStatusFromKey(q.value(5).toString()).value_or(ProblemStatus::Open);
    p.correctiveAction = q.value(6).toString();
    if (!q.value(7).isNull())
        p.effectiveOn = sql::fromStored(q.value(7)).toUTC().date();
    p.rowVersion = q.value(8).toInt();
    p.rootCausePath = q.value(9).toString();
    p.ownerName = q.value(10).toString();
    p.createdAt = sql::fromStored(q.value(11));
    p.createdBy = q.value(12).toString();
    p.updatedAt = sql::fromStored(q.value(13));
    p.closedAt = sql::fromStored(q.value(14));
    p.linkedCases = q.value(15).toLongLong();
    p.nextReviewDue = sql::fromStored(q.value(16));
    return p;
}

const QString selectReviews =
    QStringLiteral("SELECT r.id, r.problem_id, r.offset_days, r.due_at, r.done_at, "
                   "coalesce(u.display_name, ''), r.verdict, r.note, p.title FROM problem_reviews r "
                   "JOIN problems p ON p.id = r.problem_id LEFT JOIN users u ON u.id = r.done_by ");

ProblemReview reviewFrom(const QSqlQuery& q)
{
    ProblemReview r;
    r.id = q.value(0).toLongLong();
    r.problemId = q.value(1).toLongLong();
    r.offsetDays = q.value(2).toInt();
    r.dueAt = sql::fromStored(q.value(3));
    r.doneAt = sql::fromStored(q.value(4));
    r.doneBy = q.value(5).toString();
    if (!q.value(6).isNull())
        r.verdict = verdictFromKey(q.value(6).toString());
    r.note = q.value(7).toString();
    r.problemTitle = q.value(8).toString();
    return r;
}

Result<QList<ProblemReview>> readReviews(const QSqlDatabase& db, const QString& where,
                                         const QVariantList& values, const QString& what)
{
    auto q = sql::run(db, selectReviews + where + QStringLiteral(" ORDER BY r.due_at, r.id"), values, what);
    if (!q)
        return std::unexpected(q.error());
    QList<ProblemReview> reviews;
    while (q->next())
        reviews << reviewFrom(*q);
    return reviews;
}

/// What a case's timeline shows for the problem it was linked to.
QString timelineText(qint64 problemId, const QString& title)
{
    return problemReferenceFor(problemId) + QLatin1Char(' ') + title;
}

} // namespace

bool ProblemRepository::mayManage(Role role)
{
    return role == Role::Lead || role == Role::Quality || role == Role::Executive || role == Role::Admin;
}

Status ProblemRepository::requireManager(const QString& what) const
{
    if (mayManage(m_actor.role))
        return {};
    return fail(
        Error::Code::InvalidInput,
        Tr::tr("%1 (%2) may not %3; problem records are kept by leads, quality, executives and admins.")
            .arg(m_actor.displayName, labelOf(m_actor.role), what));
}

Status ProblemRepository::validate(const Problem& problem, const QList<int>& reviewOffsetDays)
{
    const QSqlDatabase db = m_db.connection();
    const QString what = Tr::tr("checking the problem record");
    const QString title = problem.title.trimmed();
    if (title.isEmpty())
        return invalid(QStringLiteral("title"),
                       Tr::tr("A problem needs a title: what goes wrong, in a line."));
    if (title.size() > maxTitle)
        return invalid(
            QStringLiteral("title"),
            Tr::tr("The title is %1 characters long; at most %2 fit.").arg(title.size()).arg(maxTitle));

    // A root cause deleted while a problem names it is kept as it is on an
    // edit of other fields; only a new or changed one must be in the taxonomy.
    qint64 storedCause = 0;
    if (problem.id > 0) {
        auto stored = sql::scalar(db, QStringLiteral("SELECT root_cause_id FROM problems WHERE id = ?"),
                                  {problem.id}, what, 0);
        if (!stored)
            return std::unexpected(stored.error());
        storedCause = stored->toLongLong();
    }
    if (problem.rootCauseId <= 0)
        return invalid(QStringLiteral("root_cause"), Tr::tr("Choose a root cause from the taxonomy."));
    if (problem.rootCauseId != storedCause) {
        auto known = sql::scalar(db, QStringLiteral("SELECT count(*) FROM root_causes WHERE id = ?"),
                                 {problem.rootCauseId}, what, 0);
        if (!known)
            return std::unexpected(known.error());
        if (known->toLongLong() == 0)
            return invalid(
                QStringLiteral("root_cause"),
                Tr::tr("There is no root cause #%1; choose one from the taxonomy.").arg(problem.rootCauseId));
    }

    if (problem.ownerId <= 0)
        return invalid(QStringLiteral("owner"), Tr::tr("A problem needs an owner, who will review it."));
    auto owner = sql::run(db, QStringLiteral("SELECT display_name, role FROM users WHERE id = ?"),
                          {problem.ownerId}, what);
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->next())
        return invalid(QStringLiteral("owner"),
                       Tr::tr("There is no user #%1 to own the problem.").arg(problem.ownerId));
    const Role ownerRole = roleFromKey(owner->value(1).toString()).value_or(Role::Rep);
    if (!mayManage(ownerRole))
        return invalid(QStringLiteral("owner"),
                       Tr::tr("%1 is a %2 and could not review the problem; choose a lead, quality, an "
                              "executive or an admin.")
                           .arg(owner->value(0).toString(), labelOf(ownerRole)));

    if (problem.correctiveAction.size() > maxText)
        return invalid(QStringLiteral("corrective_action"),
                       Tr::tr("The corrective action is %1 characters long; at most %2 fit.")
                           .arg(problem.correctiveAction.size())
                           .arg(maxText));
    if (problem.status == ProblemStatus::ActionTaken || problem.status == ProblemStatus::Verified) {
        if (problem.correctiveAction.trimmed().isEmpty())
            return invalid(QStringLiteral("corrective_action"),
                           Tr::tr("A problem marked '%1' needs the corrective action that was taken.")
                               .arg(labelOf(problem.status)));
        if (!problem.effectiveOn.isValid())
            return invalid(QStringLiteral("effective_on"),
                           Tr::tr("A problem marked '%1' needs the day its corrective action took effect.")
                               .arg(labelOf(problem.status)));
    }
    if (problem.effectiveOn.isValid()) {
        // Before the record is fine (the fix often comes first); far ahead
        // or before this century is a slip of the keyboard.
        const QDate today = Clock::now().toUTC().date();
        if (problem.effectiveOn > today.addDays(maxDaysAhead))
            return invalid(
                QStringLiteral("effective_on"),
                Tr::tr("The effective day %1 is more than a year ahead; enter the day the corrective "
                       "action takes effect.")
                    .arg(problem.effectiveOn.toString(Qt::ISODate)));
        if (problem.effectiveOn < QDate(2000, 1, 1))
            return invalid(QStringLiteral("effective_on"),
                           Tr::tr("The effective day %1 is before 2000; check the year.")
                               .arg(problem.effectiveOn.toString(Qt::ISODate)));
    }
    for (int days : reviewOffsetDays) {
        if (days < 1 || days > maxReviewDays)
            return invalid(
                QStringLiteral("review_days"),
                Tr::tr("A review %1 days after the effective day is not possible; it takes 1 to %2 days.")
                    .arg(days)
                    .arg(maxReviewDays));
    }
    return {};
}

Result<Problem> ProblemRepository::create(const Problem& problem, const QList<int>& reviewOffsetDays)
{
    if (auto ok = requireManager(Tr::tr("open a problem record")); !ok)
        return std::unexpected(ok.error());
    return save(problem, reviewOffsetDays, true);
}

Result<Problem> ProblemRepository::update(const Problem& problem, const QList<int>& reviewOffsetDays)
{
    if (auto ok = requireManager(Tr::tr("change a problem record")); !ok)
        return std::unexpected(ok.error());
    return save(problem, reviewOffsetDays, false);
}

Result<Problem> ProblemRepository::save(const Problem& problem, const QList<int>& reviewOffsetDays,
                                        bool creating)
{
    const QSqlDatabase db = m_db.connection();
    const QString reference = problemReferenceFor(problem.id);
    const QString what = creating ? Tr::tr("opening the problem record") : Tr::tr("saving %1").arg(reference);
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());

    QDate storedEffective;
    QVariant storedClosedAt;
    qint64 storedCause = 0;
    if (!creating) {
        auto stored = sql::run(
            db,
            QStringLiteral(
                "SELECT effective_on, closed_at, row_version, root_cause_id FROM problems WHERE id = ?"),
            {problem.id}, what);
        if (!stored)
            return std::unexpected(stored.error());
        if (!stored->next())
            return fail(Error::Code::NotFound, Tr::tr("There is no problem %1.").arg(reference));
        if (!stored->value(0).isNull())
            storedEffective = sql::fromStored(stored->value(0)).toUTC().date();
        storedClosedAt = stored->value(1);
        storedCause = stored->value(3).toLongLong();
        if (problem.rowVersion > 0 && problem.rowVersion != stored->value(2).toInt())
            return fail(
                Error::Code::Conflict,
                Tr::tr("%1 was changed at another desk since it was read; read it again.").arg(reference));
    }
    Problem checked = problem;
    if (creating)
        checked.id = 0;
    if (auto ok = validate(checked, reviewOffsetDays); !ok)
        return std::unexpected(ok.error());

    const QDateTime now = Clock::now();
    QVariant closedAt(QMetaType::fromType<qint64>());
    if (problem.status == ProblemStatus::Closed)
        closedAt = storedClosedAt.isNull() ? sql::toStored(now) : storedClosedAt;

    qint64 id = problem.id;
    if (creating) {
        auto q =
            sql::run(db,
                     QStringLiteral("INSERT INTO problems (kind, title, root_cause_id, owner_id, status, "
                                    "corrective_action, effective_on, created_at, created_by, updated_at, "
                                    "closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                     {keyOf(problem.kind), problem.title.trimmed(), problem.rootCauseId, problem.ownerId,
                      keyOf(problem.status), problem.correctiveAction, storedDay(problem.effectiveOn),
                      sql::toStored(now), orNull(m_actor.id), sql::toStored(now), closedAt},
                     what);
        if (!q)
            return std::unexpected(q.error());
        id = sql::returnedId(*q);
    } else {
        auto q = sql::run(
            db,
            QStringLiteral("UPDATE problems SET kind = ?, title = ?, owner_id = ?, status = ?, "
                           "corrective_action = ?, effective_on = ?, updated_at = ?, closed_at = ?, "
                           "row_version = row_version + 1 WHERE id = ?"),
            {keyOf(problem.kind), problem.title.trimmed(), problem.ownerId, keyOf(problem.status),
             problem.correctiveAction, storedDay(problem.effectiveOn), sql::toStored(now), closedAt, id},
            what);
        if (!q)
            return std::unexpected(q.error());
        // SQLite checks a foreign key whenever its column is assigned, even
        // to the same value: an edit of other fields of a problem whose root
        // cause was deleted outside Redress must not assign it.
        if (problem.rootCauseId != storedCause) {
            if (auto r = sql::run(db, QStringLiteral("UPDATE problems SET root_cause_id = ? WHERE id = ?"),
                                  {problem.rootCauseId, id}, what);
                !r)
                return std::unexpected(r.error());
        }
    }

    // A new effective day moves the open reviews with it.
    const bool moved = creating ? problem.effectiveOn.isValid() : problem.effectiveOn != storedEffective;
    if (moved) {
        if (auto ok = rescheduleReviews(db, id, problem.effectiveOn, reviewOffsetDays, what); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return get(id);
}

Result<Problem> ProblemRepository::get(qint64 problemId)
{
    auto q =
        sql::run(m_db.connection(), selectProblems + QStringLiteral("WHERE pr.id = ?"),
                 problemParameters() << problemId, Tr::tr("reading %1").arg(problemReferenceFor(problemId)));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    Tr::tr("There is no problem %1.").arg(problemReferenceFor(problemId)));
    return problemFrom(*q);
}

Result<QList<Problem>> ProblemRepository::list(const ReportRange& range)
{
    if (auto ok = ReportRepository::validate(range); !ok)
        return std::unexpected(ok.error());
    const auto [lower, upper] = ReportRepository::storedBounds(range);
    return readProblems(QStringLiteral("WHERE pr.created_at < ? AND (pr.closed_at IS NULL OR "
                                       "pr.closed_at >= ?) ORDER BY pr.id DESC"),
                        {upper, lower}, Tr::tr("reading the problem records"));
}

Result<QList<Problem>> ProblemRepository::readProblems(const QString& where, const QVariantList& values,
                                                       const QString& what)
{
    auto q = sql::run(m_db.connection(), selectProblems + where, problemParameters() + values, what);
    if (!q)
        return std::unexpected(q.error());
    QList<Problem> problems;
    while (q->next())
        problems << problemFrom(*q);
    return problems;
}

Result<QList<Problem>> ProblemRepository::problemsOfCase(qint64 caseId)
{
    return readProblems(
        QStringLiteral("WHERE pr.id IN (SELECT problem_id FROM problem_cases WHERE case_id = ?) "
                       "ORDER BY pr.id"),
        {caseId}, Tr::tr("reading the problems of %1").arg(referenceFor(caseId)));
}

Result<QList<qint64>> ProblemRepository::linkedCases(qint64 problemId)
{
    auto q =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT case_id FROM problem_cases WHERE problem_id = ? ORDER BY case_id"),
                 {problemId}, Tr::tr("reading the cases of %1").arg(problemReferenceFor(problemId)));
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<int> ProblemRepository::linkCases(qint64 problemId, const QList<qint64>& caseIds)
{
    const QSqlDatabase db = m_db.connection();
    const QString reference = problemReferenceFor(problemId);
    const QString what = Tr::tr("linking cases to %1").arg(reference);
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto problem =
        sql::run(db, QStringLiteral("SELECT title, status FROM problems WHERE id = ?"), {problemId}, what);
    if (!problem)
        return std::unexpected(problem.error());
    if (!problem->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no problem %1.").arg(reference));
    const QString title = problem->value(0).toString();
    if (problem->value(1).toString() == keyOf(ProblemStatus::Closed))
        return invalid(
            QStringLiteral("problem"),
            Tr::tr("%1 is closed and takes no more cases; reopen it or open a new problem.").arg(reference));

    const QDateTime now = Clock::now();
    int linked = 0;
    QSet<qint64> seen;
    // Prepared once for all the cases of a bulk link.
    sql::Statement exists(db, QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
    sql::Statement link(
        db, QStringLiteral("INSERT INTO problem_cases (problem_id, case_id, linked_at, linked_by) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING case_id"));
    for (qint64 caseId : caseIds) {
        if (seen.contains(caseId))
            continue;
        seen.insert(caseId);
        if (auto ok = exists.exec({caseId}, what); !ok)
            return std::unexpected(ok.error());
        if (!exists.found())
            return fail(Error::Code::NotFound, Tr::tr("There is no case %1; no case was linked to %2.")
                                                   .arg(referenceFor(caseId), reference));
        if (auto ok = link.exec({problemId, caseId, sql::toStored(now), orNull(m_actor.id)}, what); !ok)
            return std::unexpected(ok.error());
        if (!link.found())
            continue; // linked already
        ++linked;
        if (auto ok = CaseJournal::fieldChanged(db, caseId, m_actor.id, QStringLiteral("problem"), {},
                                                timelineText(problemId, title), {}, now);
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return linked;
}

Result<int> ProblemRepository::linkCasesOfCause(qint64 problemId, qint64 rootCauseId,
                                                const ReportRange& range)
{
    if (auto ok = ReportRepository::validate(range); !ok)
        return std::unexpected(ok.error());
    const auto [lower, upper] = ReportRepository::storedBounds(range);
    const QSqlDatabase db = m_db.connection();
    const QString what =
        Tr::tr("linking the cases of a root cause to %1").arg(problemReferenceFor(problemId));
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto kind = sql::scalar(db, QStringLiteral("SELECT kind FROM problems WHERE id = ?"), {problemId}, what);
    if (!kind)
        return std::unexpected(kind.error());
    if (!kind->isValid())
        return fail(Error::Code::NotFound,
                    Tr::tr("There is no problem %1.").arg(problemReferenceFor(problemId)));
    const bool education = kind->toString() == keyOf(ProblemKind::Education);
    // The same cases a Pareto bar of that cause counts, with its subtree;
    // UNION stops a cycle in a taxonomy edited outside Redress.
    auto q = sql::run(
        db,
        QStringLiteral(
            "WITH RECURSIVE subtree (id) AS (SELECT CAST(? AS BIGINT) UNION SELECT r.id FROM root_causes r "
            "JOIN subtree s ON r.parent_id = s.id) "
            "SELECT a.case_id FROM analyses a JOIN cases c ON c.id = a.case_id "
            "WHERE a.root_cause_id IN (SELECT id FROM subtree) "
            "AND (? = 0 OR a.education_gap = 1) AND c.opened_at >= ? AND c.opened_at < ? "
            "AND NOT EXISTS (SELECT 1 FROM problem_cases pc WHERE pc.problem_id = ? "
            "AND pc.case_id = a.case_id) ORDER BY a.case_id"),
        {rootCauseId, education ? 1 : 0, lower, upper, problemId}, what);
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    auto linked = linkCases(problemId, ids);
    if (!linked)
        return linked;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return linked;
}

Status ProblemRepository::unlinkCase(qint64 problemId, qint64 caseId)
{
    const QSqlDatabase db = m_db.connection();
    const QString reference = problemReferenceFor(problemId);
    const QString what = Tr::tr("unlinking %1 from %2").arg(referenceFor(caseId), reference);
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    auto title =
        sql::scalar(db, QStringLiteral("SELECT title FROM problems WHERE id = ?"), {problemId}, what);
    if (!title)
        return std::unexpected(title.error());
    auto q = sql::run(db, QStringLiteral("DELETE FROM problem_cases WHERE problem_id = ? AND case_id = ?"),
                      {problemId, caseId}, what);
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() < 1)
        return fail(Error::Code::NotFound,
                    Tr::tr("%1 is not linked to %2.").arg(referenceFor(caseId), reference));
    const QDateTime now = Clock::now();
    if (auto ok = CaseJournal::fieldChanged(db, caseId, m_actor.id, QStringLiteral("problem"),
                                            timelineText(problemId, title->toString()), {}, {}, now);
        !ok)
        return ok;
    return tx.commit();
}

Result<QList<ProblemReview>> ProblemRepository::reviews(qint64 problemId)
{
    return readReviews(m_db.connection(), QStringLiteral("WHERE r.problem_id = ?"), {problemId},
                       Tr::tr("reading the reviews of %1").arg(problemReferenceFor(problemId)));
}

Result<QList<ProblemReview>> ProblemRepository::reviewsDue(qint64 ownerId, const QDateTime& asOf)
{
    return readReviews(
        m_db.connection(),
        QStringLiteral("WHERE p.owner_id = ? AND p.status <> ? AND r.done_at IS NULL AND r.due_at <= ?"),
        {ownerId, keyOf(ProblemStatus::Closed), sql::toStored(asOf)},
        Tr::tr("reading the effectiveness reviews due"));
}

Result<ProblemReview> ProblemRepository::completeReview(qint64 reviewId, const QString& note)
{
    if (auto ok = requireManager(Tr::tr("complete an effectiveness review")); !ok)
        return std::unexpected(ok.error());
    if (note.size() > maxText)
        return invalid(
            QStringLiteral("note"),
            Tr::tr("The note is %1 characters long; at most %2 fit.").arg(note.size()).arg(maxText));
    const QSqlDatabase db = m_db.connection();
    const QString what = Tr::tr("completing review #%1").arg(reviewId);
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto review = sql::run(db, QStringLiteral("SELECT problem_id, done_at FROM problem_reviews WHERE id = ?"),
                           {reviewId}, what);
    if (!review)
        return std::unexpected(review.error());
    if (!review->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no review #%1.").arg(reviewId));
    const qint64 problemId = review->value(0).toLongLong();
    if (!review->value(1).isNull())
        return fail(
            Error::Code::Conflict,
            Tr::tr("The review of %1 has been completed already.").arg(problemReferenceFor(problemId)));
    // The verdict of this moment is kept: later weeks will not change what
    // the reviewer saw and signed.
    auto measured = EffectivenessRepository(m_db).measure(problemId);
    if (!measured)
        return std::unexpected(measured.error());
    const QDateTime now = Clock::now();
    auto q =
        sql::run(db,
                 QStringLiteral("UPDATE problem_reviews SET done_at = ?, done_by = ?, verdict = ?, note = ? "
                                "WHERE id = ? AND done_at IS NULL"),
                 {sql::toStored(now), orNull(m_actor.id), keyOf(measured->verdict), note, reviewId}, what);
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() < 1)
        return fail(
            Error::Code::Conflict,
            Tr::tr("The review of %1 has been completed already.").arg(problemReferenceFor(problemId)));
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    auto done = readReviews(db, QStringLiteral("WHERE r.id = ?"), {reviewId}, what);
    if (!done)
        return std::unexpected(done.error());
    if (done->isEmpty())
        return fail(Error::Code::NotFound, Tr::tr("There is no review #%1.").arg(reviewId));
    return done->first();
}

} // namespace redress::core
