#pragma once

#include "core/sla/SlaClock.h"

#include <QList>

#include <functional>
#include <optional>

namespace redress::core {

/// The two queue counts whose growth is news to the person at the desk.
struct QueueTally
{
    qint64 mine = 0;      ///< their cases still awaiting resolution
    qint64 escalated = 0; ///< open cases at their rung
};

/// A case the escalation rules moved, and the rung it moved to.
struct RungMove
{
    qint64 caseId = 0;
    EscalationLevel to = EscalationLevel::Lead;
};

/// The queues whose newest cases name what arrived.
enum class NewsQueue
{
    Mine,     ///< the person's own cases awaiting resolution
    Escalated ///< open cases at the person's rung
};

/// The ids of at most `n` newest cases of a queue, newest first (the store
/// answers this by last change); called only with 0 < n.
using NewestInQueue = std::function<QList<qint64>(NewsQueue queue, int n)>;

/// What arrived in someone's queues between two passes of the monitor.
struct QueueNews
{
    qint64 count = 0;      ///< how many cases landed
    QList<qint64> caseIds; ///< up to maxNamed of them, newest first
};

/// Decides what counts as news: a queue count that went up since `before`
/// (none is known on the first pass), and the cases `moves` took to the
/// person's `rung`, which are news even on the first pass. Counts alone
/// cannot say which cases came in, so beyond the moved cases the newest of
/// the grown queue are named: escalated ones first, then the person's own.
QueueNews queueNews(const std::optional<QueueTally>& before, const QueueTally& now, const QList<RungMove>& moves,
                    std::optional<EscalationLevel> rung, const NewestInQueue& newest, int maxNamed);

} // namespace redress::core
