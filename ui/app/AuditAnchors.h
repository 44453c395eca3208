#pragma once

#include "core/store/AuditChain.h"
#include "core/store/Erasure.h"

#include <QList>
#include <QString>

#include <optional>

namespace redress::ui {

/// What Redress keeps of each store outside it, in the user's settings:
/// the last verified head of its audit log (the anchor the check at opening
/// starts from, which a rewrite of the store cannot move) and the register
/// of its erasures (re-applied after a restore of an older backup). Keyed
/// by the store's location, never with a password in it.
class AuditAnchors
{
public:
    /// The settings group of `location`: a digest of the location with any
    /// password taken out, so that neither the address nor a password is a
    /// key in the settings file.
    static QString groupFor(const QString& location);

    static std::optional<core::AuditChain::Anchor> anchor(const QString& location);
    /// Notes `anchor` (nothing: forgets the one noted).
    static void setAnchor(const QString& location, const std::optional<core::AuditChain::Anchor>& anchor);

    static QList<core::Erasure::Record> erasures(const QString& location);
    /// Adds what the register does not hold yet.
    static void addErasures(const QString& location, const QList<core::Erasure::Record>& records);
};

} // namespace redress::ui
