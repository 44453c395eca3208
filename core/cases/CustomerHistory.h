#pragma once

#include "core/cases/CaseTypes.h"
#include "core/cases/Customer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace redress::core {

/// One case of a customer's, as their history lists it.
struct CustomerCase
{
    qint64 id = 0;
    CaseStatus status = CaseStatus::New;
    QString productName;
    QString rootCause; ///< empty until analysed
    QString outcome;   ///< the fix recorded, empty until then
    QDateTime openedAt;
    QDateTime resolvedAt;
    QStringList gestures; ///< the gestures given (granted or approved)
    qint64 gestureCostCents = 0;
    std::optional<int> followUpScore;
    qint64 secondFailureOf = 0;
    qint64 mergedInto = 0;
};

/// Everything a rep should know about who is complaining before answering.
struct CustomerHistory
{
    Customer customer;
    QList<CustomerCase> cases; ///< newest first
    /// Cases opened since the first of January (UTC) of the current year.
    qint64 complaintsThisYear = 0;
    /// Whether they asked not to be contacted.
    bool optedOut() const { return customer.noContactAt.isValid(); }
};

} // namespace redress::core
