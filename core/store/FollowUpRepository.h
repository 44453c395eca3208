#pragma once

#include "core/Error.h"
#include "core/cases/CaseTypes.h"
#include "core/cases/User.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace redress::core {

/// What the customer said after their case was resolved.
struct FollowUp
{
    qint64 caseId = 0;
    int score = 0;                 ///< 0–10, how likely they are to recommend us
    std::optional<int> priorScore; ///< the same question before the complaint, when known
    QString comment;
    QDateTime recordedAt;
    QString recordedBy; ///< display name; empty when the user is gone
};

/// A resolved case nobody has followed up yet.
struct FollowUpDue
{
    qint64 caseId = 0;
    CaseStatus status = CaseStatus::Resolved;
    QString customerName;
    QString productName;
    QDateTime resolvedAt;
};

/// The follow-up after resolution: the score, the score before when known,
/// and the comment, one per case.
class FollowUpRepository
{
public:
    FollowUpRepository(Database db, User actor) : m_db(std::move(db)), m_actor(std::move(actor)) {}

    /// Records the follow-up of a Resolved or Follow-up case in one
    /// transaction, with a timeline event (field "follow_up", the score as
    /// its new value, the comment as its note). A score or prior score
    /// outside 0–10 is InvalidInput naming "score" or "prior_score"; a case
    /// already followed up is a Conflict: the answer is a measurement taken
    /// once, and periods already reported must not change under it.
    Result<FollowUp> record(qint64 caseId, int score, std::optional<int> priorScore = std::nullopt,
                            const QString& comment = {});
    /// Who gave the score: a rep who asked, or the customer's reply by mail.
    enum class Source
    {
        Rep,
        Mail
    };
    /// The same checks and writes inside the caller's transaction.
    static Status recordIn(const QSqlDatabase& db, qint64 actorId, qint64 caseId, int score,
                           std::optional<int> priorScore, const QString& comment, Source source,
                           const QDateTime& now);
    /// The case's follow-up; nullopt when it has none yet.
    Result<std::optional<FollowUp>> get(qint64 caseId);
    /// Resolved (or Follow-up) cases without a follow-up, oldest resolution
    /// first.
    Result<QList<FollowUpDue>> queue(int limit = 500);

    static constexpr int minScore = 0;
    static constexpr int maxScore = 10;
    static constexpr int maxComment = 20000;

private:
    Database m_db;
    User m_actor;
};

} // namespace redress::core
