#pragma once

#include "core/cases/CaseTypes.h"
#include "core/cases/Priority.h"
#include "core/sla/SlaClock.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace redress::core {

/// The case list's columns, in display order. Each is sortable, and each has
/// an index that serves the sort (see the schema).
enum class CaseColumn
{
    Reference,
    Status,
    Opened,
    Customer,
    Company,
    Product,
    Severity,
    Impact,
    Channel,
    Owner,
    Updated,
    Priority,
    Due ///< the nearest SLA due time still to be met: the countdown
};
inline constexpr int caseColumnCount = 13;

QString labelOf(CaseColumn column);
/// Stable key for settings and the CLI ("reference", "opened" …).
QString keyOf(CaseColumn column);
std::optional<CaseColumn> caseColumnFromKey(const QString& key);

struct CaseListFilter
{
    QList<CaseStatus> statuses; ///< empty: every status
    /// A reference ("RD-000123"), or words found anywhere in the customer's
    /// name, company or the description (three or more characters use the
    /// trigram index; shorter text matches the start of a name).
    QString search;
    std::optional<qint64> ownerId; ///< 0 selects cases nobody owns
    /// Cases opened in [openedFrom, openedBefore); an invalid end is open.
    /// Half-open, so consecutive ranges neither overlap nor leave a gap.
    QDateTime openedFrom;
    QDateTime openedBefore;
    /// Only cases still owed a resolution (new, acknowledged, in recovery,
    /// reopened): a rep's queue.
    bool awaitingResolution = false;
    /// Only cases that are not closed and stand at this rung of the ladder:
    /// a lead's or an executive's queue.
    std::optional<EscalationLevel> escalationLevel;
    /// Resolved cases (or in follow-up) whose customer has not answered the
    /// follow-up yet: the follow-up queue.
    bool awaitingFollowUp = false;
    /// What a dashboard figure narrows to when a lead opens the cases
    /// behind it.
    std::optional<qint64> productId;
    std::optional<Channel> channel;
    /// Cases analysed to this root cause or one under it; 0 selects the
    /// cases not analysed yet.
    std::optional<qint64> rootCauseId;
    /// Only the root cause itself, not those under it (a Pareto bar).
    bool rootCauseExact = false;

    bool operator==(const CaseListFilter&) const = default;
};

/// What the list shows and in which order; sort and filter run in SQL.
struct CaseListQuery
{
    CaseListFilter filter;
    CaseColumn sortColumn = CaseColumn::Opened;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const CaseListQuery&) const = default;
};

/// One row of the case list: what the columns show and nothing more.
struct CaseRow
{
    qint64 id = 0;
    QDateTime openedAt;
    QString customer;
    QString company;
    QString product;
    Channel channel = Channel::Phone;
    Severity severity = Severity::Medium;
    BusinessImpact impact = BusinessImpact::None;
    CaseStatus status = CaseStatus::New;
    QString owner;
    QDateTime updatedAt;
    Priority priority = Priority::Normal;
    QDateTime slaDue;     ///< invalid when nothing is due (met, closed or waiting)
    bool waiting = false; ///< the clock stands still: waiting on the customer
    EscalationLevel level = EscalationLevel::Rep;
};

} // namespace redress::core

Q_DECLARE_METATYPE(redress::core::CaseRow)
