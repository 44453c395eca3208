#include "core/cases/Nps.h"

namespace redress::core {

NpsClass npsClassOf(int score)
{
    if (score >= championMinScore)
        return NpsClass::Champion;
    if (score >= passiveMinScore)
        return NpsClass::Passive;
    return NpsClass::Detractor;
}

QString keyOf(NpsClass c)
{
    switch (c) {
    case NpsClass::Champion: return QStringLiteral("champion");
    case NpsClass::Passive: return QStringLiteral("passive");
    case NpsClass::Detractor: break;
    }
    return QStringLiteral("detractor");
}

} // namespace redress::core
