#pragma once

#include "core/cases/CaseTypes.h"
#include "core/cases/Priority.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace redress::core {

/// Changes to a case's facts after intake; unset members stay as they are.
struct CaseEdit
{
    std::optional<QString> productName;
    std::optional<Channel> channel;
    std::optional<QString> description;
    std::optional<Severity> severity;
    std::optional<BusinessImpact> impact;
};

/// What a rep types at intake. Names rather than ids for customer and
/// product: an unknown name creates the record in the same transaction.
struct NewCase
{
    qint64 customerId = 0; ///< an existing customer, or 0 to use customerName
    QString customerName;
    QString company; ///< used only when a new customer is created
    QString productName;
    Channel channel = Channel::Phone;
    QString description; ///< what went wrong, in the customer's own words
    Severity severity = Severity::Medium;
    BusinessImpact impact = BusinessImpact::None;
    /// When the complaint came in (a mail's date); now when not given.
    QDateTime openedAt;
};

/// A complaint case as the detail view shows it.
struct Case
{
    qint64 id = 0;
    QString reference() const { return referenceFor(id); }
    qint64 customerId = 0;
    QString customerName;
    QString company;
    qint64 customerLifetimeValueCents = 0;
    QString customerSegment;
    /// Cases this customer opened before this one: a repeat complaint.
    qint64 earlierCases = 0;
    qint64 productId = 0;
    QString productName;
    QString productCategory;
    Channel channel = Channel::Phone;
    QString description;
    Severity severity = Severity::Medium;
    BusinessImpact impact = BusinessImpact::None;
    /// From severity and impact through the store's priority matrix.
    Priority priority = Priority::Normal;
    CaseStatus status = CaseStatus::New;
    qint64 ownerId = 0; ///< 0 when nobody owns it yet
    QString ownerName;
    QDateTime openedAt;
    QDateTime updatedAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    /// Bumped by every write; a write based on an older version is refused.
    qint64 rowVersion = 0;
    /// The customer's earlier case whose recovery did not hold, or 0.
    qint64 secondFailureOf = 0;
    /// The case this one was merged into, or 0.
    qint64 mergedInto = 0;
};

/// One entry of a case's append-only timeline.
struct CaseEvent
{
    /// Recovery: a step of the recovery was recorded; `field` names the step
    /// (apology, solution, gesture, approval, decline, analysis).
    enum class Kind
    {
        Created,
        StatusChanged,
        Assigned,
        FieldChanged,
        Note,
        Recovery
    };

    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime at;
    QString actor; ///< the user's display name at read time
    Kind kind = Kind::Note;
    QString field;    ///< the changed field's stored name, for FieldChanged
    QString oldValue; ///< as a person reads it
    QString newValue;
    QString note;
};

QString keyOf(CaseEvent::Kind k);
std::optional<CaseEvent::Kind> eventKindFromKey(const QString& key);

} // namespace redress::core
