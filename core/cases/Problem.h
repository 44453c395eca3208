#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace redress::core {

/// What a problem record is about: a defect in what we make or do, or a gap
/// in what customers are told (the analyses' education flag), which rolls
/// up the same way into an education action.
enum class ProblemKind
{
    Defect,
    Education
};

/// Open → action taken (a corrective action with its effective day) →
/// verified (the reviews showed complaints fell) or closed.
enum class ProblemStatus
{
    Open,
    ActionTaken,
    Verified,
    Closed
};

/// Whether complaints for the problem fell after the effective day.
enum class Verdict
{
    Fell,
    NotYetKnown, ///< too little after the day, or too few complaints to judge
    DidNotFall
};

QList<ProblemKind> allProblemKinds();
QString keyOf(ProblemKind k);
QString labelOf(ProblemKind k);
std::optional<ProblemKind> problemKindFromKey(const QString& key);

QList<ProblemStatus> allProblemStatuses();
QString keyOf(ProblemStatus s);
QString labelOf(ProblemStatus s);
std::optional<ProblemStatus> problemStatusFromKey(const QString& key);

QList<Verdict> allVerdicts();
QString keyOf(Verdict v);
QString labelOf(Verdict v);
std::optional<Verdict> verdictFromKey(const QString& key);

/// "PR-0007" for problem 7; the number is the problem's id.
QString problemReferenceFor(qint64 problemId);
/// Reads "PR-0007", "pr-7" or "7"; nullopt for anything else.
std::optional<qint64> problemIdFromReference(const QString& text);

/// A problem record: one defect, many complaints, a corrective action.
/// The fields after `rowVersion` are read-only, filled when read.
struct Problem
{
    qint64 id = 0;
    QString reference() const { return problemReferenceFor(id); }
    ProblemKind kind = ProblemKind::Defect;
    QString title;
    qint64 rootCauseId = 0;
    qint64 ownerId = 0;
    ProblemStatus status = ProblemStatus::Open;
    QString correctiveAction;
    /// The UTC day the corrective action took effect; invalid while none has.
    QDate effectiveOn;
    /// For an update: the version read; 0 skips the check.
    int rowVersion = 0;

    QString rootCausePath; ///< "Deleted root cause #N" when the taxonomy lost it
    QString ownerName;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QDateTime closedAt;
    qint64 linkedCases = 0;
    QDateTime nextReviewDue; ///< the earliest open review; invalid when none
};

/// An effectiveness review of a problem's corrective action, due a number
/// of days after the effective day. Done, it keeps the verdict of that time.
struct ProblemReview
{
    qint64 id = 0;
    qint64 problemId = 0;
    int offsetDays = 0;
    QDateTime dueAt;
    QDateTime doneAt; ///< invalid while open
    QString doneBy;
    std::optional<Verdict> verdict;
    QString note;
    bool isOpen() const { return !doneAt.isValid(); }

    // For the owner's queue.
    QString problemTitle;
    QString problemReference() const { return problemReferenceFor(problemId); }
};

} // namespace redress::core
