#include "core/cases/Case.h"

namespace redress::core {

QString keyOf(CaseEvent::Kind k)
{
    switch (k) {
    case CaseEvent::Kind::Created: return QStringLiteral("created");
    case CaseEvent::Kind::StatusChanged: return QStringLiteral("status");
    case CaseEvent::Kind::Assigned: return QStringLiteral("assigned");
    case CaseEvent::Kind::FieldChanged: return QStringLiteral("field");
    case CaseEvent::Kind::Note: return QStringLiteral("note");
    case CaseEvent::Kind::Recovery: return QStringLiteral("recovery");
    }
    return {};
}

std::optional<CaseEvent::Kind> eventKindFromKey(const QString& key)
{
    using K = CaseEvent::Kind;
    for (K k : {K::Created, K::StatusChanged, K::Assigned, K::FieldChanged, K::Note, K::Recovery}) {
        if (keyOf(k) == key)
            return k;
    }
    return std::nullopt;
}

} // namespace redress::core
