#include "core/report/Effectiveness.h"

#include "core/store/EffectivenessRepository.h"

namespace redress::core {

Result<EffectivenessReport> Effectiveness::of(qint64 problemId)
{
    return EffectivenessRepository(m_db).measure(problemId);
}

} // namespace redress::core
