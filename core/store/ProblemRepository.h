#pragma once

#include "core/Error.h"
#include "core/cases/Problem.h"
#include "core/cases/User.h"
#include "core/store/ReportRepository.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QList>

namespace redress::core {

/// Problem records — the chief problem solver's desk: one defect behind
/// many complaints, its corrective action and effective day, the cases
/// linked to it and the effectiveness reviews after that day.
///
/// Creating, editing and reviewing is for leads, quality, executives and
/// admins; anyone may link a case (a rep does it in the analysis step).
/// Every write is one transaction; each link or unlink also appends a
/// field event ("problem") to the case's timeline and bumps its version.
class ProblemRepository
{
public:
    /// Reading needs no actor; writing checks the actor's role.
    explicit ProblemRepository(Database db, User actor = {}) : m_db(std::move(db)), m_actor(std::move(actor))
    {
    }

    /// Records a new problem from `problem`'s kind, title, root cause,
    /// owner, status, corrective action and effective day. An effective day
    /// schedules reviews `reviewOffsetDays` after it.
    Result<Problem> create(const Problem& problem, const QList<int>& reviewOffsetDays = defaultReviewDays());
    /// Saves the editable fields. A `rowVersion` other than the stored one is
    /// a Conflict. A new effective day reschedules the open reviews (done
    /// ones stay as they were); clearing it drops them.
    Result<Problem> update(const Problem& problem, const QList<int>& reviewOffsetDays = defaultReviewDays());
    /// The checks create() and update() apply, for a form: InvalidInput
    /// naming "title", "root_cause", "owner", "status", "corrective_action",
    /// "effective_on" or "review_days".
    Status validate(const Problem& problem, const QList<int>& reviewOffsetDays = defaultReviewDays());

    Result<Problem> get(qint64 problemId);
    /// Problems that existed in the range (created on or before its last
    /// day, not closed before its first), newest first; all without one.
    Result<QList<Problem>> list(const ReportRange& range = {});
    /// The problems a case is linked to.
    Result<QList<Problem>> problemsOfCase(qint64 caseId);
    /// The ids of the cases linked to a problem, oldest first.
    Result<QList<qint64>> linkedCases(qint64 problemId);

    /// Links cases in one transaction; a case linked already is left as it
    /// is. Returns how many were newly linked. An unknown case is NotFound
    /// and nothing is linked; a closed problem takes no more cases.
    Result<int> linkCases(qint64 problemId, const QList<qint64>& caseIds);
    Result<int> linkCase(qint64 problemId, qint64 caseId) { return linkCases(problemId, {caseId}); }
    /// Links, in bulk from a Pareto bar, every case opened in `range` whose
    /// analysis names `rootCauseId` or a cause below it (for an education
    /// problem, only those flagged as an education gap).
    Result<int> linkCasesOfCause(qint64 problemId, qint64 rootCauseId, const ReportRange& range);
    /// NotFound when the case is not linked.
    Status unlinkCase(qint64 problemId, qint64 caseId);

    /// Every review of a problem, by due time.
    Result<QList<ProblemReview>> reviews(qint64 problemId);
    /// The owner's queue: open reviews due by `asOf` of their problems that
    /// are not closed, oldest first.
    Result<QList<ProblemReview>> reviewsDue(qint64 ownerId, const QDateTime& asOf);
    /// Completes an open review now, recording the verdict Effectiveness
    /// gives at this moment. A review done already is a Conflict.
    Result<ProblemReview> completeReview(qint64 reviewId, const QString& note = {});

    /// Whether a role may create, edit and review problem records.
    static bool mayManage(Role role);
    static QList<int> defaultReviewDays() { return {30, 90}; }

    static constexpr int maxTitle = 200;
    static constexpr int maxText = 20000;
    static constexpr int maxReviewDays = 3660;
    /// An effective day more than this far ahead is a typing error.
    static constexpr int maxDaysAhead = 366;

private:
    /// Problems by a WHERE (and ORDER BY) on `problems pr` with its values.
    Result<QList<Problem>> readProblems(const QString& where, const QVariantList& values,
                                        const QString& what);
    Status requireManager(const QString& what) const;
    Result<Problem> save(const Problem& problem, const QList<int>& reviewOffsetDays, bool creating);

    Database m_db;
    User m_actor;
};

} // namespace redress::core
