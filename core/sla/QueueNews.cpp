#include "core/sla/QueueNews.h"

#include <algorithm>

namespace redress::core {

QueueNews queueNews(const std::optional<QueueTally>& before, const QueueTally& now, const QList<RungMove>& moves,
                    std::optional<EscalationLevel> rung, const NewestInQueue& newest, int maxNamed)
{
    QList<qint64> toRung;
    if (rung) {
        for (const RungMove& m : moves)
            if (m.to == *rung)
                toRung << m.caseId;
    }
    const qint64 moreMine = before ? now.mine - before->mine : 0;
    // On the first pass, or when other cases left the rung meanwhile, the
    // count says less than the moves do.
    const qint64 moreEscalated =
        std::max<qint64>(before ? now.escalated - before->escalated : 0, toRung.size());

    QList<qint64> named = toRung.mid(0, maxNamed);
    const auto nameNewest = [&](NewsQueue queue, qint64 wanted) {
        if (wanted <= 0 || named.size() >= maxNamed)
            return;
        for (qint64 id : newest(queue, static_cast<int>(std::min<qint64>(wanted, maxNamed))))
            if (!named.contains(id) && named.size() < maxNamed)
                named << id;
    };
    if (rung)
        nameNewest(NewsQueue::Escalated, moreEscalated - toRung.size());
    nameNewest(NewsQueue::Mine, moreMine);
    return {std::max<qint64>(moreMine, 0) + moreEscalated, named};
}

} // namespace redress::core
