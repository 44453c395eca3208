#pragma once

#include "core/cases/CaseTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace redress::core {

/// Step 1: an apology as it was sent, with the template version it came from.
struct Apology
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 templateId = 0; ///< 0 when written from scratch
    QString body;
    Channel channel = Channel::Email;
    QDateTime sentAt;
    QString sentBy;
    int flags = 0; ///< checker findings the rep sent it with
};

/// Step 2: the fix, what the customer said they want (in their words), and
/// the date we promised. Whether the promise was kept is derived, never typed.
struct Solution
{
    QString fix;
    QString customerWants;
    QDate promisedBy; ///< invalid when nothing was promised
    QDateTime recordedAt;
    QString recordedBy;
};

enum class PromiseState
{
    None,
    Pending,
    Kept,
    Broken
};
QString labelOf(PromiseState s);

/// A gesture the catalogue offers: credit, free service, upgrade …
struct GestureType
{
    qint64 id = 0;
    QString name;
    QString kind; ///< credit, free_service, upgrade, shipping, contact, other
    qint64 defaultCostCents = 0;
    bool active = true;
};

/// Step 3: a gesture given on a case. One over the giver's discretion limit
/// waits for approval; it counts once granted or approved.
struct Gesture
{
    enum class Status
    {
        Granted,
        Pending,
        Approved,
        Rejected
    };

    qint64 id = 0;
    qint64 caseId = 0;
    qint64 typeId = 0;
    QString typeName;
    QString note;
    qint64 costCents = 0;
    Status status = Status::Granted;
    QString requestedBy;
    QDateTime requestedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;

    bool counts() const { return status == Status::Granted || status == Status::Approved; }
};

QString keyOf(Gesture::Status s);
QString labelOf(Gesture::Status s);
std::optional<Gesture::Status> gestureStatusFromKey(const QString& key);

/// A node of the root-cause taxonomy, e.g. Product defect › Hardware › Power supply.
struct RootCause
{
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 at the top
    QString name;
    QString path; ///< "Product defect › Hardware › Power supply"
};

/// The steps of a root-cause path as written, "Product defect › Hardware"
/// or with ">" for "›", each step's spaces tidied.
QStringList rootCausePathParts(const QString& path);

/// Step 4: why it happened.
struct Analysis
{
    qint64 rootCauseId = 0;
    QString rootCausePath;
    QStringList whys;          ///< at most five
    bool educationGap = false; ///< the customer did not know how; teach, don't fix
    QDateTime recordedAt;
    QString recordedBy;
};

/// What stands between a case and Resolved or Closed, for people; the one
/// rule behind both the core's gate and the panel's hints.
QStringList missingSteps(CaseStatus to, bool apologised, bool solved, bool valueAdded, bool analysed);

/// The four steps of a case as the recovery panel shows them.
struct RecoveryState
{
    QList<Apology> apologies;
    std::optional<Solution> solution;
    QList<Gesture> gestures;
    QString declineReason; ///< the customer declined any gesture
    std::optional<Analysis> analysis;
    PromiseState promise = PromiseState::None;

    bool apologised() const { return !apologies.isEmpty(); }
    bool solved() const { return solution.has_value(); }
    bool valueAdded() const;
    bool analysed() const { return analysis.has_value(); }
    /// What still stands between the case and Resolved (or Closed), for
    /// people: empty when nothing does.
    QStringList missingFor(CaseStatus to) const
    {
        return missingSteps(to, apologised(), solved(), valueAdded(), analysed());
    }
    /// The step to do next, 1 to 4, or 0 when all four are done.
    int nextStep() const;
};

} // namespace redress::core
