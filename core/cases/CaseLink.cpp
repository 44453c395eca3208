#include "core/cases/CaseLink.h"

#include "core/cases/CaseTypes.h"

#include <QCoreApplication>

namespace redress::core {

namespace {
// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseLink)
};
} // namespace

QList<LinkKind> allLinkKinds()
{
    return {LinkKind::Duplicate, LinkKind::Related, LinkKind::FollowOn, LinkKind::SecondFailure};
}

QString keyOf(LinkKind k)
{
    switch (k) {
    case LinkKind::Duplicate: return QStringLiteral("duplicate");
    case LinkKind::Related: return QStringLiteral("related");
    case LinkKind::FollowOn: return QStringLiteral("follow_on");
    case LinkKind::SecondFailure: return QStringLiteral("second_failure");
    }
    return {};
}

QString argumentOf(LinkKind k)
{
    return k == LinkKind::FollowOn ? QStringLiteral("follow-on") : keyOf(k);
}

QString labelOf(LinkKind k)
{
    switch (k) {
    case LinkKind::Duplicate: return Tr::tr("Duplicate");
    case LinkKind::Related: return Tr::tr("Related");
    case LinkKind::FollowOn: return Tr::tr("Follow-on");
    case LinkKind::SecondFailure: return Tr::tr("Second failure");
    }
    return {};
}

std::optional<LinkKind> linkKindFromKey(const QString& key)
{
    for (LinkKind k : allLinkKinds()) {
        if (keyOf(k) == key || argumentOf(k) == key)
            return k;
    }
    return std::nullopt;
}

QString describe(const CaseLink& link)
{
    const QString other = referenceFor(link.otherId);
    if (link.outgoing) {
        switch (link.kind) {
        case LinkKind::Duplicate: return Tr::tr("duplicate of %1").arg(other);
        case LinkKind::Related: return Tr::tr("related to %1").arg(other);
        case LinkKind::FollowOn: return Tr::tr("follow-on of %1").arg(other);
        case LinkKind::SecondFailure: return Tr::tr("second failure after %1").arg(other);
        }
    }
    switch (link.kind) {
    case LinkKind::Duplicate: return Tr::tr("has duplicate %1").arg(other);
    case LinkKind::Related: return Tr::tr("related to %1").arg(other);
    case LinkKind::FollowOn: return Tr::tr("followed on by %1").arg(other);
    case LinkKind::SecondFailure: return Tr::tr("failed again in %1").arg(other);
    }
    return other;
}

} // namespace redress::core
