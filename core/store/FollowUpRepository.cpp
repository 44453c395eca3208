#include "core/store/FollowUpRepository.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/store/CaseJournal.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::FollowUpRepository)
};

Status requireScore(const QString& field, int score, const QString& label)
{
    if (score < FollowUpRepository::minScore || score > FollowUpRepository::maxScore)
        return invalid(field, Tr::tr("%1 is %2; it runs from %3 to %4.")
                                  .arg(label)
                                  .arg(score)
                                  .arg(FollowUpRepository::minScore)
                                  .arg(FollowUpRepository::maxScore));
    return {};
}

const QString selectFollowUp =
    QStringLiteral("SELECT f.case_id, f.score, f.prior_score, f.comment, f.recorded_at, "
                   "coalesce(u.display_name, '') FROM follow_ups f LEFT JOIN users u ON u.id = f.recorded_by "
                   "WHERE f.case_id = ?");

} // namespace

Result<FollowUp> FollowUpRepository::record(qint64 caseId, int score, std::optional<int> priorScore,
                                            const QString& comment)
{
    const QDateTime now = Clock::now();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = recordIn(db, m_actor.id, caseId, score, priorScore, comment, Source::Rep, now); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());

    FollowUp made;
    made.caseId = caseId;
    made.score = score;
    made.priorScore = priorScore;
    made.comment = comment;
    made.recordedAt = now.toUTC();
    made.recordedBy = m_actor.displayName;
    return made;
}

Status FollowUpRepository::recordIn(const QSqlDatabase& db, qint64 actorId, qint64 caseId, int score,
                                    std::optional<int> priorScore, const QString& comment, Source source,
                                    const QDateTime& now)
{
    if (auto ok = requireScore(QStringLiteral("score"), score, Tr::tr("The score")); !ok)
        return ok;
    if (priorScore) {
        if (auto ok = requireScore(QStringLiteral("prior_score"), *priorScore, Tr::tr("The score before"));
            !ok)
            return ok;
    }
    if (comment.size() > maxComment)
        return invalid(
            QStringLiteral("comment"),
            Tr::tr("The comment is %1 characters long; at most %2 fit.").arg(comment.size()).arg(maxComment));

    const QString reference = referenceFor(caseId);
    const QString what = Tr::tr("recording the follow-up of %1").arg(reference);
    // Read inside the write transaction (BEGIN IMMEDIATE), so another desk
    // cannot move the case or record its follow-up in between.
    auto status = sql::scalar(db, QStringLiteral("SELECT status FROM cases WHERE id = ?"), {caseId}, what);
    if (!status)
        return std::unexpected(status.error());
    if (!status->isValid())
        return fail(Error::Code::NotFound, Tr::tr("There is no case %1.").arg(reference));
    const CaseStatus current = statusFromKey(status->toString()).value_or(CaseStatus::New);
    if (current != CaseStatus::Resolved && current != CaseStatus::FollowUp)
        return invalid(QStringLiteral("status"),
                       Tr::tr("%1 is %2; a follow-up is recorded once the case is resolved.")
                           .arg(reference, labelOf(current)));
    auto existing = sql::scalar(db, QStringLiteral("SELECT count(*) FROM follow_ups WHERE case_id = ?"),
                                {caseId}, what, 0);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->toLongLong() > 0)
        return fail(Error::Code::Conflict, Tr::tr("%1 has been followed up already.").arg(reference));

    const QVariant recordedBy = actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant prior = priorScore ? QVariant(*priorScore) : QVariant(QMetaType::fromType<int>());
    if (auto q = sql::run(db,
                          QStringLiteral("INSERT INTO follow_ups (case_id, score, prior_score, comment, "
                                         "recorded_at, recorded_by, source) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {caseId, score, prior, comment, sql::toStored(now), recordedBy,
                           source == Source::Mail ? QStringLiteral("mail") : QStringLiteral("rep")},
                          what);
        !q)
        return std::unexpected(q.error());
    return CaseJournal::fieldChanged(db, caseId, actorId, QStringLiteral("follow_up"), {}, QString::number(score),
                                     comment, now);
}

Result<std::optional<FollowUp>> FollowUpRepository::get(qint64 caseId)
{
    auto q = sql::run(m_db.connection(), selectFollowUp, {caseId},
                      Tr::tr("reading the follow-up of %1").arg(referenceFor(caseId)));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<FollowUp>();
    FollowUp f;
    f.caseId = q->value(0).toLongLong();
    f.score = q->value(1).toInt();
    if (!q->value(2).isNull())
        f.priorScore = q->value(2).toInt();
    f.comment = q->value(3).toString();
    f.recordedAt = sql::fromStored(q->value(4));
    f.recordedBy = q->value(5).toString();
    return std::optional<FollowUp>(f);
}

Result<QList<FollowUpDue>> FollowUpRepository::queue(int limit)
{
    // One SELECT per status, each read in order from cases_by_status_resolved,
    // merged by the compound ORDER BY: no sort, and it stops after `limit`.
    const QString awaiting = QStringLiteral(
        "SELECT c.id, c.status, c.customer_name, c.product_name, c.resolved_at FROM cases c "
        "WHERE c.status = ? AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.case_id = c.id)");
    auto q = sql::run(m_db.connection(),
                      awaiting + QStringLiteral(" UNION ALL ") + awaiting +
                          QStringLiteral(" ORDER BY 5, 1 LIMIT ?"),
                      {keyOf(CaseStatus::Resolved), keyOf(CaseStatus::FollowUp), qMax(0, limit)},
                      Tr::tr("reading the follow-up queue"));
    if (!q)
        return std::unexpected(q.error());
    QList<FollowUpDue> due;
    while (q->next()) {
        FollowUpDue d;
        d.caseId = q->value(0).toLongLong();
        d.status = statusFromKey(q->value(1).toString()).value_or(CaseStatus::Resolved);
        d.customerName = q->value(2).toString();
        d.productName = q->value(3).toString();
        d.resolvedAt = sql::fromStored(q->value(4));
        due << d;
    }
    return due;
}

} // namespace redress::core
