#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace redress::core {

/// How one case stands to another: read "the case is a <kind> of the
/// linked case". A second failure is set by the store, never by a person.
enum class LinkKind
{
    Duplicate,
    Related,
    FollowOn,
    SecondFailure
};

QList<LinkKind> allLinkKinds();
/// The stored key: duplicate, related, follow_on, second_failure.
QString keyOf(LinkKind k);
/// "follow-on" as the command line spells it; the stored key otherwise.
QString argumentOf(LinkKind k);
QString labelOf(LinkKind k);
/// The stored key or the command line's spelling ("follow-on").
std::optional<LinkKind> linkKindFromKey(const QString& key);

/// One link as either of its cases sees it.
struct CaseLink
{
    qint64 caseId = 0; ///< the case that is a <kind> of linkedId
    qint64 linkedId = 0;
    LinkKind kind = LinkKind::Related;
    QDateTime createdAt;
    /// The other case's reference, status key and product, for a list.
    qint64 otherId = 0;
    QString otherStatus;
    QString otherProduct;
    /// Whether the case asked about is caseId (this one is the duplicate,
    /// the follow-on …) rather than linkedId.
    bool outgoing = true;
};

/// "duplicate of RD-000002", "has duplicate RD-000003", as a person reads
/// the link from the side of the case they look at.
QString describe(const CaseLink& link);

} // namespace redress::core
