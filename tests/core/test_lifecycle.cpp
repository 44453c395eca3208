// The case lifecycle: every cell of the 7 × 7 status matrix, once against
// Lifecycle itself and once through the store, where an illegal move must
// leave no trace.

#include "core/cases/Lifecycle.h"
#include "core/store/CaseRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QQueue>
#include <QSet>

#include <utility>

using namespace redress::core;
using namespace redress::test;
using S = CaseStatus;

namespace {

// The legal moves, written down here from the specification rather than
// read back from Lifecycle::next().
const QList<std::pair<S, S>>& legalMoves()
{
    static const QList<std::pair<S, S>> moves{
        {S::New, S::Acknowledged},  {S::Acknowledged, S::InRecovery}, {S::InRecovery, S::Resolved},
        {S::Resolved, S::FollowUp}, {S::Resolved, S::Reopened},       {S::FollowUp, S::Closed},
        {S::FollowUp, S::Reopened}, {S::Closed, S::Reopened},         {S::Reopened, S::InRecovery},
    };
    return moves;
}

bool isLegal(S from, S to)
{
    return legalMoves().contains(std::pair{from, to});
}

// The shortest run of legal moves from New to `target`, by breadth-first
// search over the specified moves.
QList<S> pathFromNew(S target)
{
    QHash<S, S> cameFrom;
    QSet<S> seen{S::New};
    QQueue<S> queue;
    queue.enqueue(S::New);
    while (!queue.isEmpty()) {
        const S at = queue.dequeue();
        for (const auto& [from, to] : legalMoves()) {
            if (from != at || seen.contains(to))
                continue;
            seen.insert(to);
            cameFrom.insert(to, at);
            queue.enqueue(to);
        }
    }
    QList<S> path;
    for (S s = target; s != S::New; s = cameFrom.value(s))
        path.prepend(s);
    return path;
}

std::string name(S s)
{
    return keyOf(s).toStdString();
}

} // namespace

TEST_CASE("Lifecycle allows exactly the specified moves", "[core]")
{
    REQUIRE(allStatuses().size() == 7);
    const QList<S> all = allStatuses();
    REQUIRE(QSet<S>(all.begin(), all.end()).size() == 7);

    const S from = GENERATE(from_range(allStatuses()));
    const S to = GENERATE(from_range(allStatuses()));
    CAPTURE(name(from), name(to));

    const bool legal = isLegal(from, to);
    CHECK(Lifecycle::allows(from, to) == legal);
    CHECK(Lifecycle::next(from).contains(to) == legal);

    const QString reference = referenceFor(7);
    const Status verdict = Lifecycle::check(from, to, reference);
    CHECK(verdict.has_value() == legal);
    if (!legal) {
        REQUIRE_FALSE(verdict.has_value());
        CHECK(verdict.error().code == Error::Code::IllegalTransition);
        const QString message = verdict.error().message;
        CHECK(message.contains(labelOf(from)));
        CHECK(message.contains(labelOf(to)));
        CHECK(message.contains(reference));
        // Without a reference the message still names both states.
        const Status anonymous = Lifecycle::check(from, to);
        REQUIRE_FALSE(anonymous.has_value());
        CHECK(anonymous.error().code == Error::Code::IllegalTransition);
        CHECK(anonymous.error().message.contains(labelOf(from)));
        CHECK(anonymous.error().message.contains(labelOf(to)));
    }
}

TEST_CASE("Lifecycle lists next states without duplicates and only Closed is not open", "[core]")
{
    int total = 0;
    for (S from : allStatuses()) {
        const QList<S> next = Lifecycle::next(from);
        CAPTURE(name(from));
        CHECK(QSet<S>(next.begin(), next.end()).size() == next.size());
        CHECK_FALSE(Lifecycle::actionLabel(from).isEmpty());
        CHECK(Lifecycle::isOpen(from) == (from != S::Closed));
        total += static_cast<int>(next.size());
    }
    CHECK(total == legalMoves().size());
}

TEST_CASE("CaseRepository::transition applies the matrix on a real store", "[store]")
{
    TempStore store;
    FixedClock clock(QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC));
    auto user = UserRepository(store.db()).ensure(QStringLiteral("sam"), QStringLiteral("Sam Rivera"));
    REQUIRE(user.has_value());
    CaseRepository repo(store.db(), user->id);

    const NewCase intake = CaseBuilder()
                               .customer(QStringLiteral("Dora Varga"))
                               .product(QStringLiteral("Dishwasher DW-45"))
                               .description(QStringLiteral("The dishwasher leaves the glasses dirty."))
                               .build();

    // A case brought to `status` by legal moves, checking each move on the way.
    const auto caseIn = [&](S status) {
        auto made = repo.create(intake);
        INFO(describe(made));
        REQUIRE(made.has_value());
        Case c = *made;
        // The recovery gates are tested on their own; here they stand open.
        completeRecovery(store.db(), c.id);
        c = *repo.get(c.id);
        for (S step : pathFromNew(status)) {
            clock.advanceSecs(60);
            auto moved = repo.transition(c.id, step, c.rowVersion);
            INFO(describe(moved));
            REQUIRE(moved.has_value());
            REQUIRE(moved->status == step);
            REQUIRE(moved->rowVersion == c.rowVersion + 1);
            c = *moved;
        }
        return c;
    };

    for (S from : allStatuses()) {
        for (S to : allStatuses()) {
            CAPTURE(name(from), name(to));
            const Case before = caseIn(from);
            REQUIRE(before.status == from);
            auto eventsBefore = repo.timeline(before.id);
            REQUIRE(eventsBefore.has_value());
            clock.advanceSecs(60);

            auto moved = repo.transition(before.id, to, before.rowVersion);
            if (isLegal(from, to)) {
                INFO(describe(moved));
                REQUIRE(moved.has_value());
                CHECK(moved->status == to);
                CHECK(moved->rowVersion == before.rowVersion + 1);
                CHECK(moved->updatedAt == clock.now());
                auto events = repo.timeline(before.id);
                REQUIRE(events.has_value());
                REQUIRE(events->size() == eventsBefore->size() + 1);
                const CaseEvent& last = events->last();
                CHECK(last.kind == CaseEvent::Kind::StatusChanged);
                CHECK(last.field == QStringLiteral("status"));
                CHECK(last.oldValue == keyOf(from));
                CHECK(last.newValue == keyOf(to));
                CHECK(last.actor == QStringLiteral("Sam Rivera"));
                CHECK(last.at == clock.now());
                // Resolving and closing stamp the time; reopening clears both.
                if (to == S::Resolved)
                    CHECK(moved->resolvedAt == clock.now());
                if (to == S::Closed)
                    CHECK(moved->closedAt == clock.now());
                if (to == S::Reopened) {
                    CHECK_FALSE(moved->resolvedAt.isValid());
                    CHECK_FALSE(moved->closedAt.isValid());
                }
            } else {
                REQUIRE_FALSE(moved.has_value());
                CHECK(moved.error().code == Error::Code::IllegalTransition);
                CHECK(moved.error().message.contains(before.reference()));
                CHECK(moved.error().message.contains(labelOf(from)));
                CHECK(moved.error().message.contains(labelOf(to)));
                auto after = repo.get(before.id);
                REQUIRE(after.has_value());
                CHECK(after->status == from);
                CHECK(after->rowVersion == before.rowVersion);
                CHECK(after->updatedAt == before.updatedAt);
                auto events = repo.timeline(before.id);
                REQUIRE(events.has_value());
                CHECK(events->size() == eventsBefore->size());
            }
        }
    }
}
